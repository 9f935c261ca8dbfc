/**
 * The rules table, row by row, on the domain each row gives: each differentiable primitive's
 * partials against central finite differences of its value, each piecewise-constant row's
 * zero derivative, the generated code (`eval`) against the value, and the row's other facts
 * (integers, Math arity, costly) against what the value does. The rows on a number's bits
 * (a `package`) are tested in test/bits.test.ts.
 */
import { prims } from '../compiler/rules/prims.js';
import { type Interval, type Rule, rules } from '../compiler/rules/table.js';
import { evaluate as evaluateCode } from '../compiler/interpret/evaluate.js';
import { name, namesIn, someExpr } from '../compiler/ir/target.js';
import { evaluate } from './support/evaluate.js';
import { rng } from './support/fixtures.js';

const argNames = ['a', 'b', 'c'];

describe.each(prims.filter((p) => rules[p].kind === 'smooth' && !rules[p].package).map((p) => [p] as const))('%s', (prim) => {
  test('partials match central finite differences in its domain', () => {
    const rule = rules[prim];
    if (rule.kind !== 'smooth') throw new Error('not smooth');
    const domain = rule.domain!;
    const random = rng(prim.length * 7919 + prim.charCodeAt(0));
    const args = domain.map((_, i) => name(argNames[i]!));
    const partials = rule.partials(args, name('out'));
    expect(partials).toHaveLength(domain.length);
    for (let trial = 0; trial < 20; trial++) {
      const env: Record<string, number> = {};
      domain.forEach(([lo, hi], i) => { env[argNames[i]!] = lo + random() * (hi - lo); });
      const f = (e: Record<string, number>) => rule.value(...argNames.slice(0, domain.length).map((x) => e[x]!));
      env.out = f(env);
      partials.forEach((partial, i) => {
        const x = argNames[i]!;
        // fround rounds to single precision: a step far above its rounding error
        const h = prim === 'fround' ? 1e-2 : 1e-6 * Math.max(1, Math.abs(env[x]!));
        const fd = (f({ ...env, [x]: env[x]! + h }) - f({ ...env, [x]: env[x]! - h })) / (2 * h);
        const d = evaluate(partial, env);
        expect(Math.abs(d - fd)).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
      });
    }
  });

  test("partials over a sibling's value (the sibling row's value of the same arguments) are the partials", () => {
    const rule = rules[prim];
    if (rule.kind !== 'smooth' || !rule.sibling) return;
    const other = rules[rule.sibling.prim as keyof typeof rules];
    if (other.kind !== 'smooth') throw new Error(`${rule.sibling.prim} is not smooth`);
    const args = rule.domain!.map((_, i) => name(argNames[i]!));
    const direct = rule.partials(args, name('out'));
    const over = rule.sibling.partials(name('other'));
    const random = rng(prim.length * 104729);
    for (let trial = 0; trial < 20; trial++) {
      const env: Record<string, number> = {};
      rule.domain!.forEach(([lo, hi], i) => { env[argNames[i]!] = lo + random() * (hi - lo); });
      const values = argNames.slice(0, args.length).map((x) => env[x]!);
      env.out = rule.value(...values);
      env.other = other.value(...values);
      over.forEach((p, i) => expect(evaluate(p, env)).toBe(evaluate(direct[i]!, env)));
    }
  });

  test('partials that read the value hold the expression given for it, that node itself (second/tangents.ts finds it by identity)', () => {
    const rule = rules[prim];
    if (rule.kind !== 'smooth') throw new Error('not smooth');
    const out = name('out');
    for (const p of rule.partials(rule.domain!.map((_, i) => name(argNames[i]!)), out)) {
      expect(someExpr(p, (x) => x === out)).toBe(namesIn(p).has('out'));
    }
  });
});

test.each(prims.filter((p) => rules[p].kind === 'zero' && rules[p].domain && !rules[p].package).map((p) => [p] as const))(
  '%s is piecewise constant: zero derivative between its jumps', (prim) => {
    const rule = rules[prim];
    const random = rng(11);
    expect(rule.domain).toEqual([[-2, 2]]);
    for (let trial = 0; trial < 20; trial++) {
      const x = -2 + random() * 4;
      const f = (v: number) => rule.value!(v);
      // away from a jump (the jumps sit at integers and half-integers), f does not move
      if (Math.abs(x * 2 - Math.round(x * 2)) < 1e-3) continue;
      expect(f(x + 1e-6)).toBe(f(x - 1e-6));
    }
  });

test.each(['bitand', 'bitor', 'bitxor', 'shl', 'shr', 'ushr', 'imul'] as const)(
  '%s is piecewise constant in both operands, and computes what the operator does', (prim) => {
    const rule = rules[prim];
    const random = rng(prim.length * 131);
    const f = (a: number, b: number) => rule.value!(a, b) as number;
    const js: Record<typeof prim, (a: number, b: number) => number> = {
      bitand: (a, b) => a & b, bitor: (a, b) => a | b, bitxor: (a, b) => a ^ b,
      shl: (a, b) => a << b, shr: (a, b) => a >> b, ushr: (a, b) => a >>> b, imul: Math.imul,
    };
    for (let trial = 0; trial < 40; trial++) {
      const a = -40 + random() * 80;
      const b = random() * 8;
      expect(f(a, b)).toBe(js[prim](a, b));
      expect(Number.isInteger(f(a, b))).toBe(true);
      // the jumps sit at integers: away from them, neither operand moves the result
      if (Math.abs(a - Math.round(a)) < 1e-3 || Math.abs(b - Math.round(b)) < 1e-3) continue;
      expect(f(a + 1e-6, b)).toBe(f(a - 1e-6, b));
      expect(f(a, b + 1e-6)).toBe(f(a, b - 1e-6));
    }
  });

