/**
 * The one table of primitives. Each primitive is a row, and the row is everything tsgrad knows
 * about it: how the source spells it (`Math.sin`, of one argument), how its value is computed
 * on numbers (constant folding and the interpreter call that function) and in generated code
 * (`eval`, a target expression), and, for a differentiable one, its local partial derivatives
 * ∂out/∂argᵢ as expressions over the arguments and the output (reused where that is cheaper:
 * `exp` is `out`), which reverse mode, forward mode and second order all read. Rules never
 * accumulate: the reverse phase multiplies by the output's adjoint and adds.
 *
 * Adding a primitive is adding a row here (`Prim` is the table's keys), with the domain the
 * rules test checks it on.
 */
import type { Atom, Eq } from '../ir/types.js';
import {
  type TExpr, type MathFn, add, bin, cond, constant, globalCall, helperCall, mathCall, div, index, member, mul, neg, not, num, optionalMember, str, sub, use,
} from '../ir/target.js';
import { f64CopySign, f64FromWords, f64HighWord, f64Ldexp, f64LowWord, f64WithHighWord, f64WithLowWord } from '../../runtime/bits.js';

/** An interval of an argument's domain. */
export type Interval = readonly [number, number];

/** What every row says. */
interface Row {
  /** How many arguments it takes; `any`: variadic (`Math.hypot`, `min`, `max`). */
  readonly arity: number | 'any';
  /** The member of `Math` the source calls for it (`Math.sin(x)`). */
  readonly math?: string;
  /** Global functions the source calls for it (`Number.isNaN(x)`, `isNaN(x)`: the same on a number). */
  readonly globals?: readonly string[];
  /**
   * The package whose main function is this primitive (`@stdlib/…-get-high-word`): tsgrad does
   * not read that function but treats each call as the primitive (computed by runtime/bits.ts).
   */
  readonly package?: string;
  /** The generated code that computes it, over the arguments' expressions. */
  readonly eval: (a: TExpr[]) => TExpr;
  /**
   * Its value on numbers (booleans for tests), the same as `eval` computes: constant folding
   * (of the trace, of module-level constants) and the interpreter call this. Absent for the
   * rows on arrays and objects.
   */
  readonly value?: (...a: number[]) => number | boolean;
  /**
   * JavaScript specifies the result exactly (IEEE arithmetic, rounding, comparisons, logic;
   * not the implementation-approximated `Math.sin`, `**`, `Math.sqrt`…), so that computing it
   * at compile time gives what run time would: constant folding of the trace folds these only.
   */
  readonly exact?: boolean;
  /** Integer arguments give an integer (`+ - * % min max abs`): the result is typed `int`. */
  readonly keepsIntegers?: boolean;
  /** `x op x` is a constant whatever x is (`x / x`, `x - x`): its derivative is zero (ir/copies.ts). */
  readonly constantOnSameOperands?: boolean;
  /**
   * Real only for positive arguments (for its first: `log`, `sqrt`, `x ** y`): `tsgrad check`
   * draws the inputs of a function that uses it from (0, 2] unless told (cli/domains.ts).
   */
  readonly positive?: boolean;
  /** Where the rules test checks it (test/rules.test.ts): an interval per argument (three of a variadic row). */
  readonly domain?: readonly Interval[];
  /**
   * The primitive of the same arguments whose value this one's partials are (`cos` for `sin`),
   * and the partials over that value: where the function computes both (Eq.sibling,
   * ir/common.ts), the reverse sweep reads it instead of computing it again.
   */
  readonly sibling?: { readonly prim: string; readonly partials: (other: TExpr) => TExpr[] };
}

