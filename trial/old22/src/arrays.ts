// Functions writing output arrays, typed arrays vs number[], views, push.

/** Softmax into out.
 * @domain x [-2, 2] length 4
 * @domain out [0, 0] length 4
 */
export function softmaxInto(x: Float64Array, out: Float64Array): void {
  let m = x[0];
  for (let i = 1; i < x.length; i++) if (x[i] > m) m = x[i];
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    out[i] = Math.exp(x[i] - m);
    s += out[i];
  }
  for (let i = 0; i < x.length; i++) out[i] /= s;
}

/** Cumulative sum into out, returns the total.
 * @domain x [-1, 1] length 5
 * @domain out [0, 0] length 5
 */
export function cumsum(x: number[], out: number[]): number {
  let acc = 0;
  x.forEach((v, i) => {
    acc += v;
    out[i] = acc;
  });
  return acc;
}

/** Cumulative sum with an ordinary loop.
 * @domain x [-1, 1] length 5
 * @domain out [0, 0] length 5
 */
export function cumsumLoop(x: number[], out: number[]): number {
  let acc = 0;
  for (let i = 0; i < x.length; i++) {
    acc += x[i];
    out[i] = acc;
  }
  return acc;
}

/** 1-D valid convolution into out.
 * @domain signal [-1, 1] length 7
 * @domain kernel [-1, 1] length 3
 * @domain out [0, 0] length 5
 */
export function convolveValid(signal: Float64Array, kernel: Float64Array, out: Float64Array): void {
  const k = kernel.length;
  for (let i = 0; i + k <= signal.length; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += signal[i + j] * kernel[k - 1 - j];
    out[i] = s;
  }
}

/** Matrix-vector product with tanh, into y (3x4 row-major).
 * @domain A [-1, 1] length 12
 * @domain x [-1, 1] length 4
 * @domain y [0, 0] length 3
 */
export function tanhMatvec(A: Float64Array, x: Float64Array, y: Float64Array): void {
  const cols = x.length;
  for (let r = 0; r < y.length; r++) {
    let s = 0;
    for (let c = 0; c < cols; c++) s += A[r * cols + c] * x[c];
    y[r] = Math.tanh(s);
  }
}

/** Layer norm with gain and bias, into out.
 * @domain x [-2, 2] length 5
 * @domain gain (0.5, 1.5) length 5
 * @domain bias [-0.5, 0.5] length 5
 * @domain out [0, 0] length 5
 */
export function layerNorm(x: Float64Array, gain: Float64Array, bias: Float64Array, out: Float64Array): void {
  const n = x.length;
  let mu = 0;
  for (let i = 0; i < n; i++) mu += x[i];
  mu /= n;
  let v = 0;
  for (let i = 0; i < n; i++) v += (x[i] - mu) ** 2;
  const inv = 1 / Math.sqrt(v / n + 1e-5);
  for (let i = 0; i < n; i++) out[i] = gain[i] * (x[i] - mu) * inv + bias[i];
}

/** Float32 weights, float64 accumulation.
 * @domain w [-1, 1] length 4
 * @domain x [-1, 1] length 4
 */
export function f32Dot(w: Float32Array, x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * x[i];
  return Math.tanh(s);
}

/** Stores into a Float32Array buffer (rounding), then sums squares.
 * @domain x [-1, 1] length 4
 */
export function f32Buffer(x: Float64Array): number {
  const buf = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) buf[i] = Math.sin(x[i]) * 3;
  let s = 0;
  for (const v of buf) s += v * v;
  return s;
}

/** Collects positive terms with push and reduces them.
 * @domain x [-1, 1] length 6
 */
export function pushPositives(x: Float64Array): number {
  const pos: number[] = [];
  for (const v of x) if (v > 0) pos.push(v * v);
  let s = 0;
  for (let i = 0; i < pos.length; i++) s += pos[i] / (i + 1);
  return s;
}

/** Windows via subarray passed to a helper.
 * @domain x [-1, 1] length 8
 */
