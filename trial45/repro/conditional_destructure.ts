// Finding (refused, hint does not fit): destructuring a conditional of two array literals, the usual way to order two
// numbers (`const [hi, lo] = l1 > l2 ? [l1, l2] : [l2, l1]`, colour.contrastRatio), is TSG1007 "array destructuring
// is supported from an array literal, an array of numbers or a call returning one". Each branch is an array
// literal, and the whole is an array of numbers to TypeScript (number[]); the hint ("destructure [x * 2, y], an
// array variable or parameter, or a helper's returned array") names forms the user already believes they wrote.
// Expected: compiled as `const hi = c ? l1 : l2; const lo = c ? l2 : l1` (each element chosen), or that rewrite as the
// hint. Actual: TSG1007 at 10:9 with the hint above.
// Run: node dist/cli/main.js compile trial45/repro/conditional_destructure.ts --out-dir /tmp/trial45/repro
export function contrast(l1: number, l2: number): number {
  const [hi, lo] = l1 > l2 ? [l1, l2] : [l2, l1];
  return (hi + 0.05) / (lo + 0.05);
}
