// More probes: array-returning step functions rebinding a state array in a time loop, tuple returns destructured,
// a recursive smoother returning arrays, Float32Array storage, % and ** with a negative base, hypot of a window.

function carStep(s: Float64Array, accel: number, dt: number): Float64Array {
  const v = Math.max(0, s[1] + accel * dt);
  return Float64Array.of(s[0] + 0.5 * (s[1] + v) * dt, v);
}

/** Braking distance of a car under a speed-dependent deceleration, the state array rebound every step. */
export function brakingDistance(v0: number, decel: number, drag: number, dt = 0.05): number {
  let s: Float64Array = Float64Array.of(0, v0);
  let steps = 0;
  while (s[1] > 0.5 && steps < 2000) {
    s = carStep(s, -decel - drag * s[1] * s[1], dt);
    steps++;
  }
  return s[0];
}

function polarToXY(r: number, theta: number): [number, number] {
  return [r * Math.cos(theta), r * Math.sin(theta)];
}

/** Sum of distances between consecutive points of a polar path (tuple results destructured). */
export function polarPathLength(r: Float64Array, theta: Float64Array): number {
  let [px, py] = polarToXY(r[0], theta[0]);
  let len = 0;
  for (let i = 1; i < r.length; i++) {
    const [x, y] = polarToXY(r[i], theta[i]);
    len += Math.hypot(x - px, y - py);
    [px, py] = [x, y];
  }
  return len;
}

function smoothRec(a: number[], passes: number): number[] {
  if (passes === 0) return a.slice();
  const b: number[] = new Array(a.length).fill(0);
  for (let i = 0; i < a.length; i++) {
    const l = a[Math.max(0, i - 1)];
    const r = a[Math.min(a.length - 1, i + 1)];
    b[i] = 0.25 * l + 0.5 * a[i] + 0.25 * r;
  }
  return smoothRec(b, passes - 1);
}

/** Roughness of a load profile after recursive 3-point smoothing. */
export function smoothedRoughness(load: number[], passes = 3): number {
  const s = smoothRec(load, passes);
  let r = 0;
  for (let i = 1; i < s.length; i++) r += (s[i] - s[i - 1]) ** 2;
  return r;
}

/** A sensor log kept in a Float32Array: its energy, a wrapped phase, and an odd power of a signed value. */
export function float32Energy(x: Float64Array, period: number): number {
  const buf = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) buf[i] = x[i] * 1.5;
  let e = 0;
  for (const v of buf) e += v * v;
  const phase = (x[0] * 10) % period;
  return e + phase + (x[1] - 2) ** 3 + Math.hypot(...x.subarray(1, 4));
}
