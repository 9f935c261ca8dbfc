// Second round of probes: closures and tables in combinations.

/** A closure defined inside a loop capturing the loop's let binding and a running local. */
export function closureInLoop(x: number, n: number): number {
  let acc = 0;
  for (let i = 1; i <= n; i++) {
    const term = (v: number) => v ** i / i + acc * 0.1;
    acc += term(x);
  }
  return acc;
}

/** A closure writing a captured local array. */
export function closureWritesArray(xs: Float64Array, k: number): number {
  const buf = new Float64Array(xs.length);
  const put = (i: number, v: number) => {
    buf[i] = v * k;
  };
  xs.forEach((x, i) => put(i, Math.exp(x)));
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += buf[i] * xs[i];
  return s;
}

/** A switch over a string key choosing coefficients. */
export function switchOnString(x: number, kind: 'linear' | 'quad' | 'cubic'): number {
  let c = 0;
  switch (kind) {
    case 'cubic':
      c += x * x * x;
    case 'quad':
      c += x * x;
      break;
    case 'linear':
      c = x;
  }
  return c * Math.cos(x);
}

const WEIGHTS: Record<string, number> = { a: 0.5, b: 1.5, c: -2 };
/** Object.keys over a Record table, summing by key. */
export function recordLoop(x: number): number {
  let s = 0;
  for (const k in WEIGHTS) s += WEIGHTS[k] * Math.sin(x * WEIGHTS[k]);
  return s;
}

/** An optional parameter defaulted by ??=. */
export function optionalNullish(x: number, eps?: number): number {
  eps ??= 1e-3;
  return Math.sqrt(x * x + eps);
}

/** reduce without an initial value, with the index. */
export function reduceNoInit(xs: number[], w: number): number {
  return xs.reduce((acc, v, i) => acc * w + v * (i + 1));
}

/** .at(-1) of a readonly array and a running product over entries(). */
export function atAndEntries(xs: readonly number[], k: number): number {
  let p = 1;
  for (const [i, v] of xs.entries()) p *= 1 + v * k ** i;
  return p + (xs.at(-1) ?? 0) * k;
}

/** Object literal destructuring of a local object of numbers. */
export function objectDestructure(x: number, y: number): number {
  const pt = { px: x * 2, py: y - x };
  const { px, py } = pt;
  return Math.atan2(py, px) * Math.hypot(px, py);
}

/** Math.round, floor, ceil on a differentiated value used in arithmetic (step functions). */
export function roundingSteps(x: number, y: number): number {
  const k = Math.round(x * 4) / 4;
  return k * y + Math.floor(y) * x - Math.ceil(x - y) * y * y;
}

/** A recursive helper with an accumulator and an array read. */
function horner(cs: Float64Array, x: number, i: number): number {
  return i === cs.length - 1 ? cs[i] : cs[i] + x * horner(cs, x, i + 1);
}
export function recursiveHorner(cs: Float64Array, x: number): number {
  return horner(cs, x, 0);
}

/** A getter on a value class. */
class Rect {
  constructor(readonly w: number, readonly h: number) {}
  get area(): number {
    return this.w * this.h;
  }
  scaled(k: number): Rect {
    return new Rect(this.w * k, this.h * k);
  }
}
export function classGetter(w: number, h: number, k: number): number {
  const r = new Rect(w, h).scaled(k);
  return r.area + Math.sqrt(r.w);
}

/** A while loop where a closure updates the loop variable. */
export function closureUpdatesCounter(x: number): number {
  let steps = 0;
  let y = x;
  const advance = () => {
    y = y * 0.5 + 1;
    steps++;
  };
  while (steps < 5) advance();
  return y;
}
