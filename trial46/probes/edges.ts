// Edge probes: small functions, one construct each, checked by probes/specs.mjs.

// a window written through subarray: the parent must see the write
export function subarrayAlias(xs: Float64Array, k: number): number {
  const buf = Float64Array.from(xs);
  const w = buf.subarray(2, 5);
  w[0] = w[1] * k;
  w[2] += buf[0];
  return buf[2] * buf[4] + buf[3];
}

// a negative base to an active integer-valued exponent
export function negativeBasePow(x: number, k: number): number {
  return Math.pow(x, k) + x ** k;
}

// integer truncation by bit operators on active values
export function bitTruncation(x: number, y: number): number {
  const i = (x * 10) | 0;
  const j = ~~(y * 7);
  return i * y + j * x + (x * 3) % 1;
}

// assignment inside a condition, and chained assignment
export function assignInCondition(x: number, y: number): number {
  let t = 0, u = 0, s = 0;
  if ((t = x * 2) > 1) s += t * y;
  else s -= t;
  s = u = s * y + t;
  return s + u;
}

// switch (true) with ranges
export function switchTrue(x: number): number {
  switch (true) {
    case x < -0.5:
      return x * x;
    case x < 0.5:
      return Math.sin(x);
    default:
      return Math.log(x);
  }
}

// short-circuit with a side effect, and a postfix decrement in a while condition
export function shortCircuitSideEffect(xs: Float64Array, t: number): number {
  let s = 0;
  let i = xs.length;
  while (i-- > 0) {
    xs[i] > t && (s += xs[i] * xs[i]);
    xs[i] <= t || (s -= 0.5 * xs[i]);
  }
  return s;
}

// prefix sums through a map callback that updates a captured accumulator
export function mapWithSideEffect(xs: number[], k: number): number {
  let acc = 0;
  const prefix = xs.map((x) => (acc += x * k));
  return prefix.reduce((s, p, i) => s + p * (i + 1), 0) + acc;
}

// reduceRight: a continued fraction from the right
export function reduceRightFraction(xs: number[]): number {
  return xs.reduceRight((acc, x) => x + 1 / acc, 1);
}

// forEach with an early return inside the callback (acts as continue)
export function forEachReturn(xs: number[], t: number): number {
  let s = 0;
  xs.forEach((x, i) => {
    if (x < t) return;
    s += x * Math.cos(i);
  });
  return s;
}

// a sliding-window maximum with a deque of indices (push, shift, pop on a local number[])
export function slidingMaxSum(xs: Float64Array, w: number): number {
  const dq: number[] = [];
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    while (dq.length > 0 && xs[dq[dq.length - 1]] <= xs[i]) dq.pop();
    dq.push(i);
    if (dq[0] <= i - w) dq.shift();
    if (i >= w - 1) s += xs[dq[0]];
  }
  return s;
}

// a queue of active values: shift from the front, push to the back (exponential smoothing of a stream)
export function queueOfValues(xs: Float64Array, a: number): number {
  const q: number[] = [xs[0], xs[1]];
  let s = 0;
  for (let i = 2; i < xs.length; i++) {
    const head = q.shift() ?? 0;
    s += head * a;
    q.push(xs[i] + a * head);
  }
  return s + q[0] * q[1];
}

// a value class changed in place by its own methods in a loop
class Particle {
  constructor(
    public x: number,
    public v: number,
  ) {}
  step(k: number, dt: number): void {
    this.v -= k * this.x * dt;
    this.x += this.v * dt;
  }
  get energy(): number {
    return 0.5 * this.v * this.v + 0.5 * this.x * this.x;
  }
}
export function classInPlace(x0: number, v0: number, k: number): number {
  const p = new Particle(x0, v0);
  for (let i = 0; i < 20; i++) p.step(k, 0.05);
  return p.energy + p.x;
}

// a Float32Array scratch buffer: values rounded when stored
export function float32Scratch(xs: Float64Array, k: number): number {
  const buf = new Float32Array(xs.length);
  for (let i = 0; i < xs.length; i++) buf[i] = xs[i] * k;
  let s = 0;
  for (const b of buf) s += b * b;
  return s;
}

