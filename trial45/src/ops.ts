// Queueing, inventory and meteorology.

/**
 * Erlang B by the stable recursion, then Erlang C; expected wait in an M/M/c queue (c servers, load a = lambda/mu).
 * @domain lambda [8, 12]
 * @domain mu [1.5, 2.5]
 * @domain servers int [7, 9]
 */
export function erlangCWait(lambda: number, mu: number, servers: number): number {
  const a = lambda / mu;
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (a * b) / (k + a * b);
  const rho = a / servers;
  const c = b / (1 - rho + rho * b);
  return c / (servers * mu - lambda);
}

/**
 * M/M/1 total cost per hour: service rate cost plus a waiting cost on the mean number in system.
 * @domain mu [12, 20]
 * @domain lambda [5, 10]
 * @domain costPerRate [1, 3]
 * @domain waitCost [10, 30]
 */
export function mm1Cost(mu: number, lambda: number, costPerRate: number, waitCost: number): number {
  const rho = lambda / mu;
  const L = rho / (1 - rho);
  return costPerRate * mu + waitCost * L;
}

/**
 * EOQ with orders in whole pallets: Q rounded up to the pallet size, annual ordering + holding cost.
 * @domain demand [1000, 5000]
 * @domain orderCost [50, 150]
 * @domain holdCost [2, 6]
 * @domain pallet int [40, 40]
 */
export function eoqPalletCost(demand: number, orderCost: number, holdCost: number, pallet: number): number {
  const qStar = Math.sqrt((2 * demand * orderCost) / holdCost);
  const qUp = Math.ceil(qStar / pallet) * pallet;
  const qDown = Math.max(pallet, Math.floor(qStar / pallet) * pallet);
  const cost = (q: number) => (demand / q) * orderCost + (q / 2) * holdCost;
  return Math.min(cost(qUp), cost(qDown));
}

function erfApprox(x: number): number {
  // Abramowitz-Stegun 7.1.26
  const s = Math.sign(x);
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return s * y;
}
/**
 * Newsvendor expected cost with normal demand at order quantity q (closed form with the normal pdf and an erf).
 * @domain q [80, 120]
 * @domain mean [90, 110]
 * @domain sd [10, 20]
 * @domain under [2, 5]
 * @domain over [0.5, 2]
 */
export function newsvendorCost(q: number, mean: number, sd: number, under: number, over: number): number {
  const z = (q - mean) / sd;
  const pdf = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  const cdf = 0.5 * (1 + erfApprox(z / Math.SQRT2));
  const lossShort = sd * (pdf - z * (1 - cdf)); // expected units short
  const expectedOver = q - mean + lossShort;
  return under * lossShort + over * expectedOver;
}

/**
 * Dew point by the Magnus formula (over water), from temperature and relative humidity in percent.
 * @domain tempC [-5, 35]
 * @domain rh [20, 95]
 */
export function dewPoint(tempC: number, rh: number): number {
  const a = 17.625, b = 243.04;
  const gamma = Math.log(rh / 100) + (a * tempC) / (b + tempC);
  return (b * gamma) / (a - gamma);
}

/**
 * Psychrometrics: humidity ratio and moist-air enthalpy (kJ/kg dry air) at a pressure, Tetens saturation.
 * @domain tempC [-10, 35]
 * @domain rh [20, 95]
 * @domain pressureKPa [95, 102]
 */
export function moistEnthalpy(tempC: number, rh: number, pressureKPa: number): number {
  const pSat = tempC >= 0 ? 0.61078 * Math.exp((17.27 * tempC) / (tempC + 237.3)) : 0.61078 * Math.exp((21.875 * tempC) / (tempC + 265.5));
  const pv = (rh / 100) * pSat;
  const w = (0.621945 * pv) / (pressureKPa - pv);
  return 1.006 * tempC + w * (2501 + 1.86 * tempC);
}

/**
 * NWS wind chill (F, mph), defined only below 50 F and above 3 mph: the air temperature otherwise.
 * @domain tempF [-20, 45]
 * @domain windMph [5, 40]
 */
export function windChill(tempF: number, windMph: number): number {
  if (tempF > 50 || windMph < 3) return tempF;
  const v16 = windMph ** 0.16;
  return 35.74 + 0.6215 * tempF - 35.75 * v16 + 0.4275 * tempF * v16;
}

/**
 * Heat index by Rothfusz' regression with the NWS adjustments (F, percent).
 * @domain t [82, 110]
 * @domain rh [15, 80]
 */
export function heatIndex(t: number, rh: number): number {
  const simple = 0.5 * (t + 61 + (t - 68) * 1.2 + rh * 0.094);
  if ((simple + t) / 2 < 80) return simple;
  let hi = -42.379 + 2.04901523 * t + 10.14333127 * rh - 0.22475541 * t * rh - 0.00683783 * t * t - 0.05481717 * rh * rh +
    0.00122874 * t * t * rh + 0.00085282 * t * rh * rh - 0.00000199 * t * t * rh * rh;
  if (rh < 13 && t > 80 && t < 112) hi -= ((13 - rh) / 4) * Math.sqrt((17 - Math.abs(t - 95)) / 17);
  else if (rh > 85 && t > 80 && t < 87) hi += ((rh - 85) / 10) * ((87 - t) / 5);
  return hi;
}
