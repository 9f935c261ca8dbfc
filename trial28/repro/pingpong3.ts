export function f(u: Float64Array): number {
  let dst = new Float64Array(u.length);
  let spare = new Float64Array(u.length);
  let src: Float64Array = u;
  for (let p = 0; p < 3; p++) {
    for (let i = 0; i < u.length; i++) dst[i] = 2 * src[i];
    src = dst;
    const t = spare; spare = dst; dst = t;
  }
  return src[0];
}