export type Rule =
  /**
   * Differentiable: one partial per argument. `costly`: far dearer than an addition (exp, log,
   * trigonometric functions), so that inside loops the reverse sweep tapes the value rather
   * than computing it again. `carries`: the output's tangent is a combination of the
   * arguments' with partials that are nowhere structurally zero, so that a NaN tangent of an
   * argument reaches the output (analyze/reached.ts); a function of the arguments where that
   * depends on them (`x ** k` carries x's for a constant k ≠ 0).
   */
  | Omit<Row, 'value'> & {
    readonly kind: 'smooth'; readonly value: (...a: number[]) => number; readonly partials: (a: TExpr[], out: TExpr) => TExpr[];
    readonly costly?: boolean; readonly carries?: true | ((args: readonly Atom[]) => readonly boolean[]);
    readonly reciprocal?: Reciprocal;
  }
  /** Piecewise constant or not numeric: the derivative is zero wherever it exists. `type`: the result's. */
  | Row & { readonly kind: 'zero'; readonly type: 'f64' | 'int' | 'bool' | 'int[]' }
  /** `out = array[index]`: the reverse phase adds the output's adjoint into `array_b[index]`. */
  | Row & { readonly kind: 'load' };

/**
 * The reverse form of a row whose partials share a reciprocal (division): where argument `of`
 * is active, the reverse sweep declares `r = 1 / a[of]` first and takes `partials(a, r, out)`,
 * `out` given where reading the output costs the sweep nothing (else undefined).
 */
export interface Reciprocal {
  readonly of: number;
  readonly partials: (a: TExpr[], r: TExpr, out?: TExpr) => TExpr[];
}

type Smooth = Rule & { kind: 'smooth' };
type Facts = Partial<Pick<Smooth, 'costly' | 'carries' | 'exact' | 'keepsIntegers' | 'constantOnSameOperands' | 'positive' | 'domain' | 'globals' | 'package' | 'reciprocal' | 'sibling'>>;
type Partials = (a: TExpr[], out: TExpr) => TExpr[];

const mathFunction = (fn: MathFn) => (Math as unknown as Record<string, (...a: number[]) => number>)[fn]!;
const sq = (x: TExpr) => mul(x, x);
/** `x` is a normal number: not 0, subnormal, infinite or NaN. */
const normal = (x: TExpr) => bin('&&', bin('>=', mathCall('abs', x), num(2.2250738585072014e-308)), bin('<=', mathCall('abs', x), num(Number.MAX_VALUE)));
const binop = (op: Parameters<typeof bin>[0]) => ([a, b]: TExpr[]) => bin(op, a!, b!);

/** `Math.<fn>` of `arity` arguments, differentiable. */
const math = (fn: MathFn, arity: number | 'any', partials: Partials, facts: Facts = {}): Smooth => ({
  kind: 'smooth', arity, math: fn, eval: (a) => mathCall(fn, ...a), value: mathFunction(fn), partials, ...facts,
});
/** `Math.<fn>(x)`, with its derivative as a function of x and the output y. */
const unary = (fn: MathFn, d: (x: TExpr, y: TExpr) => TExpr, facts: Facts = {}): Smooth => math(fn, 1, ([x], y) => [d(x!, y)], facts);
/** Differentiable, computed by `evalFn` in generated code and by `value` on numbers. */
const smooth = (arity: number, evalFn: (a: TExpr[]) => TExpr, value: (...a: number[]) => number, partials: Partials, facts: Facts = {}): Smooth => ({
  kind: 'smooth', arity, eval: evalFn, value, partials, ...facts,
});
/** A binary operator. */
const operator = (op: Parameters<typeof bin>[0], value: (a: number, b: number) => number, partials: Partials, facts: Facts = {}): Smooth =>
  smooth(2, binop(op), value, partials, facts);
/** Piecewise constant or not numeric. */
const zero = (type: 'f64' | 'int' | 'bool' | 'int[]', arity: number, evalFn: (a: TExpr[]) => TExpr, value: ((...a: number[]) => number | boolean) | undefined, facts: Facts = {}): Rule => ({
  kind: 'zero', type, arity, eval: evalFn, ...(value ? { value } : {}), ...facts,
});
/** `Math.<fn>(x)`, piecewise constant. */
const step = (fn: MathFn, type: 'f64' | 'int', facts: Facts): Rule => ({ ...zero(type, 1, (a) => mathCall(fn, ...a), mathFunction(fn), facts), math: fn });
/** An integer operator on 32-bit integers (ToInt32 of the operands). */
const bitwise = (op: Parameters<typeof bin>[0], value: (a: number, b: number) => number): Rule => zero('int', 2, binop(op), value, { exact: true });
/** A test of numbers. */
const test = (arity: number, evalFn: (a: TExpr[]) => TExpr, value: (...a: number[]) => boolean, facts: Facts = {}): Rule => zero('bool', arity, evalFn, value, { exact: true, ...facts });

