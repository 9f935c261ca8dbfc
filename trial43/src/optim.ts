// Optimisation inner loops: unrolled gradient steps inside the function being differentiated.

/** Ridge regression weights after a fixed number of gradient-descent steps; validation loss (unrolled). */
export function unrolledRidge(lr: number, lambda: number, X: Float64Array, y: Float64Array, Xv: Float64Array, yv: Float64Array, d: number, steps: number): number {
  const n = y.length;
  const w = new Float64Array(d);
  const g = new Float64Array(d);
  for (let s = 0; s < steps; s++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      let r = -y[i];
      for (let j = 0; j < d; j++) r += X[i * d + j] * w[j];
      for (let j = 0; j < d; j++) g[j] += (2 * r * X[i * d + j]) / n;
    }
    for (let j = 0; j < d; j++) w[j] -= lr * (g[j] + 2 * lambda * w[j]);
  }
  let val = 0;
  for (let i = 0; i < yv.length; i++) {
    let p = 0;
    for (let j = 0; j < d; j++) p += Xv[i * d + j] * w[j];
    val += (p - yv[i]) ** 2;
  }
  return val / yv.length;
}

/** Bilevel toy: inner argmin of (x - a)² + b x⁴ by Newton steps, outer loss on the solution. */
export function bilevelNewton(a: number, b: number, target: number): number {
  let x = a;
  for (let k = 0; k < 6; k++) {
    const g = 2 * (x - a) + 4 * b * x ** 3;
    const h = 2 + 12 * b * x * x;
    x -= g / h;
  }
  return (x - target) ** 2;
}

/** Heavy-ball momentum on a 2-D quadratic for fixed steps; final objective (tuning lr and beta). */
export function momentumFinal(lr: number, beta: number, x0: number, y0: number, steps: number): number {
  let x = x0, y = y0, vx = 0, vy = 0;
  for (let k = 0; k < steps; k++) {
    const gx = 2 * x + 0.5 * y;
    const gy = 0.5 * x + 20 * y;
    vx = beta * vx - lr * gx;
    vy = beta * vy - lr * gy;
    x += vx;
    y += vy;
  }
  return x * x + 0.5 * x * y + 10 * y * y;
}

/** Adam on the Rosenbrock function for a fixed number of steps, differentiated w.r.t. the learning rate and start. */
export function adamRosenbrock(lr: number, x0: number, y0: number, steps: number): number {
  let x = x0, y = y0, mx = 0, my = 0, vx = 0, vy = 0;
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let t = 1; t <= steps; t++) {
    const gx = -2 * (1 - x) - 400 * x * (y - x * x);
    const gy = 200 * (y - x * x);
    mx = b1 * mx + (1 - b1) * gx;
    my = b1 * my + (1 - b1) * gy;
    vx = b2 * vx + (1 - b2) * gx * gx;
    vy = b2 * vy + (1 - b2) * gy * gy;
    const c1 = 1 - b1 ** t, c2 = 1 - b2 ** t;
    x -= (lr * (mx / c1)) / (Math.sqrt(vx / c2) + eps);
    y -= (lr * (my / c1)) / (Math.sqrt(vy / c2) + eps);
  }
  return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
}

/** Projected gradient onto the simplex (sort-based projection) for a few steps; final loss. */
export function simplexProjected(c: Float64Array, lr: number, steps: number): number {
  const n = c.length;
  let x = new Float64Array(n).fill(1 / n);
  for (let s = 0; s < steps; s++) {
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) y[i] = x[i] - lr * (2 * (x[i] - c[i]));
    const u = Array.from(y).sort((a, b) => b - a);
    let css = 0, theta = 0;
    for (let i = 0; i < n; i++) {
      css += u[i];
      const t = (css - 1) / (i + 1);
      if (u[i] - t > 0) theta = t;
    }
    for (let i = 0; i < n; i++) y[i] = Math.max(y[i] - theta, 0);
    x = y;
  }
  let loss = 0;
  for (let i = 0; i < n; i++) loss += (x[i] - c[i]) ** 2;
  return loss;
}

/** Hyperparameter gradient of logistic regression trained by unrolled GD (weight decay as log). */
export function logregHyper(logDecay: number, X: Float64Array, y: Float64Array, d: number, steps: number): number {
  const decay = Math.exp(logDecay);
  const n = y.length;
  const w = new Float64Array(d);
  for (let s = 0; s < steps; s++) {
    const g = new Float64Array(d);
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += X[i * d + j] * w[j];
      const p = 1 / (1 + Math.exp(-z));
      for (let j = 0; j < d; j++) g[j] += ((p - y[i]) * X[i * d + j]) / n;
    }
    for (let j = 0; j < d; j++) w[j] -= 0.5 * (g[j] + decay * w[j]);
  }
  let norm = 0;
  for (let j = 0; j < d; j++) norm += w[j] * w[j];
  return norm;
}
