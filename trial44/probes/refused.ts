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
