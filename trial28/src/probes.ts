// Harder shapes, each within this round's domains.

/** de Casteljau by recursion, each level writing into a scratch array passed in. */
function casteljau(pts: Float64Array, n: number, t: number, scratch: Float64Array): number {
  if (n === 1) return pts[0];
  for (let i = 0; i + 1 < n; i++) scratch[i] = (1 - t) * pts[i] + t * pts[i + 1];
  const next = new Float64Array(n - 1);
  return casteljau(scratch.subarray(0, n - 1), n - 1, t, next);
}

export function bezierValue(ctrl: Float64Array, t: number): number {
  const scratch = new Float64Array(ctrl.length);
  return casteljau(ctrl, ctrl.length, t, scratch);
}

/** Adaptive Simpson where the integrand reads a coefficient array (recursion with an array parameter). */
function poly(c: Float64Array, t: number): number {
  let s = 0;
  for (let i = c.length - 1; i >= 0; i--) s = s * t + c[i];
  return Math.exp(-s * s);
}

function simpsonRec(c: Float64Array, a: number, b: number, fa: number, fm: number, fb: number, whole: number, depth: number): number {
  const m = (a + b) / 2;
  const flm = poly(c, (a + m) / 2);
  const frm = poly(c, (m + b) / 2);
  const left = ((m - a) / 6) * (fa + 4 * flm + fm);
  const right = ((b - m) / 6) * (fm + 4 * frm + fb);
  if (depth === 0 || Math.abs(left + right - whole) < 1e-9) return left + right;
  return simpsonRec(c, a, m, fa, flm, fm, left, depth - 1) + simpsonRec(c, m, b, fm, frm, fb, right, depth - 1);
}

export function gaussPolyIntegral(c: Float64Array, b: number): number {
  const fa = poly(c, 0), fb = poly(c, b), fm = poly(c, b / 2);
  return simpsonRec(c, 0, b, fa, fm, fb, (b / 6) * (fa + 4 * fm + fb), 8);
}

/** log-sum-exp with Math.max(...xs) and an optional temperature. */
export function softmaxTemp(xs: number[], temp?: number): number {
  const T = temp ?? 1;
  const m = Math.max(...xs);
  let s = 0;
  for (const x of xs) s += Math.exp((x - m) / T);
  return m + T * Math.log(s);
}

/** Gauss continued fraction for the incomplete gamma Q(a, x) by mutual recursion. */
function cfOdd(a: number, x: number, k: number, depth: number): number {
  if (depth === 0) return x;
  return x + (k - a) / (1 + k / cfEven(a, x, k + 1, depth - 1));
}
function cfEven(a: number, x: number, k: number, depth: number): number {
  return cfOdd(a, x, k, depth);
}

export function upperGammaCf(a: number, x: number): number {
  return Math.exp(-x + a * Math.log(x)) / cfOdd(a, x, 1, 30);
}

/** while loops with a labelled continue over rows of particles, and a closure over a let changed between calls. */
export function springRelax(pos: Float64Array, rest: number): number {
  let stiffness = 10;
  const energy = (d: number) => 0.5 * stiffness * (d - rest) ** 2;
  let e = 0;
  let i = 0;
  outer: while (i < pos.length - 2) {
    i += 2;
    let j = i - 2;
    while (j >= 0) {
      const d = Math.hypot(pos[i] - pos[j], pos[i + 1] - pos[j + 1]);
      if (d > 3) {
        stiffness = 1;
        continue outer;
      }
      e += energy(d);
      j -= 2;
      if (j < i - 4) break;
    }
    stiffness += 1;
  }
  return e;
}

/** Recursive refinement writing the result into an out array and returning its sum (recursion + out parameter). */
function refine(src: Float64Array, out: Float64Array, level: number): number {
  let s = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = 0.5 * src[i] + 0.25 * (src[Math.max(i - 1, 0)] + src[Math.min(i + 1, src.length - 1)]);
    s += Math.tanh(out[i]);
  }
  if (level === 0) return s;
  const tmp = Float64Array.from(out);
  return s + refine(tmp, out, level - 1);
}

