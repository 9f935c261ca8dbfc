// Finding 12 (refusal with a false message, and a hint the code already follows): a local arrow inside a value-class
// method, only ever called.
// In an exported function the same local arrow compiles (fluid.ts vortexPairDrift's `velocities`, lang.ts probes);
// inside a method it is refused whatever it reads (`this.k` or only its parameter), with a message that it is "used
// as a value (stored, passed or returned)", which it is not.
// Expected: compiled (a method's body is lowered as the caller's own statements, README), or the reason: local
//   functions are not supported inside methods, with the hint "move it to module level, passing this.k".
// Actual: TSG1002 "a local function used as a value (stored, passed or returned) is not supported inside a
//   differentiated function; one that is only called is lowered where it is called", hint "call it directly (f(x)),
//   or move the function to module level and call it" — at the first arrow (each arrow is refused so when its
//   method is called from an exported function of its own).
class Gain {
  constructor(readonly k: number) {}
  withThis(x: number): number {
    const g = (v: number) => v * this.k;
    return g(x) + g(2 * x);
  }
  withoutThis(x: number): number {
    const sq = (v: number) => v * v;
    return sq(x) * this.k;
  }
}
export function gainSum(k: number, x: number): number {
  const a = new Gain(k);
  return a.withThis(x) + a.withoutThis(x);
}
