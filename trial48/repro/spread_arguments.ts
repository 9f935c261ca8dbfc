// Finding 6 (refusal, the message miscounts): a tuple spread into a helper's parameters, hyp3(...p).
// Expected: compiled (the tuple's three numbers passed, its length known from its type), or "a spread argument is
// not supported: pass p[0], p[1], p[2]".
// Actual: TSG2002 "'hyp3' is called with 1 arguments; tsgrad needs all 3", hint "pass every argument".
type V3 = readonly [number, number, number];
const hyp3 = (x: number, y: number, z: number): number => Math.sqrt(x * x + y * y + z * z);
const cube = (t: number): V3 => [t, t * t, t * t * t];
export function spreadArgs(t: number): number {
  const p = cube(t);
  return hyp3(...p);
}
