// Code I expect tsgrad to refuse, each with a precise diagnostic.

/** a Map of rate constants */
const RATE = new Map<string, number>([['fast', 2], ['slow', 0.5]]);
export function mapRate(x: number, kind: string): number {
  return x * (RATE.get(kind) ?? 1);
}

/** a string-keyed record that the function writes: an accumulator by name */
export function recordAccumulate(x: number, y: number): number {
  const acc: Record<string, number> = {};
  acc['a'] = x * y;
  acc['b'] = x + y;
  let s = 0;
  for (const k in acc) s += acc[k];
  return s;
}

/** dynamic property access of an object parameter */
export function dynamicKey(p: { a: number; b: number }, x: number, key: 'a' | 'b'): number {
  return p[key] * x;
}

/** a closure over mutable state (a counter) */
let calls = 0;
export function countedSquare(x: number): number {
  calls++;
  return x * x + calls * 0;
}

/** try / catch around a computation */
export function safeLog(x: number): number {
  try {
    if (x <= 0) throw new Error('bad');
    return Math.log(x);
  } catch {
    return 0;
  }
}

/** a class with a mutable field (an accumulator object) */
class Acc {
  total = 0;
  add(v: number): void { this.total += v; }
}
export function accumulate(xs: Float64Array): number {
  const a = new Acc();
  for (const v of xs) a.add(v * v);
  return a.total;
}
