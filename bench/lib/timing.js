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

/**
 * Runs `fn` `iterations` times after a minor collection and returns the milliseconds taken. A
 * variant may also be an object whose `batch(iterations)` and `slice(size, sliceMs)` do this
 * elsewhere (bench/peers/: a peer library in a worker thread, timed in its own isolate).
 */
export function runBatch(fn, iterations) {
  if (typeof fn !== 'function') return fn.batch(iterations);
  collect();
  const start = process.hrtime.bigint();
  let acc = 0;
  for (let i = 0; i < iterations; i++) acc += fn();
  const ns = Number(process.hrtime.bigint() - start);
  sink += acc === acc ? 0 : 1; // reads acc (NaN-safe) without perturbing sink's scale
  return ns / 1e6;
}

/** Calls `fn` in batches of `size` for about `sliceMs` (no collection before each, as in runBatch); the milliseconds per call. */
export function warmSlice(fn, size, sliceMs) {
  const t0 = performance.now();
  let calls = 0;
  let acc = 0;
  do {
    for (let i = 0; i < size; i++) acc += fn();
    calls += size;
  } while (performance.now() - t0 < sliceMs);
  sink += acc === acc ? 0 : 1;
  return (performance.now() - t0) / calls;
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
 * samples (per-call ms of each round), spread ((q3 − q1) / median) } }; `about`, if given,
 * receives warmupMs, the length of the warm-up.
 *
 * Warm-up (issue 13, perf25b): the variants run in turn, a slice of about `sliceMs` each, for
 * at least `warmupMs` per variant and then until no variant's fastest slice has improved by 10%
 * for `settleMs` (at most `maxWarmupMs` in all). In turn, because variants share functions
 * (f_grad calls f_vjp with its own `adj` object, the vjp variant with the bench's, of another
 * map): warmed one after the other for a fixed 150 ms each, f_vjp was compiled for f_grad's
 * `adj` alone and thrown away ("deopt-eager, reason: wrong map") when the vjp variant began.
 * Until settled, because TurboFan takes 20-100 ms to compile a large generated function under
 * load and a deoptimisation starts that over: rounds timed before it measured unoptimised
 * code (rnn-rebind's best ratio ranged 1.61x-5.00x over 5 processes of the same commit).
 */
export function measure(variants, { rounds = 15, batchMs = 25, warmupMs = 150, settleMs = 300, maxWarmupMs = 5000, sliceMs = 5, about } = {}) {
  const names = Object.keys(variants);
  const start = performance.now();
  const minimum = start + warmupMs * names.length;
  const maximum = start + Math.max(maxWarmupMs, warmupMs * names.length);
  const size = Object.fromEntries(names.map((name) => [name, 1]));
  const fastest = Object.fromEntries(names.map((name) => [name, Infinity]));
  let improved = start;
  for (;;) {
    for (const name of names) {
      const fn = variants[name];
      const perCall = typeof fn === 'function' ? warmSlice(fn, size[name], sliceMs) : fn.slice(size[name], sliceMs);
      // (a batch of at most a fifth of the slice, so that a slice holds several)
      if (perCall * size[name] * 2 <= sliceMs / 5) size[name] *= 2;
      else if (size[name] > 1 && perCall * size[name] > sliceMs / 5) size[name] >>= 1;
      if (perCall < 0.9 * fastest[name]) improved = performance.now();
      fastest[name] = Math.min(fastest[name], perCall);
    }
    const now = performance.now();
    if (now >= maximum || (now >= minimum && now - improved >= settleMs)) break;
  }
  if (about) about.warmupMs = performance.now() - start;
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
