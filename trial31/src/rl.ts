// Small tabular MDPs: softmax policies, exact policy evaluation, soft value iteration.

/** Softmax over a row of logits, written into out. */
function softmaxRow(theta: ArrayLike<number>, offset: number, n: number, out: Float64Array): void {
  let m = -Infinity;
  for (let a = 0; a < n; a++) m = Math.max(m, theta[offset + a]);
  let z = 0;
  for (let a = 0; a < n; a++) {
    out[a] = Math.exp(theta[offset + a] - m);
    z += out[a];
  }
  for (let a = 0; a < n; a++) out[a] /= z;
}

/**
 * Expected discounted return of a softmax policy (logits S × A) on an MDP with transitions
 * P (S × A × S) and rewards R (S × A), from the start distribution mu, by iterating the Bellman equation.
 * @domain theta [-1, 1] length 6
 * @domain P (0, 0.3) length 18
 * @domain R [-1, 1] length 6
 * @domain mu [0, 1] length 3
 */
export function policyReturn(theta: Float64Array, P: Float64Array, R: Float64Array, mu: Float64Array, gamma = 0.9, iters = 60): number {
  const S = mu.length;
  const A = theta.length / S;
  const pi = new Float64Array(S * A);
  const row = new Float64Array(A);
  for (let s = 0; s < S; s++) {
    softmaxRow(theta, s * A, A, row);
    pi.set(row, s * A);
  }
  let V = new Float64Array(S);
  for (let it = 0; it < iters; it++) {
    const nv = new Float64Array(S);
    for (let s = 0; s < S; s++) {
      let acc = 0;
      for (let a = 0; a < A; a++) {
        let q = R[s * A + a];
        for (let s2 = 0; s2 < S; s2++) q += gamma * P[(s * A + a) * S + s2] * V[s2];
        acc += pi[s * A + a] * q;
      }
      nv[s] = acc;
    }
    V = nv;
  }
  let J = 0;
  for (let s = 0; s < S; s++) J += mu[s] * V[s];
  return J;
}

/** Soft (entropy-regularised) value iteration: V(s) = τ log Σ_a exp(Q(s,a)/τ); returns V at state 0.
 * @domain R [-1, 1] length 6
 * @domain P (0, 0.3) length 18
 * @domain S int [3, 3]
 */
export function softValue(R: Float64Array, P: Float64Array, S: number, tau = 0.5, gamma = 0.9, iters = 50): number {
  const A = R.length / S;
  const V = new Float64Array(S);
  const Q = new Float64Array(A);
  const nv = new Float64Array(S);
  for (let it = 0; it < iters; it++) {
    for (let s = 0; s < S; s++) {
      let m = -Infinity;
      for (let a = 0; a < A; a++) {
        let q = R[s * A + a];
        for (let s2 = 0; s2 < S; s2++) q += gamma * P[(s * A + a) * S + s2] * V[s2];
        Q[a] = q;
        if (q > m) m = q;
      }
      let z = 0;
      for (const q of Q) z += Math.exp((q - m) / tau);
      nv[s] = m + tau * Math.log(z);
    }
    V.set(nv);
  }
  return V[0];
}

/** Expected reward of a softmax bandit policy plus an entropy bonus. */
export function banditObjective(logits: number[], rewards: readonly number[], entropyWeight = 0.1): number {
  const m = Math.max(...logits);
  const ex = logits.map((l) => Math.exp(l - m));
  const z = ex.reduce((a, b) => a + b, 0);
  let value = 0;
  let entropy = 0;
  for (let a = 0; a < logits.length; a++) {
    const p = ex[a] / z;
    value += p * rewards[a];
    entropy -= p * Math.log(p);
  }
  return value + entropyWeight * entropy;
}

/** REINFORCE surrogate for a fixed batch of (action, return) pairs with a mean baseline.
 * @domain logits [-1, 1] length 4
 * @domain actions int [0, 3] length 10
 * @domain returns [-1, 1] length 10
 */
export function reinforceSurrogate(logits: Float64Array, actions: Int32Array, returns: Float64Array): number {
  const A = logits.length;
  const m = Math.max(...logits);
  let z = 0;
  for (let a = 0; a < A; a++) z += Math.exp(logits[a] - m);
  const logZ = m + Math.log(z);
  let baseline = 0;
  for (const g of returns) baseline += g / returns.length;
  let obj = 0;
  for (let i = 0; i < actions.length; i++) obj += (logits[actions[i]] - logZ) * (returns[i] - baseline);
  return obj / actions.length;
}

/** TD(0) squared error of a linear value function over a trajectory of feature vectors (T × d).
 * @domain w [-1, 1] length 3
 * @domain feats [-1, 1] length 24
 * @domain rewards [-1, 1] length 8
 */
export function tdError(w: Float64Array, feats: Float64Array, rewards: Float64Array, gamma = 0.95): number {
  const d = w.length;
  const T = rewards.length;
  const value = (t: number): number => {
    let v = 0;
    for (let j = 0; j < d; j++) v += w[j] * feats[t * d + j];
    return v;
  };
  let loss = 0;
  for (let t = 0; t + 1 < T; t++) {
    const delta = rewards[t] + gamma * value(t + 1) - value(t);
    loss += 0.5 * delta * delta;
  }
  return loss;
}

/** Generalised advantage estimation summed over a trajectory, backward recursion over a scratch array. */
export function gaeSum(values: Float64Array, rewards: Float64Array, gamma = 0.99, lambda = 0.95): number {
  const T = rewards.length;
  const adv = new Float64Array(T);
  let next = 0;
  for (let t = T - 1; t >= 0; t--) {
    const vNext = t + 1 < T ? values[t + 1] : 0;
    const delta = rewards[t] + gamma * vNext - values[t];
    next = delta + gamma * lambda * next;
    adv[t] = next;
  }
  let s = 0;
  for (const a of adv) s += a * a;
  return s;
}