export function windowedNorms(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i + 4 <= x.length; i += 2) s += norm2(x.subarray(i, i + 4));
  return s;
}

function norm2(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/** Reverse in place and return a weighted sum (swaps).
 * @domain x [-1, 1] length 5
 */
export function reverseWeighted(x: Float64Array): number {
  const y = Float64Array.from(x);
  for (let i = 0, j = y.length - 1; i < j; i++, j--) {
    const t = y[i];
    y[i] = y[j];
    y[j] = t;
  }
  let s = 0;
  for (let i = 0; i < y.length; i++) s += (i + 1) * y[i] * y[i];
  return s;
}

/** Double-buffered smoothing with rebinding (a, b swapped).
 * @domain x [-1, 1] length 6
 */
export function smoothRebind(x: Float64Array): number {
  let a = Float64Array.from(x);
  let b = new Float64Array(x.length);
  for (let it = 0; it < 4; it++) {
    for (let i = 0; i < a.length; i++) {
      const l = a[Math.max(0, i - 1)], r = a[Math.min(a.length - 1, i + 1)];
      b[i] = 0.25 * l + 0.5 * a[i] + 0.25 * r;
    }
    const t = a;
    a = b;
    b = t;
  }
  return a[0] * a[a.length - 1] + a[2];
}

/** Writes into an in/out accumulator (acc += scale * x^2).
 * @domain x [-1, 1] length 4
 * @domain scale (0.5, 2)
 * @domain acc [-1, 1] length 4
 */
export function accumulateSquares(x: Float64Array, scale: number, acc: Float64Array): void {
  for (let i = 0; i < x.length; i++) acc[i] += scale * x[i] * x[i];
}

/** 2x2 matrix inverse into out, returns the determinant.
 * @domain m [-2, 2] length 4
 * @domain out [0, 0] length 4
 */
export function inverse2x2(m: Float64Array, out: Float64Array): number {
  const det = m[0] * m[3] - m[1] * m[2];
  const inv = 1 / det;
  out[0] = m[3] * inv;
  out[1] = -m[1] * inv;
  out[2] = -m[2] * inv;
  out[3] = m[0] * inv;
  return det;
}

/** Pairwise products into out (outer product of two vectors).
 * @domain a [-1, 1] length 3
 * @domain b [-1, 1] length 2
 * @domain out [0, 0] length 6
 */
export function outer(a: number[], b: Float64Array, out: Float64Array): void {
  let k = 0;
  for (const ai of a) for (const bj of b) out[k++] = ai * bj;
}

/** Polynomial evaluation at several points (Horner) into out.
 * @domain coeffs [-1, 1] length 4
 * @domain xs [-1, 1] length 3
 * @domain out [0, 0] length 3
 */
export function polyvalInto(coeffs: readonly number[], xs: Float64Array, out: Float64Array): void {
  for (let j = 0; j < xs.length; j++) {
    let acc = 0;
    for (let i = coeffs.length - 1; i >= 0; i--) acc = acc * xs[j] + coeffs[i];
    out[j] = acc;
  }
}

/** Takes a number[][] (expect refusal at the parameter).
 * @domain x [-1, 1]
 */
export function nestedArrays(rows: number[][], x: number): number {
  let s = 0;
  for (const r of rows) for (const v of r) s += v * x;
  return s;
}

/** Linear interpolation in a constant table.
 * @domain t (0, 3.9)
 */
export function tableLerp(t: number): number {
  const i = Math.floor(t);
  const f = t - i;
  return TABLE[i] * (1 - f) + TABLE[i + 1] * f;
}

const TABLE = [0, 0.8, 1.1, 0.4, -0.3];

/** Sums of a map() result (expect refusal or support).
 * @domain x [-1, 1] length 4
 */
export function mapSquares(x: number[]): number {
  const sq = x.map((v) => v * v);
  let s = 0;
  for (const v of sq) s += v;
  return s;
}
