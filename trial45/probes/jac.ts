// Functions that write arrays, checked by `tsgrad check` through their f_jacobian (run.mjs extra).

function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
function labF(t: number): number {
  const d = 6 / 29;
  return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4 / 29;
}

/**
 * sRGB pixels (3 per pixel) to CIE Lab in out.
 * @domain rgb [0.05, 0.95] length 6
 * @domain out [0, 0] length 6
 */
export function srgbToLabInto(rgb: Float64Array, out: Float64Array): void {
  for (let k = 0; k < rgb.length; k += 3) {
    const R = toLinear(rgb[k]), G = toLinear(rgb[k + 1]), B = toLinear(rgb[k + 2]);
    const fx = labF((0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047);
    const fy = labF(0.2126 * R + 0.7152 * G + 0.0722 * B);
    const fz = labF((0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883);
    out[k] = 116 * fy - 16;
    out[k + 1] = 500 * (fx - fy);
    out[k + 2] = 200 * (fy - fz);
  }
}

/**
 * One frame of a spring animation for several elements in place; returns the kinetic energy after it.
 * @domain pos [-1, 1] length 4
 * @domain vel [-1, 1] length 4
 * @domain target [-1, 1] length 4
 * @domain stiffness [100, 300]
 * @domain damping [5, 20]
 */
export function springFrame(pos: Float64Array, vel: Float64Array, target: Float64Array, stiffness: number, damping: number): number {
  const dt = 1 / 60;
  let ke = 0;
  for (let i = 0; i < pos.length; i++) {
    vel[i] += (-stiffness * (pos[i] - target[i]) - damping * vel[i]) * dt;
    pos[i] += vel[i] * dt;
    ke += 0.5 * vel[i] * vel[i];
  }
  return ke;
}
