// Variational inference: ELBOs by the reparameterisation trick on fixed noise, planar and radial normalising
// flows with their log-determinants, mixture likelihoods, importance-weighted bounds.

const LOG_2PI = Math.log(2 * Math.PI);
const logNormal = (x: number, mu: number, logSd: number): number => -0.5 * LOG_2PI - logSd - 0.5 * ((x - mu) / Math.exp(logSd)) ** 2;
const softplus = (x: number): number => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
const logSigmoid = (x: number): number => -softplus(-x);

const logSumExp = (xs: readonly number[]): number => {
  const m = Math.max(...xs);
  return m + Math.log(xs.reduce((s, x) => s + Math.exp(x - m), 0));
};

/** ELBO of Bayesian linear regression y ~ N(X w, sigma^2) with a N(0, s0^2) prior, q(w) = N(mu, diag(exp(2 rho))),
 *  estimated on fixed noise eps (S samples x d). */
export function elboRegression(mu: Float64Array, rho: Float64Array, eps: Float64Array, X: Float64Array, y: Float64Array, logSigma: number, logS0: number): number {
  const d = mu.length, S = eps.length / d, n = y.length;
  let expLik = 0;
  for (let s = 0; s < S; s++) {
    const w = Array.from(mu, (m, j) => m + Math.exp(rho[j]) * eps[s * d + j]);
    for (let i = 0; i < n; i++) {
      const pred = w.reduce((acc, wj, j) => acc + wj * X[i * d + j], 0);
      expLik += logNormal(y[i], pred, logSigma);
    }
    expLik += w.reduce((acc, wj) => acc + logNormal(wj, 0, logS0), 0);
  }
  const entropy = rho.reduce((h, r) => h + r + 0.5 * (1 + LOG_2PI), 0);
  return expLik / S + entropy;
}

/** Log-density of samples pushed through K planar flows z' = z + u tanh(w.z + b) in 2-D, base N(0, I). */
export function planarFlowLogq(u: Float64Array, w: Float64Array, b: Float64Array, z0: Float64Array): number {
  const K = b.length;
  let total = 0;
  for (let s = 0; s < z0.length; s += 2) {
    let z = [z0[s], z0[s + 1]];
    let logq = logNormal(z[0], 0, 0) + logNormal(z[1], 0, 0);
    for (let k = 0; k < K; k++) {
      const [u0, u1, w0, w1] = [u[2 * k], u[2 * k + 1], w[2 * k], w[2 * k + 1]];
      const a = w0 * z[0] + w1 * z[1] + b[k];
      const h = Math.tanh(a);
      const dh = 1 - h * h;
      logq -= Math.log(Math.abs(1 + dh * (w0 * u0 + w1 * u1)));
      z = [z[0] + u0 * h, z[1] + u1 * h];
    }
    // target: a banana density
    const logp = logNormal(z[0], 0, Math.log(2)) + logNormal(z[1] - 0.25 * z[0] * z[0], 0, 0);
    total += logq - logp;
  }
  return total / (z0.length / 2);
}

/** Radial flows z' = z + beta h(alpha, r) (z - z0) in d dimensions: KL(q || N(m, I)) estimated on samples. */
export function radialFlowKL(centres: Float64Array, logAlpha: Float64Array, betaRaw: Float64Array, samples: Float64Array, m: Float64Array): number {
  const d = m.length, K = logAlpha.length;
  let kl = 0;
  const z = new Float64Array(d);
  for (let s = 0; s < samples.length; s += d) {
    z.set(samples.subarray(s, s + d));
    let logq = z.reduce((acc, zi) => acc - 0.5 * zi * zi - 0.5 * LOG_2PI, 0);
    for (let k = 0; k < K; k++) {
      const alpha = Math.exp(logAlpha[k]);
      const beta = -alpha + softplus(betaRaw[k]); // keeps the flow invertible
      let r2 = 0;
      for (let j = 0; j < d; j++) r2 += (z[j] - centres[k * d + j]) ** 2;
      const r = Math.sqrt(r2);
      const h = 1 / (alpha + r), dh = -h * h;
      logq -= (d - 1) * Math.log1p(beta * h) + Math.log1p(beta * h + beta * dh * r);
      for (let j = 0; j < d; j++) z[j] += beta * h * (z[j] - centres[k * d + j]);
    }
    const logp = z.reduce((acc, zi, j) => acc + logNormal(zi, m[j], 0), 0);
    kl += logq - logp;
  }
  return kl / (samples.length / d);
}

/** Log-likelihood of a 1-D Gaussian mixture, weights by softmax of logits. */
export function mixtureLogLik(logits: Float64Array, means: Float64Array, logSds: Float64Array, data: Float64Array): number {
  const logW = Array.from(logits, (l) => l - logSumExp(Array.from(logits)));
  return data.reduce((ll, x) => ll + logSumExp(logW.map((lw, k) => lw + logNormal(x, means[k], logSds[k]))), 0);
}

/** KL between diagonal Gaussians, q = N(mu, e^{2 r}) and p = N(m0, e^{2 r0}). */
export function klDiagonal(mu: Float64Array, r: Float64Array, m0: Float64Array, r0: Float64Array): number {
  return mu.reduce((kl, m, i) => kl + r0[i] - r[i] + (Math.exp(2 * r[i]) + (m - m0[i]) ** 2) / (2 * Math.exp(2 * r0[i])) - 0.5, 0);
}

/** Importance-weighted bound (IWAE, K samples) for a latent-mean model x_i ~ N(z, 1), z ~ N(0, 1), q(z) = N(mu, e^{2 r}). */
export function iwaeBound(mu: number, r: number, eps: Float64Array, data: Float64Array): number {
  const logws = Array.from(eps, (e) => {
    const z = mu + Math.exp(r) * e;
    const loglik = data.reduce((s, x) => s + logNormal(x, z, 0), 0);
    return loglik + logNormal(z, 0, 0) - logNormal(z, mu, r);
  });
  return logSumExp(logws) - Math.log(eps.length);
}

/** ELBO of Bayesian logistic regression with the reparameterisation trick and a Gaussian prior of scale 1. */
export function logisticElbo(mu: Float64Array, rho: Float64Array, eps: Float64Array, X: Float64Array, labels: Int32Array): number {
  const d = mu.length, S = eps.length / d;
  const samples = Array.from({ length: S }, (_, s) => {
    const w = mu.map((m, j) => m + softplus(rho[j]) * eps[s * d + j]);
    let ll = 0;
    labels.forEach((yi, i) => {
      let a = 0;
      for (let j = 0; j < d; j++) a += w[j] * X[i * d + j];
      ll += logSigmoid(yi === 1 ? a : -a);
    });
    return ll + w.reduce((p, wj) => p + logNormal(wj, 0, 0), 0);
  });
  const entropy = rho.reduce((h, r) => h + Math.log(softplus(r)) + 0.5 * (1 + LOG_2PI), 0);
  return samples.reduce((a, b) => a + b, 0) / S + entropy;
}
