// Scratch-buffer probes near the edges of README's rules: reads after a loop, partial fills, element types that round.

const L4 = new Float64Array(4);
const P3 = new Float64Array(3);
const W3 = new Float64Array(3);
const F3 = new Float32Array(3);
const I4 = new Int32Array(4);
const U2 = new Uint8ClampedArray(2);
const K3 = new Float64Array(3);
const M3 = new Float64Array(3);
const N3 = new Float64Array(3);

/** 19. written whole in each loop iteration, read after the loop (stale if the loop runs zero times) */
export function readAfterLoop(xs: Float64Array, k: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    L4.fill(xs[i] * k);
    s += L4[0];
  }
  return s + L4[3];
}

/** 20. .fill with a start index: elements before it keep what an earlier call left */
export function fillFromOne(x: number, y: number): number {
  P3.fill(x, 1);
  P3[0] = P3[0] + y;
  return P3[0] * P3[1] + P3[2];
}

/** 21. .fill(v, 0, length): the whole buffer */
export function fillWholeRange(x: number, y: number): number {
  W3.fill(x, 0, W3.length);
  W3[1] *= y;
  return W3[0] + W3[1] * W3[2];
}

/** 22. a Float32Array scratch buffer: stores round to single precision */
export function float32Scratch(x: number, y: number): number {
  F3[0] = x / 3; F3[1] = y / 7; F3[2] = x * y;
  return F3[0] * F3[1] + F3[2] * F3[2];
}

/** 23. an Int32Array scratch of indices, filled whole, used to index a parameter */
export function int32Indices(xs: Float64Array, t: number): number {
  const base = Math.floor(t) % (xs.length - 3);
  for (let i = 0; i < I4.length; i++) I4[i] = base + i;
  let s = 0;
  for (let i = 0; i < I4.length; i++) s += xs[I4[i]] * (i + 1);
  return s;
}

/** 24. a Uint8ClampedArray scratch (values clamp and round on store): a quantised gain */
export function clampedScratch(x: number, g: number): number {
  U2[0] = g * 100; U2[1] = 300;
  return x * U2[0] / U2[1];
}

/** 25. written whole in every case of a switch (default included), read after it */
export function switchFilled(x: number, mode: number): number {
  switch (mode) {
    case 0: K3[0] = x; K3[1] = 2 * x; K3[2] = 3 * x; break;
    case 1: K3[0] = x * x; K3[1] = x; K3[2] = 1; break;
    default: K3.fill(x);
  }
  return K3[0] * K3[1] + K3[2];
}

/** 26. filled by for...of over an index list literal */
export function forOfIndices(x: number, y: number): number {
  for (const i of [0, 1, 2]) M3[i] = x * (i + 1) + y;
  return M3[0] * M3[2] - M3[1];
}

/** 27. a read before the whole write, behind an early return that never reads it */
export function exitBeforeFill(x: number, y: number): number {
  if (x < -5) return 0;
  N3.fill(y);
  N3[0] += x;
  return N3[0] * N3[1] + N3[2];
}

/** 22b. the rewrite of 22 that keeps the rounding: a Float32Array allocated inside the function */
export function float32Local(x: number, y: number): number {
  const F = new Float32Array(3);
  F[0] = x / 3; F[1] = y / 7; F[2] = x * y;
  return F[0] * F[1] + F[2] * F[2];
}
