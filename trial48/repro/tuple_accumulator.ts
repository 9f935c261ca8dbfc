// Finding 12 (refusal, the message does not say why): reduce with a tuple accumulator.
// Expected: a message saying reduce's accumulator must be a number, with the hint "use lets and forEach: let s = 0,
// q = 0; xs.forEach((v) => { s += v; q += v * v; })" (which compiles: lang.ts tupleReduceLets).
// Actual: the accumulator destructured ([s0, q0]) is TSG1008 (the pattern, fits); named (a) it is TSG1002 "'[0, 0]'
// is not supported in a differentiated function", with the generic hint to read the README.
export function variance(xs: Float64Array): number {
  const acc = xs.reduce<[number, number]>((a, v) => [a[0] + v, a[1] + v * v], [0, 0]);
  return acc[1] / xs.length - (acc[0] / xs.length) ** 2;
}
