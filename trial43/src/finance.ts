// Finance: curves, Monte Carlo with an inline LCG, tail risk.

/** Bond price off a zero curve, linear interpolation in maturity, continuous compounding. */
export function bondPrice(coupon: number, face: number, maturity: number, curveT: Float64Array, curveR: Float64Array): number {
  let price = 0;
  const n = Math.round(maturity);
  for (let k = 1; k <= n; k++) {
    let j = 0;
    while (j < curveT.length - 2 && curveT[j + 1] < k) j++;
    const w = (k - curveT[j]) / (curveT[j + 1] - curveT[j]);
    const r = curveR[j] * (1 - w) + curveR[j + 1] * w;
    const cf = k === n ? coupon + face : coupon;
    price += cf * Math.exp(-r * k);
  }
  return price;
}

/** Arithmetic-average Asian call by a fixed-path Monte Carlo; Box-Muller on an LCG seeded inside. */
export function asianCall(s0: number, strike: number, rate: number, vol: number, maturity: number, paths: number, steps: number): number {
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed + 0.5) / 4294967296;
  };
  const dt = maturity / steps;
  const drift = (rate - 0.5 * vol * vol) * dt;
  const diff = vol * Math.sqrt(dt);
  let payoff = 0;
  for (let p = 0; p < paths; p++) {
    let s = s0;
    let avg = 0;
    for (let k = 0; k < steps; k++) {
      const u1 = next(), u2 = next();
      const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
      s *= Math.exp(drift + diff * z);
      avg += s / steps;
    }
    payoff += Math.max(avg - strike, 0);
  }
  return (Math.exp(-rate * maturity) * payoff) / paths;
}

/** CVaR at level alpha of portfolio losses: sort the scenario losses, average the worst tail. */
export function cvarTail(weights: Float64Array, returns: Float64Array, scenarios: number, alpha: number): number {
  const m = weights.length;
  const losses: number[] = [];
  for (let s = 0; s < scenarios; s++) {
    let pnl = 0;
    for (let i = 0; i < m; i++) pnl += weights[i] * returns[s * m + i];
    losses.push(-pnl);
  }
  losses.sort((a, b) => b - a);
  const k = Math.max(1, Math.floor((1 - alpha) * scenarios));
  let tail = 0;
  for (let i = 0; i < k; i++) tail += losses[i];
  return tail / k;
}

/** Mean-variance utility of long-only weights from softmax logits. */
export function meanVarianceUtility(logits: Float64Array, mu: Float64Array, cov: Float64Array, riskAversion: number): number {
  const n = logits.length;
  const mx = Math.max(...logits);
  const w = new Float64Array(n);
  let z = 0;
  for (let i = 0; i < n; i++) {
    w[i] = Math.exp(logits[i] - mx);
    z += w[i];
  }
  let ret = 0, vari = 0;
  for (let i = 0; i < n; i++) {
    w[i] /= z;
    ret += w[i] * mu[i];
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) vari += w[i] * cov[i * n + j] * w[j];
  return ret - 0.5 * riskAversion * vari;
}

/** Binomial (CRR) American put, backward induction with early exercise by max. */
export function americanPut(s0: number, strike: number, rate: number, vol: number, maturity: number, steps: number): number {
  const dt = maturity / steps;
  const u = Math.exp(vol * Math.sqrt(dt));
  const d = 1 / u;
  const p = (Math.exp(rate * dt) - d) / (u - d);
  const disc = Math.exp(-rate * dt);
  const v = new Float64Array(steps + 1);
  for (let i = 0; i <= steps; i++) v[i] = Math.max(strike - s0 * u ** (steps - i) * d ** i, 0);
  for (let n = steps - 1; n >= 0; n--) {
    for (let i = 0; i <= n; i++) {
      const cont = disc * (p * v[i] + (1 - p) * v[i + 1]);
      const ex = strike - s0 * u ** (n - i) * d ** i;
      v[i] = Math.max(cont, ex);
    }
  }
  return v[0];
}

/** CVaR again, sorting as the hint of cvarTail says: an insertion sort into a new Float64Array. */
export function cvarTailInsertion(weights: Float64Array, returns: Float64Array, scenarios: number, alpha: number): number {
  const m = weights.length;
  const sorted = new Float64Array(scenarios);
  for (let s = 0; s < scenarios; s++) {
    let loss = 0;
    for (let i = 0; i < m; i++) loss -= weights[i] * returns[s * m + i];
    let j = s;
    while (j > 0 && sorted[j - 1] < loss) {
      sorted[j] = sorted[j - 1];
      j--;
    }
    sorted[j] = loss;
  }
  const k = Math.max(1, Math.floor((1 - alpha) * scenarios));
  let tail = 0;
  for (let i = 0; i < k; i++) tail += sorted[i];
  return tail / k;
}
