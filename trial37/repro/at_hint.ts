// xs.at(-1), the modern way to read the last element, is refused (fair), but the hint says "write a loop".
// Expected: a hint that names the element read that works: run[run.length - 1] (which compiles and differentiates: src/edge.ts atLast).
// Actual: "error TSG1008: 'at' is not an array method tsgrad supports in an expression"
//   hint: tsgrad supports .length, element reads and writes, and .fill(v), .push(v) as statements; write a loop
// run: node dist/cli/main.js compile trial37/repro/at_hint.ts --out-dir /tmp/trial37/repro
export function lastTimesFirst(xs: Float64Array, k: number): number {
  const run: number[] = [];
  let acc = 0;
  for (const v of xs) {
    acc = k * acc + v;
    run.push(acc);
  }
  return run.at(-1)! * run.at(0)!;
}
