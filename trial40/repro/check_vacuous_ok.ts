// Finding (minor, tsgrad check): a function whose loop never runs at the points drawn is reported `ok`, with
// "rev vs fd 0.0e+0" and "rev vs fwd 0.0e+0", though nothing was compared: without @domain tags a count such as
// nSteps is drawn from [-1, 1], so `for (let s = 1; s <= nSteps; s++)` runs zero times and the value and every
// derivative are 0 at all 5 points (as trial40's pk.oralConcentration in `tsgrad check pk.ts`: no dose step drawn).
// Expected: a note (or a status other than ok) saying the value did not change with any input at the points drawn,
//   with the request for @domain tags that NaN values get.
// Actual: `decay  5  0.0e+0  0.0e+0 (jvp)  ok`, no note; with `@domain nSteps int [5, 20]` the same function is
//   checked for real (decayTagged).
export function decay(k: number, x0: number, nSteps: number): number {
  let lost = 0;
  for (let s = 1; s <= nSteps; s++) lost += 0.1 * k * (x0 - lost);
  return lost;
}

/**
 * @domain k (0.1, 2)
 * @domain x0 (0.5, 2)
 * @domain nSteps int [5, 20]
 */
export function decayTagged(k: number, x0: number, nSteps: number): number {
  let lost = 0;
  for (let s = 1; s <= nSteps; s++) lost += 0.1 * k * (x0 - lost);
  return lost;
}
