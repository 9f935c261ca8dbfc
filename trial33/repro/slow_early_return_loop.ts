// Finding (slow): a loop that returns from inside (first passage of a running sum, as a crop model's
// "days to flowering") has an f_vjp many times f (trial33 agro.ts daysToFlower: 9-89x). The generated forward
// sweep pushes two flags per iteration (the `if` and a `!ret` flag that is only ever set in that branch) and
// measured ~5x f without its reverse sweep; with the pushes removed by hand it ran at ~1x f (scratch/ experiments).
// Expected: f_vjp within ~3x of f. Actual: see slow_run.ts.
export function firstPassage(inc: Float64Array, req: number): number {
  let sum = 0;
  for (let d = 0; d < inc.length; d++) {
    const v = Math.max(0, inc[d]);
    if (sum + v >= req) return d + (req - sum) / v;
    sum += v;
  }
  return inc.length + (req - sum);
}
// the same with break
export function firstPassageBreak(inc: Float64Array, req: number): number {
  let sum = 0;
  let d = 0;
  let out = -1;
  for (; d < inc.length; d++) {
    const v = Math.max(0, inc[d]);
    if (sum + v >= req) { out = d + (req - sum) / v; break; }
    sum += v;
  }
  return out >= 0 ? out : inc.length + (req - sum);
}
// trial33 agro.ts daysToFlower itself: f_vjp 4.3-5.4x f in run.mjs (3 processes), 14x best-of in
// scratch/bench_all.ts, where the generated forward sweep alone took 702 ns against f's 86 ns, and 101 ns with its
// tape pushes deleted by hand (scratch/dtf_v1.ts vs dtf_v5.ts): the three pushes per iteration cost ~8 ns each there.
export function daysToFlower(tmean: Float64Array, daylen: Float64Array, req: number, critical = 12, sens = 0.2): number {
  let sum = 0;
  for (let d = 0; d < tmean.length; d++) {
    const tt = Math.max(0, tmean[d] - 8);
    const pf = Math.max(0, 1 - sens * Math.max(0, critical - daylen[d]));
    const inc = tt * pf;
    if (sum + inc >= req) return d + (req - sum) / inc;
    sum += inc;
  }
  return tmean.length + (req - sum);
}
