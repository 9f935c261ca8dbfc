// The Elman network, second hand: one step is a helper writing into `out`, the input of step t
// a window of xs, and two state buffers swapped after each step ([h, next] = [next, h]).

function step(Wx: Float64Array, Wh: Float64Array, b: Float64Array, xt: Float64Array, h: Float64Array,
  out: Float64Array): void {
  const H = h.length;
  const I = xt.length;
  for (let i = 0; i < H; i++) {
    let z = b[i];
    for (let j = 0; j < I; j++) z += Wx[i * I + j] * xt[j];
    for (let j = 0; j < H; j++) z += Wh[i * H + j] * h[j];
    out[i] = Math.tanh(z);
  }
}

export function elmanLossStyled(Wx: Float64Array, Wh: Float64Array, b: Float64Array, Wy: Float64Array,
  xs: Float64Array, y: Float64Array): number {
  const H = b.length;
  const I = Wx.length / H;
  let h = new Float64Array(H);
  let next = new Float64Array(H);
  for (let t = 0; t * I < xs.length; t++) {
    step(Wx, Wh, b, xs.subarray(t * I, (t + 1) * I), h, next);
    [h, next] = [next, h];
  }
  let loss = 0;
  for (let o = 0; o < y.length; o++) {
    let r = 0;
    for (let j = 0; j < H; j++) r += Wy[o * H + j] * h[j];
    loss += (r - y[o]) ** 2;
  }
  return loss;
}
