// More scratch-buffer probes: module state that is not a buffer, an exported buffer, an alias, a subarray window.

const A4 = new Float64Array(4);
const B4 = new Float64Array(4);
const D4 = new Float64Array(4);
export const OUT3 = new Float64Array(3);
let calls = 0;
let lastX = 0;

/** 13. a module-level let counter: the value depends on how many calls came before */
export function countedScale(x: number): number {
  calls++;
  return x * x * (1 + calls);
}

/** 14. a module-level let holding the previous argument (state between calls through a number) */
export function deltaFromLast(x: number): number {
  const d = x - lastX;
  lastX = x;
  return d * d;
}

/** 15. an exported buffer used as scratch (README: not exported) */
export function exportedScratch(x: number, y: number): number {
  OUT3.fill(0);
  OUT3[0] = x; OUT3[1] = y; OUT3[2] = x * y;
  return OUT3[0] + OUT3[1] * OUT3[2];
}

/** 16. a local alias of a module buffer, filled through the alias */
export function aliasFilled(x: number, y: number): number {
  const b = A4;
  b.fill(x);
  b[2] = y;
  return A4[0] * A4[2] + b[3];
}

/** 17. a subarray window of a module buffer, after the buffer is filled */
export function windowOfBuffer(x: number, y: number): number {
  B4.fill(0);
  B4[0] = x; B4[1] = y; B4[2] = x + y; B4[3] = x - y;
  const w = B4.subarray(1, 3);
  return w[0] * w[1] + B4[3];
}

/** 18. filled whole by fill, then the fill value read back after an early exit */
export function earlyExitBuffer(x: number, y: number): number {
  D4.fill(y);
  if (x < 0) return D4[0] * x;
  D4[1] = x * D4[0];
  return D4[1] + D4[2] * D4[3];
}
