/**
 * How the bench calls every variant of a case (issue 13, perf60): on a cycle of argument lists,
 * each read from a table per call, and with the whole result read.
 *
 * It used to call each variant through `() => f(a0, a1, …)` with the case's one point fixed in
 * the closure. Those closure slots are never assigned, so V8 treats them as constants: where
 * TurboFan inlines a scalar function into that closure, it folds the arguments into the body
 * (jStat's betacf at the bench's point: 33.7 ns so called, 40.4 ns with the same arguments in
 * slots V8 must treat as assignable, and equal, 41.2 and 41.0, with `--no-turbo-inlining`;
 * gammaln 34 against 51 ns, its f_vjp 39 against 61). A user's call has no constant
 * arguments, so such a primal (and sometimes a gradient) was timed faster than any caller sees.
 */

/** How many points a case is timed on: a cycle where its arguments are small, its one point otherwise. */
export const CYCLE = 64;
const SMALL = 64; // numbers in all arguments together

/** The count of numbers in an argument list (arrays by their length). */
function size(args) {
  return args.reduce((n, a) => n + (typeof a === 'number' ? 1 : a && typeof a.length === 'number' ? a.length : 1), 0);
}

/**
 * The points a case is timed on: its checked point (`make(rng(1))`) first, then, where its
 * arguments hold at most SMALL numbers, CYCLE − 1 more drawn from its domain (its `make`, seeds
 * 1001…), so that per call the inputs vary as a user's do and branches and loop counts follow
 * the domain; a case with large arguments (arrays of 1e3 and more, data files) is timed on its
 * one point, read from the table all the same (as is a case whose `make` draws nothing).
 */
export function pointsOf(c, args, rng) {
  if (size(args) > SMALL) return [args];
  const more = Array.from({ length: CYCLE - 1 }, (_, k) => c.make(rng(1001 + k)));
  // (a case whose inputs are fixed, not drawn: its one point)
  const same = (p) => p.every((a, i) => (typeof a === 'number' ? Object.is(a, args[i]) : a.every?.((x, j) => Object.is(x, args[i][j]))));
  return more.every(same) ? [args] : [args, ...more];
}

/**
 * `() => f(...rows[j])` with j advancing through `rows` on each call; f is called with its exact
 * arity (no spread), its arguments read from the row, not held in the closure.
 */
export function cycleArgs(f, rows) {
  const names = rows[0].map((_, i) => `r[${i}]`);
  return new Function('f', 'rows', `let j = 0;\nreturn () => {\n  const r = rows[j];\n  if (++j === rows.length) j = 0;\n  return f(${names.join(', ')});\n};`)(f, rows);
}

/**
 * A reader of a whole result, shaped as `sample` (a number, or an object of numbers, arrays and
 * such objects): the sum of its numbers and of each array's first element, so that nothing the
 * variant computed is dead to the JIT (f_grad's result objects are allocated where they are
 * returned; a gradient entry nobody reads could be dropped with the work feeding it).
 */
export function readAll(sample) {
  const terms = [];
  const walk = (v, path) => {
    if (typeof v === 'number') terms.push(path);
    else if (ArrayBuffer.isView(v) || Array.isArray(v)) terms.push(`${path}[0]`);
    else for (const k of Object.keys(v)) walk(v[k], `${path}[${JSON.stringify(k)}]`);
  };
  walk(sample, 'r');
  return new Function(`return (r) => ${terms.join(' + ')};`)();
}
