// Finding: `tsgrad check` has no time limit per function and prints nothing until the end. A function that does not
// terminate at some point of the default domain (here: a damped Newton with a backtracking `while` that never ends
// when lo >= hi, as lp.ts barrier1dValue did before I gave it @domain tags) hangs the whole check: in trial38, over the
// 9 modules at once, it ran for more than 10 minutes with no output (the table is printed at the end), and the other
// 60 functions got no verdict. Expected: a per-function time limit (say 10 s) reported as "timed out at (lo = …, hi = …)"
// with the request for @domain tags it gives for NaN, or the table printed row by row.
// Run: timeout 60 node dist/cli/main.js check trial38/repro/check_hangs.ts   (exit 124: killed after 60 s)
export function boxNewton(c: number, lo: number, hi: number): number {
  let x = 0.5 * (lo + hi);
  for (let it = 0; it < 20; it++) {
    let step = (c - 0.1 / (x - lo) + 0.1 / (hi - x)) / (0.1 / (x - lo) ** 2 + 0.1 / (hi - x) ** 2);
    while (x - step <= lo || x - step >= hi) step *= 0.5;
    x -= step;
  }
  return c * x;
}