/** `partial`, except 0 where `at` is 0: a root's derivative there is infinite. */
const atZero = (at: TExpr, partial: TExpr): TExpr => cond(bin('===', at, num(0)), num(0), partial);

/**
 * For `min`/`max`: the argument that gave the result gets the whole adjoint; on ties the
 * first one does (a subgradient, as JAX and PyTorch choose).
 */
function selectPartials(args: TExpr[], out: TExpr): TExpr[] {
  return args.map((a, i) => {
    let t = bin('===', a, out);
    for (let j = 0; j < i; j++) t = bin('&&', t, bin('!==', args[j]!, out));
    return cond(t, num(1), num(0));
  });
}

/**
 * The partials of `out = a / b` over one reciprocal `r = 1 / b` (the reverse sweep's, with b
 * active): 1/b is r and −a/b² is −(a·r)·r. The table's form, 1/b and −(out/b), divides twice
 * and, in a nested block, reads out, which is a third division to recompute (or a value to
 * tape); divisions are the dearest arithmetic (betacf's continued fraction: 16 of them per
 * iteration in its reverse sweep, 10 now). −(a·r)·r differs from −(a/b)/b by a few roundings;
 * it overflows where 1/b does (|b| < 2⁻¹⁰²⁴, subnormal), a quotient by such a b being huge
 * anyway. −out·r where the sweep has out at hand (reverse/choices.ts outAtHand); r·r for 1/b.
 */
function quotientPartials([a]: TExpr[], r: TExpr, out?: TExpr): TExpr[] {
  const over = a?.k === 'num' && a.value === 1 ? mul(r, r) : out ? mul(out, r) : mul(mul(a!, r), r);
  return [r, neg(over)];
}

/**
 * k·a^(k−1), the partial of `out = a ** k` for a constant k (not 0, 1 or 2), as k·out/a where
 * out is a normal number, which saves a second pow, the dearest of the primitives, wherever
 * the sweep has out at hand or tapes it (inside loops, where pow is taped as costly; a
 * softened potential's `Math.pow(r² + s², 0.5)`: its gradient 5.7x its primal, 4.4x so; f_jvp
 * and f_hvp always have out). The quotient differs from the pow by a rounding or two. Where out
 * is 0, subnormal, infinite or NaN it has lost what a^(k−1) keeps (a = 0; a^k underflowing or
 * overflowing while a^(k−1) does not; a < 0 with a fraction k): the pow then, as before, so
 * that the derivative at a = 0 (k·0^(k−1): 0 for k > 1, ±∞ for k < 0) is exactly what it was.
 */
function constantPower(a: TExpr, k: number, out: TExpr): TExpr {
  return cond(normal(out), div(mul(num(k), out), a), mul(num(k), bin('**', a, num(k - 1))));
}

/** Exactly computed, keeps integers, carries tangents: the arithmetic of the field. */
const arithmetic = { exact: true, keepsIntegers: true, carries: true } as const;
/** A transcendental function: dear, and its partial nowhere structurally zero. */
const transcendental = { costly: true, carries: true } as const;

