// trial47 finding 6 (refused, the hint does not fit; trial46 finding 6 in a new form): a recursive Laplace determinant
// over a local number[][] is TSG2002 "'det' takes an array of rows (M: number[][]), which tsgrad passes whole only to a
// helper it inlines, and this call stays a call: it is recursive", hint "write a recursion as a loop, pass different
// arrays for arrays it reads and writes, or pass the rows one at a time (det(M[i]))". The message is exact; of the
// hint, "pass the rows one at a time (det(M[i]))" computes something else (a determinant of one row), and "pass
// different arrays for arrays it reads and writes" does not apply (det writes nothing it is given).
// Expected: the hint "flatten it into a Float64Array (M[i * n + j]) and pass that, or write the recursion as a loop".
// Run: node dist/cli/main.js compile trial47/repro/recursive_rows_helper.ts --out-dir /tmp/trial47/repro
function det(M: number[][], n: number): number {
  if (n === 1) return M[0][0];
  let d = 0;
  for (let c = 0; c < n; c++) {
    const minor: number[][] = [];
    for (let r = 1; r < n; r++) {
      const row: number[] = new Array(n - 1).fill(0);
      let k = 0;
      for (let j = 0; j < n; j++) if (j !== c) row[k++] = M[r][j];
      minor.push(row);
    }
    d += (c % 2 === 0 ? 1 : -1) * M[0][c] * det(minor, n - 1);
  }
  return d;
}
export function detRecursive(a: Float64Array): number {
  const M: number[][] = [
    [a[0], a[1], a[2]],
    [a[3], a[4], a[5]],
    [a[6], a[7], a[8]],
  ];
  return det(M, 3);
}
