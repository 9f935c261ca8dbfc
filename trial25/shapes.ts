// More code shapes: do…while, labelled loops, &&=, helpers writing into windows, recursive de Boor.

/** de Boor's algorithm, recursive on the degree (knots a module table, control points a parameter). */
const T = [0, 0, 0, 0, 1, 2, 3, 3, 3, 3];
function deBoorRec(r: number, j: number, x: number, c: Float64Array): number {
  if (r === 0) return c[j];
  const p = 3;
  const alpha = (x - T[j]) / (T[j + 1 + p - r] - T[j]);
  return (1 - alpha) * deBoorRec(r - 1, j - 1, x, c) + alpha * deBoorRec(r - 1, j, x, c);
}
export function deBoor(c: Float64Array, x: number): number {
  let k = 3;
  while (k < 5 && !(x < T[k + 1])) k++;
  return deBoorRec(3, k, x, c);
}

/** Helper writing into a window of the output. */
function polar(r: number, th: number, out: Float64Array): void {
  out[0] = r * Math.cos(th);
  out[1] = r * Math.sin(th);
}
export function polarChain(rs: Float64Array, ths: Float64Array): number {
  const pts = new Float64Array(2 * rs.length);
  for (let i = 0; i < rs.length; i++) polar(rs[i], ths[i], pts.subarray(2 * i, 2 * i + 2));
  let len = 0;
  for (let i = 1; i < rs.length; i++) len += Math.hypot(...pts.subarray(2 * i - 2, 2 * i).map((v, k) => v - pts[2 * i + k]));
  return len;
}

/** Same, with the distance computed by hand. */
export function polarChain2(rs: Float64Array, ths: Float64Array): number {
  const pts = new Float64Array(2 * rs.length);
  for (let i = 0; i < rs.length; i++) polar(rs[i], ths[i], pts.subarray(2 * i, 2 * i + 2));
  let len = 0;
  for (let i = 1; i < rs.length; i++) len += Math.hypot(pts[2 * i] - pts[2 * i - 2], pts[2 * i + 1] - pts[2 * i - 1]);
  return len;
}

/** do…while fixed-point iteration of x = cos(a x) with a cap. */
export function fixedPoint(a: number): number {
  let x = 0.5, prev = 0, n = 0;
  do {
    prev = x;
    x = Math.cos(a * x);
    n++;
  } while (Math.abs(x - prev) > 1e-13 && n < 200);
  return x;
}

/** Labelled outer loop with early exit from the inner loop; &&= on a number. */
export function firstCrossing(xs: Float64Array, level: number): number {
  let acc = 0;
  outer: for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < 3; j++) {
      const v = xs[i] * (j + 1);
      if (v > level) continue outer;
      acc += v * v;
    }
  }
  let w = level;
  w &&= w * 2;
  return acc + w;
}

/** Hypot spread over a whole parameter and a window; number[] parameter. */
export function hypots(v: number[], w: Float64Array): number {
  return Math.hypot(...v) * Math.hypot(...w.subarray(1)) + Math.min(...w);
}

/** Type parameter constrained to number, nested closures over a parameter. */
export function genericNum<T extends number>(x: T, k: number): number {
  const scale = (t: number) => k * t;
  const inner = (t: number) => Math.sin(scale(t)) + scale(t) ** 2;
  return inner(x) + inner(x / 2);
}

/** Array state rebound to a number[] built by push, starting from the parameter itself. */
export function smoothPasses(xs: number[], lam: number): number {
  let cur = xs;
  for (let pass = 0; pass < 3; pass++) {
    const next: number[] = [];
    for (let i = 0; i < cur.length; i++) {
      const l = cur[Math.max(i - 1, 0)], r = cur[Math.min(i + 1, cur.length - 1)];
      next.push(cur[i] + lam * (l + r - 2 * cur[i]));
    }
    cur = next;
  }
  let s = 0;
  for (const v of cur) s += v * v * v;
  return s;
}

/** A void function with an in-out accumulator: acc[i] += w * x[i]^2 (f_vjp / f_jacobian / f_jvp). */
export function accumulate(x: Float64Array, w: number, acc: Float64Array): void {
  for (let i = 0; i < x.length; i++) acc[i] += w * x[i] * x[i];
}

/** Returns a number and writes an out-parameter. */
export function normalise(v: Float64Array, out: Float64Array): number {
  const n = Math.hypot(...v);
  for (let i = 0; i < v.length; i++) out[i] = v[i] / n;
  return n;
}
