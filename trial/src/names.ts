// Names that collide with what tsgrad generates, and odd-but-legal shapes.

const sqr = (x: number): number => x * x;
const cube = function (x: number): number {
  return x * x * x;
};

/** Parameters named like the generated API and its temporaries. */
export function collide(x: number, x_b: number, t1: number, adj: number, seed: number, tangent: number): number {
  const t2 = x * x_b;
  const x_d = Math.sin(t1) * adj;
  return t2 + x_d * seed - tangent * x;
}

/** Locals named like adjoints and tangents. */
export function localNames(v: number, w: number): number {
  const v_b = v * 2;
  const w_b = w * 3;
  const v_d = v_b * w_b;
  let value = v_d + 1;
  const grad = value * v;
  value += grad;
  return value;
}

/** A hand-written gradient of loss exists in the source; tsgrad writes loss_grad beside it. */
export function loss(w: number): number {
  return (w - 3) ** 2;
}
export function loss_grad_manual(w: number): number {
  return 2 * (w - 3);
}

/** Uses module-level arrow and function-expression helpers. */
export function moduleArrows(x: number): number {
  return sqr(x) + cube(x - 1);
}

/** No parameters at all. */
export function constantFn(): number {
  return Math.PI * 2;
}

/** var hoisting, a comma operator, right-associative **. */
export function varAndComma(x: number, y: number): number {
  var acc = 0;
  for (var i = 0; i < 3; i++) {
    var t = x * i;
    acc += t;
  }
  const z = (acc++, acc * y);
  return z + 2 ** (x * 0.5) ** 2 + t!;
}

/** Linear recursion 2000 deep. */
function sumRec(x: Float64Array, i: number): number {
  return i === x.length ? 0 : x[i] * x[i] + sumRec(x, i + 1);
}
export function deepRecursion(x: Float64Array): number {
  return sumRec(x, 0);
}

/** An empty array and an empty loop. */
export function emptyOk(x: Float64Array, k: number): number {
  let s = k;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s * k;
}

/** Result typed number | undefined. */
export function maybeMean(x: Float64Array): number | undefined {
  if (x.length === 0) return undefined;
  let s = 0;
  for (const v of x) s += v;
  return s / x.length;
}

/** A caller of a number | undefined helper. */
export function usesMaybe(x: Float64Array, d: number): number {
  const m = maybeMean(x);
  return (m ?? d) * d + (m === undefined ? 0 : Math.exp(m));
}

/** Integer-division indexes and a bitwise or. */
export function intIndex(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[(i / 2) | 0] * x[i] + x[i >> 1];
  return s;
}

/** arguments.length chooses a default. */
export function argsLength(x: number, y?: number): number {
  const yy = arguments.length > 1 && y !== undefined ? y : 0.5;
  return x * yy + Math.cos(x * yy);
}

/** Helper with an early return inside its loop, called in a loop. */
function firstAbove(x: Float64Array, t: number): number {
  for (let i = 0; i < x.length; i++) if (x[i] > t) return x[i] * t;
  return t;
}
export function earlyHelperInLoop(x: Float64Array, ts: Float64Array): number {
  let s = 0;
  for (let j = 0; j < ts.length; j++) s += firstAbove(x, ts[j]);
  return s;
}

/** Parameter reassigned in the body. */
export function reassignParam(x: number, y: number): number {
  x = x * 2 + y;
  y = Math.sin(x);
  x += y;
  return x * y;
}

/** An array parameter rebound to a local copy (allowed?) then written. */
export function rebindParam(x: Float64Array): number {
  let a = x;
  a = Float64Array.from(a);
  a[0] = a[0] * 3;
  let s = 0;
  for (const v of a) s += v * v;
  return s;
}

/** A helper that writes into its array argument, called on a parameter-derived local. */
function squareInPlace(a: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i] = a[i] * a[i];
}
export function helperMutates(x: Float64Array): number {
  const a = x.slice();
  squareInPlace(a);
  squareInPlace(a);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] + x[i];
  return s;
}
