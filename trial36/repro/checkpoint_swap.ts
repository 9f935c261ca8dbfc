// REFUSED (the canonical ping-pong time stepper), though the message is precise.
// Expected: a @checkpoint loop whose state is two buffers swapped each step ([u, nx] = [nx, u]; the README says a
//           loop's swap of buffers allocated once is handled by permuting the bindings, without tape) checkpointed,
//           the snapshot taking the array `u` holds.
// Actual:   13:5 error TSG1009: this loop cannot be checkpointed: it rebinds the array 'u' ([u, nx] = [nx, u]);
//           hint: copy into the array instead of rebinding it (probes/ck.ts kHeat does, with u.set(nx): correct).
export function heat(u0: Float64Array, kappa: number, steps: number): number {
  let u = Float64Array.from(u0);
  let nx = new Float64Array(u0.length);
  /** @checkpoint */
  for (let s = 0; s < steps; s++) {
    for (let i = 1; i < u.length - 1; i++) nx[i] = u[i] + kappa * (u[i - 1] - 2 * u[i] + u[i + 1]);
    [u, nx] = [nx, u];
  }
  return u.reduce((a, x) => a + x * x, 0);
}
