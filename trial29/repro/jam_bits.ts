// A 'valid' convolution helper writing a scratch array, then a loss of it: f_vjp runs the reverse of the
// helper's row loop two rows at a time (unroll-and-jam, jam.ts), f_hvp does not, and the additions into x_b
// come in another order, so f_hvp's grad differs from f_grad's in the last bit, though the README promises them
// bit-equal ("the same operations in the same order").
function conv(x: Float64Array, k: Float64Array, out: Float64Array, stride = 1): void {
  const K = k.length;
  for (let o = 0; o < out.length; o++) {
    let acc = 0;
    for (let j = 0; j < K; j++) acc += x[o * stride + j] * k[j];
    out[o] = acc;
  }
}
export function convSq(x: Float64Array, k: Float64Array): number {
  const y = new Float64Array(x.length - k.length + 1);
  conv(x, k, y);
  let s = 0;
  for (let i = 0; i < y.length; i++) s += Math.log1p(Math.exp(y[i]));
  return s;
}
