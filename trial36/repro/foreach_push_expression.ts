// REFUSED (should work), misleading message: a push as the expression body of a forEach callback.
// Expected: as `x.forEach((xi, i) => { pairs.push([xi, y[i]]); })` (block body), which works: forEach ignores the
//           callback's result, so the push is a statement.
// Actual:   9:24 error TSG1003: 'pairs.push' is not a use of an array of tuples tsgrad reads, whose hint lists
//           exactly that use, "pairs.push([…])"; with a number[] (flat.push(v)) TSG1008 says push is supported
//           "as statements".
export function pairedDot(x: number[], y: number[]): number {
  const pairs: [number, number][] = [];
  x.forEach((xi, i) => pairs.push([xi, y[i]]));
  let s = 0;
  for (const [a, b] of pairs) s += a * b;
  return s;
}
