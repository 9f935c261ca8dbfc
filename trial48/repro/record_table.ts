// Finding 11 (refusal, the messages do not fit): an `as const` table of records.
// Expected: compiled (a module-level constant array of objects of numbers, as README's nested constant objects
// PG.A.a are), or a message saying tables hold numbers only, with the hint "one table per field (GAIN = […], POLE =
// […])" (which compiles: lang.ts asConstColumns).
// Actual: for (const { gain, pole } of STAGES) is TSG1009 "'for … of' with a destructuring pattern is supported over
// a local array of tuples ([number, number][]) …"; STAGES[i].gain is TSG1008 "'STAGES' is a module-level array whose
// elements are not all numeric constants", hint "… pass other arrays as parameters" (for a constant table).
const STAGES = [
  { gain: 1.5, pole: 0.2 },
  { gain: 0.8, pole: 0.5 },
] as const;
export function stagesOf(x: number): number {
  let y = x;
  for (const { gain, pole } of STAGES) y = (gain * y) / (1 + pole * y * y);
  return y;
}
export function stagesIndexed(x: number): number {
  let y = x;
  for (let i = 0; i < STAGES.length; i++) y = (STAGES[i].gain * y) / (1 + STAGES[i].pole * y * y);
  return y;
}