const table = {
  copy: smooth(1, ([x]) => x!, (x) => x, () => [num(1)], { ...arithmetic, domain: [[-3, 3]] }),
  neg: smooth(1, ([x]) => neg(x!), (x) => -x, () => [num(-1)], { ...arithmetic, domain: [[-3, 3]] }),
  add: operator('+', (a, b) => a + b, () => [num(1), num(1)], { ...arithmetic, domain: [[-3, 3], [-3, 3]] }),
  sub: operator('-', (a, b) => a - b, () => [num(1), num(-1)], { ...arithmetic, constantOnSameOperands: true, domain: [[-3, 3], [-3, 3]] }),
  mul: operator('*', (a, b) => a * b, ([a, b]) => [b!, a!], { ...arithmetic, domain: [[-3, 3], [-3, 3]] }),
  // (∂/∂b of 1 / b is -out², a product rather than a second division)
  div: operator('/', (a, b) => a / b, ([a, b], out) => [div(num(1), b!), a?.k === 'num' && a.value === 1 ? neg(sq(out)) : neg(div(out, b!))],
    { exact: true, carries: true, constantOnSameOperands: true, domain: [[-3, 3], [0.5, 3]], reciprocal: { of: 1, partials: quotientPartials } }),
  // a % b = a - trunc(a / b) * b, and trunc is piecewise constant.
  mod: operator('%', (a, b) => a % b, ([a, b]) => [num(1), neg(mathCall('trunc', div(a!, b!)))],
    { exact: true, keepsIntegers: true, domain: [[0.1, 5], [0.7, 2]] }),
  pow: {
    ...operator('**', (a, b) => a ** b, ([a, b], out) => [
      // b * a^(b-1), written so that a constant exponent folds (x ** 2 gives 2 * x); the
      // guard keeps 0 * 0^(-1) = NaN out of the adjoint at a = 0, b = 0. For a varying
      // exponent a^(b-1) is out / a where out is a normal number (a is not 0 then), which
      // saves a second pow, the dearest of the primitives (recursive gamma's reverse sweep:
      // 35 ns each); a subnormal or infinite out has lost what a^(b-1) keeps: pow then.

      b!.k === 'num'
        ? b!.value === 0 ? num(0)
          // (0 < k < 1: k·0^(k−1) is infinite at a = 0, and 0 is taken there, as for sqrt)
          : b!.value > 0 && b!.value < 1 ? atZero(a!, constantPower(a!, b!.value, out))
          : b!.value === 1 || b!.value === 2 ? mul(b!, b!.value === 2 ? a! : bin('**', a!, num(0)))
          : constantPower(a!, b!.value, out)
        // (at a < 0 the exponent's derivative is 0, below, and a power that is a number has an
        // integer b: the factor b is Math.trunc(b) there, the same number with no derivative, so
        // that the second derivatives across a and b agree, 0 both ways, and the Hessian stays
        // symmetric; at a = 0, b itself: b·0^(b−1) is ±∞ for b < 1, where trunc(b) would make NaN)
        : cond(bin('===', b!, num(0)), num(0), mul(cond(bin('<', a!, num(0)), mathCall('trunc', b!), b!), cond(normal(out), div(out, a!), bin('**', a!, sub(b!, num(1)))))),
      // a^b · log a is real only for a > 0; at a ≤ 0 (integer exponents) the exponent's
      // derivative does not exist, and 0 is what Tapenade and JAX's where-guard give.
      // (a constant base, `2 ** x`: the test decided here, not left in the code as `2 > 0 ? …`)
      b!.k === 'num' ? num(0)
        : a!.k === 'num' ? (a!.value > 0 ? mul(out, mathCall('log', a!)) : num(0))
        : cond(bin('>', a!, num(0)), mul(out, mathCall('log', a!)), num(0)),
    ], {
      costly: true, positive: true, domain: [[0.2, 3], [-2, 2]],
      // x ** k with a constant k ≠ 0 carries x's tangent (k·x^(k−1)); a varying exponent, its own
      carries: ([, k]) => [k?.kind === 'const' && k.value !== 0, k?.kind === 'var'],
    }),
    math: 'pow',
  },

  sin: unary('sin', (x) => mathCall('cos', x), { ...transcendental, sibling: { prim: 'cos', partials: (c) => [c] }, domain: [[-3, 3]] }),
  cos: unary('cos', (x) => neg(mathCall('sin', x)), { ...transcendental, sibling: { prim: 'sin', partials: (s) => [neg(s)] }, domain: [[-3, 3]] }),
  tan: unary('tan', (_, y) => add(num(1), sq(y)), { ...transcendental, domain: [[-1.2, 1.2]] }),
  // (at ±1, where the derivative is infinite, 0 as for sqrt at 0: acos(min(1, max(-1, c)))
  // of an unreachable inverse-kinematics target, c > 1, gets 0 rather than 0 · ∞ = NaN)
  asin: unary('asin', (x) => atZero(sub(num(1), sq(x)), div(num(1), mathCall('sqrt', sub(num(1), sq(x))))), { ...transcendental, domain: [[-0.9, 0.9]] }),
  acos: unary('acos', (x) => atZero(sub(num(1), sq(x)), neg(div(num(1), mathCall('sqrt', sub(num(1), sq(x)))))), { ...transcendental, domain: [[-0.9, 0.9]] }),
  atan: unary('atan', (x) => div(num(1), add(num(1), sq(x))), { ...transcendental, domain: [[-3, 3]] }),
  // (at the origin the partials are 0/0: 0 is taken there, the subgradient, as for hypot;
  // atan2(0 * y, 0 * x), a constant term, then passes nothing back, trial44 finding 2)
  atan2: math('atan2', 2, ([y, x]) => {
    const r2 = add(sq(x!), sq(y!));
    // (a constant argument decides its half of the test here: `1.5 === 0` is no code tsc accepts)
    const zero = (e: TExpr): TExpr | boolean => e.k === 'num' ? e.value === 0 : bin('===', e, num(0));
    const [zx, zy] = [zero(x!), zero(y!)];
    const origin = zx === false || zy === false ? false : zx === true ? zy : zy === true ? zx : bin('&&', zx, zy);
    const at = (p: TExpr): TExpr => origin === false ? p : origin === true ? num(0) : cond(origin, num(0), p);
    return [at(div(x!, r2)), at(neg(div(y!, r2)))];
  }, { ...transcendental, domain: [[0.2, 2], [-2, 2]] }),
  sinh: unary('sinh', (x) => mathCall('cosh', x), { ...transcendental, sibling: { prim: 'cosh', partials: (c) => [c] }, domain: [[-2, 2]] }),
  cosh: unary('cosh', (x) => mathCall('sinh', x), { ...transcendental, sibling: { prim: 'sinh', partials: (s) => [s] }, domain: [[-2, 2]] }),
  tanh: unary('tanh', (_, y) => sub(num(1), sq(y)), { ...transcendental, domain: [[-2, 2]] }),
  asinh: unary('asinh', (x) => div(num(1), mathCall('sqrt', add(sq(x), num(1)))), { ...transcendental, domain: [[-3, 3]] }),
  acosh: unary('acosh', (x) => div(num(1), mathCall('sqrt', sub(sq(x), num(1)))), { ...transcendental, positive: true, domain: [[1.1, 4]] }),
  atanh: unary('atanh', (x) => div(num(1), sub(num(1), sq(x))), { ...transcendental, domain: [[-0.9, 0.9]] }),
  exp: unary('exp', (_, y) => y, { ...transcendental, domain: [[-2, 2]] }),
  expm1: unary('expm1', (_, y) => add(y, num(1)), { ...transcendental, domain: [[-2, 2]] }),
  log: unary('log', (x) => div(num(1), x), { ...transcendental, positive: true, domain: [[0.1, 4]] }),
  log1p: unary('log1p', (x) => div(num(1), add(num(1), x)), { ...transcendental, positive: true, domain: [[-0.9, 3]] }),
  log2: unary('log2', (x) => div(num(1), mul(x, constant({ object: 'Math', name: 'LN2' }))), { ...transcendental, positive: true, domain: [[0.1, 4]] }),
  log10: unary('log10', (x) => div(num(1), mul(x, constant({ object: 'Math', name: 'LN10' }))), { ...transcendental, positive: true, domain: [[0.1, 4]] }),
  // (one instruction: recomputed rather than taped.) At 0 the derivative is infinite, and 0
  // is taken instead, as Tapenade and Enzyme do: sqrt(max(v, 0)) (a truncated variance) at
  // v < 0 and sqrt(x² + y²) at the origin then get 0, the subgradient, not 0 · ∞ = NaN.
  sqrt: unary('sqrt', (_, y) => atZero(y, div(num(0.5), y)), { carries: true, positive: true, domain: [[0.1, 4]] }),
  cbrt: unary('cbrt', (_, y) => atZero(y, div(num(1), mul(num(3), sq(y)))), { ...transcendental, domain: [[0.2, 4]] }),
  // ∂/∂xᵢ hypot(x…) = xᵢ / hypot(x…); at the origin that is 0/0, and 0 is the subgradient.
  hypot: math('hypot', 'any', (a, y) => a.map((x) => cond(bin('===', y, num(0)), num(0), div(x, y))),
    { ...transcendental, domain: [[-2, 2], [0.3, 2], [-2, 2]] }),
  // (selecting an argument: the others' tangents do not reach the result)
  min: math('min', 'any', selectPartials, { exact: true, keepsIntegers: true, domain: [[-2, 2], [-2, 2], [-2, 2]] }),
  max: math('max', 'any', selectPartials, { exact: true, keepsIntegers: true, domain: [[-2, 2], [-2, 2], [-2, 2]] }),
  // (the reverse sweep adds b · sign(x) as a select: timesPartial)
  abs: unary('abs', (x) => mathCall('sign', x), { exact: true, keepsIntegers: true, domain: [[0.1, 3]] }),
  // Rounding to single precision: the identity, up to rounding.
  fround: unary('fround', () => num(1), { exact: true, domain: [[-1e-3, 1e-3]] }),

  sign: step('sign', 'f64', { exact: true, domain: [[-2, 2]] }),
  floor: step('floor', 'int', { exact: true, domain: [[-2, 2]] }),
  ceil: step('ceil', 'int', { exact: true, domain: [[-2, 2]] }),
  round: step('round', 'int', { exact: true, domain: [[-2, 2]] }),
  trunc: step('trunc', 'int', { exact: true, domain: [[-2, 2]] }),
  // 32-bit integer functions (ToUint32, ToInt32 of their arguments): steps, as the bitwise operators
  clz32: step('clz32', 'int', { exact: true, domain: [[-2, 2]] }),
  imul: { ...zero('int', 2, (a) => mathCall('imul', ...a), mathFunction('imul'), { exact: true }), math: 'imul' },
  // A bound of subarray or slice, r (an integer: the source's truncated), of an array of n
  // elements: negative counts from the end, and the result is clamped to [0, n]; NaN is 0
  // (ToIntegerOrInfinity, then the spec's clamp: x.subarray(3, 5) of 4 elements is x[3] alone)
  windowBound: zero('int', 2, ([r, n]) => cond(bin('<', r!, num(0)), mathCall('max', add(n!, r!), num(0)), bin('||', mathCall('min', r!, n!), num(0))),
    (r, n) => (r < 0 ? Math.max(n + r, 0) : Math.min(r, n) || 0), { exact: true, keepsIntegers: true }),

  // ToInt32 (ToUint32 for >>>) of the operands, then integer operations: the result is a step
  // function of a number, so its derivative is zero wherever it exists (`x | 0` truncates)
  bitand: bitwise('&', (a, b) => a & b),
  bitor: bitwise('|', (a, b) => a | b),
  bitxor: bitwise('^', (a, b) => a ^ b),
  shl: bitwise('<<', (a, b) => a << b),
  shr: bitwise('>>', (a, b) => a >> b),
  ushr: bitwise('>>>', (a, b) => a >>> b),
  bitnot: zero('int', 1, ([x]) => ({ k: 'un', op: '~', e: x! }), (x) => ~x, { exact: true, domain: [[-2, 2]] }),

  // `if (x)`, `!x`: a number is true unless it is 0, -0 or NaN
  truthy: test(1, ([x]) => not(not(x!)), (x) => !!x, { domain: [[-2, 2]] }),
  isnumber: test(1, ([x]) => bin('===', { k: 'un', op: 'typeof', e: x! }, str('number')), (x) => typeof x === 'number'),
  isnan: test(1, ([x]) => globalCall('Number', 'isNaN', x!), Number.isNaN, { globals: ['Number.isNaN', 'isNaN'], domain: [[-2, 2]] }),
  isfinite: test(1, ([x]) => globalCall('Number', 'isFinite', x!), Number.isFinite, { globals: ['Number.isFinite', 'isFinite'], domain: [[-2, 2]] }),
  isinteger: test(1, ([x]) => globalCall('Number', 'isInteger', x!), Number.isInteger, { globals: ['Number.isInteger'], domain: [[-2, 2]] }),
  issafeinteger: test(1, ([x]) => globalCall('Number', 'isSafeInteger', x!), Number.isSafeInteger, { globals: ['Number.isSafeInteger'], domain: [[-2, 2]] }),

  lt: test(2, binop('<'), (a, b) => a < b),
  le: test(2, binop('<='), (a, b) => a <= b),
  gt: test(2, binop('>'), (a, b) => a > b),
  ge: test(2, binop('>='), (a, b) => a >= b),
  eq: test(2, binop('==='), (a, b) => a === b),
  ne: test(2, binop('!=='), (a, b) => a !== b),
  // (of booleans: `&&` and `||` give one of their operands)
  not: test(1, ([x]) => not(x!), (x) => !x),
  and: zero('bool', 2, binop('&&'), (a, b) => a && b, { exact: true }),
  or: zero('bool', 2, binop('||'), (a, b) => a || b, { exact: true }),

  load: { kind: 'load', arity: 2, eval: ([a, i]) => index(a!, i!) },
  length: zero('int', 1, ([a]) => member(a!, 'length'), undefined),
  // (undefined for a key the object lacks, as in JavaScript)
  lookup: zero('f64', 2, ([o, k]) => index(o!, k!), undefined),
  // `options.units` of an options object parameter (`options: { units?: Units } = {}`): the
  // property, or undefined where the object or the property is left out; a constant of the call
  // (no derivative). Its key is a string constant; its result is typed as the property is.
  // A value whose derivative is not taken, the identity (ir/selections.ts: a loop's running
  // extreme, read after the loop beside the value that carries its derivative). No source spells it.
  held: zero('f64', 1, ([x]) => x!, (x) => x, { exact: true }),
  field: zero('f64', 2, ([o, k]) => (k!.k === 'str' ? optionalMember(o!, k!.value) : index(o!, k!)), undefined),
  // `argsort(a, offset, length, order, typed, step)`: the permutation p a sort of the keys
  // a[offset + i·step], i < length, applies (runtime/sorting.ts: order 1 sorts as `(a, b) => a - b`,
  // -1 as `(a, b) => b - a`, 0 as a typed array's default sort; `typed`: by a typed array's sort,
  // else an Array's; step 1, or k for k-tuples held flat). The sorted copy is its elements read
  // through p (frontend/statements/sorting.ts): integers, piecewise constant in a, so the
  // derivative is that of the reads.
  argsort: zero('int[]', 6, (a) => helperCall('sortPermutation', ...a), undefined),

  // The words of a number are integers: no derivative.
  highWord: zero('int', 1, ([x]) => helperCall('f64HighWord', x!), f64HighWord, { exact: true, package: '@stdlib/number-float64-base-get-high-word' }),
  lowWord: zero('int', 1, ([x]) => helperCall('f64LowWord', x!), f64LowWord, { exact: true, package: '@stdlib/number-float64-base-get-low-word' }),
  // Replacing the low word keeps the sign, the exponent and the top 20 bits of x: piecewise
  // constant in x (@stdlib's erf splits x into that z and x - z, and its formula depends on x
  // alone: z as a constant gives the exact derivative).
  withLowWord: zero('f64', 2, ([x, lo]) => helperCall('f64WithLowWord', x!, lo!), f64WithLowWord, { exact: true, package: '@stdlib/number-float64-base-set-low-word' }),
  // Replacing the high word keeps x's low word: r moves by its own ulp when x moves by its ulp,
  // a power of two (log1p's and expm1's rescaling by 2^-k).
  withHighWord: smooth(2, ([x, hi]) => helperCall('f64WithHighWord', x!, hi!), f64WithHighWord, ([x], out) => [helperCall('f64WithHighWordScale', x!, out), num(0)],
    { exact: true, package: '@stdlib/number-float64-base-set-high-word' }),
  fromWords: zero('f64', 2, ([hi, lo]) => helperCall('f64FromWords', hi!, lo!), f64FromWords, { exact: true, package: '@stdlib/number-float64-base-from-words' }),
  // frac · 2^exp, exp an integer
  ldexp: smooth(2, ([y, k]) => helperCall('f64Ldexp', y!, k!), f64Ldexp, ([, k]) => [helperCall('f64Ldexp', num(1), k!), num(0)],
    { exact: true, package: '@stdlib/math-base-special-ldexp' }),
  // |x| with the sign bit of y: ±1 in x (the product of the two signs, by their sign bits,
  // so −0 counts as negative as the value does), 0 in y (a step)
  copysign: smooth(2, ([x, y]) => helperCall('f64CopySign', x!, y!), f64CopySign,
    ([x, y]) => [bin('*', helperCall('f64CopySign', num(1), x!), helperCall('f64CopySign', num(1), y!)), num(0)],
    { exact: true, package: '@stdlib/math-base-special-copysign' }),
} as const satisfies Record<string, Rule>;

