// Finding (hint): `a.fill(v, start, end)` is refused with a hint that changes what the program does.
// TSG1008 "'fill' is supported with one argument", hint "call it with one value": that fills the whole array.
// Expected: a hint that keeps the range, `for (let i = start; i < end; i++) a[i] = v`, or fill(v, start, end)
// compiled (it is an element loop, as fill(v) and set(src, offset) are). (found probing trial42's scratch arrays)
// Run: npx tsgrad compile trial42/repro/fill_range_hint.ts
export function ghostFill(x: Float64Array, edge: number): number {
  const g = new Float64Array(x.length + 4);
  g.set(x, 2);
  g.fill(edge * x[0], 0, 2);
  let s = 0;
  for (let i = 0; i < g.length; i++) s += g[i] * g[i] * (i + 1);
  return s;
}
