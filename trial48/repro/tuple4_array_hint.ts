// Finding 10 (refusal, the hint's type is wrong): an array of 4-tuples made by Array.from({ length }, …).
// Expected: the hint with the 4-tuple type, const quats: [number, number, number, number][] = [].
// Actual: TSG1003 "'quats' is an array of 4-tuples, which tsgrad makes from [] … filled by push", hint "declare it
// empty and push the tuples: const quats: [number, number][] = []; quats.push([a, b, c, d])".
type Quat = readonly [number, number, number, number];
const axisZ = (th: number): Quat => [Math.cos(th / 2), 0, 0, Math.sin(th / 2)];
export function quatList(a: number): number {
  const quats = Array.from({ length: 3 }, (_, k) => axisZ(a * (k + 1)));
  return quats[0][0] * quats[2][3];
}
