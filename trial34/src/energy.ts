// Photovoltaics (single-diode model solved by Newton), a battery's equivalent circuit stepped in time,
// and a climate energy-balance model: written as I would write them in a small engineering library.

const Q_E = 1.602176634e-19;
const K_B = 1.380649e-23;
const SIGMA = 5.670374419e-8;

/** Thermal voltage of a diode with ideality n at temperature tempK. */
function thermalVoltage(n: number, tempK: number): number {
  return (n * K_B * tempK) / Q_E;
}

/**
 * Single-diode model: the cell current at terminal voltage v, solving
 * I = Iph - I0 (exp((V + I Rs) / Vt) - 1) - (V + I Rs) / Rsh by Newton (or Halley) iterations.
 */
export function cellCurrent(
  v: number,
  iph: number,
  i0: number,
  rs: number,
  rsh: number,
  n: number,
  tempK = 298.15,
  opts: { tol?: number; maxIter?: number; method?: 'newton' | 'halley' } = {},
): number {
  const tol = opts.tol ?? 1e-13;
  const maxIter = opts.maxIter ?? 60;
  const vt = thermalVoltage(n, tempK);
  let i = iph - v / rsh;
  for (let k = 0; k < maxIter; k++) {
    const e = Math.exp((v + i * rs) / vt);
    const g = iph - i0 * (e - 1) - (v + i * rs) / rsh - i;
    const dg = (-i0 * e * rs) / vt - rs / rsh - 1;
    let step = g / dg;
    if (opts.method === 'halley') {
      const d2g = -i0 * e * (rs / vt) ** 2;
      step = (g * dg) / (dg * dg - 0.5 * g * d2g);
    }
    i -= step;
    if (Math.abs(step) < tol * (1 + Math.abs(i))) break;
  }
  return i;
}

/** Power of a module of `cells` identical cells in series at module voltage v. */
export function modulePower(v: number, iph: number, i0: number, rs: number, rsh: number, cells = 60): number {
  const vc = v / cells;
  return v * cellCurrent(vc, iph, i0, rs, rsh, 1.3, 298.15, { method: 'halley' });
}

/** A smooth maximum-power estimate: log-sum-exp of the power over a voltage sweep. */
export function softMaxPower(iph: number, i0: number, rs: number, rsh: number, voc: number, steps = 24, temperature = 0.02): number {
  const p = new Float64Array(steps);
  let pmax = -Infinity;
  for (let k = 0; k < steps; k++) {
    const v = (voc * k) / (steps - 1);
    p[k] = v * cellCurrent(v, iph, i0, rs, rsh, 1.3);
    if (p[k] > pmax) pmax = p[k];
  }
  let s = 0;
  for (const pk of p) s += Math.exp((pk - pmax) / temperature);
  return pmax + temperature * Math.log(s);
}

// --- battery: one RC pair (Thevenin model) ---------------------------------------------------------

const OCV_COEFFS = [3.1, 1.9, -2.6, 1.7]; // open-circuit voltage as a cubic in the state of charge

interface Cell {
  soc: number;
  v1: number;
}

function ocv(s: number): number {
  let r = 0;
  for (let k = OCV_COEFFS.length - 1; k >= 0; k--) r = r * s + OCV_COEFFS[k];
  return r;
}

function stepCell(c: Cell, current: number, dt: number, p: { q: number; r1: number; c1: number }): Cell {
  const a = Math.exp(-dt / (p.r1 * p.c1));
  return { soc: c.soc - (current * dt) / (3600 * p.q), v1: a * c.v1 + p.r1 * (1 - a) * current };
}

/** Mean squared error of the terminal voltage of a 1-RC cell model against a measured discharge. */
export function batteryFitLoss(r0: number, r1: number, c1: number, q: number, current: Float64Array, measured: Float64Array, dt = 1, soc0 = 0.9): number {
  let cell: Cell = { soc: soc0, v1: 0 };
  let loss = 0;
  for (let k = 0; k < current.length; k++) {
    const vt = ocv(cell.soc) - cell.v1 - r0 * current[k];
    const e = vt - measured[k];
    loss += e * e;
    cell = stepCell(cell, current[k], dt, { q, r1, c1 });
  }
  return loss / current.length;
}

/** Peukert's law: hours a battery of rated capacity lasts at a constant current. */
export function peukertRuntime(capacityAh: number, current: number, k = 1.2, ratedHours = 20): number {
  return ratedHours * (capacityAh / (current * ratedHours)) ** k;
}

/** Coulomb counting with a charge efficiency; stops when the cell is empty. Returns the energy delivered (Wh). */
export function deliveredEnergy(q: number, eta: number, current: Float64Array, dt = 60): number {
  const cell = { soc: 1, v1: 0 };
  let energy = 0;
  for (let k = 0; k < current.length; k++) {
    if (cell.soc <= 0.05) break;
    const i = current[k];
    const effective = i < 0 ? eta * i : i; // charging is lossy
    cell.soc -= (effective * dt) / (3600 * q);
    energy += (ocv(cell.soc) * i * dt) / 3600;
  }
  return energy;
}

// --- climate --------------------------------------------------------------------------------------

function albedo(t: number, opts: { warm?: number; cold?: number; width?: number } = {}): number {
  const warm = opts.warm ?? 0.3;
  const cold = opts.cold ?? 0.62;
  const width = opts.width ?? 10;
  return cold + (warm - cold) * 0.5 * (1 + Math.tanh((t - 263) / width));
}

/** Zero-dimensional energy balance with ice-albedo feedback, solved by a damped fixed point. */
export function iceAlbedoEquilibrium(s0: number, emissivity: number, t0 = 288): number {
  let t = t0;
  let it = 0;
  while (true) {
    const absorbed = (s0 / 4) * (1 - albedo(t, { width: 12 }));
    const next = Math.pow(absorbed / (emissivity * SIGMA), 0.25);
    if (Math.abs(next - t) < 1e-11 || ++it > 400) {
      t = next;
      break;
    }
    t = 0.5 * (t + next);
  }
  return t;
}

interface Layers {
  t: number;
  to: number;
}

const twoLayerStep = (s: Layers, f: number, p: { c: number; co: number; lam: number; gam: number }, dt: number): Layers => ({
  t: s.t + (dt * (f - p.lam * s.t - p.gam * (s.t - s.to))) / p.c,
  to: s.to + (dt * p.gam * (s.t - s.to)) / p.co,
});

/** Two-layer energy balance model (upper layer + deep ocean) fitted to observed anomalies. */
export function twoLayerMisfit(lam: number, gam: number, c: number, co: number, forcing: readonly number[], observed: readonly number[]): number {
  let s: Layers = { t: 0, to: 0 };
  let err = 0;
  forcing.forEach((f, year) => {
    s = twoLayerStep(s, f, { c, co, lam, gam }, 1);
    const d = s.t - observed[year];
    err += d * d;
  });
  return err;
}
