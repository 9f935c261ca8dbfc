// Least squares residual min_x ||A·x − y||², second hand: modified Gram–Schmidt on the columns
// of A (copied out column-major so each column is a contiguous window), then y's component in
// the column space is projected out one orthonormal column at a time; what remains is the residual.

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** a ← a − alpha·b */
function subtractScaled(a: Float64Array, alpha: number, b: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i] -= alpha * b[i];
}

function normalize(v: Float64Array): void {
  const norm = Math.sqrt(dot(v, v));
  for (let i = 0; i < v.length; i++) v[i] /= norm;
}

/** The m×n row-major A as n contiguous columns of length m. */
function columnsOf(A: Float64Array, m: number, n: number): Float64Array {
  const cols = new Float64Array(m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) cols[j * m + i] = A[i * n + j];
  }
  return cols;
}

export function leastSquaresStyled(A: Float64Array, y: Float64Array, m: number, n: number): number {
  const Q = columnsOf(A, m, n);
  const r = Float64Array.from(y);
  for (let j = 0; j < n; j++) {
    const q = Q.subarray(j * m, (j + 1) * m);
    for (let k = 0; k < j; k++) {
      const prev = Q.subarray(k * m, (k + 1) * m);
      subtractScaled(q, dot(prev, q), prev);
    }
    normalize(q);
    subtractScaled(r, dot(q, r), q);
  }
  let residual = 0;
  for (const ri of r) residual += ri * ri;
  return residual;
}
