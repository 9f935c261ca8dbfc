// Probes expected to be refused: the diagnostics are the finding.

/** copyWithin on a local copy. */
export function shiftCopyWithin(x: Float64Array): number {
  const b = Float64Array.from(x);
  b.copyWithin(0, 1);
  let s = 0;
  for (let i = 0; i < b.length; i++) s += b[i] * x[i];
  return s;
}

/** sort() of a typed-array copy, as a statement. */
export function typedSortTrimmedMean(x: Float64Array): number {
  const s = x.slice();
  s.sort();
  let m = 0;
  for (let i = 1; i < s.length - 1; i++) m += s[i];
  return m / (s.length - 2);
}

/** reverse() of a copy, alone. */
export function reverseCopy(x: Float64Array): number {
  const r = x.slice().reverse();
  return r[0] * x[0];
}

/** An abstract base class with one subclass. */
abstract class Law {
  abstract rate(t: number): number;
}
class Linear extends Law {
  constructor(readonly k: number) { super(); }
  rate(t: number): number { return this.k * t; }
}
export function subclassRate(k: number, t: number): number {
  return new Linear(k).rate(t);
}

/** A Map of numbers. */
export function mapLookup(x: number): number {
  const m = new Map<string, number>();
  m.set('a', x);
  return (m.get('a') ?? 0) * x;
}

/** indexOf and includes on a parameter array of values (piecewise-constant results used as an index). */
export function indexOfActive(x: Float64Array, t: number): number {
  const k = x.indexOf(x[2]);
  const has = x.includes(t) ? 1 : 0;
  return x[k] * t + has;
}

/** indexOf and includes on an integer table. */
export function indexOfInts(x: Float64Array, ids: Int32Array): number {
  const k = ids.indexOf(3);
  const bonus = ids.includes(7) ? 2 : 1;
  return x[k >= 0 ? k : 0] * bonus + x[ids.length - 1];
}

/** includes alone, on an integer table. */
export function includesInts(x: Float64Array, ids: Int32Array): number {
  return ids.includes(7) ? x[0] : x[1];
}

/** An object spread passed straight to a helper taking an object of numbers. */
interface V3 { x: number; y: number; z: number }
function dot3(a: V3, b: V3): number {
  return a.x * b.x + a.y * b.y + a.z * b.z;
}
export function spreadArgument(x: number, y: number, z: number): number {
  const p = { x, y, z };
  return dot3(p, { ...p, z: 1 });
}

/** pop() on a number[] used as a stack. */
export function popStack(x: Float64Array): number {
  const st: number[] = [];
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    st.push(x[i] * x[i]);
    if (st.length > 2) s += (st.pop() ?? 0) * x[i];
  }
  return s;
}

/** switch (true) with conditions as cases. */
export function switchTrue(x: number): number {
  switch (true) {
    case x < 0:
      return -x * x;
    case x < 1:
      return x * 3;
    default:
      return Math.log(x) + 3;
  }
}

/** An object parameter of an exported function. */
export interface Spring { k: number; c: number }
export function springEnergy(x: number, p: Spring): number {
  return 0.5 * p.k * x * x + p.c * x;
}

/** boolean | undefined and Float64Array | undefined locals declared without a value. */
export function boolUndefined(x: number, y: number): number {
  let seen: boolean | undefined;
  if (seen === undefined) seen = x > y;
  return seen ? x : y;
}
export function lazyBuffer(x: number, y: number): number {
  let buf: Float64Array | undefined;
  if (!buf) buf = Float64Array.of(x, y);
  return buf[0] * buf[1];
}

/** A var read before it is assigned on the first pass (tsc reports TS2454 too). */
export function varReadBefore(xs: Float64Array): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    var acc: number;
    acc = (i === 0 ? 0 : acc) + xs[i];
    s += acc * acc;
  }
  return s;
}

/** A second name for a local array, then rebound to a new one. */
export function aliasRebind(x: Float64Array, w: number): number {
  const a = Float64Array.from(x);
  let b = a;
  for (let i = 0; i < a.length; i++) b[i] = a[i] * w;
  b = new Float64Array(a.length);
  b[0] = a[a.length - 1];
  return a[0] * b[0];
}

/** xs?.length of an optional array (xs?.[0] ?? 1 beside it compiles). */
export function optionalLength(x: number, xs?: Float64Array): number {
  return x * (xs?.[0] ?? 1) + (xs?.length ?? 0);
}
