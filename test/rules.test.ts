/**
 * The rules table, row by row: each differentiable primitive's partials against central
 * finite differences of its own evaluation, at random points of its domain; each
 * piecewise-constant row has a zero derivative. Every primitive must have a row here.
 */
import { prims, type Prim } from '../compiler/rules/prims.js';
import { rules } from '../compiler/rules/table.js';
import { name } from '../compiler/ir/target.js';
import { evaluate } from './support/evaluate.js';
import { rng } from './support/fixtures.js';

type Interval = [number, number];
/** Input domain per argument; `arity` for variadic rows. */
/** `bits`: a number's bit representation, tested in test/bits.test.ts. */
const domains: Record<Prim, Interval[] | 'not-numeric' | 'bits'> = {
  copy: [[-3, 3]], neg: [[-3, 3]], add: [[-3, 3], [-3, 3]], sub: [[-3, 3], [-3, 3]],
  mul: [[-3, 3], [-3, 3]], div: [[-3, 3], [0.5, 3]], mod: [[0.1, 5], [0.7, 2]],
  pow: [[0.2, 3], [-2, 2]],
  sin: [[-3, 3]], cos: [[-3, 3]], tan: [[-1.2, 1.2]], asin: [[-0.9, 0.9]], acos: [[-0.9, 0.9]],
  atan: [[-3, 3]], atan2: [[0.2, 2], [-2, 2]], sinh: [[-2, 2]], cosh: [[-2, 2]], tanh: [[-2, 2]],
  asinh: [[-3, 3]], acosh: [[1.1, 4]], atanh: [[-0.9, 0.9]], exp: [[-2, 2]], expm1: [[-2, 2]],
  log: [[0.1, 4]], log1p: [[-0.9, 3]], log2: [[0.1, 4]], log10: [[0.1, 4]], sqrt: [[0.1, 4]],
  cbrt: [[0.2, 4]], hypot: [[-2, 2], [0.3, 2], [-2, 2]], min: [[-2, 2], [-2, 2], [-2, 2]],
  max: [[-2, 2], [-2, 2], [-2, 2]], abs: [[0.1, 3]], fround: [[-1e-3, 1e-3]],
  sign: [[-2, 2]], floor: [[-2, 2]], ceil: [[-2, 2]], round: [[-2, 2]], trunc: [[-2, 2]],
  // (the binary bitwise rows have a test of their own below)
  bitand: 'not-numeric', bitor: 'not-numeric', bitxor: 'not-numeric', shl: 'not-numeric', shr: 'not-numeric',
  ushr: 'not-numeric', bitnot: [[-2, 2]],
  truthy: [[-2, 2]], isnumber: 'not-numeric', isnan: [[-2, 2]], isfinite: [[-2, 2]], isinteger: [[-2, 2]],
  issafeinteger: [[-2, 2]],
  lt: 'not-numeric', le: 'not-numeric', gt: 'not-numeric', ge: 'not-numeric', eq: 'not-numeric',
  ne: 'not-numeric', not: 'not-numeric', and: 'not-numeric', or: 'not-numeric',
  load: 'not-numeric', length: 'not-numeric',
  highWord: 'bits', lowWord: 'bits', withHighWord: 'bits', withLowWord: 'bits', fromWords: 'bits', ldexp: 'bits', copysign: 'bits',
};

const argNames = ['a', 'b', 'c'];

describe.each(prims.filter((p) => rules[p].kind === 'smooth' && domains[p] !== 'bits').map((p) => [p] as const))('%s', (prim) => {
  test('partials match central finite differences in its domain', () => {
    const rule = rules[prim];
    if (rule.kind !== 'smooth') throw new Error('not smooth');
    const domain = domains[prim] as Interval[];
    const random = rng(prim.length * 7919 + prim.charCodeAt(0));
    const args = domain.map((_, i) => name(argNames[i]!));
    const partials = rule.partials(args, name('out'));
    expect(partials).toHaveLength(domain.length);
    for (let trial = 0; trial < 20; trial++) {
      const env: Record<string, number> = {};
      domain.forEach(([lo, hi], i) => { env[argNames[i]!] = lo + random() * (hi - lo); });
      const f = (e: Record<string, number>) => evaluate(rule.eval(args), e);
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
});

test.each(prims.filter((p) => rules[p].kind === 'zero' && domains[p] !== 'not-numeric' && domains[p] !== 'bits').map((p) => [p] as const))(
  '%s is piecewise constant: zero derivative between its jumps', (prim) => {
    const rule = rules[prim];
    const random = rng(11);
    for (let trial = 0; trial < 20; trial++) {
      const x = -2 + random() * 4;
      const f = (v: number) => evaluate(rule.eval([name('a')]), { a: v });
      // away from a jump (the jumps sit at integers and half-integers), f does not move
      if (Math.abs(x * 2 - Math.round(x * 2)) < 1e-3) continue;
      expect(f(x + 1e-6)).toBe(f(x - 1e-6));
    }
  });

test.each(['bitand', 'bitor', 'bitxor', 'shl', 'shr', 'ushr'] as const)(
  '%s is piecewise constant in both operands, and computes what the operator does', (prim) => {
    const rule = rules[prim];
    const random = rng(prim.length * 131);
    const f = (a: number, b: number) => evaluate(rule.eval([name('a'), name('b')]), { a, b });
    const js: Record<typeof prim, (a: number, b: number) => number> = {
      bitand: (a, b) => a & b, bitor: (a, b) => a | b, bitxor: (a, b) => a ^ b,
      shl: (a, b) => a << b, shr: (a, b) => a >> b, ushr: (a, b) => a >>> b,
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

test('every primitive has a row and a test domain', () => {
  expect(Object.keys(rules).sort()).toEqual([...prims].sort());
  expect(Object.keys(domains).sort()).toEqual([...prims].sort());
});

test('pow with a constant exponent folds: x ** 2 has partial 2 * x', () => {
  const rule = rules.pow;
  if (rule.kind !== 'smooth') throw new Error('not smooth');
  const [dx, dy] = rule.partials([name('x'), { k: 'num', value: 2 }], name('out'));
  expect(dx).toEqual({ k: 'bin', op: '*', l: { k: 'num', value: 2 }, r: { k: 'name', name: 'x' } });
  expect(dy).toEqual({ k: 'num', value: 0 });
});

test('the costly rows (taped, not recomputed, inside loops) are the transcendental functions', () => {
  const costly = prims.filter((p) => { const r = rules[p]; return r.kind === 'smooth' && r.costly === true; });
  expect(costly.sort()).toEqual(['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'cos', 'cosh', 'exp', 'expm1',
    'hypot', 'log', 'log10', 'log1p', 'log2', 'pow', 'sin', 'sinh', 'tan', 'tanh']);
});
