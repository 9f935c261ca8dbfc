// Room acoustics and a few classic formulas.

const SPEED_OF_SOUND = 343;

/** Modal density of a rectangular room near a frequency: a Gaussian bump per axial/tangential/oblique mode. */
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

/** Sabine and Eyring reverberation times of a room from surface areas and absorption coefficients: their mean. */
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

/** Energetic sum of levels in dB, then the level error against a target. */
export function levelSumError(levels: Float64Array, target: number): number {
  let e = 0;
  for (const l of levels) e += 10 ** (l / 10);
  const total = 10 * Math.log10(e);
  return (total - target) ** 2;
}

/** Helmholtz resonator frequency with an end correction; squared error in octaves against a goal. */
export function helmholtzTune(neckRadius: number, neckLen: number, volume: number, goalHz: number): number {
  const area = Math.PI * neckRadius * neckRadius;
  const lEff = neckLen + 1.7 * neckRadius;
  const f = (SPEED_OF_SOUND / (2 * Math.PI)) * Math.sqrt(area / (volume * lEff));
  return Math.log2(f / goalHz) ** 2;
}

/** Doppler shift of a source passing a listener at closest distance d, over sample times: fit of observed Hz. */
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
