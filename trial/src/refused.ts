// Code I expect tsgrad to refuse, each beside a neighbour that must still compile.

export class Spring {
  constructor(public k: number, public rest: number) {}
  energy(x: number): number {
    return 0.5 * this.k * (x - this.rest) ** 2;
  }
}

/** Uses a class instance created inside. */
export function classEnergy(k: number, x: number): number {
  const s = new Spring(k, 1);
  return s.energy(x);
}

/** Neighbour: fine. */
export function springEnergy(k: number, x: number): number {
  return 0.5 * k * (x - 1) ** 2;
}

let callCount = 0;

/** Mutates module state. */
export function countingLoss(x: number): number {
  callCount++;
  return x * x + callCount * 0;
}

/** try/catch around a computation. */
export function safeLog(x: number): number {
  try {
    return Math.log(x);
  } catch {
    return 0;
  }
}

/** Random noise inside the objective. */
export function noisyObjective(x: number): number {
  return x * x + 0.01 * Math.random();
}

/** Takes an object parameter. */
export function objectParam(p: { a: number; b: number }, x: number): number {
  return p.a * x + p.b;
}

/** number[][] parameter (a matrix as nested arrays). */
export function nestedArrays(m: number[][], x: number): number {
  let s = 0;
  for (const row of m) for (const v of row) s += v * x;
  return s;
}

/** Calls a refused function: must itself be reported (TSG2003). */
export function callsRefused(x: number): number {
  return safeLog(x) + x;
}

/** Neighbour after the refusals: fine. */
export function afterRefusals(x: number, y: number): number {
  return Math.atan2(y, x) * Math.hypot(x, y);
}

/** A generator-style accumulation via an async function. */
export async function asyncLoss(x: number): Promise<number> {
  return x * x;
}

/** Returns an object. */
export function returnsObject(x: number): { v: number } {
  return { v: x };
}

/** A string-keyed switch on a string parameter. */
export function byName(x: number, kind: 'sq' | 'cube'): number {
  return kind === 'sq' ? x * x : x * x * x;
}
