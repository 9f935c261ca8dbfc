// Energy: a single-diode solar cell by Newton, a battery equivalent circuit, heat pumps and wind turbines.

const Q = 1.602176634e-19;
const KB = 1.380649e-23;

/** Single-diode PV model: I = Iph - I0 (exp((V + I Rs)/(n Vt)) - 1) - (V + I Rs)/Rsh, solved for I by Newton. */
export function diodeCurrent(v: number, iph: number, logI0: number, rs: number, rsh: number, ideality: number, tempK: number): number {
  const vt = (KB * tempK) / Q;
  const i0 = Math.exp(logI0);
  const nvt = ideality * vt;
  let i = iph;
  for (let k = 0; k < 30; k++) {
    const e = Math.exp((v + i * rs) / nvt);
    const g = iph - i0 * (e - 1) - (v + i * rs) / rsh - i;
    const dg = -i0 * e * (rs / nvt) - rs / rsh - 1;
    const step = g / dg;
    i -= step;
    if (Math.abs(step) < 1e-13) break;
  }
  return i;
}

/** Power at the maximum power point found by golden-section search on V, the diode solved inside. */
export function maxPower(iph: number, logI0: number, rs: number, rsh: number, vOc: number): number {
  const phi = (Math.sqrt(5) - 1) / 2;
  let a = 0, b = vOc;
  for (let k = 0; k < 40; k++) {
    const c = b - phi * (b - a), d = a + phi * (b - a);
    if (c * diodeCurrent(c, iph, logI0, rs, rsh, 1.3, 298.15) > d * diodeCurrent(d, iph, logI0, rs, rsh, 1.3, 298.15)) b = d;
    else a = c;
  }
  const vm = (a + b) / 2;
  return vm * diodeCurrent(vm, iph, logI0, rs, rsh, 1.3, 298.15);
}

/** Thevenin battery (OCV(SOC) polynomial, R0, one RC pair) stepped through a current profile; terminal-voltage misfit. */
export function theveninFit(r0: number, r1: number, c1: number, capacityAh: number, current: Float64Array, measured: Float64Array, dt: number): number {
  let soc = 1;
  let v1 = 0;
  let sse = 0;
  const decay = Math.exp(-dt / (r1 * c1));
  for (let k = 0; k < current.length; k++) {
    const ik = current[k];
    soc -= (ik * dt) / (3600 * capacityAh);
    v1 = v1 * decay + r1 * (1 - decay) * ik;
    const ocv = 3.0 + 1.2 * soc - 0.5 * soc * soc + 0.35 * soc ** 3;
    const vTerm = ocv - v1 - r0 * ik;
    sse += (vTerm - measured[k]) ** 2;
  }
  return sse;
}

/** Carnot-fraction heat pump COP with a defrost penalty below 5 C, averaged over hourly outdoor temperatures. */
export function heatPumpSeasonal(eta: number, supplyC: number, hourlyC: Float64Array, defrostLoss: number): number {
  let heat = 0, work = 0;
  const tSupply = supplyC + 273.15;
  for (const tc of hourlyC) {
    const demand = Math.max(0, 18 - tc);
    if (demand === 0) continue;
    const lift = Math.max(tSupply - (tc + 273.15), 5);
    let cop = (eta * tSupply) / lift;
    if (tc < 5) cop *= 1 - defrostLoss * (5 - tc) / 10;
    heat += demand;
    work += demand / cop;
  }
  return heat / work;
}

/** Wind turbine energy over a Weibull speed distribution, the power curve cubic between cut-in and rated. */
export function weibullEnergy(shape: number, scale: number, rated: number, cutIn: number, ratedSpeed: number, cutOut: number): number {
  let e = 0;
  const dv = 0.25;
  for (let v = dv / 2; v < 30; v += dv) {
    const pdf = (shape / scale) * (v / scale) ** (shape - 1) * Math.exp(-((v / scale) ** shape));
    let p: number;
    if (v < cutIn || v > cutOut) p = 0;
    else if (v < ratedSpeed) p = (rated * (v ** 3 - cutIn ** 3)) / (ratedSpeed ** 3 - cutIn ** 3);
    else p = rated;
    e += p * pdf * dv;
  }
  return e * 8760;
}
