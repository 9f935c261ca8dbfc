/**
 * The tape: what the forward sweep records for the reverse sweep. One stack of doubles holds
 * every value the reverse sweep needs back (overwritten variables, temporaries), and also
 * control decisions (branches taken, as 0 or 1) and trip counts, which doubles represent
 * exactly. The buffer grows by doubling and never shrinks, so after the first call a push
 * allocates nothing. Generated functions push and pop in strict stack order, so one shared
 * tape serves any nesting of calls.
 *
 * Generated code works on the stack through two locals, for speed:
 *
 *   let stack = tape.values;                  // the buffer
 *   let top = tape.top;                       // its first free slot
 *   if (top + 2 > stack.length) stack = tape.reserve(top, 2);
 *   stack[top++] = x;                         // push
 *   x = stack[--top];                         // pop
 *
 * and before it calls another generated function it writes `tape.top = top`, then reloads
 * `stack = tape.values` (the callee may have grown the buffer; it leaves the top where it was).
 * The methods below do the same for hand-written code.
 */
export class Tape {
  /** The value stack's buffer. Replaced (never shrunk) when it grows: read it again after a call. */
  values: Float64Array = new Float64Array(1024);
  /** The first free slot, as last written back by generated code or set by the methods below. */
  top = 0;
  private readonly refs: object[] = [];

  /**
   * The buffer, with room for `more` values above `top`: the same one if it has room, else a
   * larger copy of its first `top` values, which becomes `values`.
   */
  reserve(top: number, more: number): Float64Array {
    const needed = top + more;
    if (needed <= this.values.length) return this.values;
    let size = this.values.length * 2;
    while (size < needed) size *= 2;
    const next = new Float64Array(size);
    next.set(this.values.subarray(0, top));
    this.values = next;
    return next;
  }

  push(v: number): void {
    if (this.top === this.values.length) this.reserve(this.top, 1);
    this.values[this.top++] = v;
  }

  pop(): number {
    return this.values[--this.top]!;
  }

  /** Pushes every element of `a` (before `a.fill(…)` overwrites them all). */
  pushArray(a: ArrayLike<number>): void {
    const stack = this.reserve(this.top, a.length);
    stack.set(a, this.top);
    this.top += a.length;
  }

  /** Restores what `pushArray(a)` saved. */
  popArray(a: { length: number; [i: number]: number }): void {
    this.top -= a.length;
    restore(a, this.values, this.top);
  }

  pushInt(n: number): void {
    this.push(n);
  }

  popInt(): number {
    return this.pop();
  }

  pushBool(b: boolean): void {
    this.push(b ? 1 : 0);
  }

  popBool(): boolean {
    return this.pop() !== 0;
  }

  /**
   * Pushes an array reference (an array variable about to be rebound, of any array type:
   * `Float32Array` locals too), on a stack of its own; or another object split mode's g_fwd
   * hands its g_rev (a checkpointed loop's schedule).
   */
  pushRef(a: object): void {
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

  /**
   * Entries on the reference stack; set lower, it drops those above (a function that pushed
   * references and throws gives the stack back as it found it, as it does the top).
   */
  get refCount(): number {
    return this.refs.length;
  }

  set refCount(n: number) {
    this.refs.length = n;
  }

  /** Entries on the value stack and the reference stack now (zero between top-level calls). */
  get depth(): { values: number; refs: number } {
    return { values: this.top, refs: this.refs.length };
  }

  /** Bytes currently held by the value stack's buffer. */
  get capacityBytes(): number {
    return this.values.byteLength;
  }

  /** Empties both stacks (after an exception left a sweep half done). */
  reset(): void {
    this.top = 0;
    this.refs.length = 0;
  }
}

/** The tape generated code uses. */
export const tape = new Tape();

/**
 * `a[i] = stack[from + i]` for every element of `a`: restores an array that was saved whole
 * (`stack.set(a, top); top += a.length`), after `top -= a.length`.
 */
export function restore(a: { length: number; [i: number]: number }, stack: Float64Array, from: number): void {
  const n = a.length;
  // (a long typed array by one copy: its view costs an allocation, the loop a few ns per element)
  if (n > 32 && ArrayBuffer.isView(a)) (a as Float64Array).set(stack.subarray(from, from + n));
  else for (let i = 0; i < n; i++) a[i] = stack[from + i]!;
}

/**
 * `stack[at + i] = a[i]` for every element of `a`: saves an array whole (onto the tape, or into a
 * checkpointed loop's snapshot), as `restore` gives it back. A short array by a loop:
 * `stack.set(a, at)` costs about 15 ns whatever the length, as much as copying a dozen elements
 * one by one (a function writing a 4-element parameter: its f_vjp 6.8x -> 5.1x its primal).
 */
export function saveArray(a: ArrayLike<number>, stack: Float64Array, at: number): void {
  const n = a.length;
  if (n > 16) stack.set(a, at);
  else for (let i = 0; i < n; i++) stack[at + i] = a[i]!;
}

const adjoints = /* @__PURE__ */ new WeakMap<object, Float64Array>();

/**
 * The adjoint array of a local array, created (zeroed) on first use. Generated code uses it
 * where array variables are rebound or arrays are created inside loops: the adjoint follows
 * the array object, whichever variable holds it.
 */
export function adjointOf(a: ArrayLike<number> & object): Float64Array {
  let b = adjoints.get(a);
  if (!b) {
    b = new Float64Array(a.length);
    adjoints.set(a, b);
  }
  return b;
}

/**
 * A `number[]` of n zeros: the adjoint of a local array that grows by `push`, which grows with
 * it (generated code pushes a 0 beside each element). Filled by push, so that V8 keeps it packed.
 */
export function listZeros(n: number): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(0);
  return a;
}

