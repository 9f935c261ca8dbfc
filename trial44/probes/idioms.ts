// Everyday numeric idioms (all right): Array(n).fill, for with two declarations and an empty update, while (i--),
// a hoisted inner function destructuring Math, reduce without an initial value, an in-place ReLU, a two-smallest scan,
// a NaN guard.
export function arrayFill(x: Float64Array, w: number): number {
  const n = x.length;
  const out = new Array<number>(n).fill(0);
  for (let i = 0, m = n; i < m; i++) out[i] = x[i] * w + (i > 0 ? out[i - 1] : 0);
  let i = 0, s = 0;
  for (; i < n; ) {
    s += out[i] * out[i];
    i += 1;
  }
  return s;
}
export function whileDecr(x: Float64Array, w: number): number {
  let i = x.length;
  let s = 0;
  while (i--) s = s * w + x[i];
  return s;
}
export function hoistedInner(x: number, y: number): number {
  return inner(x) * inner(y);
  function inner(t: number): number {
    const { PI, sin } = Math;
    return sin(PI * t) + t;
  }
}
export function reduceNoInit(xs: Float64Array): number {
  return Array.from(xs).reduce((a, b) => Math.max(a, b)) + xs.reduce((a, b) => a * b);
}
export function reluInPlace(x: Float64Array, b: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    let v = x[i] + b;
    v = v > 0 ? v : 0;
    s += v * v;
  }
  return s;
}
export function nestedMin(x: Float64Array): number {
  let best = Infinity, second = Infinity;
  for (const v of x) {
    if (v < best) {
      second = best;
      best = v;
    } else if (v < second) second = v;
  }
  return best * second;
}
export function nanGuard(x: number, y: number): number {
  const r = Math.sqrt(x - y);
  return Number.isNaN(r) ? y * y : r * x;
}
