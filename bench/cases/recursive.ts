// Recursion as users write it (issue 13 item 2): the determinant by expansion in minors, each
// minor built into a new array by a helper, and a gamma function that recurses down to [1, 2]
// (Γ(x) = (x − 1)·Γ(x − 1)) before a Lanczos approximation there.

/** The (n−1)×(n−1) matrix without row 0 and column `col` of the n×n row-major `a`. */
function minor(a: Float64Array, n: number, col: number): Float64Array {
  const m = new Float64Array((n - 1) * (n - 1));
  let k = 0;
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j !== col) {
        m[k] = a[i * n + j];
        k++;
      }
    }
  }
  return m;
}

/** det(a) of the n×n row-major matrix a, by Laplace expansion along the first row. */
export function det(a: Float64Array, n: number): number {
  if (n === 1) return a[0];
  let s = 0;
  let sign = 1;
  for (let c = 0; c < n; c++) {
    s += sign * a[c] * det(minor(a, n, c), n - 1);
    sign = -sign;
  }
  return s;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Γ(x) for x > 0: recursion to [1, 2], then Lanczos (g = 7). */
export function gamma(x: number): number {
  if (x > 2) return (x - 1) * gamma(x - 1);
  if (x < 1) return gamma(x + 1) / x;
  const z = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < 9; i++) s += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return Math.sqrt(2 * Math.PI) * Math.pow(t, z + 0.5) * Math.exp(-t) * s;
}
