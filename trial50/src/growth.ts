// Growth economics with classes: a production-technology hierarchy (Cobb-Douglas and CES override
// output and marginal products), an Economy class with getters for its steady state, a Solow path
// built per period, and utility maximisation by Newton on the Lagrangian.

abstract class Technology {
  constructor(readonly A: number) {}
  abstract output(k: number, l: number): number;
  /** marginal product of capital by a central difference of the overridden output */
  mpk(k: number, l: number): number { return (this.output(k * 1.0001, l) - this.output(k * 0.9999, l)) / (0.0002 * k); }
  perWorker(k: number): number { return this.output(k, 1); }
}
class CobbDouglas extends Technology {
  constructor(A: number, readonly alpha: number) { super(A); }
  output(k: number, l: number): number { return this.A * Math.pow(k, this.alpha) * Math.pow(l, 1 - this.alpha); }
  mpk(k: number, l: number): number { return this.alpha * this.output(k, l) / k; }
}
class Ces extends Technology {
  constructor(A: number, readonly share: number, readonly rho: number) { super(A); }
  output(k: number, l: number): number {
    return this.A * Math.pow(this.share * Math.pow(k, this.rho) + (1 - this.share) * Math.pow(l, this.rho), 1 / this.rho);
  }
}

class Economy {
  constructor(readonly s: number, readonly n: number, readonly delta: number, readonly alpha: number, readonly A: number) {}
  get breakEven(): number { return this.n + this.delta; }
  get kStar(): number { return Math.pow((this.s * this.A) / this.breakEven, 1 / (1 - this.alpha)); }
  get yStar(): number { return this.A * Math.pow(this.kStar, this.alpha); }
  get goldenGap(): number { return this.s - this.alpha; }
  next(k: number): number { return k + this.s * this.A * Math.pow(k, this.alpha) - this.breakEven * k; }
}

/** Solow model from k0 for T periods: squared distance of consumption per worker from the steady state's. */
export function solowPath(s: number, n: number, delta: number, alpha: number, A: number, k0: number, T: number): number {
  const eco = new Economy(s, n, delta, alpha, A);
  let k = k0;
  let loss = 0;
  for (let t = 0; t < T; t++) {
    k = eco.next(k);
    const c = (1 - eco.s) * eco.A * Math.pow(k, eco.alpha);
    const d = c - (1 - eco.s) * eco.yStar;
    loss += d * d;
  }
  return loss + eco.goldenGap * eco.goldenGap;
}

/** Output of the two technologies and a CES-to-Cobb-Douglas gap at one input bundle. */
export function technologyGap(A: number, alpha: number, rho: number, k: number, l: number): number {
  const cd = new CobbDouglas(A, alpha);
  const ces = new Ces(A, alpha, rho);
  const g = ces.output(k, l) - cd.output(k, l);
  return g * g + cd.mpk(k, l) + ces.mpk(k, l) + ces.perWorker(k);
}

/** Cobb-Douglas utility x^a y^(1-a) with budget px x + py y = m, solved by Newton on the Lagrangian's gradient. */
export function utilityNewton(a: number, px: number, py: number, m: number): number {
  let x = m / (2 * px), y = m / (2 * py), lam = 1 / m;
  let it = 0;
  while (it < 50) {
    // gradient of L = a ln x + (1 - a) ln y - lam (px x + py y - m)
    const g1 = a / x - lam * px, g2 = (1 - a) / y - lam * py, g3 = -(px * x + py * y - m);
    if (Math.abs(g1) + Math.abs(g2) + Math.abs(g3) < 1e-13) break;
    // Hessian [[-a/x^2, 0, -px], [0, -(1-a)/y^2, -py], [-px, -py, 0]]: solve by elimination
    const h11 = -a / (x * x), h22 = -(1 - a) / (y * y);
    // from rows 1, 2: dx = (-g1 + px dl) / h11, dy = (-g2 + py dl) / h22; row 3: -px dx - py dy = -g3
    const dl = (g3 + px * g1 / h11 + py * g2 / h22) / (px * px / h11 + py * py / h22);
    const dx = (-g1 + px * dl) / h11, dy = (-g2 + py * dl) / h22;
    x += dx; y += dy; lam += dl;
    it++;
  }
  return a * Math.log(x) + (1 - a) * Math.log(y);
}

/** Cost-minimising CES factor demand for output q at prices w, r: closed form through the class. */
export function cesCost(A: number, share: number, rho: number, w: number, r: number, q: number): number {
  const tech = new Ces(A, share, rho);
  const sig = 1 / (1 - rho);
  // k / l from the first-order condition
  const ratio = Math.pow((share / (1 - share)) * (w / r), sig);
  const l = q / tech.output(ratio, 1);
  const k = ratio * l;
  return w * l + r * k;
}

/** Growth accounting: fit (alpha, g) to an output series by least squares over Solow residuals. */
export function growthAccountingFit(alpha: number, g: number, ks: Float64Array, ls: Float64Array, ys: Float64Array): number {
  let sse = 0;
  let tfp = 1;
  for (let t = 1; t < ys.length; t++) {
    tfp *= 1 + g;
    const tech = new CobbDouglas(tfp, alpha);
    const pred = Math.log(tech.output(ks[t], ls[t])) - Math.log(tech.output(ks[t - 1], ls[t - 1]) / (1 + g));
    const obs = Math.log(ys[t] / ys[t - 1]);
    sse += (pred - obs) * (pred - obs);
  }
  return sse;
}

/** Ramsey shooting residual: from (k0, c0) run the Euler equation T periods; distance of k_T from k*. */
export function ramseyResidual(alpha: number, beta: number, delta: number, k0: number, c0: number, T: number): number {
  const tech = new CobbDouglas(1, alpha);
  const kStar = Math.pow((1 / beta - 1 + delta) / alpha, 1 / (alpha - 1));
  let k = k0, c = c0;
  for (let t = 0; t < T; t++) {
    const kn = tech.perWorker(k) + (1 - delta) * k - c;
    if (kn <= 0) return 1e3 + c * c;
    c = c * beta * (tech.mpk(kn, 1) + 1 - delta);
    k = kn;
  }
  return (k - kStar) * (k - kStar);
}
