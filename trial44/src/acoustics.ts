// Room acoustics and a few classic formulas.

const SPEED_OF_SOUND = 343;

/**
 * Modal density of a rectangular room near a frequency: a Gaussian bump per axial/tangential/oblique mode.
 * @domain lx [4, 6]
 * @domain ly [3, 4]
 * @domain lz [2.5, 3]
 * @domain f0 [60, 100]
 * @domain width [3, 6]
 * @domain maxOrder int [2, 3]
 */
export function roomModeDensity(lx: number, ly: number, lz: number, f0: number, width: number, maxOrder: number): number {
  let d = 0;
  for (let nx = 0; nx <= maxOrder; nx++)
    for (let ny = 0; ny <= maxOrder; ny++)
      for (let nz = 0; nz <= maxOrder; nz++) {
        if (nx + ny + nz === 0) continue;
        const f = (SPEED_OF_SOUND / 2) * Math.hypot(nx / lx, ny / ly, nz / lz);
        const z = (f - f0) / width;
        d += Math.exp(-0.5 * z * z);
      }
  return d;
}

/**
 * Sabine and Eyring reverberation times of a room from surface areas and absorption coefficients: their mean.
 * @domain volume [100, 300]
 * @domain areas [10, 60] length 6
 * @domain alphas [0.05, 0.4] length 6
 */
export function reverbTime(volume: number, areas: Float64Array, alphas: Float64Array): number {
  let sA = 0, s = 0;
  for (let i = 0; i < areas.length; i++) {
    sA += areas[i] * alphas[i];
    s += areas[i];
  }
  const sabine = (0.161 * volume) / sA;
  const eyring = (0.161 * volume) / (-s * Math.log(1 - sA / s));
  return 0.5 * (sabine + eyring);
}

/**
 * Energetic sum of levels in dB, then the level error against a target.
 * @domain levels [60, 80] length 5
 * @domain target [80, 85]
 */
export function levelSumError(levels: Float64Array, target: number): number {
  let e = 0;
  for (const l of levels) e += 10 ** (l / 10);
  const total = 10 * Math.log10(e);
  return (total - target) ** 2;
}

/**
 * Helmholtz resonator frequency with an end correction; squared error in octaves against a goal.
 * @domain neckRadius [0.01, 0.02]
 * @domain neckLen [0.03, 0.06]
 * @domain volume [0.001, 0.003]
 * @domain goalHz [100, 200]
 */
export function helmholtzTune(neckRadius: number, neckLen: number, volume: number, goalHz: number): number {
  const area = Math.PI * neckRadius * neckRadius;
  const lEff = neckLen + 1.7 * neckRadius;
  const f = (SPEED_OF_SOUND / (2 * Math.PI)) * Math.sqrt(area / (volume * lEff));
  return Math.log2(f / goalHz) ** 2;
}

/**
 * Doppler shift of a source passing a listener at closest distance d, over sample times: fit of observed Hz.
 * @domain f0 [400, 500]
 * @domain speed [20, 30]
 * @domain dist [10, 30]
 * @domain t0 [-1, 1]
 * @domain times [-3, 3] length 8
 * @domain observed [400, 500] length 8
 */
export function dopplerFit(f0: number, speed: number, dist: number, t0: number, times: Float64Array, observed: Float64Array): number {
  let loss = 0;
  for (let i = 0; i < times.length; i++) {
    const x = speed * (times[i] - t0);
    const radial = (speed * x) / Math.hypot(x, dist); // component of velocity away from the listener
    const f = (f0 * SPEED_OF_SOUND) / (SPEED_OF_SOUND + radial);
    loss += (f - observed[i]) ** 2;
  }
  return loss / times.length;
}
