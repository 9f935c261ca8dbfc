// Finding: a hint that leads to a second refusal. An `as const` table of (strike, quantity) rows looped over with
// destructuring:
//   nested_table_hint.ts:12:8 - error TSG1009: 'for … of' with a destructuring pattern is supported only as
//   for (const [i, v] of a.entries())
//   hint: loop over the indices instead: for (let i = 0; i < a.length; i++), reading a[i]
// Following the hint (bookIdx) is refused again: TSG1008 'BOOK' is a module-level array whose elements are not all
// numeric constants. Expected: a hint that works here (one table per column, STRIKES and QTY, which compiles: bookCols).
const BOOK = [[90, 1], [100, -2], [110, 1]] as const;
export function bookValue(S: number): number {
  let v = 0;
  // (line 12)
  for (const [k, q] of BOOK) v += q * Math.max(S - k, 0);
  return v;
}
export function bookIdx(S: number): number {
  let v = 0;
  for (let i = 0; i < BOOK.length; i++) v += BOOK[i][1] * Math.max(S - BOOK[i][0], 0);
  return v;
}
const STRIKES = [90, 100, 110] as const, QTY = [1, -2, 1] as const;
export function bookCols(S: number): number {
  let v = 0;
  for (let i = 0; i < STRIKES.length; i++) v += QTY[i] * Math.max(S - STRIKES[i], 0);
  return v;
}
