// Evaluation-order probes with closures that change the enclosing function's state.

const hyp3 = (x: number, y: number, z: number): number => Math.sqrt(x * x + y * y + z * z);

/** A compound assignment whose right side calls a closure that changes the same variable (JS reads the left first). */
export function compoundClosure(x: number): number {
  let s = x;
  const bump = (): number => {
    s *= 2;
    return s;
  };
  s += bump();
  return s;
}

/** A closure that changes a variable, called among a helper's arguments that read it before and after. */
export function argsAroundClosure(x: number): number {
  let t = x;
  const bump = (): number => {
    t = t * t + 1;
    return t;
  };
  return hyp3(t, bump(), t);
}

/** map whose callback calls a closure that advances state. */
export function mapAdvancing(xs: Float64Array, a: number): number {
  let state = a;
  const next = (): number => (state = 0.5 * state + 1);
  const ys = xs.map((v) => v * next());
  return ys.reduce((s, v) => s + v, 0) * state;
}

/** A spread read before a later argument changes the array. */
export function spreadBeforeChange(xs: Float64Array, k: number): number {
  const buf = Float64Array.from(xs);
  const grow = (): number => {
    buf[0] = buf[0] * k + 10;
    return buf[0];
  };
  return Math.max(...buf, grow()) + buf[0];
}

/** An object literal of numbers passed to a helper, its values read in order where a later one changes them. */
const energy = (p: { a: number; b: number; c: number }): number => p.a * p.b + p.c;
export function objectLiteralOrder(x: number): number {
  let t = x;
  const bump = (): number => (t = 3 * t - 1);
  return energy({ a: t, b: bump(), c: t });
}

/** An element compound-assigned at an index a closure advances, with a right side calling the closure too. */
export function indexSideEffects(xs: Float64Array, k: number): number {
  const a = Float64Array.from(xs);
  let i = 0;
  const idx = (): number => i++;
  a[idx()] += k * a[i];
  a[idx()] *= a[idx()] + k;
  return a.reduce((s, v, j) => s + v * (j + 1), 0) + i;
}

/** A comma expression and a parenthesised assignment read in one product. */
export function commaProduct(x: number): number {
  let t = x;
  const y = t * ((t = 3 * t), t);
  const z = (t = t + 1) * t;
  return y + z + t;
}

/** Post- and pre-increments of an active number inside one expression. */
export function incrementsActive(x: number): number {
  let i = x;
  const y = i++ + i * ++i;
  return y * i;
}

/** Nullish and logical assignments inside a reduce callback, changing an outer let. */
export function logicalInCallback(xs: Float64Array, k: number): number {
  let first: number | undefined;
  let flag = 0;
  const s = xs.reduce((acc, v) => {
    first ??= v * k;
    flag ||= v > 0.5 ? v : 0;
    return acc + v * first + flag;
  }, 0);
  return s + (first ?? 0) + flag;
}

/** A default parameter reading state that the previous call of the same closure changed. */
export function defaultAfterChange(x: number, y: number): number {
  let scale = y;
  const g = (u: number, s = scale): number => {
    scale = scale * 2 + u;
    return u * s;
  };
  return g(x) + g(x) + g(x, 1) + scale;
}

/** A closure changing a variable called in the condition of a ternary and in its branches. */
export function ternaryClosure(x: number): number {
  let t = x;
  const step = (): number => (t = t * 0.5 + 1);
  const r = step() > 1.2 ? t * step() : step() - t;
  return r + t;
}

/** Closures calling closures, each changing shared state. */
export function closureChain(x: number, k: number): number {
  let a = x, b = k;
  const f = (): number => {
    a = a * b;
    return a;
  };
  const g = (): number => {
    b = b + f();
    return b * a;
  };
  const s = g() + f() * g();
  return s + a + b;
}

/** some() stops at the first pass; what its test accumulated counts for the elements it saw. */
export function someAccumulates(xs: Float64Array, k: number, t: number): number {
  let seen = 0;
  const hit = xs.some((v) => {
    seen += v * k;
    return seen > t;
  });
  return seen * (hit ? 2 : 1);
}

/** An object state rebuilt inside a forEach callback (a closure assigning the enclosing let). */
export function stateInForEach(forces: Float64Array, x0: number, dt: number): number {
  let s = { x: x0, v: 0 };
  forces.forEach((f) => {
    s = { x: s.x + dt * s.v, v: s.v + dt * (f - s.x) };
  });
  return s.x * s.x + s.v;
}

/** map with a nested reduce reading the outer callback's index, over a pushed list. */
export function nestedCallbacks(xs: Float64Array, a: number): number {
  const pushed: number[] = [];
  xs.forEach((v, i) => {
    if (i % 2 === 0) pushed.push(v * a);
  });
  const ys = pushed.map((p, i) => pushed.reduce((s, q, j) => s + (j <= i ? q * p : 0), 0));
  return ys.reduce((s, y) => s + y, 0);
}

/** findIndex whose test also advances a closure's state, the index then used. */
export function findIndexState(xs: Float64Array, k: number): number {
  let acc = 1;
  const i = xs.findIndex((v) => (acc = acc * k + v) > 1.5);
  return i < 0 ? acc : acc + xs[i] * i;
}
