// Finding (WRONG, value and gradient): a variable read to the left of an assignment to it in the same expression
// reads the NEW value in the generated code. JavaScript evaluates operands left to right: in `s + (s = y) * s` the
// first `s` is read before `(s = y)` runs, so with s = x the function is x + y².
// Expected (x = 0.5, y = 0.8): value 1.14, grad { x: 1, y: 1.6 } (as f and the differences give).
// Actual: f_grad's value 1.44 (= y + y²) and grad { x: 0, y: 2.6 }: the generated forward sweep hoists `s = y`
// before `const t3 = s + t2`. Same in f_jvp and f_hvp (they agree with f_grad, so `tsgrad check`'s rev-vs-fwd column
// agrees and only rev-vs-fd catches it). The same for every write that follows a read in one expression, below:
// `s * (s = y) + s`, `Math.hypot(s, (s = s * 2), s)`, `s += (s = y) * 2`, a prefix increment `s * ++s`, an object
// property `o.v + (o.v = y) * o.v`, an assignment in a ternary, and a local arrow that assigns the variable,
// `s + bump() + s`, and a module helper that changes an object's property (README: "Changed in place") called
// after a read of it, `s.v + bumpS(s, y) * s.v`. Right: an assignment that comes first (`(s *= y) + s`, `Math.atan2((s = x * y), s + y)`), a
// postfix increment `s++ * s`, an array element `a[0] * (a[0] = y)`, `a[i++] += a[i] * 2`, comma sequences.
// (found probing evaluation order after trial42's lang.commaDoWhile; not in trial42/src)
// Run: node --import tsgrad/register trial42/repro/assign_in_expression.ts
import { grad } from 'tsgrad';

export function assignInSum(x: number, y: number): number {
  let s = x;
  return s + (s = y) * s;
}

export function assignInProduct(x: number, y: number): number {
  let s = x;
  s = s * (s = y) + s;
  return s;
}

export function assignInArgs(x: number, y: number): number {
  let s = x * y;
  return Math.hypot(s, (s = s * 2), s);
}

export function compoundSelf(x: number, y: number): number {
  let s = x;
  s += (s = y) * 2;
  return s;
}

export function prefixIncrement(x: number, y: number): number {
  let s = x * y;
  return s * ++s;
}

export function propertyAssign(x: number, y: number): number {
  const o = { v: x };
  return o.v + (o.v = y) * o.v;
}

export function ternaryAssign(x: number, y: number): number {
  let s = x;
  return s * (y > 0.1 ? (s = y) : 0) + s;
}

export function closureAssign(x: number, y: number): number {
  let s = x;
  const bump = () => (s = s * y);
  return s + bump() + s;
}

type Cell = { v: number };
function bumpS(c: Cell, k: number): number {
  c.v *= k;
  return c.v;
}

export function objectHelper(x: number, y: number): number {
  const c = { v: x };
  return c.v + bumpS(c, y) * c.v;
}

const fd = (f: (x: number, y: number) => number, x: number, y: number) => {
  const h = 1e-6;
  return [(f(x + h, y) - f(x - h, y)) / (2 * h), (f(x, y + h) - f(x, y - h)) / (2 * h)];
};
let wrong = 0;
for (const [name, f, g] of [
  ['assignInSum', assignInSum, grad(assignInSum)],
  ['assignInProduct', assignInProduct, grad(assignInProduct)],
  ['assignInArgs', assignInArgs, grad(assignInArgs)],
  ['compoundSelf', compoundSelf, grad(compoundSelf)],
  ['prefixIncrement', prefixIncrement, grad(prefixIncrement)],
  ['propertyAssign', propertyAssign, grad(propertyAssign)],
  ['ternaryAssign', ternaryAssign, grad(ternaryAssign)],
  ['closureAssign', closureAssign, grad(closureAssign)],
  ['objectHelper', objectHelper, grad(objectHelper)],
] as const) {
  const r = g(0.5, 0.8);
  const d = fd(f, 0.5, 0.8);
  const bad = !Object.is(r.value, f(0.5, 0.8)) || Math.abs(r.grad.x - d[0]!) > 1e-6 || Math.abs(r.grad.y - d[1]!) > 1e-6;
  if (bad) wrong++;
  console.log(`${name}: f ${f(0.5, 0.8)}, f_grad value ${r.value}; grad x ${r.grad.x} y ${r.grad.y}; differences x ${d[0]!.toFixed(6)} y ${d[1]!.toFixed(6)}${bad ? '  WRONG' : ''}`);
}
console.log(wrong ? `REPRODUCES: ${wrong} of 9 wrong` : 'GONE');
