// Statistics: Student-t, mixtures, Kalman filter NLL.

function lgammaApprox(z: number): number {
  // Stirling series, good for z > 1 after shifting
  let shift = 0;
  while (z < 6) {
    shift -= Math.log(z);
    z += 1;
  }
  const inv = 1 / z;
  return shift + (z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + inv / 12 - (inv ** 3) / 360;
}

/** Student-t log-likelihood with location mu, scale s and degrees of freedom nu. */
export function studentTLL(xs: Float64Array, mu: number, s: number, nu: number): number {
  const n = xs.length;
  let ll = n * (lgammaApprox((nu + 1) / 2) - lgammaApprox(nu / 2) - 0.5 * Math.log(nu * Math.PI) - Math.log(s));
  for (const x of xs) {
    const z = (x - mu) / s;
    ll -= ((nu + 1) / 2) * Math.log1p((z * z) / nu);
  }
  return ll;
}

function logSumExp(a: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) m = Math.max(m, a[i]);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.exp(a[i] - m);
  return m + Math.log(s);
}

const comp = new Float64Array(3);

/** Gaussian mixture (3 components) log-likelihood with logsumexp helper and a scratch buffer. */
export function mixtureLL(xs: Float64Array, means: Float64Array, logSig: Float64Array, logits: Float64Array): number {
  const lz = logSumExp(logits);
  let ll = 0;
  for (let i = 0; i < xs.length; i++) {
    for (let k = 0; k < 3; k++) {
      const sig = Math.exp(logSig[k]);
      const z = (xs[i] - means[k]) / sig;
      comp[k] = logits[k] - lz - 0.5 * z * z - logSig[k] - 0.5 * Math.log(2 * Math.PI);
    }
    ll += logSumExp(comp);
  }
  return ll;
}

/** 1D Kalman filter negative log-likelihood (random walk + noise). */
export function kalmanNLL(ys: Float64Array, q: number, r: number, x0 = 0, p0 = 1): number {
  let x = x0, P = p0, nll = 0;
  for (let t = 0; t < ys.length; t++) {
    P = P + q;
    const S = P + r;
    const innov = ys[t] - x;
    nll += 0.5 * (Math.log(2 * Math.PI * S) + (innov * innov) / S);
    const K = P / S;
    x = x + K * innov;
    P = (1 - K) * P;
  }
  return nll;
}

/** Generic array: mean absolute deviation around the median-ish (trimmed) mean. */
export function robustScale<A extends ArrayLike<number>>(v: A, trim = 0.1): number {
  let mean = 0;
  for (let i = 0; i < v.length; i++) mean += v[i];
  mean /= v.length;
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    const d = Math.abs(v[i] - mean);
    s += d > trim ? d - 0.5 * trim : (0.5 * d * d) / trim;
  }
  return s / v.length;
}

/** Poisson regression NLL with log link, || default on exposure. */
export function poissonNLL(beta: Float64Array, X: Float64Array, y: Float64Array, exposure?: number): number {
  const p = beta.length;
  const n = y.length;
  let nll = 0;
  for (let i = 0; i < n; i++) {
    let eta = Math.log(exposure || 1);
    for (let j = 0; j < p; j++) eta += X[i * p + j] * beta[j];
    nll += Math.exp(eta) - y[i] * eta;
  }
  return nll;
}

/** Weighted variance over windows: helper called on subarray windows. */
function winVar(w: Float64Array): number {
  let m = 0;
  for (let i = 0; i < w.length; i++) m += w[i];
  m /= w.length;
  let v = 0;
  for (let i = 0; i < w.length; i++) v += (w[i] - m) * (w[i] - m);
  return v / w.length;
}

export function rollingVarSum(xs: Float64Array, win = 3): number {
  let total = 0;
  for (let i = 0; i + win <= xs.length; i++) total += winVar(xs.subarray(i, i + win));
  return total;
}
