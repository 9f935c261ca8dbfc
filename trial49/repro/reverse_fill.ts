// trial49 finding 3: three writes of every element that tsgrad does not recognise as whole writes, each refused with
// the false message "uses (line N) before it writes every element" at the write itself.
// Expected: compiled, as `for (let i = 0; i < S.length; i++) S[i] = …` and `S.fill(v)` are (trial49
// probes.loopFilled, fillFilled), or a message naming the form tsgrad recognises, e.g. "tsgrad recognises a whole
// write as S.fill(v), an ascending loop over S.length, or S[k] = … for each k".
// Actual: TSG1008 "'C4' is a module-level buffer that 'reverseFilled' uses (line 15) before it writes every
// element: a call may read what an earlier call left in it" (a descending loop over C4.length); the same for
// `W3.fill(x, 0, W3.length)` (line 20) and `for (const i of [0, 1, 2]) M3[i] = …` (line 26).
const C4 = new Float64Array(4);
const W3 = new Float64Array(3);
const M3 = new Float64Array(3);

export function reverseFilled(x: number, y: number): number {
  // line 15:
  for (let i = C4.length - 1; i >= 0; i--) C4[i] = x * i + y;
  return C4[0] * C4[3] - C4[1] * C4[2];
}

export function fillWholeRange(x: number, y: number): number {
  W3.fill(x, 0, W3.length);
  W3[1] *= y;
  return W3[0] + W3[1] * W3[2];
}

export function forOfIndices(x: number, y: number): number {
  for (const i of [0, 1, 2]) M3[i] = x * (i + 1) + y;
  return M3[0] * M3[2] - M3[1];
}
