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
  private readonly refs: (Float64Array | number[])[] = [];

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

  /** Pushes an array reference (an array variable about to be rebound). */
  pushRef(a: Float64Array | number[]): void {
    this.refs.push(a);
  }

  /**
   * The array reference last pushed. Typed `any` so that it assigns back to the variable it
   * came from, whatever its declared array type (`Float64Array<ArrayBuffer>`, `number[]`).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  popRef(): any {
    return this.refs.pop();
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
    this.refs.length = 0;
  }
}

function grow<T extends Float64Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** The tape generated code uses. */
export const tape = new Tape();

const adjoints = new WeakMap<Float64Array | number[], Float64Array>();

/**
 * The adjoint array of a local array, created (zeroed) on first use. Generated code uses it
 * where array variables are rebound or arrays are created inside loops: the adjoint follows
 * the array object, whichever variable holds it.
 */
export function adjointOf(a: Float64Array | number[]): Float64Array {
  let b = adjoints.get(a);
  if (!b) {
    b = new Float64Array(a.length);
    adjoints.set(a, b);
  }
  return b;
}
