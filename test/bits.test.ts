/**
 * A number's bit representation (runtime/bits.ts): the same results as @stdlib's own
 * functions, which generated code replaces with them, and the derivatives the rules table
 * gives those that are not integers.
 */
import getHighWord from '@stdlib/number-float64-base-get-high-word';
import getLowWord from '@stdlib/number-float64-base-get-low-word';
import setHighWord from '@stdlib/number-float64-base-set-high-word';
import setLowWord from '@stdlib/number-float64-base-set-low-word';
import fromWords from '@stdlib/number-float64-base-from-words';
import ldexp from '@stdlib/math-base-special-ldexp';
import copysign from '@stdlib/math-base-special-copysign';
import {
  f64CopySign, f64FromWords, f64HighWord, f64Ldexp, f64LowWord, f64WithHighWord, f64WithHighWordScale, f64WithLowWord,
} from '../runtime/bits.js';
import { rules } from '../compiler/rules/table.js';
import { name } from '../compiler/ir/target.js';
import { evaluate } from './support/evaluate.js';
import { rng } from './support/fixtures.js';

const random = rng(20261203);
const values = [
  0, -0, 1, -1, 0.5, 2, 3.75, -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-310, 1.7976931348623157e308,
  Infinity, -Infinity, NaN, Math.PI, -Math.E,
  ...Array.from({ length: 200 }, () => (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20)),
];
const words = [0, 1, 0x3ff00000, 0x3fe00000, 0x7ff00000, 0x80000000, 0xffffffff, 0x000fffff, 1072693248, 0x40000000];

test.each(values.map((v) => [v]))('the words of %p are @stdlib\'s', (x) => {
  expect(f64HighWord(x)).toBe(getHighWord(x));
  expect(f64LowWord(x)).toBe(getLowWord(x));
  for (const w of words) {
    expect(Object.is(f64WithHighWord(x, w), setHighWord(x, w))).toBe(true);
    expect(Object.is(f64WithLowWord(x, w), setLowWord(x, w))).toBe(true);
    expect(Object.is(f64FromWords(w, f64LowWord(x)), fromWords(w, getLowWord(x)))).toBe(true);
  }
});

test.each(values.map((v) => [v]))('copysign(%p, y) is @stdlib\'s (bit for bit) for y of both signs, zeros, infinities and NaN', (x) => {
  for (const y of [1, -1, 0, -0, Infinity, -Infinity, NaN, -NaN, 3.5e-310, -2.5]) expect(Object.is(f64CopySign(x, y), copysign(x, y))).toBe(true);
});

test.each(values.map((v) => [v]))('ldexp(%p, k) is @stdlib\'s for k across the range', (x) => {
  for (const k of [0, 1, -1, 5, -5, 52, -52, 1000, -1000, 1023, 1024, -1022, -1023, -1074, -1075, 2000, -2000, 2098, -2098]) {
    expect(Object.is(f64Ldexp(x, k), ldexp(x, k))).toBe(true);
  }
});

describe('derivatives', () => {
  const row = (prim: 'withHighWord' | 'withLowWord' | 'ldexp' | 'copysign') => rules[prim];

  test('withHighWord: ±2^(E(r) − E(x)) is the slope of the value where the low word does not wrap', () => {
    const rule = row('withHighWord');
    if (rule.kind !== 'smooth') throw new Error('smooth');
    const [dx, dHigh] = rule.partials([name('a'), name('b')], name('out'));
    expect(dHigh).toEqual({ k: 'num', value: 0 });
    for (const x of [1.5, 3.1, 1e-3, 12345.678, -2.5, 1e300]) {
      for (const high of [0x3ff00000 | (f64HighWord(x) & 0xfffff), 0x3fe00000 | (f64HighWord(x) & 0xfffff), 0xbff00000 | (f64HighWord(x) & 0xfffff)]) {
        const out = f64WithHighWord(x, high);
        const d = evaluate(dx!, { a: x, b: high, out });
        expect(d).toBe(f64WithHighWordScale(x, out));
        // move x by 100 of its ulps within one high word: r moves by 100 of its own
        const lo = f64LowWord(x);
        const step = lo < 2 ** 31 ? 100 : -100;
        const moved = f64WithLowWord(x, lo + step);
        const slope = (f64WithHighWord(moved, high) - out) / (moved - x);
        expect(slope).toBe(d);
      }
    }
  });

  test('withLowWord is constant in x between changes of its high word (erf\'s z)', () => {
    const rule = row('withLowWord');
    expect(rule.kind).toBe('zero');
    for (const x of [1.3, 2.9, 5.37, -4.2]) {
      const h = x * 1e-12;
      expect(f64WithLowWord(x + h, 0)).toBe(f64WithLowWord(x - h, 0));
    }
  });

  test('ldexp: ∂/∂y = 2^k, ∂/∂k = 0 (k an integer)', () => {
    const rule = row('ldexp');
    if (rule.kind !== 'smooth') throw new Error('smooth');
    const [dy, dk] = rule.partials([name('a'), name('b')], name('out'));
    expect(dk).toEqual({ k: 'num', value: 0 });
    for (const [y, k] of [[1.5, 3], [0.7, -10], [-3.2, 100], [1.1, -1030]] as const) {
      const h = 1e-6;
      const fd = (f64Ldexp(y + h, k) - f64Ldexp(y - h, k)) / (2 * h);
      const d = evaluate(dy!, { a: y, b: k, out: f64Ldexp(y, k) });
      expect(d).toBe(2 ** k);
      expect(Math.abs(fd - d)).toBeLessThanOrEqual(1e-6 * Math.abs(d));
    }
  });

  test('copysign: ∂/∂x = sign(x)·sign(y) by their sign bits, ∂/∂y = 0', () => {
    const rule = row('copysign');
    if (rule.kind !== 'smooth') throw new Error('smooth');
    const [dx, dy] = rule.partials([name('a'), name('b')], name('out'));
    expect(dy).toEqual({ k: 'num', value: 0 });
    for (const [x, y] of [[1.5, 3], [1.5, -3], [-0.7, 2], [-0.7, -0.5], [2, -0], [-2, 0]] as const) {
      const h = 1e-6;
      const fd = (f64CopySign(x + h, y) - f64CopySign(x - h, y)) / (2 * h);
      expect(evaluate(dx!, { a: x, b: y, out: f64CopySign(x, y) })).toBe(Math.sign(fd));
    }
  });
});
