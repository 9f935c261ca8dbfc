// Pharmacodynamics: Hill / Emax dose-response, four-parameter logistic fits, drug combinations (Bliss, Loewe),
// an effect compartment, operational agonism, and a dosing regimen with a toxicity stop.

class Hill {
  constructor(
    public e0: number,
    public emax: number,
    public ec50: number,
    public n: number,
  ) {}

  response(c: number): number {
    if (c <= 0) return this.e0;
    const r = Math.pow(c / this.ec50, this.n);
    return this.e0 + (this.emax * r) / (1 + r);
  }

  // concentration giving fraction p of emax (p in (0, 1))
  inverse(p: number): number {
    return this.ec50 * Math.pow(p / (1 - p), 1 / this.n);
  }
}

/**
 * @domain c [0.1, 10]
 * @domain e0 [0, 10]
 * @domain emax [50, 100]
 * @domain ec50 [1, 5]
 * @domain n [0.8, 2.5]
 */
export function hillResponse(c: number, e0: number, emax: number, ec50: number, n: number): number {
  return new Hill(e0, emax, ec50, n).response(c);
}

/**
 * least squares over a dose-response series; params = [e0, emax, log ec50, hill]
 * @domain params [0.5, 1.5] length 4
 * @domain conc [0.1, 10] length 8
 * @domain resp [0, 2] length 8
 */
export function emaxFitLoss(params: Float64Array, conc: Float64Array, resp: Float64Array): number {
  const model = new Hill(params[0], params[1], Math.exp(params[2]), params[3]);
  let sse = 0;
  conc.forEach((c, i) => {
    const r = model.response(c) - resp[i];
    sse += r * r;
  });
  return sse / conc.length;
}

/**
 * 4PL on log10 dose with a Gaussian likelihood whose sd is proportional to the mean (+ floor)
 * @domain bottom [0, 5]
 * @domain top [90, 100]
 * @domain logIc50 [-1, 1]
 * @domain slope [0.8, 1.5]
 * @domain logDose [-2, 2] length 8
 * @domain y [10, 90] length 8
 * @domain cv [0.05, 0.15]
 */
export function fourPlNll(bottom: number, top: number, logIc50: number, slope: number, logDose: Float64Array, y: Float64Array, cv: number): number {
  let nll = 0;
  for (let i = 0; i < y.length; i++) {
    const mu = bottom + (top - bottom) / (1 + Math.pow(10, (logDose[i] - logIc50) * slope));
    const sd = cv * Math.abs(mu) + 0.01;
    const z = (y[i] - mu) / sd;
    nll += 0.5 * z * z + Math.log(sd);
  }
  return nll + 0.5 * y.length * Math.log(2 * Math.PI);
}

/**
 * Bliss excess over a checkerboard of fractional inhibitions; each drug by its own Hill curve
 * @domain ec50A [1, 3]
 * @domain nA [1, 2]
 * @domain ec50B [1, 3]
 * @domain nB [1, 2]
 * @domain dosesA [0.5, 5] length 3
 * @domain dosesB [0.5, 5] length 3
 * @domain observed [0, 1] length 9
 */
export function blissExcess(ec50A: number, nA: number, ec50B: number, nB: number, dosesA: Float64Array, dosesB: Float64Array, observed: Float64Array): number {
  const a = new Hill(0, 1, ec50A, nA), b = new Hill(0, 1, ec50B, nB);
  let excess = 0;
  for (let i = 0; i < dosesA.length; i++) {
    for (let j = 0; j < dosesB.length; j++) {
      const fa = a.response(dosesA[i]), fb = b.response(dosesB[j]);
      const expected = fa + fb - fa * fb;
      excess += observed[i * dosesB.length + j] - expected;
    }
  }
  return excess / (dosesA.length * dosesB.length);
}

/**
 * Loewe combination index at effect level e (fraction of emax) for a mixture (ca, cb)
 * @domain ca [0.5, 2]
 * @domain cb [0.5, 2]
 * @domain e [0.3, 0.7]
 * @domain ec50A [1, 3]
 * @domain nA [1, 2]
 * @domain ec50B [1, 3]
 * @domain nB [1, 2]
 */
export function combinationIndex(ca: number, cb: number, e: number, ec50A: number, nA: number, ec50B: number, nB: number): number {
  const icA = new Hill(0, 1, ec50A, nA).inverse(e);
  const icB = new Hill(0, 1, ec50B, nB).inverse(e);
  return ca / icA + cb / icB;
}

