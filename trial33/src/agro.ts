// Crop and leaf physiology: photosynthesis, evapotranspiration, degree days, canopy light, yield response.

/** Farquhar-von Caemmerer-Berry: co-limited net assimilation (non-rectangular hyperbola of the two rates). */
export function farquharA(Vcmax: number, Jmax: number, Ci: number, I: number, opts: { theta?: number; Rd?: number } = {}): number {
  const theta = opts.theta ?? 0.98;
  const Rd = opts.Rd ?? 1.0;
  const Kc = 404.9;
  const Ko = 278.4;
  const O = 210;
  const gammaStar = 42.75;
  const Ac = (Vcmax * (Ci - gammaStar)) / (Ci + Kc * (1 + O / Ko));
  // electron transport from light: another non-rectangular hyperbola
  const alpha = 0.3;
  const sumJ = alpha * I + Jmax;
  const J = (sumJ - Math.sqrt(sumJ * sumJ - 4 * 0.7 * alpha * I * Jmax)) / (2 * 0.7);
  const Aj = (J * (Ci - gammaStar)) / (4 * Ci + 8 * gammaStar);
  const s = Ac + Aj;
  const A = (s - Math.sqrt(s * s - 4 * theta * Ac * Aj)) / (2 * theta);
  return A - Rd;
}

/** Saturation vapour pressure (kPa), Tetens. */
const esat = (T: number) => 0.6108 * Math.exp((17.27 * T) / (T + 237.3));

/** FAO-56 Penman-Monteith reference evapotranspiration (mm/day). */
export function penmanMonteith(T: number, Rn: number, u2: number, rh: number, G = 0, elevation = 100): number {
  const P = 101.3 * Math.pow((293 - 0.0065 * elevation) / 293, 5.26);
  const gamma = 0.000665 * P;
  const es = esat(T);
  const ea = (es * rh) / 100;
  const delta = (4098 * es) / (T + 237.3) ** 2;
  const num = 0.408 * delta * (Rn - G) + ((gamma * 900) / (T + 273)) * u2 * (es - ea);
  return num / (delta + gamma * (1 + 0.34 * u2));
}

/** Growing degree days with the capped, horizontal-cutoff method. */
export function degreeDays(tmin: readonly number[], tmax: readonly number[], base = 10, cap = 30): number {
  let gdd = 0;
  for (let d = 0; d < tmin.length; d++) {
    const hi = Math.min(tmax[d], cap);
    const lo = Math.max(tmin[d], base);
    const mean = (hi + lo) / 2;
    gdd += Math.max(0, mean - base);
  }
  return gdd;
}

/** Canopy photosynthesis by layers: Beer's law light, sunlit fraction, a light-response curve per layer. */
export function canopyGPP(LAI: number, k: number, Iabove: number, Pmax: number, layers = 10, clumped?: boolean): number {
  const omega = clumped ? 0.7 : 1;
  const dL = LAI / layers;
  let gpp = 0;
  for (let i = 0; i < layers; i++) {
    const Lmid = (i + 0.5) * dL;
    const I = Iabove * Math.exp(-k * omega * Lmid);
    const sunlit = Math.exp(-k * omega * Lmid);
    const leafRate = (Pmax * I) / (I + 0.25 * Pmax * 4);
    gpp += dL * (sunlit * leafRate + (1 - sunlit) * 0.3 * leafRate);
  }
  return gpp;
}

/** d3-style factory: a Mitscherlich response curve with a fixed curvature, made once. */
function makeResponse(c: number) {
  return function response(x: number, A: number, b: number): number {
    return A * (1 - b * Math.exp(-c * x));
  };
}
const nitrogenResponse = makeResponse(0.012);
const phosphorusResponse = makeResponse(0.05);

/** Yield from N and P (Liebig-like product of two Mitscherlich curves) minus fertiliser cost. */
export function fertiliserProfit(N: number, P: number, price = 0.2, costN = 1.1, costP = 2.3): number {
  const yN = nitrogenResponse(N, 1, 0.8);
  const yP = phosphorusResponse(P, 1, 0.6);
  const yieldT = 9000 * yN * yP;
  return price * yieldT - costN * N - costP * P;
}

const smoothstep = (function () {
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return function smoothstep(x: number): number {
    const t = clamp(x);
    return t * t * (3 - 2 * t);
  };
})();

/** Logistic biomass curve with a sowing ramp; least squares against observed biomass. */
export function biomassFit(params: Float64Array, days: readonly number[], obs: readonly number[], weights?: Float64Array): number {
  const [K, r, t0] = params;
  let loss = 0;
  for (let i = 0; i < days.length; i++) {
    const ramp = smoothstep(days[i] / 20);
    const pred = (ramp * K) / (1 + Math.exp(-r * (days[i] - t0)));
    const w = weights ? weights[i] : 1;
    loss += w * (pred - obs[i]) ** 2;
  }
  return loss / days.length;
}

/** Leaf temperature from an energy balance, by Newton on the residual (linearised longwave). */
export function leafTemperature(Ta: number, Rabs: number, gH: number, gV: number, vpd: number): number {
  const sigma = 5.67e-8;
  const cp = 29.3;
  const lambda = 44000;
  let Tl = Ta;
  let it = 0;
  do {
    const Tk = Tl + 273.15;
    const es = esat(Tl);
    const ea = esat(Ta) - vpd;
    const E = (gV * (es - ea)) / 101.3;
    const res = Rabs - 0.97 * sigma * Tk ** 4 - cp * gH * (Tl - Ta) - lambda * E;
    const dres = -4 * 0.97 * sigma * Tk ** 3 - cp * gH - (lambda * gV * es * 17.27 * 237.3) / (101.3 * (Tl + 237.3) ** 2);
    const step = res / dres;
    Tl -= step;
    it++;
    if (Math.abs(step) < 1e-10) break;
  } while (it < 30);
  return Tl;
}

/** Thermal time to flowering with a photoperiod factor, stopping on the day the sum passes the requirement. */
export function daysToFlower(tmean: Float64Array, daylen: Float64Array, req: number, critical = 12, sens = 0.2): number {
  let sum = 0;
  for (let d = 0; d < tmean.length; d++) {
    const tt = Math.max(0, tmean[d] - 8);
    const pf = Math.max(0, 1 - sens * Math.max(0, critical - daylen[d]));
    const inc = tt * pf;
    if (sum + inc >= req) return d + (req - sum) / inc;
    sum += inc;
  }
  return tmean.length + (req - sum);
}
