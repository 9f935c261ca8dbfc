// The MLP 64 → 128 (tanh) → 10 with a squared loss, second hand: W·x + b by a helper, each
// row a window of W dotted with x, tanh applied in place, `for … of` with entries() for the
// loss. Written first with `affine` returning a new array (`const h = affine(W1, b1, x)`):
// tsgrad's generated module for that does not load (SyntaxError: 'h_b' declared twice) and, where
// it loads, its gradient through such an array is zero (see REFUSED.md); `affine` writes into an
// array the caller allocates instead.

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function affine(W: Float64Array, b: Float64Array, x: Float64Array, out: Float64Array): void {
  const n = x.length;
  for (let i = 0; i < b.length; i++) out[i] = b[i] + dot(W.subarray(i * n, (i + 1) * n), x);
}

export function mlpLossStyled(W1: Float64Array, b1: Float64Array, W2: Float64Array, b2: Float64Array,
  x: Float64Array, y: Float64Array): number {
  const h = new Float64Array(b1.length);
  affine(W1, b1, x, h);
  for (let i = 0; i < h.length; i++) h[i] = Math.tanh(h[i]);
  const out = new Float64Array(b2.length);
  affine(W2, b2, h, out);
  let loss = 0;
  for (const [i, o] of out.entries()) {
    const d = o - y[i];
    loss += d * d;
  }
  return loss;
}
