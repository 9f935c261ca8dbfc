// Functions I expect might be refused, with neighbours that must still compile.

export function before(x: number): number {
  return x * x + Math.sin(x);
}

/** try/catch around numeric code. */
export function guarded(x: number): number {
  try {
    return Math.log(x);
  } catch {
    return 0;
  }
}

/** Map cache keyed by index. */
export function memoFib(x: number, n: number): number {
  const cache = new Map<number, number>();
  cache.set(0, 1);
  cache.set(1, x);
  for (let i = 2; i <= n; i++) cache.set(i, cache.get(i - 1)! + x * cache.get(i - 2)!);
  return cache.get(n)!;
}

let counter = 0;
/** Mutable module state. */
export function counted(x: number): number {
  counter++;
  return x * counter;
}

/** Objects of numbers as a state. */
export function objectState(x: number, y: number): number {
  const s = { a: x, b: y };
  for (let i = 0; i < 3; i++) {
    s.a = s.a * 0.5 + s.b;
    s.b = Math.sin(s.a);
  }
  return s.a + s.b;
}

export function after(x: number, y: number): number {
  return Math.exp(x) * y;
}
