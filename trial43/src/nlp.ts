// NLP-like losses: hashed n-gram features, label smoothing, embeddings.

const TEXT = 'the quick brown fox jumps over the lazy dog';

/** Character trigram hashing embedding of a fixed sentence, then a logistic loss on its weights. */
export function ngramLogistic(w: Float64Array, bias: number, label: number): number {
  const buckets = w.length;
  let z = bias;
  for (let i = 0; i + 3 <= TEXT.length; i++) {
    let h = 2166136261;
    for (let j = i; j < i + 3; j++) h = Math.imul(h ^ TEXT.charCodeAt(j), 16777619);
    z += w[(h >>> 0) % buckets];
  }
  const p = 1 / (1 + Math.exp(-z));
  return -(label * Math.log(p) + (1 - label) * Math.log(1 - p));
}

/** Softmax cross-entropy over a vocabulary with label smoothing eps. */
export function smoothedCrossEntropy(logits: Float64Array, target: number, eps: number): number {
  const v = logits.length;
  let mx = -Infinity;
  for (let i = 0; i < v; i++) mx = Math.max(mx, logits[i]);
  let z = 0;
  for (let i = 0; i < v; i++) z += Math.exp(logits[i] - mx);
  const logZ = mx + Math.log(z);
  let loss = 0;
  for (let i = 0; i < v; i++) {
    const q = i === target ? 1 - eps + eps / v : eps / v;
    loss -= q * (logits[i] - logZ);
  }
  return loss;
}

/** Mean of word embeddings looked up by token ids; cosine similarity to a query vector. */
export function bagCosine(emb: Float64Array, dim: number, tokens: Int32Array, query: Float64Array): number {
  const mean = new Float64Array(dim);
  for (const t of tokens) for (let d = 0; d < dim; d++) mean[d] += emb[t * dim + d] / tokens.length;
  let dot = 0, nm = 0, nq = 0;
  for (let d = 0; d < dim; d++) {
    dot += mean[d] * query[d];
    nm += mean[d] * mean[d];
    nq += query[d] * query[d];
  }
  return dot / Math.sqrt(nm * nq);
}

/** Skip-gram with negative sampling: one centre word, positive and negative context ids. */
export function skipGramNeg(inVec: Float64Array, outVecs: Float64Array, dim: number, pos: Int32Array, neg: Int32Array): number {
  const logSig = (x: number) => -Math.log1p(Math.exp(-x));
  let loss = 0;
  for (const c of pos) {
    let s = 0;
    for (let d = 0; d < dim; d++) s += inVec[d] * outVecs[c * dim + d];
    loss -= logSig(s);
  }
  for (const c of neg) {
    let s = 0;
    for (let d = 0; d < dim; d++) s += inVec[d] * outVecs[c * dim + d];
    loss -= logSig(-s);
  }
  return loss;
}

/** Bigram language model perplexity over a token sequence, transition logits row-softmaxed. */
export function bigramPerplexity(logits: Float64Array, vocab: number, seq: Int32Array): number {
  let nll = 0;
  for (let t = 1; t < seq.length; t++) {
    const prev = seq[t - 1];
    let z = 0;
    for (let j = 0; j < vocab; j++) z += Math.exp(logits[prev * vocab + j]);
    nll -= logits[prev * vocab + seq[t]] - Math.log(z);
  }
  return Math.exp(nll / (seq.length - 1));
}

/** Temperature-scaled distillation loss: KL(teacher_T || student_T) times T². */
export function distillKl(student: Float64Array, teacher: Float64Array, temperature: number): number {
  const n = student.length;
  const lse = (a: Float64Array) => {
    let m = -Infinity;
    for (let i = 0; i < n; i++) m = Math.max(m, a[i] / temperature);
    let s = 0;
    for (let i = 0; i < n; i++) s += Math.exp(a[i] / temperature - m);
    return m + Math.log(s);
  };
  const zs = lse(student), zt = lse(teacher);
  let kl = 0;
  for (let i = 0; i < n; i++) {
    const lt = teacher[i] / temperature - zt;
    const ls = student[i] / temperature - zs;
    kl += Math.exp(lt) * (lt - ls);
  }
  return kl * temperature * temperature;
}
