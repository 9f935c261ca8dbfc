// ADBench's GMM objective, second hand: windows (subarray) for a point, a mean and a
// component's parameters; the squared Mahalanobis term of Q·(x − μ) computed row by row by a
// helper with only a scratch difference vector; exp of the diagonals computed once; the component scores in one scratch
// array reused for every point; a logSumExp helper (Math.max(...v) at first: refused); log Γ of a
// half-integer by recursion. The same value as fixtures/adbench/gmm/input.ts.
const PI = 3.14159265359;

function logSumExp(v: Float64Array): number {
  // written first as Math.max(...v): refused (TSG1002, see REFUSED.md)
  let mx = -Infinity;
  for (const a of v) if (a > mx) mx = a;
  let s = 0;
  for (const a of v) s += Math.exp(a - mx);
  return Math.log(s) + mx;
}

/** log Γ(z) for z a positive multiple of ½: Γ(z) = (z − 1)·Γ(z − 1) down to Γ(1) or Γ(½). */
function logGammaHalf(z: number): number {
  if (z < 0.75) return 0.5 * Math.log(Math.PI);
  if (z < 1.25) return 0;
  return Math.log(z - 1) + logGammaHalf(z - 1);
}

/**
 * ‖Q·(xi − mu)‖² for the lower-triangular Q with diagonal `diag` and strictly lower
 * triangle `lower` stored column by column; `diff` is scratch of length d.
 */
function mahalanobis(xi: Float64Array, mu: Float64Array, diag: Float64Array, lower: Float64Array,
  diff: Float64Array): number {
  const d = xi.length;
  for (let j = 0; j < d; j++) diff[j] = xi[j] - mu[j];
  let total = 0;
  for (let r = 0; r < d; r++) {
    let row = diag[r] * diff[r];
    for (let c = 0; c < r; c++) row += lower[(c * (2 * d - c - 1)) / 2 + r - c - 1] * diff[c];
    total += row * row;
  }
  return total;
}

function sumOf(v: Float64Array): number {
  let s = 0;
  for (const a of v) s += a;
  return s;
}

export function gmmStyled(alphas: Float64Array, means: Float64Array, icf: Float64Array, x: Float64Array,
  d: number, k: number, n: number, gamma: number, m: number): number {
  const D = Math.trunc(d);
  const K = Math.trunc(k);
  const N = Math.trunc(n);
  const size = (D * (D + 1)) / 2;
  const scores = new Float64Array(K);
  const diff = new Float64Array(D);
  const diags = new Float64Array(K * D);
  for (let j = 0; j < K * D; j++) diags[j] = Math.exp(icf[Math.floor(j / D) * size + (j % D)]);
  let total = 0;
  for (let i = 0; i < N; i++) {
    const xi = x.subarray(i * D, (i + 1) * D);
    for (let c = 0; c < K; c++) {
      const logDiag = icf.subarray(c * size, c * size + D);
      const lower = icf.subarray(c * size + D, (c + 1) * size);
      scores[c] = alphas[c] + sumOf(logDiag) - 0.5 * mahalanobis(xi, means.subarray(c * D, (c + 1) * D),
        diags.subarray(c * D, (c + 1) * D), lower, diff);
    }
    total += logSumExp(scores);
  }
  total += -N * D * 0.5 * Math.log(2 * PI) - N * logSumExp(alphas);

  // the Wishart prior
  const dof = D + Math.trunc(m) + 1;
  let lgd = 0.25 * D * (D - 1) * Math.log(PI);
  for (let j = 1; j <= D; j++) lgd += logGammaHalf(0.5 * dof + 0.5 * (1 - j));
  const C = dof * D * (Math.log(gamma) - 0.5 * Math.log(2)) - lgd;
  for (let c = 0; c < K; c++) {
    let frob = 0;
    let logDet = 0;
    for (const q of icf.subarray(c * size, c * size + D)) {
      frob += Math.exp(2 * q);
      logDet += q;
    }
    for (const l of icf.subarray(c * size + D, (c + 1) * size)) frob += l * l;
    total += 0.5 * gamma * gamma * frob - m * logDet - C;
  }
  return total;
}
