// Finding (message): a local list of tuples, destructured in for…of, is refused with a generic message.
// `const pairs: [number, [number, number]][] = [[0, [a, b]], …]; for (const [k, [p, q]] of pairs)` is TSG1002
// "'[w[0], x[0]]' is not supported in a differentiated function", hint "differentiated functions use numbers, arrays
// of numbers, Math, loops, …": it names an inner literal, not what is unsupported (an array of arrays / tuples),
// and gives no form to write. Expected (as for number[][] parameters, TSG1003): say that arrays of arrays are not
// read, and hint one flat array per component. (trial42 lang.nestedPairs)
// Run: npx tsgrad compile trial42/repro/nested_tuple_list.ts
export function weightedPairs(w: Float64Array, x: Float64Array): number {
  let s = 0;
  const pairs: [number, [number, number]][] = [[0, [w[0], x[0]]], [1, [w[1], x[1]]]];
  for (const [k, [a, b]] of pairs) s += (k + 1) * a * b;
  return s;
}
