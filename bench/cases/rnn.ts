// An Elman network: hₜ = tanh(Wx·xₜ + Wh·hₜ₋₁ + b) over a sequence of T inputs of size I (xs
// holds them one after another), hidden size H = b.length, h₀ = 0, and a squared loss of the
// readout Wy·h_T against the target y.
export function elmanLoss(Wx: Float64Array, Wh: Float64Array, b: Float64Array, Wy: Float64Array,
  xs: Float64Array, y: Float64Array): number {
  const H = b.length;
  const I = Wx.length / H;
  const T = xs.length / I;
  const h = new Float64Array(H);
  const next = new Float64Array(H);
  for (let t = 0; t < T; t++) {
    for (let i = 0; i < H; i++) {
      let z = b[i];
      for (let j = 0; j < I; j++) z += Wx[i * I + j] * xs[t * I + j];
      for (let j = 0; j < H; j++) z += Wh[i * H + j] * h[j];
      next[i] = Math.tanh(z);
    }
    for (let i = 0; i < H; i++) h[i] = next[i];
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
