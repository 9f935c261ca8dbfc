// Finding (minor, hint): a rest element in array destructuring is refused (documented), and the hint shows only the
// part that already works, not how to get the rest.
// Expected: a hint naming the form that works for the rest: `const [a, b] = v; const rest = v.slice(2);`
//   (it compiles and is right: `works` below).
// Actual: rest_destructuring_hint.ts:9:25 - error TSG1007: array destructuring with defaults, rest elements or nested
//   patterns is not supported
//   hint: bind plain names: const [a, b] = …
export function headTail(v: number[]): number {
  const [first, second, ...rest] = v;
  let s = first * second;
  for (const r of rest) s += r * r;
  return s;
}

export function works(v: number[]): number {
  const [first, second] = v;
  const rest = v.slice(2);
  let s = first * second;
  for (const r of rest) s += r * r;
  return s;
}