export function refinedSum(x: Float64Array, levels: number): number {
  const out = new Float64Array(x.length);
  const s = refine(x, out, levels);
  let q = 0;
  for (const v of out) q += v * v;
  return s + q;
}

/** Float32 storage with entries(), ||= and a switch whose default sits in the middle. */
export function mixedBag(w: Float32Array, x: number[], mode: number): number {
  let acc = 0;
  for (const [i, v] of x.entries()) {
    let k = 0;
    switch ((i + mode) % 4) {
      case 0:
        k = 1;
      default:
        k += 0.5;
        break;
      case 2:
        k = 2;
        break;
    }
    let g = v * w[i % w.length];
    g ||= 0.25 * v;
    acc += k * Math.asinh(g) + Math.cosh(0.1 * v) * Math.expm1(-v * v);
  }
  return acc;
}

/** Tuples from a sincos helper inside a loop, rotated by cumulative angles (forward kinematics of a planar arm). */
function sincos(a: number): [number, number] {
  return [Math.sin(a), Math.cos(a)];
}

export function armReach(angles: Float64Array, lengths: number[], tx: number, ty: number): number {
  let x = 0, y = 0, phi = 0;
  for (let k = 0; k < angles.length; k++) {
    phi += angles[k];
    const [s, c] = sincos(phi);
    x += lengths[k] * c;
    y += lengths[k] * s;
  }
  return Math.hypot(x - tx, y - ty) ** 1.5;
}

/** Do-while with continue and break: Kepler's equation E - e sin E = M by Newton, then the true anomaly. */
export function keplerAnomaly(M: number, e: number): number {
  let E = M + 0.5 * e;
  let it = 0;
  do {
    it++;
    const f = E - e * Math.sin(E) - M;
    const fp = 1 - e * Math.cos(E);
    if (Math.abs(fp) < 1e-12) {
      E += 0.1;
      continue;
    }
    E -= f / fp;
    if (Math.abs(f) < 1e-15) break;
  } while (it < 50);
  return Math.atan2(Math.sqrt(1 - e * e) * Math.sin(E), Math.cos(E) - e);
}

/** Verlet rope with three buffers rotated each step (prev, cur, next), the first two copies of the inputs. */
export function ropeRotate(x0: Float64Array, v0: Float64Array, dt: number, steps: number): number {
  const n = x0.length;
  let prev = Float64Array.from(x0);
  let cur = new Float64Array(n);
  let next = new Float64Array(n);
  for (let i = 0; i < n; i++) cur[i] = x0[i] + dt * v0[i];
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const left = i > 0 ? cur[i - 1] : cur[i];
      const right = i < n - 1 ? cur[i + 1] : cur[i];
      const force = 20 * (left - 2 * cur[i] + right) - 0.5 * Math.sinh(cur[i]);
      next[i] = 2 * cur[i] - prev[i] + dt * dt * force;
    }
    const t = prev;
    prev = cur;
    cur = next;
    next = t;
  }
  let e = 0;
  for (let i = 0; i < n; i++) e += cur[i] * cur[i] + ((cur[i] - prev[i]) / dt) ** 2;
  return e;
}

/** The same with a destructuring rotation, and a step skipped (no rotation) when the motion is small. */
export function ropeRotateSkip(x0: Float64Array, v0: Float64Array, dt: number, steps: number): number {
  const n = x0.length;
  let prev = Float64Array.from(x0);
  let cur = new Float64Array(n);
  let next = new Float64Array(n);
  for (let i = 0; i < n; i++) cur[i] = x0[i] + dt * v0[i];
  for (let s = 0; s < steps; s++) {
    let motion = 0;
    for (let i = 0; i < n; i++) {
      const left = i > 0 ? cur[i - 1] : 0;
      const right = i < n - 1 ? cur[i + 1] : 0;
      next[i] = 2 * cur[i] - prev[i] + dt * dt * 20 * (left - 2 * cur[i] + right);
      motion += Math.abs(next[i] - cur[i]);
    }
    if (motion < 1e-3 * n) continue;
    [prev, cur, next] = [cur, next, prev];
  }
  let e = 0;
  for (let i = 0; i < n; i++) e += Math.tanh(cur[i]) * (i + 1) + prev[i] * 0.1;
  return e;
}
