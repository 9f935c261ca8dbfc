// The Elman network of rnn.ts written with `h = next` (issue 13): each step allocates the new
// state and rebinds h to it, instead of copying into a preallocated buffer.
export function elmanRebind(Wx: Float64Array, Wh: Float64Array, b: Float64Array, Wy: Float64Array,
  xs: Float64Array, y: Float64Array): number {
  const H = b.length;
  const I = Wx.length / H;
  const T = xs.length / I;
  let h = new Float64Array(H);
  for (let t = 0; t < T; t++) {
    const next = new Float64Array(H);
    for (let i = 0; i < H; i++) {
      let z = b[i];
      for (let j = 0; j < I; j++) z += Wx[i * I + j] * xs[t * I + j];
      for (let j = 0; j < H; j++) z += Wh[i * H + j] * h[j];
      next[i] = Math.tanh(z);
    }
    h = next;
  }
  let loss = 0;
  for (let o = 0; o < y.length; o++) {
    let r = 0;
    for (let j = 0; j < H; j++) r += Wy[o * H + j] * h[j];
    const d = r - y[o];
    loss += d * d;
  }
  return loss;
}
