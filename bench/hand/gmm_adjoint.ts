// ADBench's GMM objective and its gradient, written by hand (the counterpart of ADBench's
// "Manual" tool), with the contract of a generated f_vjp: returns the objective and adds its
// gradient with respect to alphas, means, icf, x and gamma into adj.
//
//   E = −n·d/2·log 2π + Σᵢ lse_k(βᵢₖ) − n·lse(α) + Σₖ (½γ²(‖Dₖ‖² + ‖Lₖ‖²) − m·Σ qₖ) − K·C(d, γ, m)
//   βᵢₖ = αₖ + Σ qₖ − ½‖yᵢₖ‖²,   yᵢₖ = Qₖ (xᵢ − μₖ),   Qₖ = Dₖ + Lₖ,   Dₖ = diag(exp qₖ)
//
// Derivation. ∂E/∂βᵢₖ = wᵢₖ = exp(βᵢₖ − lseᵢ), the posterior of component k for point i. Then
//   ᾱₖ = Σᵢ wᵢₖ − n·softmax(α)ₖ
//   ȳ = −wᵢₖ·y                      (from −½‖y‖²)
//   D̄ⱼ = ȳⱼ·xcⱼ, so q̄ₖⱼ += ȳⱼ·xcⱼ·Dⱼ (D = exp q) and q̄ₖⱼ += Σᵢ wᵢₖ (from Σ q)
//   L̄ⱼc = ȳⱼ·xc_c (j > c)
//   x̄c = Qᵀȳ,  μ̄ₖ −= x̄c,  x̄ᵢ += x̄c
//   prior: q̄ₖⱼ += γ²Dⱼ² − m,  L̄ₖ += γ²Lₖ,  γ̄ = γ·Σₖ(‖Dₖ‖² + ‖Lₖ‖²) − K·(d + m + 1)·d/γ
//
// Layout as in ADBench: means k rows of d; icf k rows of d(d+1)/2, first the d log-diagonal
// entries q, then the strict lower triangle column by column (column c holds rows c+1 … d−1).

/** ADBench's value of π (its reference values depend on it). */
const PI = 3.14159265359;

function lgammaHalfInteger(z: number): number {
  let out = 0;
  let t = z;
  while (t > 1.25) {
    t -= 1;
    out += Math.log(t);
  }
  if (t < 0.75) out += 0.5 * Math.log(Math.PI);
  return out;
}

function logGammaDistrib(a: number, p: number): number {
  let out = 0.25 * p * (p - 1) * Math.log(PI);
  for (let j = 1; j <= p; j++) out += lgammaHalfInteger(a + 0.5 * (1 - j));
  return out;
}

export function gmm_adjoint(alphas: Float64Array, means: Float64Array, icf: Float64Array, x: Float64Array,
  d: number, k: number, n: number, gamma: number, m: number,
  adj: { alphas: Float64Array; means: Float64Array; icf: Float64Array; x: Float64Array; gamma: number }): number {
  const icfSize = (d * (d + 1)) / 2;
  const alphas_b = adj.alphas;
  const means_b = adj.means;
  const icf_b = adj.icf;
  const x_b = adj.x;

  // D = exp(q) and Σ q per component
  const qdiags = new Float64Array(k * d);
  const sumQs = new Float64Array(k);
  for (let ik = 0; ik < k; ik++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const q = icf[ik * icfSize + j];
      s += q;
      qdiags[ik * d + j] = Math.exp(q);
    }
    sumQs[ik] = s;
  }

  const xc = new Float64Array(k * d); // xᵢ − μₖ for every k, of the current point
  const y = new Float64Array(k * d); // Qₖ·xc
  const beta = new Float64Array(k);
  const y_b = new Float64Array(d);
  const xc_b = new Float64Array(d);
  const sumW = new Float64Array(k); // Σᵢ wᵢₖ
  let slse = 0;

  for (let i = 0; i < n; i++) {
    const xo = i * d;
    let bmax = -Infinity;
    for (let ik = 0; ik < k; ik++) {
      const o = ik * d;
      for (let j = 0; j < d; j++) {
        const v = x[xo + j] - means[o + j];
        xc[o + j] = v;
        y[o + j] = qdiags[o + j] * v;
      }
      let col = ik * icfSize + d;
      for (let c = 0; c < d; c++) {
        const v = xc[o + c];
        for (let j = c + 1; j < d; j++) y[o + j] += icf[col++] * v;
      }
      let sq = 0;
      for (let j = 0; j < d; j++) sq += y[o + j] * y[o + j];
      const b = alphas[ik] + sumQs[ik] - 0.5 * sq;
      beta[ik] = b;
      if (b > bmax) bmax = b;
    }
    let se = 0;
    for (let ik = 0; ik < k; ik++) se += Math.exp(beta[ik] - bmax);
    const lse = bmax + Math.log(se);
    slse += lse;

    for (let ik = 0; ik < k; ik++) {
      const w = Math.exp(beta[ik] - lse);
      sumW[ik] += w;
      const o = ik * d;
      const io = ik * icfSize;
      // ȳ = −w·y; diagonal part of Q and of Qᵀȳ
      for (let j = 0; j < d; j++) {
        const yb = -w * y[o + j];
        const D = qdiags[o + j];
        y_b[j] = yb;
        icf_b[io + j] += yb * xc[o + j] * D;
        xc_b[j] = D * yb;
      }
      // strict lower triangle: L̄ⱼc = ȳⱼ·xc_c and (Lᵀȳ)_c
      let col = io + d;
      for (let c = 0; c < d; c++) {
        const v = xc[o + c];
        let acc = 0;
        for (let j = c + 1; j < d; j++) {
          const yb = y_b[j];
          icf_b[col] += yb * v;
          acc += icf[col] * yb;
          col++;
        }
        xc_b[c] += acc;
      }
      for (let j = 0; j < d; j++) {
        means_b[o + j] -= xc_b[j];
        x_b[xo + j] += xc_b[j];
      }
    }
  }

  // −n·lse(α)
  let amax = -Infinity;
  for (let ik = 0; ik < k; ik++) if (alphas[ik] > amax) amax = alphas[ik];
  let sa = 0;
  for (let ik = 0; ik < k; ik++) sa += Math.exp(alphas[ik] - amax);
  const lseAlphas = amax + Math.log(sa);
  for (let ik = 0; ik < k; ik++) alphas_b[ik] += sumW[ik] - n * Math.exp(alphas[ik] - lseAlphas);

  // Σ q terms, the Wishart prior, and γ̄
  const g2 = gamma * gamma;
  let frobenius = 0;
  let prior = 0;
  for (let ik = 0; ik < k; ik++) {
    const io = ik * icfSize;
    let fk = 0;
    for (let j = 0; j < d; j++) {
      const D = qdiags[ik * d + j];
      fk += D * D;
      icf_b[io + j] += sumW[ik] - m + g2 * D * D;
    }
    for (let j = d; j < icfSize; j++) {
      const l = icf[io + j];
      fk += l * l;
      icf_b[io + j] += g2 * l;
    }
    frobenius += fk;
    prior += 0.5 * g2 * fk - m * sumQs[ik];
  }
  const dof = d + m + 1;
  const C = dof * d * (Math.log(gamma) - 0.5 * Math.log(2)) - logGammaDistrib(0.5 * dof, d);
  adj.gamma += gamma * frobenius - (k * dof * d) / gamma;

  const constant = -n * d * 0.5 * Math.log(2 * PI);
  return constant + slse - n * lseAlphas + prior - k * C;
}
