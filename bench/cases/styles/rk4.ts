// RK4 on Lotka–Volterra, second hand: the right-hand side returns a new array, each stage's
// point is a new array from a helper, and the state is rebound to the next one (y = next).

function lotkaVolterra(p: Float64Array, y: Float64Array): Float64Array {
  const [prey, pred] = [y[0], y[1]];
  // `return new Float64Array([…])` is refused (TSG1002, see REFUSED.md); through a local it is taken
  const dydt = new Float64Array([p[0] * prey - p[1] * prey * pred, p[2] * prey * pred - p[3] * pred]);
  return dydt;
}

function offset(y: Float64Array, k: Float64Array, h: number): Float64Array {
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) out[i] = y[i] + h * k[i];
  return out;
}

export function rk4LossStyled(p: Float64Array, y0: Float64Array, target: Float64Array, dt: number, steps: number): number {
  let y = Float64Array.from(y0);
  for (let s = 0; s < steps; s++) {
    const k1 = lotkaVolterra(p, y);
    const k2 = lotkaVolterra(p, offset(y, k1, 0.5 * dt));
    const k3 = lotkaVolterra(p, offset(y, k2, 0.5 * dt));
    const k4 = lotkaVolterra(p, offset(y, k3, dt));
    const next = new Float64Array(2);
    for (let i = 0; i < 2; i++) next[i] = y[i] + (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    y = next;
  }
  let loss = 0;
  for (const [i, v] of y.entries()) loss += (v - target[i]) ** 2;
  return loss;
}