test('every differentiable row has a test domain, an interval per argument (three of a variadic one)', () => {
  for (const p of prims) {
    const rule: Rule = rules[p];
    if (rule.kind === 'smooth' && !rule.package) expect([p, rule.domain !== undefined]).toEqual([p, true]);
    if (rule.domain) expect([p, rule.domain.length]).toEqual([p, rule.arity === 'any' ? 3 : rule.arity]);
  }
});

/** Points of a row's domain, or of [-2, 2] for each argument where it gives none. */
function points(rule: Rule, seed: number, count = 20): number[][] {
  const random = rng(seed);
  const domain: readonly Interval[] = rule.domain ?? Array.from({ length: rule.arity === 'any' ? 3 : rule.arity }, (): Interval => [-2, 2]);
  return Array.from({ length: count }, () => domain.map(([lo, hi]) => lo + random() * (hi - lo)));
}

test.each(prims.filter((p) => rules[p].value).map((p) => [p] as const))(
  '%s: the generated code computes its value (the one constant folding and the interpreter use)', (prim) => {
    const rule = rules[prim];
    const args = argNames.map((a) => name(a));
    // (integers too: the bitwise rows and the tests of integers see them)
    for (const xs of [...points(rule, 17), ...points(rule, 19).map((p) => p.map(Math.round))]) {
      const code = evaluateCode(rule.eval(args.slice(0, xs.length)), new Map(xs.map((x, i) => [argNames[i]!, x])));
      expect(Object.is(code, rule.value!(...xs))).toBe(true);
    }
  });

test.each(prims.filter((p) => rules[p].keepsIntegers || (rules[p].kind === 'zero' && (rules[p] as { type: string }).type === 'int' && rules[p].value)).map((p) => [p] as const))(
  '%s gives integers (of integers, where it keeps them): its result is typed int', (prim) => {
    const rule = rules[prim];
    for (const xs of points(rule, 23, 40)) {
      const args = rule.keepsIntegers ? xs.map((x) => Math.round(x * 3) || 1) : xs.map((x) => x * 7.3);
      expect([args, Number.isInteger(rule.value!(...args))]).toEqual([args, true]);
    }
  });

test.each(prims.filter((p) => rules[p].math).map((p) => [p] as const))('%s is Math.%s of as many arguments', (prim) => {
  const rule = rules[prim];
  const fn = (Math as unknown as Record<string, (...a: number[]) => number>)[rule.math!]!;
  expect(typeof fn).toBe('function');
  // (Math.hypot, min and max take any number: their length is 2)
  expect(rule.arity === 'any' ? 2 : rule.arity).toBe(fn.length);
});

test('pow with a constant exponent folds: x ** 2 has partial 2 * x', () => {
  const rule = rules.pow;
  if (rule.kind !== 'smooth') throw new Error('not smooth');
  const [dx, dy] = rule.partials([name('x'), { k: 'num', value: 2 }], name('out'));
  expect(dx).toEqual({ k: 'bin', op: '*', l: { k: 'num', value: 2 }, r: { k: 'name', name: 'x' } });
  expect(dy).toEqual({ k: 'num', value: 0 });
});

test('the costly rows (taped, not recomputed, inside loops) are the functions JavaScript approximates, but sqrt', () => {
  for (const p of prims) {
    const rule = rules[p];
    if (rule.kind !== 'smooth') continue;
    expect([p, rule.costly === true]).toEqual([p, !rule.exact && p !== 'sqrt']);
  }
  expect(prims.filter((p) => { const r = rules[p]; return r.kind === 'smooth' && r.costly; })).toEqual(expect.arrayContaining(['exp', 'log', 'sin', 'tanh', 'pow']));
});

// `x ** n` at x < 0 (an integer n): the exponent's derivative is 0 there (README, "Choices where
// the language leaves room"), and the base's partial n·x^(n−1) takes n as Math.trunc(n), with no
// derivative, so that second order agrees with it both ways: the Hessian is symmetric (trial39
// finding 1: ∂²f/∂n∂x was x^(n−1) = 2.25, ∂²f/∂x∂n 0). At x > 0 both are x^(n−1)(1 + n·log x).
test('the Hessian of x ** n is symmetric at a negative base, and at a positive one is the exact one', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { pow_hessian } = require('../fixtures/math/pow/input.grad.ts') as {
    pow_hessian: (x: number, y: number) => { value: number; grad: { x: number; y: number }; hessian: Float64Array };
  };
  // (the fixture's pow(x, y) = x ** y + y ** 3 + 2 ** x)
  const neg = pow_hessian(-1.5, 3);
  expect(neg.grad.y).toBe(27);
  expect(neg.hessian[1]).toBe(0);
  expect(neg.hessian[2]).toBe(0);
  expect(neg.hessian[0]).toBeCloseTo(6 * -1.5 + 2 ** -1.5 * Math.LN2 ** 2, 12);
  expect(neg.hessian[3]).toBeCloseTo(18, 12);
  const pos = pow_hessian(1.5, 3);
  const mixed = 1.5 ** 2 * (1 + 3 * Math.log(1.5));
  expect(pos.hessian[1]).toBeCloseTo(mixed, 12);
  expect(pos.hessian[2]).toBeCloseTo(mixed, 12);
});
