// Recursive routines written the natural way.

function integrand(x: number, k: number): number {
  return Math.exp(-k * x * x) * Math.cos(x);
}

/** Recursive bisection with the trapezoid rule to a fixed depth. */
function bisect(a: number, b: number, k: number, depth: number): number {
  if (depth === 0) return 0.5 * (b - a) * (integrand(a, k) + integrand(b, k));
  const m = 0.5 * (a + b);
  return bisect(a, m, k, depth - 1) + bisect(m, b, k, depth - 1);
}

/** ∫_a^b exp(-k x²) cos x dx by recursive bisection. */
export function bisectIntegral(a: number, b: number, k: number, depth = 6): number {
  return bisect(a, b, k, depth);
}

/** Mean of xs[lo..hi) computed over halves recursively (weighted by sizes). */
function meanRange(xs: Float64Array, lo: number, hi: number): number {
  const n = hi - lo;
  if (n === 1) return xs[lo];
  const mid = lo + (n >> 1);
  const left = meanRange(xs, lo, mid);
  const right = meanRange(xs, mid, hi);
  return (left * (mid - lo) + right * (hi - mid)) / n;
}

/** Recursive mean over halves, squared and plus the first element (so it is not linear). */
export function recursiveMeanSq(xs: Float64Array): number {
  const m = meanRange(xs, 0, xs.length);
  return m * m + Math.sin(xs[0]);
}

/** Quadtree-like split over a square image (flat, side `size`): the smooth max of per-leaf means. */
function quad(img: Float64Array, side: number, x0: number, y0: number, size: number, leaf: number, temp: number): number {
  if (size <= leaf) {
    let s = 0;
    for (let y = y0; y < y0 + size; y++) for (let x = x0; x < x0 + size; x++) s += img[y * side + x];
    return Math.exp(s / (size * size) / temp);
  }
  const h = size / 2;
  return quad(img, side, x0, y0, h, leaf, temp) + quad(img, side, x0 + h, y0, h, leaf, temp)
    + quad(img, side, x0, y0 + h, h, leaf, temp) + quad(img, side, x0 + h, y0 + h, h, leaf, temp);
}

/** Soft maximum over 2×2 blocks of an 8×8 image, by quadtree recursion. */
export function quadSoftMax(img: Float64Array, temp = 0.25): number {
  const side = Math.round(Math.sqrt(img.length));
  return temp * Math.log(quad(img, side, 0, 0, side, 2, temp));
}

/** Mutual recursion: a "ping" and "pong" map applied alternately n times. */
function ping(x: number, a: number, n: number): number {
  return n <= 0 ? x : pong(Math.sin(a * x) + x, a, n - 1);
}
function pong(x: number, a: number, n: number): number {
  return n <= 0 ? x : ping(x * Math.cos(a) + 0.1 * x * x, a, n - 1);
}

export function pingPong(x: number, a: number, n = 7): number {
  return ping(x, a, n);
}

/** Recursive binomial coefficient style weights: a Pascal-triangle smoothing of xs (recursive), evaluated at the top. */
function pascal(xs: Float64Array, lo: number, len: number, t: number): number {
  if (len === 1) return xs[lo];
  return (1 - t) * pascal(xs, lo, len - 1, t) + t * pascal(xs, lo + 1, len - 1, t);
}

/** de-Casteljau-free Bernstein blend of up to ~10 control values, recursive (exponential: small n). */
export function bernsteinBlend(ctrl: Float64Array, t: number): number {
  return pascal(ctrl, 0, ctrl.length, t);
}

/** Recursive exponentiation by squaring with a real base and an integer exponent. */
function powi(x: number, n: number): number {
  if (n === 0) return 1;
  if (n % 2 === 1) return x * powi(x, n - 1);
  const h = powi(x, n / 2);
  return h * h;
}

export function powiSum(x: number, y: number, n = 13): number {
  return powi(x, n) + powi(y, n - 2) - powi(x * y, 3);
}

/** Euclid-like recursion on reals: continued-fraction evaluation of sqrt(1 + x) style depth-limited. */
function cf(x: number, depth: number): number {
  return depth === 0 ? 1 : 1 + x / (1 + cf(x, depth - 1));
}

export function continuedSqrt(x: number, depth = 12): number {
  return cf(x, depth);
}
