// Time steppers with @checkpoint, in my own style.

/** Pendulum chain by RK2 with the step loop checkpointed. */
export function chainCheckpointed(theta0: Float64Array, k: number, dt: number, steps: number): number {
  const n = theta0.length;
  const th = Float64Array.from(theta0);
  const om = new Float64Array(n);
  const mt = new Float64Array(n);
  const mo = new Float64Array(n);
  let energyPath = 0;
  /** @checkpoint snapshots=4 */
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) {
      const l = i > 0 ? th[i - 1] : 0;
      const r = i < n - 1 ? th[i + 1] : th[i];
      mt[i] = th[i] + 0.5 * dt * om[i];
      mo[i] = om[i] + 0.5 * dt * (-9.81 * Math.sin(th[i]) + k * (l - 2 * th[i] + r));
    }
    for (let i = 0; i < n; i++) {
      const l = i > 0 ? mt[i - 1] : 0;
      const r = i < n - 1 ? mt[i + 1] : mt[i];
      th[i] += dt * mo[i];
      om[i] += dt * (-9.81 * Math.sin(mt[i]) + k * (l - 2 * mt[i] + r));
    }
    energyPath += dt * om[0] * om[0];
  }
  let e = energyPath;
  for (let i = 0; i < n; i++) e += th[i] * th[i];
  return e;
}

/** A scalar recurrence with a data-dependent branch inside a checkpointed loop. */
export function logisticMapCheckpointed(x0: number, r: number, steps: number): number {
  let x = x0;
  let acc = 0;
  // @checkpoint
  for (let s = 0; s < steps; s++) {
    x = r * x * (1 - x);
    if (x > 0.5) acc += x * 0.1;
    else acc -= Math.log1p(x) * 0.05;
  }
  return acc + x;
}

/** The same recurrence without @checkpoint, to compare costs. */
export function logisticMapPlain(x0: number, r: number, steps: number): number {
  let x = x0;
  let acc = 0;
  for (let s = 0; s < steps; s++) {
    x = r * x * (1 - x);
    if (x > 0.5) acc += x * 0.1;
    else acc -= Math.log1p(x) * 0.05;
  }
  return acc + x;
}
