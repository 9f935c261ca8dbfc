// REFUSED (documented: "an initializer other than `[]`"), though the README's own reading of tuples would cover it.
// Expected: `[[0, y0]]` read as [] followed by push([0, y0]) (which works: flow.ts gvfDepthAt).
// Actual:   6:9 error TSG1003: 'profile' is an array of 2-tuples, which tsgrad makes from [] filled by push, not
//           '[[0, y0]]'.
export function lastDepth(y0: number, dy: number): number {
  const profile: [number, number][] = [[0, y0]];
  for (let s = 1; s <= 3; s++) profile.push([s, profile[s - 1][1] + dy * y0]);
  const [, yEnd] = profile[profile.length - 1];
  return yEnd;
}
