/**
 * What every case checks before it is timed: the generated gradient against central finite
 * differences on a few coordinates of every differentiated parameter, f_grad's value against
 * the primal (bit for bit), f_vjp's accumulation against f_grad, and the hand-written adjoint
 * (where there is one) against tsgrad's gradient. And the tape traffic of one call.
 */
import { Revolve, tape } from './runtime.js';

/** Mulberry32: a small seeded generator, so that every run draws the same inputs. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An array of `n` entries uniform in [lo, hi). */
export function uniform(random, n, lo = -1, hi = 1) {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = lo + (hi - lo) * random();
  return a;
}

/** A zeroed adjoint of the same shape as a gradient object. */
export function zerosLike(grad) {
  const adj = {};
  for (const [k, v] of Object.entries(grad)) adj[k] = typeof v === 'number' ? 0 : new Float64Array(v.length);
  return adj;
}

/**
 * A function that zeroes `adj` in place, as a careful caller who knows its keys and sizes writes
 * it: `adj.x = 0`, a short array by an indexed loop, a long one by `fill(0)`. It is compiled per
 * `adj` (as the bench's callers are): one closure shared by every case loops over the keys with
 * `adj[k] = 0`, a keyed store whose inline cache had seen every case's map, and cost 40-90 ns
 * a call (issue 13, perf45), more than the primal and the gradient of a scalar function.
 * `fill(0)` costs 50-60 ns however short the array (a builtin call); a loop ~2 ns an element
 * (perf60, one process per size, load 5: 3 elements 13 ns against 50, 16 27 against 62, 32 38
 * against 58, 64 113 against 76, 1000 1042 against 102; a fresh `new Float64Array(16)` 480 ns, a
 * pooled view 104): hence loops up to 32 elements.
 */
export function zeroer(adj) {
  const lines = Object.keys(adj).map((k, i) => {
    const key = JSON.stringify(k);
    if (typeof adj[k] === 'number') return `adj[${key}] = 0;`;
    if (adj[k].length > 32) return `adj[${key}].fill(0);`;
    return `const a${i} = adj[${key}];\nfor (let i = 0; i < ${adj[k].length}; i++) a${i}[i] = 0;`;
  });
  return new Function('adj', `return () => {\n${lines.join('\n')}\n};`)(adj);
}

/**
 * Central differences of `f(...args)` along a few coordinates of each parameter named in
 * `grad` (whose entries are tsgrad's gradient). Parameters listed in `skip` (integer sizes,
 * labels) are left out. `step` replaces the step 1e-6·max(1, |x|) (for a function that is
 * smooth only on a smaller scale than that). Returns the failures and the worst error seen.
 */
export function finiteDifferenceCheck(f, args, paramNames, grad, { coords = 3, seed = 7, skip = [], rel = 1e-5, step } = {}) {
  const random = rng(seed);
  const f0 = f(...args);
  const failures = [];
  let worst = 0;
  paramNames.forEach((name, p) => {
    if (!(name in grad) || skip.includes(name)) return;
    const g = grad[name];
    const probe = (get, set, gi, where) => {
      const x0 = get();
      const h = step ?? 1e-6 * Math.max(1, Math.abs(x0));
      set(x0 + h);
      const fp = f(...args);
      set(x0 - h);
      const fm = f(...args);
      set(x0);
      const fd = (fp - fm) / (2 * h);
      // truncation O(h²) and rounding O(ε|f|/h) of the difference, plus a relative margin
      const err = Math.abs(fd - gi);
      const tol = rel * (Math.abs(fd) + Math.abs(gi)) + (1e-15 * Math.max(1, Math.abs(f0))) / h * 50;
      worst = Math.max(worst, err / Math.max(tol, 1e-300));
      if (!(err <= tol)) failures.push(`${where}: tsgrad ${gi}, finite difference ${fd}`);
    };
    if (typeof g === 'number') {
      probe(() => args[p], (v) => { args[p] = v; }, g, name);
    } else {
      const a = args[p];
      const picks = new Set([0, a.length - 1]);
      while (picks.size < Math.min(a.length, coords + 2)) picks.add(Math.floor(random() * a.length));
      for (const i of picks) probe(() => a[i], (v) => { a[i] = v; }, g[i], `${name}[${i}]`);
    }
  });
  return { failures, worst };
}

/**
 * The largest relative difference between two gradient objects over the keys of `b`, each
 * entry scaled by its own size with a floor of 1e-12 of its array's largest entry (so that
 * entries which cancel to nearly zero do not blow up the ratio).
 */
export function gradientDifference(a, b, keys = Object.keys(b)) {
  let worst = 0;
  let where = '';
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (x === undefined) return { worst: Infinity, where: `${k} missing` };
    if (typeof y === 'number') {
      const d = Math.abs(x - y) / Math.max(Math.abs(x) + Math.abs(y), 1e-300);
      if (x !== y && d > worst) { worst = d; where = k; }
      continue;
    }
    let scale = 0;
    for (let i = 0; i < y.length; i++) scale = Math.max(scale, Math.abs(y[i]));
    for (let i = 0; i < y.length; i++) {
      if (x[i] === y[i]) continue;
      const d = Math.abs(x[i] - y[i]) / Math.max(Math.abs(x[i]) + Math.abs(y[i]), 1e-12 * scale, 1e-300);
      if (!(d <= worst)) { worst = d; where = `${k}[${i}]`; }
    }
  }
  return { worst, where };
}

/** Fill value for the unused part of the tape's buffer: a pushed value is never exactly this. */
const VALUE_MARK = -1.2345678901234567e-300;

/**
 * The largest depth one `call` reaches on the shared tape's value stack (doubles: values,
 * decisions and trip counts alike), and the bytes that maximum occupies (8 per entry).
 * Generated code keeps the stack's top in a local and writes it back only around calls, so
 * the depth is read off the buffer: the call first runs until the buffer no longer grows, the
 * unused part is filled with a mark, the call runs again, and the highest entry no longer
 * holding the mark is the maximum depth. (Wrapping the tape's methods in counting functions
 * would also miss the pushes generated code makes without them.)
 */
export function tapeUse(call) {
  const t = tape;
  let capacity;
  do {
    capacity = t.capacityBytes;
    call();
  } while (t.capacityBytes !== capacity);
  const { values } = t;
  if (!(values instanceof Float64Array)) {
    return { values: NaN, bytes: NaN, balanced: true, note: 'tape internals changed: not measured' };
  }
  const before = t.depth;
  values.fill(VALUE_MARK, before.values);
  call();
  const after = t.depth;
  let v = values.length;
  while (v > before.values && values[v - 1] === VALUE_MARK) v--;
  const balanced = before.values === after.values && before.refs === after.refs;
  const maxValues = v - before.values;
  return { values: maxValues, bytes: maxValues * 8, balanced };
}

/**
 * The most bytes checkpointed loops' schedules hold during one `call` (their snapshots, the
 * snapshots' tangents for f_hvp, and their frames: runtime/revolve.ts, `Revolve.memory`): the
 * memory a checkpointed gradient keeps beside its tape. 0 without a checkpointed loop.
 */
export function snapshotUse(call) {
  const before = Revolve.memory().inUse;
  Revolve.resetPeak();
  call();
  return { bytes: Revolve.memory().peak - before };
}
