// Finding: `c.slice(1).map(…)` is refused, and the hint sends the user to a hand-written loop, though the same two
// calls through a local compile and are right.
// Expected: accept the chain as the README says chains (`xs.map(…).reduce(…)`) and `xs.slice(1)` in a declaration are
//   accepted, or a hint naming the form that works: `const tail = c.slice(1); const dc = tail.map(…)`.
// Actual: slice_chain_hint.ts:10:14 - error TSG1008: 'slice' is not an array method tsgrad supports in an expression
//   hint: tsgrad supports .length, element reads and writes, and .fill(v), .push(v) as statements; write a loop
//   (`works` below, the same computation, compiles and is right).

export function chained(c: number[], x: number): number {
  const dc = c.slice(1).map((v, i) => v * (i + 1));
  return dc.reduce((s, v, i) => s + v * x ** i, 0);
}

export function works(c: number[], x: number): number {
  const tail = c.slice(1);
  const dc = tail.map((v, i) => v * (i + 1));
  return dc.reduce((s, v, i) => s + v * x ** i, 0);
}
