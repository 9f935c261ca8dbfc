// More probes: powers at zero/negative bases, labelled breaks, switch fall-through, number swaps, .set, static class constants.

/** Cubic spring energy: a user writes powers with **, and the displacement is often 0 or negative. */
export function cubicSpring(x: number, k1: number, k3: number): number {
  return 0.5 * k1 * x ** 2 + 0.25 * k3 * x ** 4 + 0.1 * x ** 3;
}

/** Power-law creep with Math.pow of a possibly-zero stress (exponent > 1). */
export function creepRate(stress: number, A: number, n = 3.5): number {
  return A * Math.pow(Math.abs(stress), n);
}

/** Fibonacci-like weighted recurrence with number swaps [a, b] = [b, a + b]. */
export function lucasLike(p: number, q: number, steps: number): number {
  let a = 2, b = p;
  for (let i = 0; i < steps; i++) [a, b] = [b, p * b - q * a];
  return b;
}

/** First crossing in a grid, with a labelled break out of the nested loops. */
export function firstCrossing(field: Float64Array, nx: number, level: number): number {
  const ny = field.length / nx;
  let found = -1;
  let value = 0;
  outer: for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (field[j * nx + i] > level) {
        found = j * nx + i;
        value = field[found];
        break outer;
      }
    }
  }
  return found < 0 ? 0 : value - level;
}

/** Switch with fall-through: a spline order chooses how many correction terms apply. */
export function correctedSum(x: number, order: number): number {
  let s = x;
  switch (order) {
    case 3:
      s += (x * x * x) / 6;
    // falls through
    case 2:
      s += (x * x) / 2;
    // falls through
    case 1:
      s += 1;
      break;
    default:
      s = 0;
  }
  return s;
}

/** Copy a smoothed window back with .set. */
export function smoothedEnergy(x: Float64Array, alpha: number): number {
  const buf = new Float64Array(x.length);
  const tmp = new Float64Array(x.length);
  buf.set(x);
  for (let it = 0; it < 3; it++) {
    for (let i = 1; i < buf.length - 1; i++) tmp[i] = buf[i] + alpha * (buf[i - 1] - 2 * buf[i] + buf[i + 1]);
    tmp[0] = buf[0];
    tmp[buf.length - 1] = buf[buf.length - 1];
    buf.set(tmp);
  }
  let e = 0;
  for (const v of buf) e += v * v;
  return e;
}

class Phys {
  static readonly G = 9.80665;
  static readonly RHO_AIR = 1.225;
}

/** Terminal velocity using static class constants. */
export function terminalVelocity(mass: number, cd: number, area: number): number {
  return Math.sqrt((2 * mass * Phys.G) / (Phys.RHO_AIR * cd * area));
}

/** Angle wrap with % of an active value (phase unwrapping residual). */
export function phaseResidual(phi: number, target: number): number {
  const d = (phi - target) % (2 * Math.PI);
  return d * d;
}
