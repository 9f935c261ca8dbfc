/**
 * The one table of derivatives. Each primitive is a row: how its value is computed and, for
 * a differentiable one, its local partial derivatives ∂out/∂argᵢ as expressions over the
 * arguments and the output (reused where that is cheaper: `exp` is `out`). Rules never
 * accumulate: the reverse phase multiplies by the output's adjoint and adds.
 */
import type { Prim } from './prims.js';
import {
  type TExpr, add, bin, call, cond, div, index, member, mul, name, neg, not, num, str, sub,
} from '../ir/target.js';

export type Rule =
  /**
   * Differentiable: one partial per argument. `costly`: far dearer than an addition (exp, log,
   * trigonometric functions), so that inside loops the reverse sweep tapes the value rather
   * than computing it again.
   */
  | { readonly kind: 'smooth'; readonly eval: (a: TExpr[]) => TExpr; readonly partials: (a: TExpr[], out: TExpr) => TExpr[]; readonly costly?: boolean }
  /** Piecewise constant or not numeric: the derivative is zero wherever it exists. */
  | { readonly kind: 'zero'; readonly type: 'f64' | 'int' | 'bool'; readonly eval: (a: TExpr[]) => TExpr }
  /** `out = array[index]`: the reverse phase adds the output's adjoint into `array_b[index]`. */
  | { readonly kind: 'load'; readonly eval: (a: TExpr[]) => TExpr };

const math = (fn: string) => (a: TExpr[]) => call(`Math.${fn}`, ...a);
const sq = (x: TExpr) => mul(x, x);
const smooth = (evalFn: (a: TExpr[]) => TExpr, partials: (a: TExpr[], out: TExpr) => TExpr[]): Rule & { kind: 'smooth' } =>
  ({ kind: 'smooth', eval: evalFn, partials });
const unary = (fn: string, d: (x: TExpr, y: TExpr) => TExpr): Rule & { kind: 'smooth' } =>
  smooth(math(fn), ([x], y) => [d(x!, y)]);
const costly = (rule: Rule & { kind: 'smooth' }): Rule => ({ ...rule, costly: true });
const zero = (type: 'f64' | 'int' | 'bool', evalFn: (a: TExpr[]) => TExpr): Rule => ({ kind: 'zero', type, eval: evalFn });
const binop = (op: Parameters<typeof bin>[0]) => ([a, b]: TExpr[]) => bin(op, a!, b!);

/**
 * For `min`/`max`: the argument that gave the result gets the whole adjoint; on ties the
 * first one does (a subgradient, as JAX and PyTorch choose).
 */
function selectPartials(args: TExpr[], out: TExpr): TExpr[] {
  return args.map((a, i) => {
    let test = bin('===', a, out);
    for (let j = 0; j < i; j++) test = bin('&&', test, bin('!==', args[j]!, out));
    return cond(test, num(1), num(0));
  });
}

