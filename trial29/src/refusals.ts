// Code I expect to be refused, each with a precise diagnostic naming the construct.

const table = new Map<string, number>([
  ['a', 1.5],
  ['b', 2.5],
]);

/** Map lookup by string key. */
export function mapScale(x: number, key: string): number {
  return x * (table.get(key) ?? 1);
}

/** Dynamic property access on a mutable object parameter. */
export function dynamicProp(x: number, params: { [k: string]: number }, key: string): number {
  return x * params[key];
}

class Vec {
  constructor(public x: number, public y: number) {}
  norm(): number {
    return Math.hypot(this.x, this.y);
  }
}

/** A class instance with a method. */
export function classNorm(x: number, y: number): number {
  const v = new Vec(x, y);
  return v.norm();
}

/** try/catch around arithmetic. */
export function tryLog(x: number): number {
  try {
    return Math.log(x);
  } catch {
    return 0;
  }
}

let counter = 0;
/** Mutable module state. */
export function countedSquare(x: number): number {
  counter++;
  return x * x + counter * 0;
}

function* gen(n: number) {
  for (let i = 0; i < n; i++) yield i;
}
/** A generator. */
export function genSum(x: number): number {
  let s = 0;
  for (const i of gen(3)) s += x * i;
  return s;
}

/** A callback passed by reference (not written in place). */
const cube = (v: number) => v * v * v;
export function mapByRef(xs: number[]): number {
  return xs.map(cube).reduce((a, b) => a + b, 0);
}

/** Math.random (nondeterministic). */
export function noisy(x: number): number {
  return x + 0 * Math.random();
}

/** for…of over a literal list of pairs, destructured (as I first wrote clothStep's neighbour loop). */
export function neighbourPairs(u: Float64Array, w: number): number {
  let e = 0;
  for (let i = 0; i + 1 < w; i++) {
    for (const [di, dj] of [[1, 0], [0, 1]]) {
      const j = i + di + dj * w;
      if (j < u.length) e += (u[j] - u[i]) ** 2;
    }
  }
  return e;
}
