// More shapes people write, some of which tsgrad may refuse.

/** A local arrow helper, as one writes it everywhere. */
export function localArrow(x: number, y: number): number {
  const sq = (v: number) => v * v;
  return Math.sqrt(sq(x) + sq(y) + 1);
}

/** Two indices walking towards each other. */
export function palindromeEnergy(x: Float64Array): number {
  let e = 0;
  for (let i = 0, j = x.length - 1; i < j; i++, j--) e += (x[i] - x[j]) ** 2;
  return e;
}

/** Spread max over a local array. */
export function softArgmaxGap(x: Float64Array): number {
  const e = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) e[i] = Math.exp(x[i]);
  const m = Math.max(...e);
  let s = 0;
  for (const v of e) s += v;
  return m / s;
}

/** A point passed as an object. */
export function pointNorm(p: { x: number; y: number }, w: number): number {
  return w * Math.hypot(p.x, p.y);
}

/** A tuple parameter. */
export function tupleDot(a: [number, number], b: number): number {
  return a[0] * b + a[1] * b * b;
}

/** Mode as a string union. */
export function regLoss(w: Float64Array, mode: 'l1' | 'l2' | 'elastic', lam = 0.1): number {
  let s = 0;
  for (const v of w) {
    if (mode === 'l1') s += Math.abs(v);
    else if (mode === 'l2') s += v * v;
    else s += 0.5 * Math.abs(v) + 0.5 * v * v;
  }
  return lam * s;
}

/** Number.EPSILON, log2, log10 and **=. */
export function entropyBits(p: Float64Array): number {
  let h = 0;
  for (const q of p) {
    let t = q + Number.EPSILON;
    t **= 1;
    h -= q * Math.log2(t);
  }
  return h + 0 * Math.log10(1 + p[0] * p[0]);
}

/** Recursive sum over shrinking windows. */
function rsum(x: Float64Array): number {
  if (x.length === 0) return 0;
  return x[0] * x[0] + rsum(x.subarray(1));
}
export function windowSum(x: Float64Array): number {
  return rsum(x);
}

/** An options object with optional chaining. */
export function scaled(x: number, opts?: { scale?: number }): number {
  const s = opts?.scale ?? 2;
  return s * Math.sin(x);
}

/** Optional arguments by arguments.length. */
export function argsLength(x: number, y?: number): number {
  if (arguments.length < 2) return x * x;
  return x * (y as number);
}

/** Newton on a function given as a helper with an early return on convergence. */
function g(x: number, c: number): number {
  return x * x * x - c;
}
export function cubeRootNewton(c: number): number {
  let x = c > 1 ? c / 2 : 1;
  for (let i = 0; i < 50; i++) {
    const step = g(x, c) / (3 * x * x);
    x -= step;
    if (Math.abs(step) < 1e-15 * Math.abs(x)) return x;
  }
  return x;
}

/** x ** 0.5 of a clamped value, the same pattern as sqrt(max(v, 0)). */
export function clampedPow(v: number, z: number): number {
  return z * Math.max(v, 0) ** 0.5 + v;
}

/** Soft clamp: a ternary that keeps the branch not taken NaN-free. */
export function safeLogRatio(a: number, b: number): number {
  return a > 0 && b > 0 ? Math.log(a / b) : -(a * a + b * b);
}

/** Nested helper calls with defaults inside loops. */
function lerp(a: number, b: number, t = 0.5): number {
  return a + (b - a) * t;
}
export function chaikinLength(pts: Float64Array, rounds = 2): number {
  let p = Float64Array.from(pts);
  for (let r = 0; r < rounds; r++) {
    const q = new Float64Array(2 * (p.length - 1));
    for (let i = 0; i + 1 < p.length; i++) {
      q[2 * i] = lerp(p[i], p[i + 1], 0.25);
      q[2 * i + 1] = lerp(p[i], p[i + 1], 0.75);
    }
    p = q;
  }
  let L = 0;
  for (let i = 0; i + 1 < p.length; i++) L += Math.abs(p[i + 1] - p[i]) + lerp(p[i], p[i + 1]) * 0;
  return L;
}

/**
 * Lotka–Volterra by explicit Euler over many steps, the loop checkpointed; returns the squared
 * distance of the final state from a target.
 */
export function lotkaVolterraCkpt(p: Float64Array, x0: number, y0: number, steps = 400, dt = 0.01): number {
  let x = x0, y = y0;
  /** @checkpoint snapshots=8 */
  for (let s = 0; s < steps; s++) {
    const dx = p[0] * x - p[1] * x * y;
    const dy = p[3] * x * y - p[2] * y;
    x += dt * dx;
    y += dt * dy;
  }
  return (x - 1) ** 2 + (y - 0.5) ** 2;
}

/** The same loop without checkpointing, to compare. */
export function lotkaVolterra(p: Float64Array, x0: number, y0: number, steps = 400, dt = 0.01): number {
  let x = x0, y = y0;
  for (let s = 0; s < steps; s++) {
    const dx = p[0] * x - p[1] * x * y;
    const dy = p[3] * x * y - p[2] * y;
    x += dt * dx;
    y += dt * dy;
  }
  return (x - 1) ** 2 + (y - 0.5) ** 2;
}

/** Writes softmax probabilities into out and returns the log-partition (value and array out). */
export function softmaxInto(out: Float64Array, x: Float64Array, temp: number): number {
  let m = -Infinity;
  for (const v of x) m = Math.max(m, v / temp);
  let z = 0;
  for (let i = 0; i < x.length; i++) {
    out[i] = Math.exp(x[i] / temp - m);
    z += out[i];
  }
  for (let i = 0; i < x.length; i++) out[i] /= z;
  return m + Math.log(z);
}
export function hypotSpread(x: Float64Array): number {
  return Math.hypot(...x);
}
function fibx(n: number, x: number): number {
  return n <= 1 ? x : fibx(n - 1, x) * Math.cos(x) + fibx(n - 2, x) * x;
}
export function fibPoly(x: number, n = 6): number {
  return fibx(n, x);
}
/** @noinline */
function stepInto(out: Float64Array, y: Float64Array, h: number): void {
  out[0] = y[0] + h * y[1];
  out[1] = y[1] - h * Math.sin(y[0]);
}
export function pendulumNoinline(y0: Float64Array, h: number, n = 10): number {
  let y = Float64Array.from(y0);
  let t = new Float64Array(2);
  for (let i = 0; i < n; i++) {
    stepInto(t, y, h);
    const s = y; y = t; t = s;
  }
  return y[0] * y[0] + y[1];
}
export function doWhileContinue(x: number): number {
  let i = 0, s = 0;
  do {
    i++;
    if (i % 3 === 0) continue;
    s += Math.exp(-i * x);
  } while (i < 10);
  return s;
}
export function stringSwitch(x: number, kind: 'a' | 'b' | 'c'): number {
  let r = 0;
  switch (kind) {
    case 'a':
      r += x;
    case 'b':
      r += x * x;
      break;
    default:
      r = Math.tanh(x);
  }
  return r;
}
