/**
 * ADBench's GMM objective (fixtures/adbench/gmm/input.ts) as TensorFlow.js and @jax-js/jax
 * users would write it: batched over points and components, Q_k assembled from icf with a
 * gather (its diagonal exp(log-diagonal), its strictly lower triangle column by column), then
 * one batched matrix product, log-sum-exp over components, and the Wishart prior. The
 * additive constants (which do not change the gradient) are left out.
 */

/** For Q_k's d×d entries (row j, column i), their index in [exp(log-diagonal) (d), lower triangle (icfSize − d), 0]. */
export function qIndex(d) {
  const icfSize = (d * (d + 1)) / 2;
  const out = new Int32Array(d * d);
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < d; i++) {
      // (qTimesX reads entry (j, i), j > i, at d + i·d − i(i+1)/2 − i − 1 + j of the component's icf block)
      out[j * d + i] = j === i ? i : j > i ? d + i * d - (i * (i + 1)) / 2 - i - 1 + j : icfSize;
    }
  }
  return out;
}

/** The objective over TensorFlow.js tensors alphas [k], means [k·d], icf [k·icfSize]; X is [n, d]. */
export function gmmTf(tf, X, { d, k, n, gamma, m }) {
  const icfSize = (d * (d + 1)) / 2;
  const index = tf.tensor1d(qIndex(d), 'int32');
  const Xk = tf.expandDims(X, 0);
  return (alphas, means, icf) => {
    const blocks = tf.reshape(icf, [k, icfSize]);
    const logDiag = tf.slice(blocks, [0, 0], [k, d]);
    const lower = tf.slice(blocks, [0, d], [k, icfSize - d]);
    const diag = tf.exp(logDiag);
    const Q = tf.reshape(tf.gather(tf.concat([diag, lower, tf.zeros([k, 1])], 1), index, 1), [k, d, d]);
    const centered = tf.sub(Xk, tf.expandDims(tf.reshape(means, [k, d]), 1)); // [k, n, d]
    const qx = tf.matMul(centered, Q, false, true); // [k, n, d]
    const sumQs = tf.sum(logDiag, 1);
    const main = tf.sub(tf.expandDims(tf.add(alphas, sumQs), 1), tf.mul(0.5, tf.sum(tf.square(qx), 2))); // [k, n]
    const slse = tf.sum(tf.logSumExp(main, 0));
    const frobenius = tf.add(tf.sum(tf.square(diag), 1), tf.sum(tf.square(lower), 1));
    const prior = tf.sum(tf.sub(tf.mul(0.5 * gamma * gamma, frobenius), tf.mul(m, sumQs)));
    return tf.add(tf.sub(slse, tf.mul(n, tf.logSumExp(alphas))), prior);
  };
}

/**
 * The same with @jax-js/jax's numpy (arrays are reference counted: every use of an array but
 * its last takes `.ref`). Q_k is assembled by a product with a constant 0/1 selection matrix
 * rather than `take`: jit(grad) of @jax-js/jax 0.1.25 fails on the transpose of a gather
 * ("jit: routine primitive scatter input is not imm"), and plain grad is as fast either way.
 */
export function gmmJax(jax, X, { d, k, n, gamma, m }) {
  const np = jax.numpy;
  const icfSize = (d * (d + 1)) / 2;
  const select = new Float64Array((icfSize + 1) * d * d);
  qIndex(d).forEach((from, to) => { select[from * d * d + to] = 1; });
  const selection = np.array(select, { dtype: np.float64 }).reshape([icfSize + 1, d * d]);
  const zeros = np.zeros([k, 1], { dtype: np.float64 });
  const Xk = np.expandDims(X, 0);
  return (alphas, means, icf) => {
    const blocks = icf.reshape([k, icfSize]);
    const logDiag = blocks.ref.slice([], [0, d]);
    const lower = blocks.slice([], [d, icfSize]);
    const diag = np.exp(logDiag.ref);
    const source = np.concatenate([diag.ref, lower.ref, zeros.ref], 1);
    const Q = np.matmul(source, selection.ref).reshape([k, d, d]);
    const centered = Xk.ref.sub(np.expandDims(means.reshape([k, d]), 1)); // [k, n, d]
    const qx = np.matmul(centered, np.moveaxis(Q, 1, 2)); // [k, n, d]
    const sumQs = logDiag.sum(1);
    const main = np.expandDims(alphas.ref.add(sumQs.ref), 1).sub(qx.ref.mul(qx).sum(2).mul(0.5)); // [k, n]
    const slse = jax.nn.logsumexp(main, 0).sum();
    const frobenius = diag.ref.mul(diag).sum(1).add(lower.ref.mul(lower).sum(1));
    const prior = frobenius.mul(0.5 * gamma * gamma).sub(sumQs.mul(m)).sum();
    return slse.sub(jax.nn.logsumexp(alphas).mul(n)).add(prior);
  };
}
