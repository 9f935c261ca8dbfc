// Finding 16 (refusal, the hint does not cover it): a nested conditional of tuple literals, destructured.
// README: "a choice of two literals (const [hi, lo] = c ? [a, b] : [b, a]: one if)" works, and a helper may
// `return a < b ? [a, b] : [b, a]` with "nested ternaries too". One level compiles (choiceOfTwo).
// Expected: compiled as nested ifs, or a hint naming the form: "choose in ifs: let [a, b] = …; if (…) [a, b] = …".
// Actual: TSG1007 "array destructuring is supported from an array literal, an array of numbers or a call returning
// one", hint "destructure [x * 2, y], an array variable or parameter, or a helper's returned array".
export function choiceOfTwo(x: number, y: number): number {
  const [a, b] = x > 0 ? [x, y] : [y, x];
  return a * a + Math.sin(b);
}
export function choiceOfThree(x: number, y: number): number {
  const [a, b] = x > 0 ? [x, y] : y > 0 ? [y, x] : [x * y, x + y];
  return a * a + Math.sin(b);
}
