// trial50 perf: two hand-written adjoints of probes.whilePostDecrement (s = s * a + xs[n] for n = N-1 … 0), beside
// the generated whilePostDecrement_vjp. (1) horner_module_scratch_vjp: the generated code with the tape replaced by
// a module-level Float64Array and the per-iteration reserve check and the n_int test dropped (what the tape costs);
// (2) horner_hand_vjp: what a person writes, one forward pass carrying d s / d a and a^n (s = sum xs[n] a^n), no
// stack at all.
const scratch = new Float64Array(1024);

export function horner_module_scratch_vjp(xs: Float64Array, a: number, adj: { xs: Float64Array; a: number }, seed = 1): number {
  let n = xs.length;
  let s = 0;
  let top = 0;
  while (n--) {
    scratch[top++] = s;
    s = s * a + xs[n]!;
  }
  const result = s;
  const xs_b = adj.xs;
  let a_b = 0;
  let s_b = seed;
  n = 0;
  while (top > 0) {
    s = scratch[--top]!;
    xs_b[n]! += s_b;
    a_b += s_b * s;
    s_b *= a;
    n++;
  }
  adj.a += a_b;
  return result;
}

export function horner_hand_vjp(xs: Float64Array, a: number, adj: { xs: Float64Array; a: number }, seed = 1): number {
  const xs_b = adj.xs;
  let s = 0, ds = 0, p = seed;
  for (let n = 0; n < xs.length; n++) {
    xs_b[n]! += p;
    p *= a;
  }
  let n = xs.length;
  while (n--) {
    ds = ds * a + s;
    s = s * a + xs[n]!;
  }
  adj.a += seed * ds;
  return s;
}
