// trial31 repro (diagnostic): compiled with a plain `--wrt k`, `scale` (void, writes out) keeps
// scale_vjp and scale_jvp, but `out` is no longer an output (README: "an array written but not asked
// for is no output"), so they carry nothing: adj has only k, and nothing is added into it; the tangent
// has no `out`. No note is printed (TSG3006 exists for a similar case). Expected: an info note saying
// that under this --wrt `scale` has no output left (or its forms dropped, as f_jacobian is), or `out`
// kept as an output since it is what the function computes.
export function scale(x: Float64Array, k: number, out: Float64Array): void {
  for (let i = 0; i < x.length; i++) out[i] = k * x[i];
}

export function energy(x: Float64Array, k: number): number {
  let e = 0;
  for (const v of x) e += 0.5 * k * v * v;
  return e;
}