/** The primitive operations of the trace: the rows of the table. */
export type Prim = keyof typeof table;

export const rules: { readonly [P in Prim]: Rule } = table;

export function ruleOf(prim: Prim): Rule {
  return rules[prim];
}

const indexBy = (key: 'math' | 'package') => {
  const m = new Map<string, Prim>();
  for (const [p, r] of Object.entries(rules) as [Prim, Rule][]) if (r[key] !== undefined) m.set(r[key]!, p);
  return m;
};
const byMath = indexBy('math');
const byPackage = indexBy('package');
const byGlobal = new Map<string, Prim>();
for (const [p, r] of Object.entries(rules) as [Prim, Rule][]) for (const g of r.globals ?? []) byGlobal.set(g, p);

/** The primitive `Math.<name>` is (`sin` of `Math.sin`), if it is one. */
export const mathPrim = (member: string): Prim | undefined => byMath.get(member);
/** The primitive a global function is (`Number.isNaN`, as the source spells the callee), if it is one. */
export const globalPrim = (callee: string): Prim | undefined => byGlobal.get(callee);
/** The primitive the main function of a package is (`@stdlib/math-base-special-ldexp`), if it is one. */
export const packagePrim = (pkg: string): Prim | undefined => byPackage.get(pkg);

/** The partials of a differentiable `s`, over its sibling's value where it has one (Eq.sibling). */
export function partialsOf(s: Eq, args: TExpr[], out: TExpr): TExpr[] {
  const rule = rules[s.prim] as Smooth;
  return s.sibling && rule.sibling ? rule.sibling.partials(use(s.sibling)) : rule.partials(args, out);
}

/**
 * `adjoint · partial`, as the reverse sweep adds an output's adjoint b into an argument's. By
 * `Math.sign(x)` (abs's partial), a select, `x > 0 ? b : x < 0 ? -b : b * Math.sign(x)`: the
 * same number in every case (b·1 and b·(−1) are exact; ±0 and NaN take the product as
 * before, and so does its tangent in second order), without the product: in a loop over
 * data of random signs, `s += Math.abs(x[i] - y[i])`, its f_vjp took 0.83 of the time (one
 * process, load 20). b is a variable, read in each branch.
 */
export function timesPartial(adjoint: TExpr, partial: TExpr): TExpr {
  if (adjoint.k !== 'name' || partial.k !== 'call' || partial.callee.k !== 'math' || partial.callee.fn !== 'sign' || partial.args.length !== 1) return mul(adjoint, partial);
  const x = partial.args[0]!;
  if (x.k !== 'name' && x.k !== 'num') return mul(adjoint, partial);
  return cond(bin('>', x, num(0)), adjoint, cond(bin('<', x, num(0)), neg(adjoint), mul(adjoint, partial)));
}
