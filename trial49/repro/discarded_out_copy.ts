// trial49 finding 7 (performance): a gl-matrix-style helper that returns its out-parameter (`return out;`), called
// as a statement with the result discarded, is inlined with a copy of `out` into a fresh array per call, which
// nothing reads: in gen/imu.grad.ts, pendulumEkf_vjp allocates `const out_1_matMul3 = new Float64Array(T9.length)`
// and `out_1_matMulT3` and copies 9 elements into each at every step of its loop (also in rigid's rotateVec/quatMul
// callers, ik's fkPlanar, sph's densities, audio's lowpassCoeffs). pendulumEkf is the slowest domain case (f_vjp
// 10-16x f; f 1.4-2.7 us).
// Expected: a discarded result costs nothing (the void form, stepVoid below, has no copy).
// Actual: in the generated stepReturning_vjp, `const out_1_mul3 = new Float64Array(…)` and a copy loop inside the
// loop over steps; stepVoid_vjp has none.
function mul3(out: Float64Array, a: Float64Array, b: Float64Array): Float64Array {
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) out[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
  return out;
}
function mul3Void(out: Float64Array, a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) out[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
}

export function stepReturning(A: Float64Array, P0: Float64Array, steps: number): number {
  const P = Float64Array.from(P0);
  const T = new Float64Array(9);
  for (let s = 0; s < steps; s++) {
    mul3(T, A, P);
    for (let k = 0; k < 9; k++) P[k] = 0.5 * T[k];
  }
  return P[0] + P[4] + P[8];
}

export function stepVoid(A: Float64Array, P0: Float64Array, steps: number): number {
  const P = Float64Array.from(P0);
  const T = new Float64Array(9);
  for (let s = 0; s < steps; s++) {
    mul3Void(T, A, P);
    for (let k = 0; k < 9; k++) P[k] = 0.5 * T[k];
  }
  return P[0] + P[4] + P[8];
}
