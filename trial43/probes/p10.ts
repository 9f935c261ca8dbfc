/** Duffing oscillator by RK2 with a checkpointed time loop; the state is scalar and an array. */
export function duffingCheckpoint(delta: number, alpha: number, beta: number, gamma: number, omega: number, steps: number): number {
  let x = 1, v = 0, t = 0, e = 0;
  const hist = new Float64Array(2);
  const dt = 0.05;
  /** @checkpoint snapshots=4 */
  for (let s = 0; s < steps; s++) {
    const a1 = gamma * Math.cos(omega * t) - delta * v - alpha * x - beta * x * x * x;
    const xm = x + 0.5 * dt * v, vm = v + 0.5 * dt * a1;
    const a2 = gamma * Math.cos(omega * (t + 0.5 * dt)) - delta * vm - alpha * xm - beta * xm * xm * xm;
    x += dt * vm;
    v += dt * a2;
    t += dt;
    hist[s % 2] = x * v;
    e += hist[0] * hist[1] * dt;
  }
  return e + x * x;
}
function longStep(s: Float64Array, k: number, c: number, dt: number): void {
  const x = s[0], y = s[1], z = s[2];
  const a = -k * x + c * y * z;
  const b = -k * y - c * x * z;
  const d = -0.5 * z + 0.1 * x * y;
  const nx = x + dt * a;
  const ny = y + dt * b;
  const nz = z + dt * d;
  const r = Math.hypot(nx, ny, nz);
  const w = Math.tanh(r);
  const q = Math.exp(-0.1 * r * r);
  const m = (w + q) / (1 + w * q);
  s[0] = nx * m;
  s[1] = ny * m;
  s[2] = nz * m + 0.01 * Math.sin(nx * ny);
}
/** a long void helper writing its state in place, called in a loop */
export function longHelperLoop(k: number, c: number, x0: number, steps: number): number {
  const s = Float64Array.of(x0, 0.5, -0.3);
  for (let i = 0; i < steps; i++) longStep(s, k, c, 0.1);
  return s[0] * s[1] + s[2];
}
