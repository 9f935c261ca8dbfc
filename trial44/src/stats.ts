// Statistics: likelihoods with a Stirling lgamma, a Weibull fit, kernel density, robust losses, von Mises.

/** ln Gamma(x) for x > 0: shift above 7 by the recurrence, then Stirling's series to x^-7. */
function lgamma(x: number): number {
  let shift = 0;
  let z = x;
  while (z < 7) {
    shift += Math.log(z);
    z += 1;
  }
  const iz = 1 / z, iz2 = iz * iz;
  const series = iz * (1 / 12 - iz2 * (1 / 360 - iz2 * (1 / 1260 - iz2 / 1680)));
  return (z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

/** Negative log-likelihood of Student's t with location, log scale and degrees of freedom. */
export function studentTNll(nu: number, mu: number, logSigma: number, xs: Float64Array): number {
  const sigma = Math.exp(logSigma);
  const c = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * Math.log(nu * Math.PI) - logSigma;
  let ll = 0;
  for (const x of xs) {
    const z = (x - mu) / sigma;
    ll += c - ((nu + 1) / 2) * Math.log1p((z * z) / nu);
  }
  return -ll;
}

/** Weibull negative log-likelihood with right censoring (censored[i] = 1: survived past xs[i]). */
export function weibullNll(shape: number, scale: number, xs: Float64Array, censored: Uint8Array): number {
  let nll = 0;
  for (let i = 0; i < xs.length; i++) {
    const z = xs[i] / scale;
    const zk = z ** shape;
    nll += censored[i] ? zk : zk - Math.log(shape / scale) - (shape - 1) * Math.log(z);
  }
  return nll;
}

/** Leave-one-out log-likelihood of a Gaussian kernel density estimate, the bandwidth the parameter. */
export function kdeLooLogLik(bandwidth: number, data: Float64Array): number {
  const n = data.length;
  const norm = 1 / ((n - 1) * bandwidth * Math.sqrt(2 * Math.PI));
  let ll = 0;
  for (let i = 0; i < n; i++) {
    let dens = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const u = (data[i] - data[j]) / bandwidth;
      dens += Math.exp(-0.5 * u * u);
    }
    ll += Math.log(norm * dens);
  }
  return ll;
}

/** Tukey's biweight loss of a line fit's residuals (constant c^2/6 beyond c). */
export function tukeyLineLoss(slope: number, intercept: number, c: number, xs: Float64Array, ys: Float64Array): number {
  const c2 = c * c;
  let loss = 0;
  for (let i = 0; i < xs.length; i++) {
    const r = ys[i] - (slope * xs[i] + intercept);
    if (Math.abs(r) >= c) {
      loss += c2 / 6;
      continue;
    }
    const t = 1 - (r * r) / c2;
    loss += (c2 / 6) * (1 - t * t * t);
  }
  return loss;
}

/** Modified Bessel I0 by its power series, 25 terms. */
function besselI0(k: number): number {
  let term = 1, sum = 1;
  const q = (k * k) / 4;
  for (let m = 1; m <= 25; m++) {
    term *= q / (m * m);
    sum += term;
  }
  return sum;
}

/** von Mises negative log-likelihood of angles, concentration via log kappa. */
export function vonMisesNll(mu: number, logKappa: number, angles: Float64Array): number {
  const kappa = Math.exp(logKappa);
  let s = 0;
  for (let i = 0; i < angles.length; i++) s += Math.cos(angles[i] - mu);
  return angles.length * Math.log(2 * Math.PI * besselI0(kappa)) - kappa * s;
}

/** Beta-binomial negative log-likelihood of successes out of trials, alpha and beta by their logs. */
export function betaBinomialNll(logAlpha: number, logBeta: number, successes: Int32Array, trials: Int32Array): number {
  const a = Math.exp(logAlpha), b = Math.exp(logBeta);
  const lbeta = (p: number, q: number): number => lgamma(p) + lgamma(q) - lgamma(p + q);
  let nll = 0;
  for (let i = 0; i < successes.length; i++) {
    const k = successes[i], n = trials[i];
    nll -= lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1) + lbeta(k + a, n - k + b) - lbeta(a, b);
  }
  return nll;
}

/** Gumbel negative log-likelihood of annual maxima. */
export function gumbelNll(loc: number, scale: number, maxima: number[]): number {
  return maxima.reduce((acc, x) => {
    const z = (x - loc) / scale;
    return acc + Math.log(scale) + z + Math.exp(-z);
  }, 0);
}

/**
 * Gumbel fit that also scores the record: the NLL of the maxima plus -log P(next maximum < record) = exp(-z_record),
 * the record tracked from undefined (the maxima may all be negative: winter temperatures in °C).
 */
export function gumbelRecordNll(loc: number, scale: number, maxima: Float64Array): number {
  let record: number | undefined;
  let nll = 0;
  for (const x of maxima) {
    const z = (x - loc) / scale;
    nll += Math.log(scale) + z + Math.exp(-z);
    if (record === undefined || x > record) record = x;
  }
  const zr = ((record ?? loc) - loc) / scale;
  return nll + Math.exp(-zr);
}
