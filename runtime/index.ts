/** What generated gradient code imports, and kernels for user code. No dependency on the compiler. */
export { Tape, tape, adjointOf, restore, saveArray, f64Zeros, listZeros } from './tape.js';
export { saveSegment, restoreSegment } from './segments.js';
export { rowStarts, flatRows, addRows, rowsOf, listRows, flatKey } from './rows.js';
export {
  sum, sum_vjp, dot, dot_vjp, logsumexp, logsumexp_vjp, sigmoid, sigmoid_vjp,
  softmax, softmax_vjp, matvec, matvec_vjp, matmul, matmul_vjp, sink,
} from './kernels.js';
export { f64HighWord, f64LowWord, f64WithHighWord, f64WithLowWord, f64FromWords, f64WithHighWordScale, f64Ldexp, f64CopySign } from './bits.js';
export { pow_vjp, sin_vjp, cos_vjp } from './elementary.js';
export { sortPermutation } from './sorting.js';
export { sum_jvp, dot_jvp, logsumexp_jvp, sigmoid_jvp, softmax_jvp, matvec_jvp, matmul_jvp, pow_jvp, sin_jvp, cos_jvp, qr_jvp } from './tangents.js';
export { qr, qr_vjp } from './qr.js';
export {
  tapeTangents, snapshotTangents, denseHessian, sum_vjp_d, dot_vjp_d, logsumexp_vjp_d, sigmoid_vjp_d, softmax_vjp_d, matvec_vjp_d, matmul_vjp_d,
} from './second.js';
export { Revolve, revolve, tripCount, minimalAdvances, snapshotsFor, DEFAULT_SNAPSHOTS, DEFAULT_BUDGET } from './revolve.js';
