// Repro: destructuring a window directly is refused with a message saying subarray is not supported
// ("'subarray' is not an array method tsgrad supports in an expression"; hint lists .length, reads, .fill, .push),
// while the README supports windows and `const w = c.subarray(1, 3); const [p, q] = w;` compiles (viaLocal).
// Expected: direct() compiles like viaLocal(); at least a message that names the destructuring, not subarray.
export function direct(c: Float64Array): number {
  const [p, q] = c.subarray(1, 3);
  return p * q;
}
export function viaLocal(c: Float64Array): number {
  const w = c.subarray(1, 3);
  const [p, q] = w;
  return p * q;
}
