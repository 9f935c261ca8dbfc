// Language probes: one construct of functional modern TypeScript each.

type V2 = readonly [number, number];
type V3 = readonly [number, number, number];

// 1. array destructuring in a helper's parameters (with a default after it)
const norm2 = ([x, y]: V2, k = 2): number => k * Math.hypot(x, y);
/** Destructured tuple parameters. */
export function tupleParamsDestructured(x: number, y: number): number {
  return norm2([x, y]) + norm2([y, x * x], 0.5);
}

// 2. object destructuring in a helper's parameter, with defaults, and a default for the whole object
const spring = (d: number, { k = 3, c = 0.5, rest = 1 }: { k?: number; c?: number; rest?: number } = {}): number =>
  0.5 * k * (d - rest) ** 2 + c * d;
/** Parameter destructuring with defaults. */
export function objectParamDefaults(d: number, k: number): number {
  return spring(d) + spring(d, { k }) + spring(d * 2, { rest: k, c: 0 });
}

// 3. spread into a new tuple, and a tuple spread into Math.hypot
const lift = (p: V2, z: number): V3 => [...p, z];
/** Tuple spread. */
export function tupleSpread(x: number, y: number, z: number): number {
  const q = lift([x, y], z);
  const r: V3 = [...q.slice(1), q[0]] as unknown as V3;
  return Math.hypot(...q) + r[0] * r[2];
}

// 4. small immutable records rebuilt each step by spreading the old one
type Particle = { readonly x: number; readonly v: number; readonly m: number };
/** Record spread { ...s, v }. */
export function recordSpread(x0: number, v0: number, k: number): number {
  let s: Particle = { x: x0, v: v0, m: 2 };
  for (let i = 0; i < 10; i++) {
    s = { ...s, v: s.v - (0.1 * k * s.x) / s.m };
    s = { ...s, x: s.x + 0.1 * s.v };
  }
  return s.x * s.v;
}

// 5. a discriminated union switched on kind
type Shape = { readonly kind: 'circle'; readonly r: number } | { readonly kind: 'rect'; readonly w: number; readonly h: number };
const area = (s: Shape): number => {
  switch (s.kind) {
    case 'circle':
      return Math.PI * s.r ** 2;
    case 'rect':
      return s.w * s.h;
  }
};
/** A discriminated union passed to a helper. */
export function unionArea(r: number, w: number): number {
  return area({ kind: 'circle', r }) + area({ kind: 'rect', w, h: 2 * w });
}

/** A discriminated union held in a local and switched on in place. */
export function unionLocal(r: number, round: boolean): number {
  const s: Shape = round ? { kind: 'circle', r } : { kind: 'rect', w: r, h: 1 };
  switch (s.kind) {
    case 'circle':
      return Math.PI * s.r ** 2;
    case 'rect':
      return s.w * s.h;
  }
}

// 6. an `as const` table of records, iterated with destructuring
const STAGES = [
  { gain: 1.5, pole: 0.2 },
  { gain: 0.8, pole: 0.5 },
  { gain: 2.0, pole: 0.1 },
] as const;
/** An as-const table of records. */
export function asConstTable(x: number): number {
  let y = x;
  for (const { gain, pole } of STAGES) y = (gain * y) / (1 + pole * y * y);
  return y;
}

// 7. optional chaining and ?? on an optional array parameter and an optional options object
const weighted = (xs: Float64Array, opts?: { scale?: number; bias?: number }): number =>
  xs.reduce((s, v) => s + v * (opts?.scale ?? 1), opts?.bias ?? 0);
/** Optional chaining and nullish coalescing. */
export function optionalChaining(xs: Float64Array, w?: Float64Array): number {
  let s = weighted(xs) + weighted(xs, { scale: 2 });
  for (let i = 0; i < xs.length; i++) s += (w?.[i] ?? 1) * xs[i] ** 2;
  return s;
}

// 8. a const enum switched on
const enum Loss {
  L2,
  Huber,
  LogCosh,
}
const lossOf = (r: number, kind: Loss): number => {
  switch (kind) {
    case Loss.L2:
      return r * r;
    case Loss.Huber:
      return Math.abs(r) < 1 ? r * r : 2 * Math.abs(r) - 1;
    default:
      return Math.log(Math.cosh(r));
  }
};
/** A const enum parameter and switch. */
export function constEnumLoss(res: Float64Array, kind: Loss): number {
  return res.reduce((s, r) => s + lossOf(r, kind), 0);
}

// 9. generic higher-order helpers, one passing its function on
function sumBy<T extends number>(xs: readonly T[], f: (x: T, i: number) => number): number {
  let s = 0;
  xs.forEach((x, i) => (s += f(x, i)));
  return s;
}
const meanBy = <T extends number>(xs: readonly T[], f: (x: T, i: number) => number): number => sumBy(xs, f) / xs.length;
/** Generic helpers taking functions. */
export function genericSumBy(xs: number[], k: number): number {
  return meanBy(xs, (x) => Math.tanh(k * x)) + sumBy(xs, (x, i) => i * x * k);
}

// 10. a closure over local state: a helper assigning the enclosing function's variables
/** A local closure accumulating into its enclosing function's lets. */
export function closureState(xs: Float64Array, decay: number): number {
  let acc = 0, n = 0;
  const push = (v: number): void => {
    acc = decay * acc + v;
    n++;
  };
  xs.forEach((v) => push(v * v));
  push(acc);
  return acc / n;
}

