// Finding 5 (hint that changes the program): an argsort, an index array sorted by a key array.
// Expected: a hint with the form that works, sorting [value, index] tuples by their first number
//   (pairs.sort((p, q) => q[0] - p[0]), which tsgrad compiles), or the argsort compiled (the indices are integers).
// Actual: TSG1008 "'sort' with the comparator '(a, b) => scores[b] - scores[a]' is not a sort tsgrad differentiates",
//   hint "sort with (a, b) => a - b (ascending) or (a, b) => b - a (descending)": that sorts the indices themselves
//   and turns the ranking into the identity. (contrast.ts lambdaRankLoss was written this way first.)
export function dcg(scores: Float64Array): number {
  const order = Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => scores[b] - scores[a]);
  let s = 0;
  order.forEach((doc, pos) => {
    s += scores[doc] / Math.log2(pos + 2);
  });
  return s;
}
