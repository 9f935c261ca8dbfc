// Geostatistics (variograms, ordinary kriging), survival analysis (Cox partial likelihood) and room acoustics.

type Model = 'spherical' | 'exponential' | 'gaussian';

function variogram(h: number, nugget: number, sill: number, range: number, model: Model = 'spherical'): number {
  if (h === 0) return 0;
  switch (model) {
    case 'spherical': {
      if (h >= range) return nugget + sill;
      const r = h / range;
      return nugget + sill * (1.5 * r - 0.5 * r * r * r);
    }
    case 'exponential':
      return nugget + sill * (1 - Math.exp((-3 * h) / range));
    case 'gaussian':
      return nugget + sill * (1 - Math.exp(-3 * (h / range) ** 2));
  }
}

/** Weighted least-squares (Cressie) fit of a variogram model to an empirical variogram. */
export function variogramFit(nugget: number, sill: number, range: number, lags: Float64Array, gamma: Float64Array, counts: Float64Array, model: Model = 'spherical'): number {
  let s = 0;
  for (let i = 0; i < lags.length; i++) {
    const g = variogram(lags[i], nugget, sill, range, model);
    const r = gamma[i] / g - 1;
    s += counts[i] * r * r;
  }
  return s;
}

/** Solves A x = b in place (n x n, row-major) by Gaussian elimination with partial pivoting; result in b. */
function solveInPlace(A: Float64Array, b: Float64Array, n: number): void {
  for (let col = 0; col < n; col++) {
    let piv = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(A[r * n + col]) > Math.abs(A[piv * n + col])) piv = r;
    if (piv !== col) {
      for (let c = 0; c < n; c++) {
        const t = A[col * n + c];
        A[col * n + c] = A[piv * n + c];
        A[piv * n + c] = t;
      }
      [b[col], b[piv]] = [b[piv], b[col]];
    }
    for (let r = col + 1; r < n; r++) {
      const f = A[r * n + col] / A[col * n + col];
      if (f === 0) continue;
      for (let c = col; c < n; c++) A[r * n + c] -= f * A[col * n + c];
      b[r] -= f * b[col];
    }
  }
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let c = r + 1; c < n; c++) s -= A[r * n + c] * b[c];
    b[r] = s / A[r * n + r];
  }
}

/** Ordinary kriging prediction at (px, py) from samples at xy (flat pairs) with values z, exponential model. */
export function krigingPredict(xy: Float64Array, z: Float64Array, px: number, py: number, sill: number, range: number, nugget = 0.01): number {
  const n = z.length;
  const m = n + 1;
  const A = new Float64Array(m * m);
  const rhs = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const h = Math.hypot(xy[2 * i] - xy[2 * j], xy[2 * i + 1] - xy[2 * j + 1]);
      A[i * m + j] = i === j ? 0 : variogram(h, nugget, sill, range, 'exponential');
    }
    A[i * m + n] = 1;
    A[n * m + i] = 1;
    rhs[i] = variogram(Math.hypot(xy[2 * i] - px, xy[2 * i + 1] - py), nugget, sill, range, 'exponential');
  }
  rhs[n] = 1;
  solveInPlace(A, rhs, m);
  let pred = 0;
  for (let i = 0; i < n; i++) pred += rhs[i] * z[i];
  return pred;
}

/**
 * Cox proportional-hazards partial log-likelihood (Breslow ties), covariates x (n x p, row-major),
 * subjects sorted by decreasing time so that the risk set of subject i is 0..i.
 */
export function coxPartialLogLik(beta: Float64Array, x: Float64Array, event: Uint8Array, p: number): number {
  const n = event.length;
  let ll = 0;
  let logRisk = -Infinity; // log sum of exp(eta) over the risk set so far
  for (let i = 0; i < n; i++) {
    let eta = 0;
    for (let j = 0; j < p; j++) eta += beta[j] * x[i * p + j];
    // running log-sum-exp
    if (eta > logRisk) logRisk = eta + Math.log1p(Math.exp(logRisk - eta));
    else logRisk = logRisk + Math.log1p(Math.exp(eta - logRisk));
    if (event[i]) ll += eta - logRisk;
  }
  return ll;
}

/** Gompertz survival probability at age t with baseline a, ageing rate b and a frailty variance theta. */
export function gompertzFrailtySurvival(a: number, b: number, t: number, theta?: number): number {
  const cumHazard = (a / b) * Math.expm1(b * t);
  if (theta === undefined || theta <= 0) return Math.exp(-cumHazard);
  return (1 + theta * cumHazard) ** (-1 / theta);
}

/** Sabine and Eyring reverberation times blended by the mean absorption; surfaces as areas and coefficients. */
export function reverbTime(volume: number, areas: Float64Array, alphas: Float64Array, useEyring = true): number {
  let total = 0;
  let absorb = 0;
  for (let i = 0; i < areas.length; i++) {
    total += areas[i];
    absorb += areas[i] * alphas[i];
  }
  const mean = absorb / total;
  const sabine = (0.161 * volume) / absorb;
  if (!useEyring) return sabine;
  const eyring = (0.161 * volume) / (-total * Math.log1p(-mean));
  return mean < 0.2 ? sabine : eyring;
}
