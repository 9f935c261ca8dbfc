// The first forms of code I wrote elsewhere in this trial that tsgrad refuses, one exported function each, kept so
// that run.mjs lists each with its diagnostic. The forms that compile are beside them in the other modules.

type V2 = readonly [number, number];
type V3 = readonly [number, number, number];

// (finding 4) a helper returning a pair of arrays, destructured
const liftPair = (x: ArrayLike<number>): [Float64Array, Float64Array] => [Float64Array.from(x, (v) => v * 2), Float64Array.from(x, (v) => v + 1)];
export function pairOfArrays(xs: Float64Array): number {
  const [s, d] = liftPair(xs);
  return s[0] * d[0];
}

// (finding 8) reduce with a tuple accumulator named, not destructured
export function tupleAccumulator(xs: Float64Array): number {
  const acc = xs.reduce<[number, number]>((a, v) => [a[0] + v, a[1] + v * v], [0, 0]);
  return acc[1] - acc[0] ** 2;
}

// (finding 9) a local helper's default reading an earlier parameter; then the same made optional
export function localDefaultReadsParam(x: number, y: number): number {
  const g = (u: number, v = u * 2): number => u + v;
  return g(x) + g(x, y);
}
export function localOptionalParam(x: number, y: number): number {
  const g = (u: number, v?: number): number => u + (v ?? u * 2);
  return g(x) + g(x, y);
}

// (finding 10) slice of a helper's returned tuple
const cube = (t: number): V3 => [t, t * t, t * t * t];
export function sliceOfHelperResult(w: number, t: number): number {
  const q = [...cube(w).slice(0, 2), t];
  return q[0] + q[1] * q[2];
}

// (finding 11) a tuple spread into a helper's parameters
const hyp3 = (x: number, y: number, z: number): number => Math.sqrt(x * x + y * y + z * z);
export function spreadArguments(t: number): number {
  return hyp3(...cube(t));
}

// (finding 12) an arrow called where it is written
export function arrowIife(x: number): number {
  return ((t: number) => t * t)(x);
}

// (finding 13) a factory that takes functions: compose(f, g)
const compose = (f: (x: number) => number, g: (x: number) => number) => (x: number): number => f(g(x));
const sqM = (t: number): number => t * t;
export function composeModuleArrows(x: number): number {
  return compose(sqM, sqM)(x);
}
export function composeLocalArrows(x: number, a: number): number {
  return compose((t) => t * t, (t) => t + a)(x);
}

// (finding 14) the length of an array destructured
export function destructureLength(xs: Float64Array): number {
  const { length } = xs;
  return length * xs[0];
}

// (finding 6) an as-const table of records read by index
const STAGES = [
  { gain: 1.5, pole: 0.2 },
  { gain: 0.8, pole: 0.5 },
] as const;
export function recordTableIndexed(x: number): number {
  let y = x;
  for (let i = 0; i < STAGES.length; i++) y = (STAGES[i].gain * y) / (1 + STAGES[i].pole * y * y);
  return y;
}

// Refusals whose message and hint fit (limitations, listed in README):
export function destructuringDefaults(xs: Float64Array, t: number): number {
  const [a, b = a * t] = xs;
  return a * b;
}
export function mapOfLiteral(t: number): number {
  return [0, 1, 2].map((k) => k * t).reduce((s, v) => s + v, 0);
}
export function reverseInPlace(xs: Float64Array): number {
  const ys = Float64Array.from(xs);
  ys.reverse();
  return ys[0];
}
export function objectLiteralGetter(w: number, h: number): number {
  const rect = {
    w,
    h,
    get area(): number {
      return this.w * this.h;
    },
  };
  return rect.area;
}
export function functionsInArray(x: number): number {
  const stages = [(v: number) => v * 2, (v: number) => Math.sin(v)];
  return stages.reduce((v, f) => f(v), x);
}
export function arrayOfTuplesDestructured(p: Float64Array, q: Float64Array): number {
  const v2 = (a: Float64Array): V2 => [a[0], a[1]];
  const [u, v] = [v2(p), v2(q)];
  return u[0] * v[1];
}

// (finding 16) a nested conditional of tuple literals destructured
export function nestedTupleChoice(x: number, y: number): number {
  const [a, b] = x > 0 ? [x, y] : y > 0 ? [y, x] : [x * y, x + y];
  return a * a + Math.sin(b);
}

// (expected, the hint fits) tuples of a local array of pairs swapped by destructuring
export function tuplesSwapped(xs: Float64Array): number {
  const pts: [number, number][] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) pts.push([xs[i], xs[i + 1]]);
  [pts[0], pts[1]] = [pts[1], pts[0]];
  return pts[0][0] * pts[1][1];
}
