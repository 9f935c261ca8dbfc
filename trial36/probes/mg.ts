// 1-D multigrid V-cycle for -u'' = f on (0, 1), u(0) = u(1) = 0, n = 2^k - 1 interior points; recursion with
// arrays written in place at every level.
function smooth(u: Float64Array, f: Float64Array, h2: number, sweeps: number): void {
  const n = u.length;
  for (let s = 0; s < sweeps; s++) {
    for (let i = 0; i < n; i++) {
      const left = i > 0 ? u[i - 1] : 0;
      const right = i < n - 1 ? u[i + 1] : 0;
      u[i] = 0.5 * (left + right + h2 * f[i]);
    }
  }
}
function vcycle(u: Float64Array, f: Float64Array, h: number): void {
  const n = u.length;
  smooth(u, f, h * h, 2);
  if (n <= 3) {
    smooth(u, f, h * h, 20);
    return;
  }
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const left = i > 0 ? u[i - 1] : 0;
    const right = i < n - 1 ? u[i + 1] : 0;
    r[i] = f[i] - (2 * u[i] - left - right) / (h * h);
  }
  const nc = (n - 1) / 2;
  const rc = new Float64Array(nc);
  for (let j = 0; j < nc; j++) rc[j] = 0.25 * (r[2 * j] + 2 * r[2 * j + 1] + r[2 * j + 2]);
  const ec = new Float64Array(nc);
  vcycle(ec, rc, 2 * h);
  for (let j = 0; j < nc; j++) {
    u[2 * j + 1] += ec[j];
    u[2 * j] += 0.5 * ec[j];
    u[2 * j + 2] += 0.5 * ec[j];
  }
  smooth(u, f, h * h, 2);
}
/** energy of the discrete solution after `cycles` V-cycles */
export function poissonEnergy(f: Float64Array, cycles = 3): number {
  const n = f.length;
  const h = 1 / (n + 1);
  const u = new Float64Array(n);
  for (let c = 0; c < cycles; c++) vcycle(u, f, h);
  let e = 0;
  for (let i = 0; i < n; i++) e += u[i] * f[i] * h;
  return e;
}
/** the solution written into out (a void function, for a Jacobian) */
export function poissonSolve(f: Float64Array, out: Float64Array): void {
  out.fill(0);
  const h = 1 / (f.length + 1);
  for (let c = 0; c < 2; c++) vcycle(out, f, h);
}
/** Gauss-Seidel sweeps written into two arrays: the iterate and the residual */
export function gsWithResidual(u: Float64Array, f: Float64Array, res: Float64Array): void {
  const h = 1 / (u.length + 1);
  smooth(u, f, h * h, 3);
  for (let i = 0; i < u.length; i++) {
    const left = i > 0 ? u[i - 1] : 0;
    const right = i < u.length - 1 ? u[i + 1] : 0;
    res[i] = f[i] - (2 * u[i] - left - right) / (h * h);
  }
}