/** The pool `f64Zeros` cuts small arrays from, and how much of it is handed out. */
const POOL_BYTES = 64 * 1024;
let pool = new ArrayBuffer(POOL_BYTES);
let pooled = 0;

/**
 * `new Float64Array(n)`, cheaper for small n: a Float64Array of more than 8 elements is not
 * allocated on V8's heap, and each one costs an ArrayBuffer with its own zeroed memory (about
 * 400 ns in Node 20, against 20–60 ns for a view). Arrays of up to 512 elements are therefore
 * views into a shared 64 KiB ArrayBuffer, each part of it handed out once (zero, as a new
 * ArrayBuffer is), as Node's `Buffer.allocUnsafe` pools small buffers: `a.buffer` is then that
 * shared buffer (`a.byteOffset` may be nonzero), which stays alive while any of its arrays does.
 * Used for f_grad's gradient arrays and the adjoint arrays of local arrays.
 */
export function f64Zeros(n: number): Float64Array {
  if (!(n <= 512)) return new Float64Array(n);
  const bytes = n * 8;
  if (pooled + bytes > POOL_BYTES) {
    pool = new ArrayBuffer(POOL_BYTES);
    pooled = 0;
  }
  const a = new Float64Array(pool, pooled, n);
  pooled += bytes;
  return a;
}

/**
 * Generated code calls these helpers in its hot loops, and V8 inlines them there; a branch of a
 * helper that has never run has no type feedback, and optimised code that reaches one is thrown
 * away ("deopt-eager, reason: Insufficient type feedback for construct"). Their rare branches (a
 * new pool for f64Zeros, an array above its pool size, a buffer that grows, a long array saved
 * or restored by one copy) first run in some call long after V8 has optimised the caller (the
 * pool runs out after 64 KiB of adjoint arrays, a few hundred calls of clothVerlet's f_vjp), and
 * each such deoptimisation left the caller running unoptimised, 10–15x slower, until V8 compiled
 * it again (tens of ms, more under load; issue 13, perf25b). So each branch runs here, at load,
 * often enough that V8 has allocated the helper's feedback (lazily, after a few calls) and
 * recorded its kinds. Cost: about 0.3 ms at load (Node 20) and 350 KB of garbage, once.
 */
function warmRareBranches(): void {
  const saved = pool;
  const scratch = new Tape();
  const long = new Float64Array(33);
  const buffer = new Float64Array(64);
  // (V8 allocates a function's feedback after some 8-12 calls in Node 20: the branches are
  // taken in every round, a new pool, at 64 KiB, only in the last four)
  for (let i = 0; i < 24; i++) {
    if (i >= 20) pooled = POOL_BYTES; // the next f64Zeros takes a new pool
    f64Zeros(1);
    f64Zeros(513);
    scratch.values = new Float64Array(1);
    scratch.reserve(1, 2);
    scratch.push(i);
    saveArray(long, buffer, 0);
    restore(long, buffer, 0);
    saveArray(long.subarray(0, 2), buffer, 0);
    restore(long.subarray(0, 2), buffer, 0);
  }
  // the arrays handed out above were dropped unwritten: the pool they came from is still zero
  pool = saved;
  pooled = 0;
}
warmRareBranches();
