// Language probes: constructs a real user reaches for, each in a small function.

// 1. reduce with a tuple accumulator destructured in the callback's parameter
export function meanVarReduce(xs: number[]): number {
  const [s, q] = xs.reduce<[number, number]>(([a, b], x) => [a + x, b + x * x], [0, 0]);
  const mean = s / xs.length;
  return q / xs.length - mean * mean + mean;
}

// 2. a bubble pass with destructuring swaps of elements of a local copy (a soft "sorted" read)
export function bubbleSwapTop(xs: Float64Array): number {
  const a = Array.from(xs);
  for (let pass = 0; pass < a.length; pass++) {
    for (let i = 0; i + 1 < a.length - pass; i++) {
      if (a[i] > a[i + 1]) [a[i], a[i + 1]] = [a[i + 1], a[i]];
    }
  }
  return a[a.length - 1] * 2 + a[0];
}

// 3. for…of over entries() of a typed array, with continue and an early return
export function entriesEarlyExit(xs: Float64Array, cap: number): number {
  let s = 0;
  for (const [i, x] of xs.entries()) {
    if (i % 3 === 2) continue;
    s += x * (i + 1);
    if (s > cap) return cap + Math.log1p(s - cap);
  }
  return s;
}

// 4. a class with #private fields, a getter/setter pair and a static factory
class Spring {
  #k: number;
  #rest: number;
  constructor(k: number, rest: number) {
    this.#k = k;
    this.#rest = rest;
  }
  static fromPeriod(mass: number, period: number, rest: number): Spring {
    return new Spring((4 * Math.PI * Math.PI * mass) / (period * period), rest);
  }
  get stiffness(): number {
    return this.#k;
  }
  set stiffness(v: number) {
    this.#k = v;
  }
  energy(x: number): number {
    const d = x - this.#rest;
    return 0.5 * this.#k * d * d;
  }
}

export function springClassEnergy(mass: number, period: number, rest: number, x: number): number {
  const s = Spring.fromPeriod(mass, period, rest);
  s.stiffness = s.stiffness * 1.5;
  return s.energy(x);
}

// 5. try/finally around a computation, with a throw guarded by a template literal message
export function guardedLog(x: number, y: number): number {
  let out = 0;
  try {
    if (!(x > 0)) throw new Error(`x must be positive, got ${x}`);
    out = Math.log(x) * y;
  } finally {
    out += 1;
  }
  return out;
}

// 6. nullish reads past the end of an array, and findIndex with a closure
export function nullishPastEnd(xs: number[], t: number): number {
  const k = xs.findIndex((x) => x > t);
  const next = xs[k + 1] ?? 0;
  const last = xs.at(-1) ?? 0;
  return (k < 0 ? 0 : xs[k]) + 0.5 * next + last * t;
}

// 7. closures made in a loop, stored in an array, called later
export function closureArray(x: number, n: number): number {
  const fs: ((v: number) => number)[] = [];
  for (let i = 1; i <= n; i++) fs.push((v) => Math.sin(i * v) / i);
  let s = 0;
  for (const f of fs) s += f(x);
  return s;
}

// 8. while (true) with a rebinding of a state (h = next) and a break
export function rebindUntil(x0: number, r: number): number {
  let h = x0;
  let steps = 0;
  while (true) {
    const next = r * h * (1 - h);
    if (Math.abs(next - h) < 1e-9 || steps >= 25) break;
    h = next;
    steps++;
  }
  return h;
}

// 9. an exported arrow with a default parameter
export const softplusScaled = (x: number, beta: number = 2): number => Math.log1p(Math.exp(beta * x)) / beta;

// 10. Number.EPSILON, Number.isFinite and a negative base to an integer power
export function numberStatics(x: number, y: number): number {
  const safe = Number.isFinite(1 / x) ? 1 / x : 0;
  return safe + Math.max(Math.abs(y), Number.EPSILON) + x ** 3 + (-x) ** 2;
}

// 11. a typed array filled with an active value, then map on it (a typed-array map)
export function fillThenMap(a: number, n: number): number {
  const buf = new Float64Array(n).fill(a);
  const sq = buf.map((v, i) => v * v * (i + 1));
  return sq.reduce((s, v) => s + v, 0);
}

// 12. an object state rebound each step by a helper returning an object, inside a for…of over a typed array
interface Osc {
  x: number;
  v: number;
}
function oscStep(s: Osc, force: number, k: number, dt: number): Osc {
  const v = s.v + dt * (force - k * s.x);
  return { x: s.x + dt * v, v };
}
export function objectStateLoop(forces: Float64Array, k: number): number {
  let s: Osc = { x: 0, v: 0 };
  for (const f of forces) s = oscStep(s, f, k, 0.1);
  return s.x * s.x + s.v;
}

// 13. a local recursive arrow (memo-free Fibonacci-weighted sum)
export function recursiveArrow(x: number, n: number): number {
  const fibw = (k: number): number => (k < 2 ? x * k + 1 : fibw(k - 1) + x * fibw(k - 2));
  return fibw(n);
}
