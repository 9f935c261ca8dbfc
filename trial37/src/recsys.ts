// A small recommender: matrix factorisation with biases and L2, BPR, and a functional twin.
import { dot, sigmoid, softplus } from './util.js';

function predict(U: Float64Array, V: Float64Array, bu: Float64Array, bi: Float64Array, mu: number, u: number, i: number, k: number): number {
  return mu + bu[u] + bi[i] + dot(U.subarray(u * k, u * k + k), V.subarray(i * k, i * k + k));
}

/**
 * squared error over observed ratings plus L2 on factors and biases (C-like)
 * @domain U [-1, 1] length 8
 * @domain V [-1, 1] length 10
 * @domain bu [-1, 1] length 4
 * @domain bi [-1, 1] length 5
 * @domain users int [0, 3] length 6
 * @domain items int [0, 4] length 6
 * @domain r [1, 5] length 6
 * @domain k int [2, 2]
 */
export function mfLoss(U: Float64Array, V: Float64Array, bu: Float64Array, bi: Float64Array, mu: number,
  users: Int32Array, items: Int32Array, r: Float64Array, k: number, lambda: number): number {
  let loss = 0;
  for (let t = 0; t < r.length; t++) {
    const e = r[t] - predict(U, V, bu, bi, mu, users[t], items[t], k);
    loss += e * e;
  }
  let reg = 0;
  for (let j = 0; j < U.length; j++) reg += U[j] * U[j];
  for (let j = 0; j < V.length; j++) reg += V[j] * V[j];
  for (const b of bu) reg += b * b;
  for (const b of bi) reg += b * b;
  return loss / r.length + lambda * reg;
}

/** the same loss written with map/reduce, destructuring and closures */
export function mfLossFunctional(U: Float64Array, V: Float64Array, bu: Float64Array, bi: Float64Array, mu: number,
  users: Int32Array, items: Int32Array, r: Float64Array, k: number, lambda: number): number {
  const sq = (v: number) => v * v;
  const errs = Array.from(r, (rt, t) => {
    const u = users[t], i = items[t];
    let p = mu + bu[u] + bi[i];
    for (let f = 0; f < k; f++) p += U[u * k + f] * V[i * k + f];
    return sq(rt - p);
  });
  const data = errs.reduce((a, b) => a + b, 0) / r.length;
  const l2 = U.reduce((s, x) => s + x * x, 0) + V.reduce((s, x) => s + x * x, 0)
    + bu.reduce((s, x) => s + x * x, 0) + bi.reduce((s, x) => s + x * x, 0);
  return data + lambda * l2;
}

/** Bayesian personalised ranking: -log sigmoid(x_ui - x_uj), softplus form */
export function bprLoss(U: Float64Array, V: Float64Array, users: Int32Array, pos: Int32Array, neg: Int32Array,
  k: number, lambda: number): number {
  let total = 0;
  for (let t = 0; t < users.length; t++) {
    const u = users[t];
    let diff = 0;
    for (let f = 0; f < k; f++) diff += U[u * k + f] * (V[pos[t] * k + f] - V[neg[t] * k + f]);
    total += softplus(-diff);
  }
  let reg = 0;
  for (const x of U) reg += x * x;
  return total / users.length + 0.5 * lambda * reg;
}

/**
 * logistic implicit-feedback likelihood with a confidence weight per entry, early exit on empty data
 * @domain U [-1, 1] length 8
 * @domain V [-1, 1] length 10
 * @domain users int [0, 3] length 6
 * @domain items int [0, 4] length 6
 * @domain clicked int [0, 1] length 6
 * @domain conf [0.5, 2] length 6
 * @domain k int [2, 2]
 */
export function implicitNll(U: Float64Array, V: Float64Array, users: Int32Array, items: Int32Array,
  clicked: Uint8Array, conf: Float64Array, k: number): number {
  const n = users.length;
  if (n === 0) return 0;
  let nll = 0;
  for (let t = 0; t < n; t++) {
    const s = dot(U.subarray(users[t] * k, (users[t] + 1) * k), V.subarray(items[t] * k, (items[t] + 1) * k));
    const p = sigmoid(s);
    nll -= conf[t] * (clicked[t] ? Math.log(p) : Math.log1p(-p));
  }
  return nll / n;
}

/** all predicted scores U V^T into out (nu x ni) */
export function scoreMatrix(U: Float64Array, V: Float64Array, k: number, out: Float64Array): void {
  const nu = U.length / k, ni = V.length / k;
  for (let u = 0; u < nu; u++) {
    for (let i = 0; i < ni; i++) {
      let s = 0;
      for (let f = 0; f < k; f++) s += U[u * k + f] * V[i * k + f];
      out[u * ni + i] = s;
    }
  }
}

/** soft top-1 hit rate of the held-out item among candidates, with a temperature (softmax of scores) */
export function softHitRate(U: Float64Array, V: Float64Array, k: number, user: number, heldOut: number, tau: number): number {
  const ni = V.length / k;
  const u = U.subarray(user * k, user * k + k);
  const scores: number[] = [];
  for (let i = 0; i < ni; i++) scores.push(dot(u, V.subarray(i * k, i * k + k)) / tau);
  const m = Math.max(...scores);
  const z = scores.map((s) => Math.exp(s - m)).reduce((a, b) => a + b, 0);
  return Math.exp(scores[heldOut] - m) / z;
}