// 11. Array.from({ length }) with every / some deciding early
/** Array.from with a length, every and some. */
export function fromEverySome(a: number, n: number): number {
  const xs = Array.from({ length: n }, (_, i) => Math.sin(a * (i + 1)));
  const allPos = xs.every((v) => v > -0.99);
  const anyBig = xs.some((v) => v > 0.9);
  return xs.reduce((s, v) => s + v, 0) * (allPos ? 1 : 2) + (anyBig ? a : 0);
}

// 12. destructuring swaps: numbers in a Fibonacci-like recurrence and two scratch buffers
/** Swaps by destructuring assignment. */
export function destructuringSwaps(a0: number, b0: number, xs: Float64Array): number {
  let [a, b] = [a0, b0];
  for (let i = 0; i < 6; i++) [a, b] = [b, a + 0.5 * b];
  let cur = Float64Array.from(xs), nxt = new Float64Array(xs.length);
  for (let it = 0; it < 3; it++) {
    for (let i = 0; i < xs.length; i++) nxt[i] = 0.5 * cur[i] + 0.25 * (cur[Math.max(i - 1, 0)] + cur[Math.min(i + 1, xs.length - 1)]);
    [cur, nxt] = [nxt, cur];
  }
  return a * b + cur.reduce((s, v) => s + v * v, 0);
}

// 13. reduce with a tuple accumulator (running sum and sum of squares)
/** reduce over a tuple accumulator. */
export function tupleReduce(xs: Float64Array): number {
  const [s, q] = xs.reduce<[number, number]>(([s0, q0], v) => [s0 + v, q0 + v * v], [0, 0]);
  return q / xs.length - (s / xs.length) ** 2;
}

// 14. recursion with early exits and an object-destructured helper result
const split = (x: number): { lo: number; hi: number } => ({ lo: x * 0.5, hi: x * 0.25 + 1 });
function descend(x: number, depth: number): number {
  if (depth === 0) return x;
  if (x < 0.01) return 0;
  const { lo, hi } = split(x);
  return descend(lo, depth - 1) + Math.sqrt(hi);
}
/** Recursion with early exits. */
export function recursionEarly(x: number): number {
  return descend(x, 6);
}

// The rewrites the diagnostics above lead to (or that I would write instead), each checked:
// 1'. the tuple destructured in the body
const norm2b = (p: V2, k = 2): number => {
  const [x, y] = p;
  return k * Math.hypot(x, y);
};
/** Destructuring moved from the parameter list into the body. */
export function tupleParamsInBody(x: number, y: number): number {
  return norm2b([x, y]) + norm2b([y, x * x], 0.5);
}

// 4'. the record written out whole each step (the TSG1002 hint)
/** Records rebuilt with every property written out. */
export function recordWhole(x0: number, v0: number, k: number): number {
  let s: Particle = { x: x0, v: v0, m: 2 };
  for (let i = 0; i < 10; i++) {
    s = { x: s.x, v: s.v - (0.1 * k * s.x) / s.m, m: s.m };
    s = { x: s.x + 0.1 * s.v, v: s.v, m: s.m };
  }
  return s.x * s.v;
}

// 5'. the union's tag passed as a string beside the numbers
const areaOf = (kind: Shape['kind'], a: number, b = 0): number => (kind === 'circle' ? Math.PI * a ** 2 : a * b);
/** A string tag instead of a discriminated union. */
export function unionAsTag(r: number, w: number): number {
  return areaOf('circle', r) + areaOf('rect', w, 2 * w);
}

// 6'. one as-const table per field
const GAIN = [1.5, 0.8, 2.0] as const;
const POLE = [0.2, 0.5, 0.1] as const;
/** Column tables instead of a table of records. */
export function asConstColumns(x: number): number {
  let y = x;
  GAIN.forEach((gain, i) => (y = (gain * y) / (1 + POLE[i] * y * y)));
  return y;
}

// 9'. the outer helper not generic
const meanByPlain = (xs: readonly number[], f: (x: number, i: number) => number): number => sumBy(xs, f) / xs.length;
/** Generic sumBy called from a non-generic meanBy. */
export function genericSumByPlain(xs: number[], k: number): number {
  return meanByPlain(xs, (x) => Math.tanh(k * x)) + sumBy(xs, (x, i) => i * x * k);
}

// 13'. two accumulators in a forEach
/** Variance by forEach into two lets. */
export function tupleReduceLets(xs: Float64Array): number {
  let [s, q] = [0, 0];
  xs.forEach((v) => {
    s += v;
    q += v * v;
  });
  return q / xs.length - (s / xs.length) ** 2;
}

// 15. an exported arrow held in a const, with a readonly tuple parameter
/** An exported arrow over a tuple parameter. */
export const tupleArrow = (p: V3, k: number): number => {
  const [x, y, z] = p;
  return k * (x * y + y * z + z * x) + Math.hypot(...p);
};

// 16. a generic helper over ArrayLike windows of a typed array
const dotG = <A extends ArrayLike<number>>(a: A, b: A): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
};
/** Generic helper over windows. */
export function genericWindows(xs: Float64Array, k: number): number {
  const h = xs.length >> 1;
  return dotG(xs.subarray(0, h), xs.subarray(h, 2 * h)) * k + dotG(xs, xs);
}