export const rules = {
  copy: smooth(([x]) => x!, () => [num(1)]),
  neg: smooth(([x]) => neg(x!), () => [num(-1)]),
  add: smooth(binop('+'), () => [num(1), num(1)]),
  sub: smooth(binop('-'), () => [num(1), num(-1)]),
  mul: smooth(binop('*'), ([a, b]) => [b!, a!]),
  div: smooth(binop('/'), ([, b], out) => [div(num(1), b!), neg(div(out, b!))]),
  // a % b = a - trunc(a / b) * b, and trunc is piecewise constant.
  mod: smooth(binop('%'), ([a, b]) => [num(1), neg(call('Math.trunc', div(a!, b!)))]),
  pow: costly(smooth(binop('**'), ([a, b], out) => [
    // b * a^(b-1), written so that a constant exponent folds (x ** 2 gives 2 * x); the
    // guard keeps 0 * 0^(-1) = NaN out of the adjoint at a = 0, b = 0.
    b!.k === 'num'
      ? b!.value === 0 ? num(0) : mul(b!, b!.value === 2 ? a! : bin('**', a!, num(b!.value - 1)))
      : cond(bin('===', b!, num(0)), num(0), mul(b!, bin('**', a!, sub(b!, num(1))))),
    // a^b · log a is real only for a > 0; at a ≤ 0 (integer exponents) the exponent's
    // derivative does not exist, and 0 is what Tapenade and JAX's where-guard give.
    b!.k === 'num' ? num(0) : cond(bin('>', a!, num(0)), mul(out, call('Math.log', a!)), num(0)),
  ])),

  sin: costly(unary('sin', (x) => call('Math.cos', x))),
  cos: costly(unary('cos', (x) => neg(call('Math.sin', x)))),
  tan: costly(unary('tan', (_, y) => add(num(1), sq(y)))),
  asin: costly(unary('asin', (x) => div(num(1), call('Math.sqrt', sub(num(1), sq(x)))))),
  acos: costly(unary('acos', (x) => neg(div(num(1), call('Math.sqrt', sub(num(1), sq(x))))))),
  atan: costly(unary('atan', (x) => div(num(1), add(num(1), sq(x))))),
  atan2: costly(smooth(math('atan2'), ([y, x]) => {
    const r2 = add(sq(x!), sq(y!));
    return [div(x!, r2), neg(div(y!, r2))];
  })),
  sinh: costly(unary('sinh', (x) => call('Math.cosh', x))),
  cosh: costly(unary('cosh', (x) => call('Math.sinh', x))),
  tanh: costly(unary('tanh', (_, y) => sub(num(1), sq(y)))),
  asinh: costly(unary('asinh', (x) => div(num(1), call('Math.sqrt', add(sq(x), num(1)))))),
  acosh: costly(unary('acosh', (x) => div(num(1), call('Math.sqrt', sub(sq(x), num(1)))))),
  atanh: costly(unary('atanh', (x) => div(num(1), sub(num(1), sq(x))))),
  exp: costly(unary('exp', (_, y) => y)),
  expm1: costly(unary('expm1', (_, y) => add(y, num(1)))),
  log: costly(unary('log', (x) => div(num(1), x))),
  log1p: costly(unary('log1p', (x) => div(num(1), add(num(1), x)))),
  log2: costly(unary('log2', (x) => div(num(1), mul(x, name('Math.LN2'))))),
  log10: costly(unary('log10', (x) => div(num(1), mul(x, name('Math.LN10'))))),
  sqrt: unary('sqrt', (_, y) => div(num(0.5), y)),
  cbrt: costly(unary('cbrt', (_, y) => div(num(1), mul(num(3), sq(y))))),
  // ∂/∂xᵢ hypot(x…) = xᵢ / hypot(x…); at the origin that is 0/0, and 0 is the subgradient.
  hypot: costly(smooth(math('hypot'), (a, y) => a.map((x) => cond(bin('===', y, num(0)), num(0), div(x, y))))),
  min: smooth(math('min'), selectPartials),
  max: smooth(math('max'), selectPartials),
  abs: unary('abs', (x) => call('Math.sign', x)),
  // Rounding to single precision: the identity, up to rounding.
  fround: unary('fround', () => num(1)),

  sign: zero('f64', math('sign')),
  floor: zero('int', math('floor')),
  ceil: zero('int', math('ceil')),
  round: zero('int', math('round')),
  trunc: zero('int', math('trunc')),

  // ToInt32 (ToUint32 for >>>) of the operands, then integer operations: the result is a step
  // function of a number, so its derivative is zero wherever it exists (`x | 0` truncates)
  bitand: zero('int', binop('&')),
  bitor: zero('int', binop('|')),
  bitxor: zero('int', binop('^')),
  shl: zero('int', binop('<<')),
  shr: zero('int', binop('>>')),
  ushr: zero('int', binop('>>>')),
  bitnot: zero('int', ([x]) => ({ k: 'un', op: '~', e: x! })),

  // `if (x)`, `!x`: a number is true unless it is 0, -0 or NaN
  truthy: zero('bool', ([x]) => not(not(x!))),
  isnumber: zero('bool', ([x]) => bin('===', { k: 'un', op: 'typeof', e: x! }, str('number'))),
  isnan: zero('bool', ([x]) => call('Number.isNaN', x!)),
  isfinite: zero('bool', ([x]) => call('Number.isFinite', x!)),
  isinteger: zero('bool', ([x]) => call('Number.isInteger', x!)),
  issafeinteger: zero('bool', ([x]) => call('Number.isSafeInteger', x!)),

  lt: zero('bool', binop('<')),
  le: zero('bool', binop('<=')),
  gt: zero('bool', binop('>')),
  ge: zero('bool', binop('>=')),
  eq: zero('bool', binop('===')),
  ne: zero('bool', binop('!==')),
  not: zero('bool', ([x]) => not(x!)),
  and: zero('bool', binop('&&')),
  or: zero('bool', binop('||')),

  load: { kind: 'load', eval: ([a, i]) => index(a!, i!) },
  length: zero('int', ([a]) => member(a!, 'length')),

  // The words of a number are integers: no derivative.
  highWord: zero('int', ([x]) => call('f64HighWord', x!)),
  lowWord: zero('int', ([x]) => call('f64LowWord', x!)),
  // Replacing the low word keeps the sign, the exponent and the top 20 bits of x: piecewise
  // constant in x (@stdlib's erf splits x into that z and x - z, and its formula depends on x
  // alone: z as a constant gives the exact derivative).
  withLowWord: zero('f64', ([x, lo]) => call('f64WithLowWord', x!, lo!)),
  // Replacing the high word keeps x's low word: r moves by its own ulp when x moves by its ulp,
  // a power of two (log1p's and expm1's rescaling by 2^-k).
  withHighWord: smooth(([x, hi]) => call('f64WithHighWord', x!, hi!), ([x], out) => [call('f64WithHighWordScale', x!, out), num(0)]),
  fromWords: zero('f64', ([hi, lo]) => call('f64FromWords', hi!, lo!)),
  // frac · 2^exp, exp an integer
  ldexp: smooth(([y, k]) => call('f64Ldexp', y!, k!), ([, k]) => [call('f64Ldexp', num(1), k!), num(0)]),
  // |x| with the sign bit of y: ±1 in x (the product of the two signs, by their sign bits,
  // so −0 counts as negative as the value does), 0 in y (a step)
  copysign: smooth(([x, y]) => call('f64CopySign', x!, y!), ([x, y]) => [bin('*', call('f64CopySign', num(1), x!), call('f64CopySign', num(1), y!)), num(0)]),
} as const satisfies Record<Prim, Rule>;

export function ruleOf(prim: Prim): Rule {
  return rules[prim];
}
