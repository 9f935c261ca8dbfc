// Finding 13 (refusal of a common idiom; the hint fits and compiles): a record rebuilt by spreading the old one,
// s = { ...s, v: … }. README allows spreads in options objects; for a state object they are refused.
// Expected: compiled (each property not written taken from s, computed before any is assigned, as for the literal
// written out), or the message "a spread of the object being rebuilt is not supported".
// Actual: TSG1002 "the object literal's '...s' is not a number property tsgrad reads", hint "assign an object
// literal of numbers (s = { x: …, v: …, m: … }) …" (that form compiles: lang.ts recordWhole).
type Particle = { readonly x: number; readonly v: number; readonly m: number };
export function recordSpread(x0: number, v0: number, k: number): number {
  let s: Particle = { x: x0, v: v0, m: 2 };
  for (let i = 0; i < 10; i++) {
    s = { ...s, v: s.v - (0.1 * k * s.x) / s.m };
    s = { ...s, x: s.x + 0.1 * s.v };
  }
  return s.x * s.v;
}
