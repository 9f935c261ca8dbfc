// Language probes written in my own style around small real tasks: enums and switch with fall-through, optional
// arrays, for(;;) with break, labelled break, swaps by destructuring, reduceRight, generics, entries(), do-while.

export enum Fuel {
  Diesel,
  Petrol,
  Electric = 5,
}

/** Tailpipe CO2 (g/km) of a fleet; fuel codes per vehicle; electric ones fall through to a grid factor. */
export function fleetCo2(consumption: Float64Array, fuel: Int32Array, gridFactor: number, weights?: Float64Array): number {
  let total = 0;
  for (const [i, c] of consumption.entries()) {
    let f = 0;
    switch (fuel[i]) {
      case Fuel.Diesel:
        f = 26.5;
        break;
      case Fuel.Petrol:
        f = 23.8;
        break;
      case Fuel.Electric:
      default:
        f = gridFactor;
    }
    total += (weights ? weights[i] : 1) * c * f;
  }
  return total;
}

/** Webster's optimal cycle length for a signalised junction, then the delay at each approach (for(;;) with break). */
export function websterDelay(flows: Float64Array, saturation: Float64Array, lostTime = 10): number {
  let y = 0;
  for (let i = 0; i < flows.length; i++) y += flows[i] / saturation[i];
  const cycle = (1.5 * lostTime + 5) / (1 - y);
  let delay = 0;
  let i = 0;
  for (;;) {
    if (i >= flows.length) break;
    const g = ((cycle - lostTime) * (flows[i] / saturation[i])) / y;
    const lambda = g / cycle;
    const x = flows[i] / (lambda * saturation[i]);
    delay += flows[i] * ((cycle * (1 - lambda) ** 2) / (2 * (1 - lambda * x)) + (x * x) / (2 * flows[i] * (1 - x)));
    i++;
  }
  return delay / flows.reduceRight((s, q) => s + q, 0);
}

/** Soft sorting network (bubble passes of smooth min/max) and a rank-weighted sum: a differentiable top-k. */
export function softTopSum(x: Float64Array, k = 2, tau = 0.05): number {
  const a = Float64Array.from(x);
  const n = a.length;
  for (let pass = 0; pass < n; pass++) {
    for (let j = 0; j + 1 < n - pass; j++) {
      let lo = a[j];
      let hi = a[j + 1];
      if (lo > hi) [lo, hi] = [hi, lo];
      // smooth: keep order, pull values together slightly (soft swap)
      const m = tau * Math.log(Math.exp(lo / tau) + Math.exp(hi / tau));
      a[j] = lo + hi - m;
      a[j + 1] = m;
    }
  }
  let s = 0;
  for (let j = n - k; j < n; j++) s += a[j];
  return s;
}

/** Generic smooth clamp of a battery current to a limit. */
export function clampCurrent<T extends number>(i: T, limit: T, sharp = 20): number {
  const softplus = (z: number) => Math.log1p(Math.exp(-Math.abs(z))) + Math.max(z, 0);
  return i - softplus(sharp * (i - limit)) / sharp + softplus(sharp * (-limit - i)) / sharp;
}

/** Rainflow-like cycle damage: labelled break out of a search, Miner's rule with a Basquin exponent. */
export function fatigueDamage(stress: Float64Array, m = 3, cap = 1e6): number {
  let damage = 0;
  outer: for (let i = 1; i + 1 < stress.length; i++) {
    const range = Math.abs(stress[i] - stress[i - 1]);
    for (let j = i + 1; j < stress.length; j++) {
      if (Math.abs(stress[j] - stress[i]) > range) {
        damage += (range / 100) ** m;
        continue outer;
      }
      if (damage > cap) break outer;
    }
    damage += 0.5 * (range / 100) ** m;
  }
  return damage;
}

/** Normalises a spectral power distribution by its weighted total (writes `out`) and returns the total. */
export function normaliseSpectrum(spd: Float64Array, weights: Float64Array, out: Float64Array): number {
  let total = 0;
  spd.forEach((p, i) => {
    total += p * weights[i];
  });
  for (let i = 0; i < spd.length; i++) out[i] = (spd[i] * weights[i]) / total;
  return total;
}

function makeEase(k: number) {
  const norm = 1 / Math.tanh(k);
  return (t: number) => 0.5 * (1 + norm * Math.tanh(k * (2 * t - 1)));
}
const easeStd = makeEase(2.5);

/** Charging curve shaped by an easing whose steepness k is itself fitted (factory called inside, closing over k). */
export function easedChargeLoss(k: number, times: Float64Array, soc: Float64Array): number {
  const ease = makeEase(k);
  let s = 0;
  for (let i = 0; i < times.length; i++) {
    const e = ease(times[i]) - soc[i];
    s += e * e + 0.01 * (easeStd(times[i]) - soc[i]) ** 2;
  }
  return s;
}
