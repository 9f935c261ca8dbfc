// Optimisation test objectives.
const TAU = 2 * Math.PI;

export function rastrigin(x: Float64Array): number {
  let s = 10 * x.length;
  for (const v of x) s += v * v - 10 * Math.cos(TAU * v);
  return s;
}

export function ackley(x: number[], a = 20, b = 0.2, c = TAU): number {
  const n = x.length;
  let s1 = 0, s2 = 0;
  for (let i = 0; i < n; i++) {
    s1 += x[i] * x[i];
    s2 += Math.cos(c * x[i]);
  }
  return -a * Math.exp(-b * Math.sqrt(s1 / n)) - Math.exp(s2 / n) + a + Math.E;
}

export function beale(x: number, y: number): number {
  return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y * y) ** 2 + (2.625 - x + x * Math.pow(y, 3)) ** 2;
}

export function himmelblau(x: number, y: number): number {
  const a = x * x + y - 11;
  const b = x + y * y - 7;
  return a * a + b * b;
}

export function styblinskiTang(x: Float32Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    s += Math.pow(v, 4) - 16 * v * v + 5 * v;
  }
  return s / 2;
}

/**
 * Quadratic-penalty objective: f(x) = (x0 - 1)² + (x1 - 2)² subject to constraints of kinds
 * 0: x0 + x1 <= 1, 1: x0² + x1² <= 2 (inequalities), 2: x0 - x1 = 0 (equality).
 */
export function penaltyObjective(x: Float64Array, kinds: Int32Array, mu: number): number {
  let f = (x[0] - 1) ** 2 + (x[1] - 2) ** 2;
  for (let i = 0; i < kinds.length; i++) {
    let g: number;
    switch (kinds[i]) {
      case 0:
        g = Math.max(0, x[0] + x[1] - 1);
        break;
      case 1:
        g = Math.max(0, x[0] * x[0] + x[1] * x[1] - 2);
        break;
      case 2:
        g = x[0] - x[1];
        break;
      default:
        g = 0;
    }
    f += mu * g * g;
  }
  return f;
}

/** Rosenbrock by do…while over pairs. */
export function rosenbrockDo(x: number[]): number {
  let i = 0;
  let s = 0;
  do {
    s += 100 * (x[i + 1] - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2;
    i++;
  } while (i < x.length - 1);
  return s;
}

/**
 * Log-barrier objective with an early return outside the feasible set.
 * @domain x (-0.6, 0.6)
 * @domain y (-0.6, 0.6)
 * @domain t [1, 5]
 */
export function logBarrier(x: number, y: number, t: number): number {
  const slack = 1 - x * x - y * y;
  if (slack <= 0) return Infinity;
  return t * ((x - 0.5) ** 2 + y * y) - Math.log(slack);
}

/** Griewank with cbrt-scaled product terms. */
export function griewankish(x: Float64Array): number {
  let sum = 0, prod = 1;
  for (let i = 0; i < x.length; i++) {
    sum += (x[i] * x[i]) / 4000;
    prod *= Math.cos(x[i] / Math.sqrt(i + 1)) + 0.1 * Math.cbrt(x[i] + 3);
  }
  return 1 + sum - prod;
}
