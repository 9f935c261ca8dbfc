// The functions test/plugin-forms.test.ts takes jvp(f), hvp(f) and jacobian(f) of, through real builds.

/** A scalar: jvp(energy) is its directional derivative. */
export function energy(w: Float64Array, k: number): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += k * Math.sin(w[i]) * w[i];
  return s;
}

/** An explicit step into `next` (void: its output is what it writes), coupling i with n − 1 − i. */
export function step(state: Float64Array, dt: number, next: Float64Array): void {
  const n = state.length;
  for (let i = 0; i < n; i++) next[i] = state[i] + dt * Math.sin(state[n - 1 - i]) * state[i];
}

/** Writes v / |v| into `out` and returns |v|: a value and an array output. */
export function normalize(v: Float64Array, out: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  const r = Math.sqrt(s);
  for (let i = 0; i < v.length; i++) out[i] = v[i] / r;
  return r;
}

function power(x: number, k: number): number {
  return k <= 0 ? 1 : x * power(x, k - 1);
}

/** Calls a recursive helper, which stays a call: f_hvp calls the helper's second-order forms. */
export function cubed(x: number): number {
  return power(x, 3);
}
