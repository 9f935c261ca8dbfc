// Things a user may write that tsgrad may refuse; neighbours must still compile.

export class Spring {
  constructor(public k: number) {}
  energy(x: number): number {
    return 0.5 * this.k * x * x;
  }
}

export function springEnergy(k: number, x: number): number {
  const s = new Spring(k);
  return s.energy(x);
}

export function safeLog(x: number): number {
  try {
    return Math.log(x);
  } catch {
    return 0;
  }
}

export function neighbourOk(x: number): number {
  return Math.sin(x) * x;
}

let counter = 0;
export function counted(x: number): number {
  counter++;
  return x * counter;
}

export function nestedArr(m: number[][]): number {
  return m[0][0] * m[1][1];
}

export function objParam(p: { x: number; y: number }): number {
  return p.x * p.y;
}

export function neighbourOk2(x: number, y: number): number {
  return Math.hypot(x, y) ** 1.5;
}
