// Evaluation order: a left operand read before a call on the right that changes it (closure, helper, object).

function bumpFirst(buf: Float64Array, k: number): number {
  buf[0] = buf[0] * k + 1;
  return buf[0];
}

// helper writing an element read by the left operand
export function leftReadBeforeHelper(xs: Float64Array, k: number): number {
  const buf = Float64Array.from(xs);
  const r = buf[0] * 2 + bumpFirst(buf, k);
  return r + buf[0];
}

// closure updating a scalar read by the left operand, and by a compound assignment
export function leftReadBeforeClosure(x: number, k: number): number {
  let acc = x;
  const bump = () => {
    acc = acc * k + 1;
    return acc;
  };
  const r = acc * 3 + bump();
  acc += bump();
  return r + acc;
}

// a read of a variable, then its assignment inside the same expression
export function assignInsideExpression(x: number): number {
  let t = x;
  const r = t * (t = t + 1) + t;
  let u = x;
  const q = (u += 2) * u + u++;
  return r + q + u;
}

interface State {
  v: number;
  p: number;
}
function kick(s: State, f: number): number {
  s.v += f;
  s.p += s.v * 0.1;
  return s.v;
}
// object property read on the left, helper changing the object on the right
export function objectReadBeforeHelper(v0: number, f: number): number {
  const s: State = { v: v0, p: 0 };
  const r = s.v * 2 + kick(s, f);
  const q = kick(s, f) + s.v * 2;
  return r + q + s.p;
}

// call arguments evaluated left to right, each changing the state the next reads
function weigh(a: number, b: number, c: number): number {
  return a * 1 + b * 10 + c * 100;
}
export function argumentOrder(x: number, k: number): number {
  let acc = x;
  const next = () => (acc = acc * k + 1);
  return weigh(acc, next(), acc) + weigh(next(), acc, next());
}

// a ternary whose condition calls a closure changing the branch values
export function conditionSideEffect(x: number, k: number): number {
  let acc = x;
  const grow = () => {
    acc *= k;
    return acc;
  };
  return acc + (grow() > 1 ? acc * 2 : acc - 1) + acc;
}

// element compound assignment whose right side calls a helper changing that element
export function elementCompoundHelper(xs: Float64Array, k: number): number {
  const buf = Float64Array.from(xs);
  buf[0] += bumpFirst(buf, k);
  buf[1] *= bumpFirst(buf, k);
  return buf[0] + buf[1];
}

// an array element on the left of a comparison, a helper changing it on the right
export function comparisonOrder(xs: Float64Array, k: number): number {
  const buf = Float64Array.from(xs);
  const before = buf[0];
  return buf[0] < bumpFirst(buf, k) ? before + buf[0] : before - buf[0];
}
