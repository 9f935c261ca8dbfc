/**
 * Arrays of rows of numbers (`A: number[][]`, `Float64Array[]`, rows of any lengths) as the
 * derivatives of a function that takes one read them: one flat Float64Array of the elements,
 * row after row, and an Int32Array of where each row starts (CSR), its last entry the total.
 * The generated `f_vjp` copies the rows in, and adds the flat adjoint back into the caller's rows.
 */

/** Where each row starts in the flat array, and (last) where the last one ends: rows.length + 1 offsets. */
export function rowStarts(rows: ArrayLike<ArrayLike<number>>): Int32Array {
  const starts = new Int32Array(rows.length + 1);
  let at = 0;
  for (let i = 0; i < rows.length; i++) {
    starts[i] = at;
    at += rows[i]!.length;
  }
  starts[rows.length] = at;
  return starts;
}

/** The rows' elements in one new flat array, row i at starts[i] … (missing elements, of a direction with rows shorter than these starts say, NaN). */
export function flatRows(rows: ArrayLike<ArrayLike<number>>, starts: Int32Array): Float64Array {
  const flat = new Float64Array(starts[starts.length - 1]!);
  for (let i = 0; i + 1 < starts.length; i++) {
    const row = rows[i]!;
    const at = starts[i]!;
    const n = starts[i + 1]! - at;
    // (a typed row of its length is copied at once; a number[] element by element, a short one's missing elements left NaN)
    if (ArrayBuffer.isView(row) && row.length === n) flat.set(row as Float64Array, at);
    else for (let j = 0; j < n; j++) flat[at + j] = j < row.length ? row[j]! : NaN;
  }
  return flat;
}

/** Adds the flat array's elements into the rows (the caller's adjoint, of the same shape), element by element. */
export function addRows(rows: ArrayLike<{ [j: number]: number }>, flat: Float64Array, starts: Int32Array): void {
  for (let i = 0; i + 1 < starts.length; i++) {
    const row = rows[i]!;
    const at = starts[i]!;
    const n = starts[i + 1]! - at;
    for (let j = 0; j < n; j++) row[j] += flat[at + j]!;
  }
}

/** The flat array cut into its rows, each a window of it (`subarray`: they share its buffer). */
export function rowsOf(flat: Float64Array, starts: Int32Array): Float64Array[] {
  const rows: Float64Array[] = new Array(starts.length - 1);
  for (let i = 0; i + 1 < starts.length; i++) rows[i] = flat.subarray(starts[i]!, starts[i + 1]!);
  return rows;
}

/** The flat array cut into its rows, each a new number[]. */
export function listRows(flat: Float64Array, starts: Int32Array): number[][] {
  const rows: number[][] = new Array(starts.length - 1);
  for (let i = 0; i + 1 < starts.length; i++) {
    const at = starts[i]!;
    const row: number[] = new Array(starts[i + 1]! - at);
    for (let j = 0; j < row.length; j++) row[j] = flat[at + j]!;
    rows[i] = row;
  }
  return rows;
}

/** A tangent (or direction) with its array of rows at `key` flattened along `starts`, the key left out where it is. */
export function flatKey<T extends object, K extends keyof T & string>(t: T, key: K, starts: Int32Array): Omit<T, K> & { [P in K]?: Float64Array } {
  const out = { ...t } as Record<string, unknown>;
  const rows = out[key] as ArrayLike<ArrayLike<number>> | undefined;
  if (rows === undefined) delete out[key];
  else out[key] = flatRows(rows, starts);
  return out as Omit<T, K> & { [P in K]?: Float64Array };
}
