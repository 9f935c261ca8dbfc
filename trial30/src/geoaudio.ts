// Geodesy, audio DSP and a tiny sphere-tracing ray marcher.

const EARTH_R = 6371.0088;
const WGS84_A = 6378137.0;
const WGS84_F = 1 / 298.257223563;
const DEG = Math.PI / 180;

/** Great-circle distance (km) between two points given in degrees. */
export function haversine(lat1: number, lon1: number, lat2: number, lon2: number, R = EARTH_R): number {
  const p1 = lat1 * DEG, p2 = lat2 * DEG;
  const dp = p2 - p1, dl = (lon2 - lon1) * DEG;
  const h = Math.sin(dp / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing (radians) from point 1 to point 2. */
export function initialBearing(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const p1 = lat1 * DEG, p2 = lat2 * DEG, dl = (lon2 - lon1) * DEG;
  const y = Math.sin(dl) * Math.cos(p2);
  const x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
  return Math.atan2(y, x);
}

/** Vincenty's inverse formula on the WGS84 ellipsoid (metres), iterating lambda to convergence. */
export function vincenty(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a = WGS84_A, f = WGS84_F, b = (1 - f) * a;
  const L = (lon2 - lon1) * DEG;
  const U1 = Math.atan((1 - f) * Math.tan(lat1 * DEG));
  const U2 = Math.atan((1 - f) * Math.tan(lat2 * DEG));
  const sinU1 = Math.sin(U1), cosU1 = Math.cos(U1), sinU2 = Math.sin(U2), cosU2 = Math.cos(U2);
  let lambda = L;
  let sinSigma = 0, cosSigma = 0, sigma = 0, cos2Alpha = 0, cos2SigmaM = 0;
  for (let iter = 0; iter < 100; iter++) {
    const sinL = Math.sin(lambda), cosL = Math.cos(lambda);
    sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
    if (sinSigma === 0) return 0;
    cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    cos2Alpha = 1 - sinAlpha * sinAlpha;
    cos2SigmaM = cos2Alpha !== 0 ? cosSigma - (2 * sinU1 * sinU2) / cos2Alpha : 0;
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const prev = lambda;
    lambda = L + (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(lambda - prev) < 1e-13) break;
  }
  const u2 = (cos2Alpha * (a * a - b * b)) / (b * b);
  const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
  const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
  const dSigma = B * sinSigma * (cos2SigmaM + (B / 4) * (cosSigma * (-1 + 2 * cos2SigmaM ** 2) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
  return b * A * (sigma - dSigma);
}

/** Energy of a signal through a cascade of biquads (b0, b1, b2, a1, a2 per section), direct form II transposed. */
export function biquadEnergy(x: Float64Array, coefs: Float64Array): number {
  const sections = coefs.length / 5;
  const z1 = new Float64Array(sections), z2 = new Float64Array(sections);
  let energy = 0;
  for (const sample of x) {
    let v = sample;
    for (let s = 0; s < sections; s++) {
      const [b0, b1, b2, a1, a2] = coefs.subarray(5 * s, 5 * s + 5);
      const y = b0 * v + z1[s];
      z1[s] = b1 * v - a1 * y + z2[s];
      z2[s] = b2 * v - a2 * y;
      v = y;
    }
    energy += v * v;
  }
  return energy / x.length;
}

/** Peak envelope follower with separate attack/release coefficients; returns the mean envelope. */
export function envelopeMean(x: Float64Array, attack: number, release: number): number {
  let env = 0;
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const level = Math.abs(x[i]);
    if (level > env) {
      env = attack * env + (1 - attack) * level;
    } else {
      env = release * env + (1 - release) * level;
    }
    total += env;
  }
  return total / x.length;
}

/** Gain computer of a compressor with a soft knee (dB in, dB gain out). */
export function compressorGain(levelDb: number, threshold: number, ratio: number, knee: number): number {
  const over = levelDb - threshold;
  if (2 * over < -knee) return 0;
  if (2 * Math.abs(over) <= knee) {
    const t = over + knee / 2;
    return ((1 / ratio - 1) * t * t) / (2 * knee);
  }
  return (1 / ratio - 1) * over;
}

/** Feedback comb filter with an integer delay; returns the RMS of the output. */
export function combRms(x: Float64Array, g: number, delay: number): number {
  const y = new Float64Array(x.length);
  let s = 0;
  for (let n = 0; n < x.length; n++) {
    y[n] = x[n] + (n >= delay ? g * y[n - delay] : 0);
    s += y[n] * y[n];
  }
  return Math.sqrt(s / x.length);
}

function sceneSdf(px: number, py: number, pz: number, r: number): number {
  const sphere = Math.hypot(px, py, pz - 3) - r;
  const floor = py + 1;
  return Math.min(sphere, floor);
}

/** Sphere tracing along a ray: distance travelled until the surface (or the far plane). */
export function rayMarch(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, r: number): number {
  const len = Math.hypot(dx, dy, dz);
  const ux = dx / len, uy = dy / len, uz = dz / len;
  let t = 0;
  let steps = 0;
  while (steps < 256) {
    const d = sceneSdf(ox + t * ux, oy + t * uy, oz + t * uz, r);
    if (d < 1e-9) break;
    t += d;
    if (t > 50) return 50;
    steps++;
  }
  return t;
}