/**
 * one-compartment oral PK feeding an effect compartment (ke0), Emax on Ce; AUC of the effect by trapezoids
 * @domain dose [100, 200]
 * @domain ka [0.5, 1.5]
 * @domain ke [0.1, 0.3]
 * @domain vd [20, 50]
 * @domain ke0 [0.2, 1]
 * @domain emax [50, 100]
 * @domain ec50 [0.5, 2]
 * @domain hours int [10, 12]
 */
export function effectCompartmentAuc(dose: number, ka: number, ke: number, vd: number, ke0: number, emax: number, ec50: number, hours: number): number {
  const dt = 0.05;
  let gut = dose, central = 0, ce = 0;
  let prevEffect = 0, auc = 0;
  const steps = Math.round(hours / dt);
  for (let s = 0; s < steps; s++) {
    const cp = central / vd;
    const dGut = -ka * gut;
    const dCentral = ka * gut - ke * central;
    const dCe = ke0 * (cp - ce);
    gut += dt * dGut;
    central += dt * dCentral;
    ce += dt * dCe;
    const effect = (emax * ce) / (ec50 + ce);
    auc += 0.5 * dt * (effect + prevEffect);
    prevEffect = effect;
  }
  return auc;
}

/**
 * Black-Leff operational model of agonism; pA = -log10 [A]
 * @domain pA [5, 8]
 * @domain logTau [-0.5, 1]
 * @domain pKA [5, 7]
 * @domain em [50, 100]
 * @domain n [0.8, 1.5]
 */
export function operationalModel(pA: number, logTau: number, pKA: number, em: number, n: number): number {
  const a = Math.pow(10, -pA), ka = Math.pow(10, -pKA), tau = Math.pow(10, logTau);
  const num = em * Math.pow(tau * a, n);
  return num / (Math.pow(a + ka, n) + Math.pow(tau * a, n));
}

/**
 * concentration reaching a target effect, by Newton's method on log c (fixed iteration count)
 * @domain target [20, 40]
 * @domain e0 [0, 5]
 * @domain emax [50, 100]
 * @domain ec50 [1, 5]
 * @domain n [1, 2]
 */
export function concForEffect(target: number, e0: number, emax: number, ec50: number, n: number): number {
  const model = new Hill(e0, emax, ec50, n);
  let u = Math.log(ec50);
  for (let it = 0; it < 12; it++) {
    const c = Math.exp(u);
    const r = Math.pow(c / ec50, n);
    const f = model.response(c) - target;
    // dE/du = emax * n * r / (1 + r)^2
    const df = (emax * n * r) / ((1 + r) * (1 + r));
    u -= f / df;
  }
  return Math.exp(u);
}

/**
 * repeated IV bolus doses; stops dosing once the peak passes the toxic threshold; returns mean effect
 * @domain dose [50, 100]
 * @domain tauH [6, 12]
 * @domain ke [0.1, 0.2]
 * @domain vd [20, 40]
 * @domain ec50 [1, 3]
 * @domain toxic [30, 50]
 * @domain doses int [3, 6]
 */
export function regimenMeanEffect(dose: number, tauH: number, ke: number, vd: number, ec50: number, toxic: number, doses: number): number {
  let c = 0, total = 0, samples = 0;
  for (let d = 0; d < doses; d++) {
    c += dose / vd;
    if (c > toxic) break;
    const nSub = 10;
    for (let s = 0; s < nSub; s++) {
      c *= Math.exp((-ke * tauH) / nSub);
      total += c / (ec50 + c);
      samples++;
    }
  }
  return samples > 0 ? total / samples : 0;
}

/**
 * population: each subject's ec50 = theta * exp(eta); penalised sum over subjects (a MAP objective)
 * @domain theta [2, 5]
 * @domain omega [0.2, 0.5]
 * @domain etas [-0.3, 0.3] length 4
 * @domain conc [0.5, 10] length 12
 * @domain resp [10, 90] length 12
 * @domain perSubject int [3, 3]
 */
export function populationHillMap(theta: number, omega: number, etas: Float64Array, conc: Float64Array, resp: Float64Array, perSubject: number): number {
  let obj = 0;
  for (let s = 0; s < etas.length; s++) {
    const m = new Hill(0, 100, theta * Math.exp(etas[s]), 1.5);
    for (let k = 0; k < perSubject; k++) {
      const r = resp[s * perSubject + k] - m.response(conc[s * perSubject + k]);
      obj += r * r / 25;
    }
    obj += (etas[s] * etas[s]) / (omega * omega) + 2 * Math.log(omega);
  }
  return 0.5 * obj;
}
