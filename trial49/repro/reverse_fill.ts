// trial49 finding 3: a buffer written whole by a loop counting down over its length is refused with a false message.
// Expected: compiled as the ascending loop `for (let i = 0; i < C4.length; i++) C4[i] = …` is (trial49
// probes.loopFilled), or "tsgrad recognises the whole write only as for (let i = 0; i < C4.length; i++)".
// Actual: TSG1008 "'C4' is a module-level buffer that 'reverseFilled' uses (line 10) before it writes every element:
// a call may read what an earlier call left in it" at the loop that writes every element; the hint gives the
// ascending loop without saying the descending one is the cause.
const C4 = new Float64Array(4);

export function reverseFilled(x: number, y: number): number {
  for (let i = C4.length - 1; i >= 0; i--) C4[i] = x * i + y;
  return C4[0] * C4[3] - C4[1] * C4[2];
}