// splice on a local array of active values, slice with negative indices, at(-2)
export function spliceAndSlice(xs: number[], y: number): number {
  const a = xs.slice();
  a.splice(1, 2, y * 2, y * 3, y);
  const tail = a.slice(-2);
  return tail[0] * tail[1] + (a.at(-2) ?? 0) + a.length * a[1];
}

// a typed array reversed in place and partly filled
export function reverseFill(xs: Float64Array, v: number): number {
  const a = Float64Array.from(xs);
  a.reverse();
  a.fill(v * v, 1, 3);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * (i + 1);
  return s;
}

// a helper whose default parameter reads an earlier parameter
function blend(a: number, b: number = a * 2, w = 0.25): number {
  return (1 - w) * a + w * b;
}
export function defaultFromEarlier(x: number, y: number): number {
  return blend(x) + blend(x, y) + blend(y, x, 0.75);
}

// x **= k and x %= m compound assignments
export function compoundPowMod(x: number, k: number, m: number): number {
  let a = x;
  a **= k;
  let b = x * 7;
  b %= m;
  return a + b;
}

// a recursive helper that writes into a shared output array (pre-order numbering of a perfect binary tree)
function fillTree(out: Float64Array, node: number, depth: number, v: number, decay: number): void {
  if (node >= out.length) return;
  out[node] = v;
  if (depth === 0) return;
  fillTree(out, 2 * node + 1, depth - 1, v * decay, decay);
  fillTree(out, 2 * node + 2, depth - 1, v * decay + 0.1, decay);
}
export function recursiveTreeFill(v: number, decay: number): number {
  const out = new Float64Array(15);
  fillTree(out, 0, 3, v, decay);
  let s = 0;
  out.forEach((x, i) => (s += x * x * (i + 1)));
  return s;
}

// a value class with a getter that reads another getter and a method that returns a new instance
class Vec2 {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
  get len2(): number {
    return this.x * this.x + this.y * this.y;
  }
  get len(): number {
    return Math.sqrt(this.len2);
  }
  scale(k: number): Vec2 {
    return new Vec2(this.x * k, this.y * k);
  }
  add(o: Vec2): Vec2 {
    return new Vec2(this.x + o.x, this.y + o.y);
  }
}
export function vectorChain(x: number, y: number, k: number): number {
  let p = new Vec2(x, y);
  for (let i = 0; i < 4; i++) p = p.add(p.scale(k)).scale(1 / p.len);
  return p.len + p.x;
}

// the forms the hints give: a deque as an array with a head index and a top count
export function slidingMaxSumIndexed(xs: Float64Array, w: number): number {
  const dq: number[] = [];
  let head = 0, top = 0;
  let s = 0;
  for (let i = 0; i < xs.length; i++) {
    while (top > head && xs[dq[top - 1]] <= xs[i]) top--;
    dq[top++] = i;
    if (dq[head] <= i - w) head++;
    if (i >= w - 1) s += xs[dq[head]];
  }
  return s;
}

export function queueWithHead(xs: Float64Array, a: number): number {
  const q: number[] = [xs[0], xs[1]];
  let head = 0;
  let s = 0;
  for (let i = 2; i < xs.length; i++) {
    const first = q[head++];
    s += first * a;
    q.push(xs[i] + a * first);
  }
  return s + q[head] * q[head + 1];
}

export function reverseLoopFill(xs: Float64Array, v: number): number {
  const n = xs.length;
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = xs[n - 1 - i];
  a.fill(v * v, 1, 3);
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * (i + 1);
  return s;
}

export function spliceByLoop(xs: number[], y: number): number {
  const a: number[] = [xs[0], y * 2, y * 3, y];
  for (let i = 3; i < xs.length; i++) a.push(xs[i]);
  const tail = a.slice(-2);
  return tail[0] * tail[1] + (a.at(-2) ?? 0) + a.length * a[1];
}
