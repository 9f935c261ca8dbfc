// trial50 perf: repro/loop_reserve_check.ts without its header (the primal of perf/series_check.ts)
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
