// Finding 3 (refusal whose hint describes the refused code as the form that works): a row of a local array of rows
// built by `[]` and push in the block of the outer push, and not used after it.
// Expected: compiled (it is "a row made in the block of the push and not used after it"), or a hint naming what
//   differs (`new Array(n).fill(0)` instead of `[]` + push).
// Actual: TSG1008 "'m.push' is given 'row', and tsgrad grows a local array of rows by new rows: one another name holds
//   would be a copy there, which a write through that name would not reach", hint "push a new row (…), a copy (…), or a
//   row made in the block of the push and not used after it (const row = new Array(n).fill(0); row[j] = …; m.push(row))".
// (contrast.ts infoNce was written this way first; with `new Array<number>(n).fill(0)` and `row[j] = …` it compiles.)
export function outerProductTrace(xs: Float64Array, n: number): number {
  const m: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < n; j++) row.push(xs[i] * xs[j]);
    m.push(row);
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += m[i][i];
  return s;
}
