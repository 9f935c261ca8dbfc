// Refusals next to functions that must still compile.

function safeDiv(a: number, b: number): number {
  try {
    return a / b;
  } catch {
    return 0;
  }
}

/** Calls a helper that uses try/catch. */
export function ratioLoss(x: number, y: number): number {
  return safeDiv(x, y + 2) ** 2;
}

/** Calls the same helper in a loop. */
export function ratioSum(x: Float64Array): number {
  let s = 0;
  for (const v of x) s += safeDiv(v, 3);
  return s;
}

/** Fine: must compile whatever its neighbours do. */
export function neighbourOk(x: number, y: number): number {
  return Math.atan2(y, x) * Math.hypot(x, y);
}

/** Noise injection with Math.random. */
export function noisyLoss(x: number): number {
  return (x + 0.01 * Math.random()) ** 2;
}

/** Formats then parses a number. */
export function roundTrip(x: number): number {
  return parseFloat(x.toFixed(3)) * x;
}

/** A generator-based sum. */
function* squares(x: Float64Array): Generator<number> {
  for (const v of x) yield v * v;
}
export function generatorSum(x: Float64Array): number {
  let s = 0;
  for (const q of squares(x)) s += q;
  return s;
}

/** Fine too. */
export function neighbourOk2(w: Float64Array): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += Math.cbrt(w[i] + 2) * Math.sign(w[i]);
  return s;
}

/** A mutable module-level counter. */
let calls = 0;
export function countingLoss(x: number): number {
  calls++;
  return x * x * calls;
}
