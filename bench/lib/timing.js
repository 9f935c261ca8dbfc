/**
 * Timing by interleaved batches in one process: every variant of a case (primal, f_grad,
 * f_vjp, hand-written adjoint) is first warmed up and sized so that one batch takes about
 * `batchMs`; then `rounds` rounds each run one batch of every variant, in an order that
 * alternates from round to round, so that drift (frequency, GC, other load) reaches all
 * variants alike. The result per variant is the median over rounds of the time per call.
 * With `node --expose-gc`, a young-generation collection runs before every batch (untimed), so
 * that the garbage one variant leaves is not collected on the next one's time (a full collection
 * would also age, and eventually flush, the code of the variants not run since).
 */

/** Keeps results observable so that the JIT cannot drop the calls. */
let sink = 0;
export function consume() {
  return sink;
}

const collect = typeof globalThis.gc === 'function' ? () => globalThis.gc({ type: 'minor' }) : () => {};

function runBatch(fn, iterations) {
  collect();
  const start = process.hrtime.bigint();
  let acc = 0;
  for (let i = 0; i < iterations; i++) acc += fn();
  const ns = Number(process.hrtime.bigint() - start);
  sink += acc === acc ? 0 : 1; // reads acc (NaN-safe) without perturbing sink's scale
  return ns / 1e6;
}

/** How many calls make a batch of about `batchMs` (at least 1). */
function calibrate(fn, batchMs) {
  let n = 1;
  for (;;) {
    const ms = runBatch(fn, n);
    if (ms >= batchMs / 4 || n >= 1 << 24) return Math.max(1, Math.round((n * batchMs) / Math.max(ms, 1e-3)));
    n *= 2;
  }
}

/** `() => f(a0, a1, …)` with the arguments fixed, calling f with its exact arity (no spread). */
export function fixArgs(f, args) {
  const names = args.map((_, i) => `a${i}`);
  return new Function('f', ...names, `return () => f(${names.join(', ')});`)(f, ...args);
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * `variants`: { name: () => number }. Returns { name: { ms (median per call), iterations,
 * samples (per-call ms of each round), spread ((q3 − q1) / median) } }.
 */
export function measure(variants, { rounds = 15, batchMs = 25, warmupMs = 150 } = {}) {
  const names = Object.keys(variants);
  // warm-up: run each variant for a while so that the optimizing tier has compiled it
  for (const name of names) {
    const fn = variants[name];
    const until = performance.now() + warmupMs;
    let n = 1;
    while (performance.now() < until) {
      runBatch(fn, n);
      n = Math.min(n * 2, 1 << 16);
    }
  }
  const iterations = Object.fromEntries(names.map((name) => [name, calibrate(variants[name], batchMs)]));
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    // forward order on even rounds, reverse on odd ones, rotated so each variant also leads
    const rotated = names.map((_, i) => names[(i + r) % names.length]);
    const order = r % 2 === 0 ? rotated : rotated.reverse();
    for (const name of order) samples[name].push(runBatch(variants[name], iterations[name]) / iterations[name]);
  }
  const out = {};
  for (const name of names) {
    const s = [...samples[name]].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.round(p * (s.length - 1)))];
    const ms = median(s);
    out[name] = { ms, iterations: iterations[name], samples: samples[name], spread: (q(0.75) - q(0.25)) / ms };
  }
  return out;
}
