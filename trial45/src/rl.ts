// Reinforcement learning: policy-gradient and value losses over trajectory arrays.

/** log pi(a | s) of a linear softmax policy: logits = W s, W row-major nActions x nFeat. */
export function softmaxLogProb(w: Float64Array, state: Float64Array, action: number, nActions: number): number {
  const nFeat = state.length;
  let maxLogit = -Infinity;
  const logits = new Float64Array(nActions);
  for (let a = 0; a < nActions; a++) {
    let z = 0;
    for (let j = 0; j < nFeat; j++) z += w[a * nFeat + j] * state[j];
    logits[a] = z;
    if (z > maxLogit) maxLogit = z;
  }
  let sum = 0;
  for (let a = 0; a < nActions; a++) sum += Math.exp(logits[a] - maxLogit);
  return logits[action] - maxLogit - Math.log(sum);
}

/** PPO's clipped surrogate (to be maximised), averaged over a batch of log-prob ratios. */
export function ppoClipped(newLogp: Float64Array, oldLogp: Float64Array, adv: Float64Array, eps = 0.2): number {
  let total = 0;
  for (let t = 0; t < adv.length; t++) {
    const ratio = Math.exp(newLogp[t] - oldLogp[t]);
    const clipped = Math.min(Math.max(ratio, 1 - eps), 1 + eps);
    total += Math.min(ratio * adv[t], clipped * adv[t]);
  }
  return -total / adv.length;
}

/** TD(lambda) returns computed backwards, then a squared error of the value estimates against them. */
export function tdLambdaLoss(values: Float64Array, rewards: Float64Array, gamma: number, lambda: number): number {
  const T = rewards.length;
  let g = values[T]; // bootstrap from the last state's value
  let loss = 0;
  for (let t = T - 1; t >= 0; t--) {
    g = rewards[t] + gamma * ((1 - lambda) * values[t + 1] + lambda * g);
    const err = g - values[t];
    loss += 0.5 * err * err;
  }
  return loss / T;
}

/** Generalised advantage estimation over a trajectory with episode ends, then the policy loss -sum(logp * A). */
export function gaePolicyLoss(logp: Float64Array, values: Float64Array, rewards: Float64Array, dones: Uint8Array, gamma: number, lam: number): number {
  const T = rewards.length;
  const adv = new Float64Array(T);
  let running = 0;
  for (let t = T - 1; t >= 0; t--) {
    const notDone = dones[t] ? 0 : 1;
    const delta = rewards[t] + gamma * values[t + 1] * notDone - values[t];
    running = delta + gamma * lam * notDone * running;
    adv[t] = running;
  }
  // normalised advantages, as most PPO code does
  let mean = 0;
  for (let t = 0; t < T; t++) mean += adv[t];
  mean /= T;
  let v = 0;
  for (let t = 0; t < T; t++) v += (adv[t] - mean) ** 2;
  const sd = Math.sqrt(v / T) + 1e-8;
  let loss = 0;
  for (let t = 0; t < T; t++) loss -= logp[t] * ((adv[t] - mean) / sd);
  return loss / T;
}

/** Entropy of a softmax over logits, with temperature. */
export function policyEntropy(logits: number[], temperature: number): number {
  const scaled = logits.map((z) => z / temperature);
  const m = Math.max(...scaled);
  const exps = scaled.map((z) => Math.exp(z - m));
  const total = exps.reduce((s, e) => s + e, 0);
  let h = 0;
  for (const e of exps) {
    const p = e / total;
    h -= p * Math.log(p);
  }
  return h;
}

/** DQN loss: Huber of the TD error with a max over next-state Q values. */
export function dqnHuber(q: Float64Array, qNext: Float64Array, actions: Int32Array, rewards: Float64Array, gamma: number, nA: number): number {
  let loss = 0;
  const B = rewards.length;
  for (let b = 0; b < B; b++) {
    let best = qNext[b * nA];
    for (let a = 1; a < nA; a++) best = Math.max(best, qNext[b * nA + a]);
    const td = rewards[b] + gamma * best - q[b * nA + actions[b]];
    const ad = Math.abs(td);
    loss += ad <= 1 ? 0.5 * td * td : ad - 0.5;
  }
  return loss / B;
}

/** Soft (entropy-regularised) value iteration on a small chain MDP, fixed sweeps: value of state 0. */
export function softValueIteration(reward: Float64Array, gamma: number, alpha: number, sweeps: number): number {
  const n = reward.length;
  let v = new Float64Array(n);
  for (let k = 0; k < sweeps; k++) {
    const next = new Float64Array(n);
    for (let s = 0; s < n; s++) {
      const left = s > 0 ? s - 1 : 0;
      const right = s < n - 1 ? s + 1 : n - 1;
      const qL = reward[s] + gamma * v[left];
      const qR = reward[s] + gamma * v[right];
      const m = Math.max(qL, qR);
      next[s] = m + alpha * Math.log(Math.exp((qL - m) / alpha) + Math.exp((qR - m) / alpha));
    }
    v = next;
  }
  return v[0];
}
