// Language probes in the style of the modules above: aliasing windows, in-place array methods, closures over lets,
// defaults reading earlier parameters, optional element reads, labelled continue, conditional arrays.

/** a write through a subarray window lands in the parent buffer */
export function windowWrite(x: number, y: number): number {
  const buf = new Float64Array(6);
  const w = buf.subarray(2, 4);
  w[0] = x * x;
  w[1] = x * y;
  buf[4] = buf[2] + buf[3];
  return buf[2] * 3 + buf[4];
}

/** Float64Array.set at an offset, then copyWithin and reverse in place */
export function setOffsetReverse(a: Float64Array, s: number): number {
  const buf = new Float64Array(a.length + 2);
  buf.set(a, 2);
  buf[0] = s;
  buf.reverse();
  let acc = 0;
  for (const [i, v] of buf.entries()) acc += (i + 1) * v * v;
  return acc;
}

/** a closure over a let that changes after the arrow is made */
export function closureLater(x: number, k0: number): number {
  let k = k0;
  const scale = (v: number): number => k * v;
  const a = scale(x);
  k = k0 * k0;
  return a + scale(x);
}

/** a default reading an earlier parameter */
export const defaultFromEarlier = (x: number, s: number = x * 2, t = s + 1): number => x * s * t;

/** an optional weight array read with ?.[i] ?? 1 */
export function weightedSq(x: Float64Array, w?: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (w?.[i] ?? 1) * x[i] * x[i];
  return s;
}

/** labelled continue over a grid, skipping rows whose first value is negative */
export function labelledRows(m: Float64Array, cols: number): number {
  let s = 0;
  rows: for (let r = 0; r < m.length / cols; r++) {
    for (let c = 0; c < cols; c++) {
      const v = m[r * cols + c];
      if (c === 0 && v < 0) continue rows;
      s += Math.exp(v) * (c + 1);
    }
  }
  return s;
}

/** a conditional choosing which array to read */
export function chooseArray(a: Float64Array, b: Float64Array, useA: boolean): number {
  const src = useA ? a : b;
  let s = 0;
  for (let i = 0; i < src.length; i++) s += Math.sin(src[i]) * (i + 1);
  return s;
}

/** map with an index reading another array, and Array.from with a callback */
export function mapZip(x: readonly number[], w: readonly number[]): number {
  const y = x.map((v, i) => v * w[i]);
  const z = Array.from(y, (v) => Math.tanh(v));
  return z.reduce((s, v) => s + v * v, 0);
}

/** fill with an active value, then overwrite part */
export function fillActive(x: number, n = 5): number {
  const a = new Float64Array(n).fill(x * x);
  a[1] = Math.sin(x);
  let p = 1;
  for (const v of a) p *= v;
  return p;
}

/** Math.round / floor / % with negative numbers, as in a periodic table lookup */
export function periodicLerp(t: number, table: readonly number[]): number {
  const n = table.length;
  const f = Math.floor(t);
  const i = ((f % n) + n) % n;
  const j = (i + 1) % n;
  const u = t - f;
  return table[i] * (1 - u) + table[j] * u;
}

/** a value class with a static factory, a getter and a method returning a new instance, in a loop */
class Cplx {
  constructor(readonly re: number, readonly im: number) {}
  static polar(r: number, th: number): Cplx { return new Cplx(r * Math.cos(th), r * Math.sin(th)); }
  mul(o: Cplx): Cplx { return new Cplx(this.re * o.re - this.im * o.im, this.re * o.im + this.im * o.re); }
  get abs2(): number { return this.re * this.re + this.im * this.im; }
}
export function cplxPower(r: number, th: number, n = 5): number {
  let z = new Cplx(1, 0);
  const w = Cplx.polar(r, th);
  for (let k = 0; k < n; k++) z = z.mul(w);
  return z.re + z.abs2;
}

/** spread of a typed array into Math.hypot and into an array literal */
export function spreadNorm(a: Float64Array, b: readonly number[]): number {
  const all = [...a, ...b, 1];
  return Math.hypot(...a) + Math.max(...all) + all.length;
}
