// A registered derivative: the concentration giving a target effect on a Hill curve, found by bisection in log c
// (no useful derivative through the iterations), with its derivative by the implicit function theorem.

function hill(c: number, emax: number, ec50: number, n: number): number {
  const r = Math.pow(c / ec50, n);
  return (emax * r) / (1 + r);
}

/**
 * @domain target [20, 70]
 * @domain emax [80, 100]
 * @domain ec50 [1, 4]
 * @domain n [1, 2]
 */
export function ecTarget(target: number, emax: number, ec50: number, n: number): number {
  let lo = Math.log(ec50) - 20, hi = Math.log(ec50) + 20;
  for (let it = 0; it < 200; it++) {
    const mid = 0.5 * (lo + hi);
    if (hill(Math.exp(mid), emax, ec50, n) < target) lo = mid;
    else hi = mid;
  }
  return Math.exp(0.5 * (lo + hi));
}

// E(c) = target: dc = (dtarget - ∂E/∂emax demax - ∂E/∂ec50 dec50 - ∂E/∂n dn) / ∂E/∂c
export function ecTarget_vjp(target: number, emax: number, ec50: number, n: number, adj: { target: number; emax: number; ec50: number; n: number }, seed = 1): number {
  const c = ecTarget(target, emax, ec50, n);
  const r = Math.pow(c / ec50, n);
  const q = 1 / ((1 + r) * (1 + r));
  const dEdc = (emax * n * r * q) / c;
  const dEdemax = r / (1 + r);
  const dEdec50 = (-emax * n * r * q) / ec50;
  const dEdn = emax * r * Math.log(c / ec50) * q;
  const s = seed / dEdc;
  adj.target += s;
  adj.emax -= s * dEdemax;
  adj.ec50 -= s * dEdec50;
  adj.n -= s * dEdn;
  return c;
}

/**
 * A dosing loss over targets, through the registered derivative.
 * @domain emax [80, 100]
 * @domain ec50 [1, 4]
 * @domain n [1, 2]
 * @domain targets [20, 70] length 4
 * @domain doses [0.5, 5] length 4
 */
export function doseToTargets(emax: number, ec50: number, n: number, targets: Float64Array, doses: Float64Array): number {
  let loss = 0;
  for (let i = 0; i < targets.length; i++) loss += (Math.log(ecTarget(targets[i]!, emax, ec50, n)) - Math.log(doses[i]!)) ** 2;
  return loss;
}
