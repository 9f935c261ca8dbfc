// trial50 finding (performance): a loop with a data-dependent exit (NR's gser: a series summed until the term is
// below EPS of the sum, at most ITMAX terms) checks the tape's capacity at every iteration,
// `if (top + 3 > stack.length) stack = tape.reserve(top, 3);`, before its pushes.
// Expected: the check once before the loop where a bound is known (here ITMAX = 200 terms, 3 doubles each), or
// otherwise not costing more than the pushes themselves.
// Actual: the check is inside the loop of series_vjp (run.mjs looks for it in the generated text). Measured on
// specfun.gammp (perf/bench_split.mjs, perf/split.ts, three runs at load 2-5.5): f 97-114 ns, the generated gammp_vjp
// 570-599 ns (5.3-6.0x), the same code with its 8 capacity checks removed 211-249 ns (2.1-2.2x), one reserve of
// 512 doubles where the function starts instead 221 ns; the forward sweep alone (cut after it) 482-524 ns, so
// the checks cost in the forward sweep. chiSquareTail 4.4-5.0x -> 2.3-2.7x, methodInCondition 4.4-5.2x -> 2.9x.
// This file alone (perf/bench_series.mjs, two runs): f 23 ns, series_vjp 139-140 ns (6.0x), without the check 98-100 ns
// (4.2-4.4x).
const EPS = 3e-12;
const ITMAX = 200;

export function series(a: number, x: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let n = 1; n <= ITMAX; n++) {
    ++ap;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x));
}
