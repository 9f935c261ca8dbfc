// Scratch buffers reused across helper calls, local matrices passed to helpers that write them, rows passed to
// helpers, labelled breaks out of nested loops, for…of over rows, a helper writing before an early return.

function fillScaled(out: Float64Array, v: number, k: number): void {
  for (let i = 0; i < out.length; i++) out[i] = v * (i + k);
}
function sumOf(a: Float64Array): number {
  let s = 0;
  for (const x of a) s += x;
  return s;
}
function prodOf(a: Float64Array): number {
  let p = 1;
  for (const x of a) p *= x;
  return p;
}
/** One scratch buffer filled, read, overwritten by the same helper, read again. */
export function scratchReuse(x: number): number {
  const buf = new Float64Array(3);
  fillScaled(buf, x, 1);
  const a = sumOf(buf);
  fillScaled(buf, x * x, 2);
  const b = prodOf(buf);
  fillScaled(buf, Math.sin(x), 0);
  return a * b + sumOf(buf);
}

function matmul2(A: number[][], B: number[][], C: number[][]): void {
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      let s = 0;
      for (let k = 0; k < 2; k++) s += A[i][k] * B[k][j];
      C[i][j] = s;
    }
  }
}
function copyInto(src: number[][], dst: number[][]): void {
  for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) dst[i][j] = src[i][j];
}
/** A 2×2 matrix power by repeated products into a local matrix, copied back each step; a trace at the end. */
export function matrixPowerTrace(a: number, b: number, c: number, d: number): number {
  const M: number[][] = [
    [a, b],
    [c, d],
  ];
  const P: number[][] = [
    [1, 0],
    [0, 1],
  ];
  const T: number[][] = [
    [0, 0],
    [0, 0],
  ];
  for (let s = 0; s < 5; s++) {
    matmul2(P, M, T);
    copyInto(T, P);
  }
  return P[0][0] + P[1][1];
}

function axpy(row: number[], a: number, x: number[]): void {
  for (let j = 0; j < row.length; j++) row[j] += a * x[j];
}
/** Rows of a local matrix passed one at a time to a helper that writes them; for…of over the rows after. */
export function rowUpdates(x: Float64Array): number {
  const M: number[][] = [
    [x[0], x[1], x[2]],
    [x[1], x[2], x[0]],
    [x[2], x[0], x[1]],
  ];
  for (let i = 1; i < 3; i++) axpy(M[i], -M[i][0] / M[0][0], M[0]);
  let s = 0;
  for (const row of M) s += row[0] * row[1] + row[2];
  return s;
}

/** A labelled break out of two loops, on a threshold crossed part-way. */
export function labelledBreak(x: Float64Array, limit: number): number {
  let acc = 0;
  let steps = 0;
  outer: for (let i = 0; i < x.length; i++) {
    for (let j = 0; j < x.length; j++) {
      acc += x[i] * x[j];
      steps++;
      if (steps > 3 && acc > limit) break outer;
    }
  }
  return acc * steps;
}

function writeUntil(out: Float64Array, x: Float64Array, cap: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    out[i] = x[i] * x[i];
    s += out[i];
    if (s > cap) return i;
  }
  return x.length;
}
/** A helper that writes into a buffer and returns early from inside its loop. */
export function helperEarlyReturn(x: Float64Array, cap: number): number {
  const out = new Float64Array(x.length);
  const k = writeUntil(out, x, cap);
  let t = 0;
  for (let i = 0; i < out.length; i++) t += out[i] * (i + 1);
  return t + k;
}
