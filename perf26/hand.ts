// Hand-written adjoints (perf26), to know the floor for the generated code of perf25b/cases.ts.
let scratch = new Float64Array(0);
export function heatExplicit_vjp(u0: Float64Array, alpha: number, adj: { u0: Float64Array; alpha: number }, seed = 1): number {
  const steps = 25;
  const n = u0.length;
  // every state kept: hist[s] is u before step s (module scratch, as the generated code's tape)
  if (scratch.length < (steps + 1) * n) scratch = new Float64Array((steps + 1) * n);
  const hist = scratch;
  hist.set(u0, 0);
  // the primal's own two arrays, which the generated code also allocates
  const u = new Float64Array(n), v = new Float64Array(n);
  for (let s = 0; s < steps; s++) {
    const o = s * n, p = o + n;
    hist[p] = 0;
    hist[p + n - 1] = 0;
    for (let i = 1; i < n - 1; i++) hist[p + i] = hist[o + i] + alpha * (hist[o + i - 1] - 2 * hist[o + i] + hist[o + i + 1]);
  }
  let e = 0;
  const last = steps * n;
  for (let i = 0; i < n; i++) e += hist[last + i] * hist[last + i];
  let ub = u, vb = v;
  for (let i = 0; i < n; i++) ub[i] = seed * 2 * hist[last + i];
  let alpha_b = 0;
  for (let s = steps - 1; s >= 0; s--) {
    const o = s * n;
    vb.fill(0);
    for (let i = 1; i < n - 1; i++) {
      const g = ub[i];
      alpha_b += g * (hist[o + i - 1] - 2 * hist[o + i] + hist[o + i + 1]);
      const ag = alpha * g;
      vb[i] += g - 2 * ag;
      vb[i - 1] += ag;
      vb[i + 1] += ag;
    }
    const t = ub; ub = vb; vb = t;
  }
  for (let i = 0; i < n; i++) adj.u0[i] += ub[i];
  adj.alpha += alpha_b;
  return e;
}
