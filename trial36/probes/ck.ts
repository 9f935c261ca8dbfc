interface HH { v: number; n: number }
function step(s: HH, g: number, I: number, dt: number): HH {
  const an = 0.01 * (s.v + 55) / (1 - Math.exp(-(s.v + 55) / 10));
  const bn = 0.125 * Math.exp(-(s.v + 65) / 80);
  return { v: s.v + dt * (I - g * s.n ** 4 * (s.v + 77) - 0.3 * (s.v + 54.4)), n: s.n + dt * (an * (1 - s.n) - bn * s.n) };
}
/** a long time loop over a state object, checkpointed */
export function kLongObj(g: number, I: number, steps: number): number {
  let s: HH = { v: -65, n: 0.3 };
  let acc = 0;
  /** @checkpoint */
  for (let k = 0; k < steps; k++) {
    s = step(s, g, I, 0.01);
    acc += s.v * 1e-3;
  }
  return acc + s.n;
}
export function kLongObjPlain(g: number, I: number, steps: number): number {
  let s: HH = { v: -65, n: 0.3 };
  let acc = 0;
  for (let k = 0; k < steps; k++) {
    s = step(s, g, I, 0.01);
    acc += s.v * 1e-3;
  }
  return acc + s.n;
}
/** checkpointed loop over Float64Array state with a scratch buffer swap */
export function kHeat(u0: Float64Array, kappa: number, steps: number): number {
  let u = Float64Array.from(u0);
  let nx = new Float64Array(u0.length);
  const n = u0.length;
  // @checkpoint
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const l = i > 0 ? u[i - 1] : 0, r = i < n - 1 ? u[i + 1] : 0;
      nx[i] = u[i] + kappa * (l - 2 * u[i] + r) - 0.01 * u[i] ** 3;
    }
    u.set(nx);
  }
  let e = 0;
  for (const x of u) e += x * x;
  return e;
}
