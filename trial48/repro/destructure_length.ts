// Finding 9 (refusal, the hint does not fit): the length of an array destructured, const { length } = xs.
// Expected: compiled (xs.length), or the hint "read xs.length".
// Actual: TSG1007 "object destructuring is supported only of Math … and of an object of numbers a helper returns",
// hint "an object parameter passes through without its properties read: take 'length' as parameters of their own,
// and let a wrapper unpack the object": xs is an array parameter.
export function destructureLength(xs: Float64Array): number {
  const { length } = xs;
  return length * xs[0];
}
