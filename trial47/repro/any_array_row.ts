// trial47 finding 2 (refused, the hint leads to a second refusal): a local array of rows filled by push.
// rowsPushedBuilt (a row made by [] and push) is TSG1008, hint "make the row with its length and write its elements:
// const row = new Array(n).fill(0); row[j] = …; m.push(row)". Written exactly so (rowsPushed), it is TSG1003
// "variables of type 'any[]' are not supported", hint "local variables hold numbers, booleans, arrays of numbers and
// objects of numbers": tsc types new Array(n).fill(0) as any[]. With `const row: number[] = new Array(n).fill(0)` it
// compiles. Expected: the TSG1008 hint written with the annotation, and the TSG1003 hint saying "annotate it: const
// row: number[] = …" (or new Array(n).fill(0) read as number[], as fill(0) makes it).
// Run: node dist/cli/main.js compile trial47/repro/any_array_row.ts --out-dir /tmp/trial47/repro
export function rowsPushed(x: Float64Array, n: number): number {
  const m: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array(n).fill(0);
    for (let j = 0; j < n; j++) row[j] = x[i] * x[j];
    m.push(row);
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += m[i][i];
  return s;
}
export function rowsPushedBuilt(x: Float64Array, n: number): number {
  const m: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) row.push(x[i] * x[j]);
    m.push(row);
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += m[i][i];
  return s;
}
