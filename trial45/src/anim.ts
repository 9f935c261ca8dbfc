// UI animation: springs at 60 Hz, CSS cubic-bezier easing by Newton, scroll inertia, keyframes.

/** A damped spring stepped at 60 Hz with semi-implicit Euler until settled (or a frame cap); the settle time. */
export function springOvershoot(stiffness: number, damping: number, mass: number, from: number, to: number): number {
  const dt = 1 / 60;
  let x = from, v = 0, peak = from;
  for (let frame = 0; frame < 600; frame++) {
    const force = -stiffness * (x - to) - damping * v;
    v += (force / mass) * dt;
    x += v * dt;
    if (x > peak) peak = x;
    if (Math.abs(v) < 1e-3 && Math.abs(x - to) < 1e-3) break;
  }
  return (peak - to) / (to - from);
}

/** CSS cubic-bezier(x1, y1, x2, y2) at time t: solve x(s) = t by Newton (8 steps, as browsers do), return y(s). */
export function cubicBezierEase(x1: number, y1: number, x2: number, y2: number, t: number): number {
  const cx = 3 * x1, bx = 3 * (x2 - x1) - cx, ax = 1 - cx - bx;
  const cy = 3 * y1, by = 3 * (y2 - y1) - cy, ay = 1 - cy - by;
  let s = t;
  for (let i = 0; i < 8; i++) {
    const xs = ((ax * s + bx) * s + cx) * s - t;
    const dx = (3 * ax * s + 2 * bx) * s + cx;
    if (Math.abs(dx) < 1e-6) break;
    s -= xs / dx;
  }
  return ((ay * s + by) * s + cy) * s;
}

/** Fit of an easing curve's control points to sampled keyframes. */
export function easeFit(ctrl: Float64Array, times: Float64Array, values: Float64Array): number {
  let sse = 0;
  for (let k = 0; k < times.length; k++) {
    const e = cubicBezierEase(ctrl[0], ctrl[1], ctrl[2], ctrl[3], times[k]) - values[k];
    sse += e * e;
  }
  return sse;
}

/** Scroll inertia: velocity decays by a friction factor each frame, snapped to a page with a rubber band at the edge. */
export function flingDistance(velocity: number, friction: number, maxScroll: number): number {
  let pos = 0, v = velocity;
  let frames = 0;
  while (Math.abs(v) > 0.05 && frames < 240) {
    pos += v / 60;
    v *= friction;
    if (pos > maxScroll) {
      const over = pos - maxScroll;
      pos = maxScroll + over * 0.55; // rubber band
      v *= 0.5;
    }
    frames++;
  }
  return pos;
}

/** Keyframe interpolation with per-segment easing kinds; the value at t. */
export function keyframeValue(times: Float64Array, values: Float64Array, kinds: Int32Array, t: number): number {
  let i = 0;
  while (i < times.length - 2 && t > times[i + 1]) i++;
  const u = Math.min(1, Math.max(0, (t - times[i]) / (times[i + 1] - times[i])));
  let e: number;
  switch (kinds[i]) {
    case 1: e = u * u; break; // ease-in
    case 2: e = 1 - (1 - u) * (1 - u); break; // ease-out
    case 3: e = u < 0.5 ? 2 * u * u : 1 - (-2 * u + 2) ** 2 / 2; break;
    default: e = u;
  }
  return values[i] + (values[i + 1] - values[i]) * e;
}

/** Critically-damped smoothing (Unity's SmoothDamp), stepped over frames toward moving targets; final position. */
export function smoothDamp(smoothTime: number, targets: Float64Array, dt: number): number {
  let x = 0, vel = 0;
  for (const target of targets) {
    const omega = 2 / smoothTime;
    const xo = omega * dt;
    const exp = 1 / (1 + xo + 0.48 * xo * xo + 0.235 * xo * xo * xo);
    const change = x - target;
    const temp = (vel + omega * change) * dt;
    vel = (vel - omega * temp) * exp;
    x = target + (change + temp) * exp;
  }
  return x;
}
