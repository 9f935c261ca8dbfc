// Machine-learning pieces not covered before: metric learning, ranking, factorization machines, an optimizer.

function sqDist(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return s;
}

function softplus(x: number): number {
  return x > 20 ? x : Math.log1p(Math.exp(x));
}

/** Triplet loss with a soft margin over a batch of (anchor, positive, negative) embeddings packed flat. */
export function tripletLoss(emb: Float64Array, dim: number, margin = 0.2, soft = false): number {
  const nT = emb.length / (3 * dim);
  let loss = 0;
  for (let t = 0; t < nT; t++) {
    const o = 3 * dim * t;
    const a = emb.subarray(o, o + dim), p = emb.subarray(o + dim, o + 2 * dim), n = emb.subarray(o + 2 * dim, o + 3 * dim);
    const z = sqDist(a, p) - sqDist(a, n) + margin;
    loss += soft ? softplus(z) : Math.max(0, z);
  }
  return loss / nT;
}

/** InfoNCE: query against keys (row-major), the positive is key 0; cosine similarity over temperature. */
export function infoNCE(q: Float64Array, keys: Float64Array, tau = 0.1): number {
  const d = q.length;
  const m = keys.length / d;
  const qn = Math.hypot(...q);
  const logits = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const k = keys.subarray(j * d, (j + 1) * d);
    let dot = 0;
    for (let i = 0; i < d; i++) dot += q[i] * k[i];
    logits[j] = dot / (qn * Math.hypot(...k) * tau);
  }
  const mx = Math.max(...logits);
  let s = 0;
  for (const l of logits) s += Math.exp(l - mx);
  return mx + Math.log(s) - logits[0];
}

/** Label-smoothed cross-entropy over logits for class y. */
export function smoothCE(logits: Float64Array, y: number, eps = 0.1): number {
  const K = logits.length;
  let mx = -Infinity;
  for (const v of logits) if (v > mx) mx = v;
  let z = 0;
  for (const v of logits) z += Math.exp(v - mx);
  const lse = mx + Math.log(z);
  let loss = 0;
  for (let k = 0; k < K; k++) {
    const target = k === y ? 1 - eps + eps / K : eps / K;
    loss -= target * (logits[k] - lse);
  }
  return loss;
}

/** Factorization machine prediction with the O(nk) identity; V is n x k row-major. */
export function fmPredict(w0: number, w: Float64Array, V: Float64Array, x: Float64Array): number {
  const n = x.length;
  const k = V.length / n;
  let y = w0;
  for (let i = 0; i < n; i++) y += w[i] * x[i];
  for (let f = 0; f < k; f++) {
    let s = 0, s2 = 0;
    for (let i = 0; i < n; i++) {
      const v = V[i * k + f] * x[i];
      s += v;
      s2 += v * v;
    }
    y += 0.5 * (s * s - s2);
  }
  return y;
}

/** RankNet pairwise loss over scores with relevance labels; skips ties with continue. */
export function rankNet(scores: Float64Array, rel: Int32Array, sigma = 1): number {
  let loss = 0;
  let pairs = 0;
  for (let i = 0; i < scores.length; i++) {
    for (let j = 0; j < scores.length; j++) {
      if (rel[i] <= rel[j]) continue;
      loss += softplus(-sigma * (scores[i] - scores[j]));
      pairs++;
    }
  }
  return pairs > 0 ? loss / pairs : 0;
}

export enum Act { Relu, Tanh, Gelu }

function activate(x: number, act: Act): number {
  switch (act) {
    case Act.Relu: return x > 0 ? x : 0;
    case Act.Tanh: return Math.tanh(x);
    case Act.Gelu: return 0.5 * x * (1 + Math.tanh(0.7978845608 * (x + 0.044715 * x * x * x)));
  }
}

/** One-hidden-layer MLP regression loss; W1 is h x d row-major, scratch hidden buffer. */
export function mlpLoss(W1: Float64Array, b1: Float64Array, w2: Float64Array, b2: number, X: Float64Array, Y: Float64Array, act: Act = Act.Tanh): number {
  const h = b1.length, d = W1.length / h, N = Y.length;
  const hid = new Float64Array(h);
  let loss = 0;
  for (let n = 0; n < N; n++) {
    for (let j = 0; j < h; j++) {
      let z = b1[j];
      for (let i = 0; i < d; i++) z += W1[j * d + i] * X[n * d + i];
      hid[j] = activate(z, act);
    }
    let out = b2;
    for (let j = 0; j < h; j++) out += w2[j] * hid[j];
    loss += (out - Y[n]) ** 2;
  }
  return loss / N;
}

/** One Adam step, in place on w, m, v (void): the update as a differentiable map of (w, g, m, v). */
export function adamStep(w: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array, t: number, lr = 1e-2, b1 = 0.9, b2 = 0.999, eps = 1e-8): void {
  const c1 = 1 - b1 ** t, c2 = 1 - b2 ** t;
  for (let i = 0; i < w.length; i++) {
    m[i] = b1 * m[i] + (1 - b1) * g[i];
    v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
    w[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
  }
}

/** Generic elementwise loss (a generic helper over the array type), mean of a pseudo-Huber. */
function meanOf<T extends ArrayLike<number>>(xs: T, f: (v: number) => number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += f(xs[i]);
  return s / xs.length;
}

export function pseudoHuberMean(r: Float64Array, delta = 1): number {
  return meanOf(r, (v) => delta * delta * (Math.sqrt(1 + (v / delta) ** 2) - 1));
}
