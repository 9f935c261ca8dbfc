// trial31 repro (slow): an FIR filter whose inner loop leaves by `if (j < 0) break` (a trip count the
// data decides: n - i < 0) against the same loop with the bound in its condition. The break form's
// reverse sweep tapes a 0/1 flag and the trip count per pass, and saves y and i per outer pass.
export function firBreak(x: Float64Array, h: Float64Array): number {
  let energy = 0;
  for (let n = 0; n < x.length; n++) {
    let y = 0;
    for (let i = 0; i < h.length; i++) {
      const j = n - i;
      if (j < 0) break;
      y += h[i] * x[j];
    }
    energy += y * y;
  }
  return energy;
}

export function firBound(x: Float64Array, h: Float64Array): number {
  let energy = 0;
  for (let n = 0; n < x.length; n++) {
    let y = 0;
    const last = Math.min(n, h.length - 1);
    for (let i = 0; i <= last; i++) y += h[i] * x[n - i];
    energy += y * y;
  }
  return energy;
}
