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

/** An exported function's default reading an earlier parameter (left out by the caller). */
export function exportedDefault(x: number, k: number = x * 2): number {
  return k * Math.sin(x) + k * k;
}

const enum Stage {
  Warm,
  Hot,
  Done,
}
/** A switch falling through on a const enum. */
export function fallThrough(x: number, stage: Stage): number {
  let s = 0;
  switch (stage) {
    case Stage.Warm:
      s += x;
    // falls through
    case Stage.Hot:
      s += x * x;
    // falls through
    case Stage.Done:
      s += Math.exp(-x);
  }
  return s;
}

/** reduceRight whose callback advances a closure's state. */
export function reduceRightState(xs: Float64Array, k: number): number {
  let w = 1;
  const next = (): number => (w *= k);
  return xs.reduceRight((acc, v) => acc + v * next(), 0) + w;
}

const DEFAULTS = Object.freeze({ gain: 2, bias: 0.5, mode: 'soft' as 'soft' | 'hard' });
const act = (x: number, { gain = 1, bias = 0, mode = 'hard' }: { gain?: number; bias?: number; mode?: 'soft' | 'hard' } = {}): number =>
  mode === 'soft' ? Math.tanh(gain * x + bias) : Math.max(0, gain * x + bias);
/** Options spread over a frozen default object, overridden in order. */
export function optionsSpread(x: number, k: number): number {
  // (a later spread overriding an earlier property: LOW's type leaves gain optional, so tsc accepts it; with DEFAULTS
  // there, tsc --strict says TS2783 'gain' is specified more than once)
  const LOW: { gain?: number; bias?: number } = { bias: -0.25 };
  return act(x, { ...DEFAULTS, gain: k }) + act(x, { gain: k, ...LOW }) + act(x, { ...DEFAULTS, mode: 'hard', bias: k });
}

/** Nested conditional of tuple literals, destructured. */
export function nestedTupleChoice(x: number, y: number): number {
  // (first written const [a, b] = x > 0 ? [x, y] : y > 0 ? [y, x] : [x * y, x + y]: TSG1007, README finding 16)
  let [a, b] = [x * y, x + y];
  if (x > 0) [a, b] = [x, y];
  else if (y > 0) [a, b] = [y, x];
  return a * a + Math.sin(b);
}

/** A recurrence written with Array.from: the callback advances a closed-over let. */
export function arrayFromRecurrence(x0: number, r: number): number {
  let prev = x0;
  const traj = Array.from({ length: 8 }, () => (prev = r * prev * (1 - prev)));
  return traj.reduce((s, v) => s + v, 0) + prev;
}

/** Tuples of a local array of pairs swapped whole by destructuring. */
export function tuplePairSwap(xs: Float64Array): number {
  const pts: [number, number][] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) pts.push([xs[i], xs[i + 1]]);
  // (first written [pts[i], pts[i + 1]] = [pts[i + 1], pts[i]]: TSG1003, a tuple used as a value; the hint's form)
  for (let i = 0; i + 1 < pts.length; i++) {
    const [a0, b0] = pts[i];
    const [a1, b1] = pts[i + 1];
    if (a0 > a1) {
      pts[i] = [a1, b1];
      pts[i + 1] = [a0, b0];
    }
  }
  let s = 0;
  for (const [a, b] of pts) s = s * 0.5 + a * b;
  return s;
}
