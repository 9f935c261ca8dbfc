// @noinline helpers writing into windows of the caller's arrays; @checkpoint over a Verlet time loop.

/** @noinline */
function smoothInto(src: Float64Array, dst: Float64Array, w: number): void {
  for (let i = 0; i < dst.length; i++) {
    const l = i > 0 ? src[i - 1] : src[i];
    const r = i + 1 < src.length ? src[i + 1] : src[i];
    dst[i] = (1 - 2 * w) * src[i] + w * (l + r);
  }
}

/** two smoothing passes through a @noinline helper, the second into a window */
export function smoothTwice(x: Float64Array, w: number): number {
  const a = new Float64Array(x.length);
  smoothInto(x, a, w);
  const b = new Float64Array(x.length);
  smoothInto(a.subarray(1), b.subarray(1), w);
  let s = 0;
  for (const v of b) s += v * v * Math.exp(-v);
  return s;
}

/** a damped spring chain by semi-implicit Euler over a checkpointed time loop (state copied, not rebound) */
export function checkpointedChain(x0: Float64Array, k: number, steps: number): number {
  const n = x0.length;
  const x = Float64Array.from(x0);
  const v = new Float64Array(n);
  // @checkpoint
  for (let s = 0; s < steps; s++) {
    for (let i = 1; i < n; i++) {
      const left = x[i - 1] - x[i];
      const right = i + 1 < n ? x[i + 1] - x[i] : 0;
      v[i] = 0.99 * v[i] + 0.01 * k * (left + right) - 0.01 * 9.81;
    }
    for (let i = 1; i < n; i++) x[i] += 0.01 * v[i];
  }
  let e = 0;
  for (let i = 0; i < n; i++) e += x[i] * x[i] + v[i] * v[i];
  return e;
}

/** the same with rotated buffers (a checkpointed loop that rebinds arrays: documented as refused) */
export function checkpointedRotate(x0: Float64Array, k: number, steps: number): number {
  const n = x0.length;
  let cur = Float64Array.from(x0);
  let next = new Float64Array(n);
  // @checkpoint
  for (let s = 0; s < steps; s++) {
    for (let i = 0; i < n; i++) next[i] = cur[i] + 0.01 * k * ((i > 0 ? cur[i - 1] : 0) - cur[i]);
    const t = cur; cur = next; next = t;
  }
  let e = 0;
  for (const c of cur) e += c * c;
  return e;
}
