// Probes of JavaScript semantics in numeric code: the places where a derivative compiler could go quietly wrong.

const TAU = 2 * Math.PI;

/** Phase unwrapping with % on negative numbers (JS % keeps the sign of the dividend). */
export function unwrapPhaseLoss(phases: Float64Array, omega: number, dt: number): number {
  let loss = 0;
  for (let i = 0; i < phases.length; i++) {
    const predicted = omega * i * dt;
    const d = (((phases[i] - predicted) % TAU) + TAU + Math.PI) % TAU - Math.PI;
    loss += d * d;
  }
  return loss;
}

/** A closure reading a variable that the loop changes: the closure must see the value at each call. */
export function closureSeesUpdates(x: number, n = 5): number {
  let gain = 1;
  const apply = (v: number) => v * gain;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += apply(x);
    gain *= 1 + 0.1 * x;
  }
  return acc;
}

/** out[k++] writes, a comma expression, ||= and ??= on numbers; returns a weighted sum of what it wrote. */
export function packFeatures(x: number, y: number, out: Float64Array, scale?: number): number {
  let k = 0;
  let s = scale;
  s ??= 2;
  let bias = 0;
  bias ||= 0.5 * x;
  out[k++] = x * s;
  out[k++] = (y, x * y);
  out[k++] = bias + Math.sign(y) * y;
  let total = 0;
  for (let i = 0; i < k; i++) total += (i + 1) * out[i];
  return total;
}

/** A default parameter computed from an earlier one; the total derivative flows into x. */
export function defaultFromEarlier(x: number, width = 2 * x + 1): number {
  return Math.log(width) * x;
}

/** Numeric switch with fall-through, labelled break out of nested loops, do...while. */
export function piecewiseKernel(xs: Float64Array, order: number, h: number): number {
  let acc = 0;
  outer: for (let i = 0; i < xs.length; i++) {
    let w = 0;
    switch (order) {
      case 3:
        w += xs[i] ** 3 / 6;
      // falls through
      case 2:
        w += xs[i] ** 2 / 2;
      // falls through
      case 1:
        w += xs[i];
        break;
      default:
        w = 1;
    }
    let j = 0;
    do {
      acc += w * h ** j;
      j++;
      if (acc > 1e6) break outer;
    } while (j < 3);
  }
  return acc;
}

/** reduceRight, spread into Math.hypot, fill and subarray writes. */
export function spreadAndWindows(x: Float64Array, k: number): number {
  const buf = new Float64Array(x.length + 2).fill(k);
  buf.subarray(1, x.length + 1).set(x);
  const w = buf.subarray(1, 4);
  w[0] *= 2;
  const horner = x.reduceRight((acc, c) => acc * k + c, 0);
  return Math.hypot(...w) + horner + buf[0];
}

/** A while whose trip count depends on the data, with continue. */
export function bisectionSteps(a: number, target: number): number {
  let lo = 0;
  let hi = 10;
  let spent = 0;
  while (hi - lo > 1e-6) {
    const mid = 0.5 * (lo + hi);
    spent += Math.exp(-mid * a);
    if (mid * mid < target) {
      lo = mid;
      continue;
    }
    hi = mid;
  }
  return spent * a;
}

/** Results typed number | undefined: a guard that returns undefined outside the domain, used by a caller. */
function safeSqrt(v: number): number | undefined {
  if (v < 0) return undefined;
  return Math.sqrt(v);
}
export function distanceOrZero(dx: number, dy: number, r: number): number {
  const d = safeSqrt(dx * dx + dy * dy - r * r);
  return d ?? 0;
}

/** An array literal of numbers used as a small matrix, rebinding with destructuring, Math.atan2 and Math.expm1. */
export function rotateAndSquash(x: number, y: number, angle: number): number {
  let [u, v] = [x, y];
  for (let i = 0; i < 3; i++) {
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    [u, v] = [c * u - s * v, s * u + c * v];
  }
  return Math.atan2(v, u) + Math.expm1(0.1 * u);
}
