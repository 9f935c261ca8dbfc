/**
 * The tape: what the forward sweep records for the reverse sweep. Values (overwritten
 * variables, temporaries) go on a stack of doubles; control decisions (branches taken, trip
 * counts) on a stack of 32-bit integers. Both grow by doubling and never shrink, so after the
 * first call a push allocates nothing. Generated functions push and pop in strict stack
 * order, so one shared tape serves any nesting of calls.
 */
export class Tape {
  private values = new Float64Array(1024);
  private valueTop = 0;
  private ints = new Int32Array(1024);
  private intTop = 0;

  push(v: number): void {
    if (this.valueTop === this.values.length) this.values = grow(this.values, new Float64Array(this.values.length * 2));
    this.values[this.valueTop++] = v;
  }

  pop(): number {
    return this.values[--this.valueTop]!;
  }

  /** Pushes every element of `a` (before `a.fill(…)` overwrites them all). */
  pushArray(a: ArrayLike<number>): void {
    for (let i = 0; i < a.length; i++) this.push(a[i]!);
  }

  /** Restores what `pushArray(a)` saved. */
  popArray(a: { length: number; [i: number]: number }): void {
    for (let i = a.length - 1; i >= 0; i--) a[i] = this.pop();
  }

  pushInt(n: number): void {
    if (this.intTop === this.ints.length) this.ints = grow(this.ints, new Int32Array(this.ints.length * 2));
    this.ints[this.intTop++] = n;
  }

  popInt(): number {
    return this.ints[--this.intTop]!;
  }

  pushBool(b: boolean): void {
    this.pushInt(b ? 1 : 0);
  }

  popBool(): boolean {
    return this.popInt() !== 0;
  }

  /** Entries on the two stacks now (zero between top-level calls of generated functions). */
  get depth(): { values: number; ints: number } {
    return { values: this.valueTop, ints: this.intTop };
  }

  /** Bytes currently held by the two stacks' buffers. */
  get capacityBytes(): number {
    return this.values.byteLength + this.ints.byteLength;
  }

  /** Empties both stacks (after an exception left a sweep half done). */
  reset(): void {
    this.valueTop = 0;
    this.intTop = 0;
  }
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The tape generated code uses. */
export const tape = new Tape();
