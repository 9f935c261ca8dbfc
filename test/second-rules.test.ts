/**
 * second/rules.ts: `x - x` and `x / x` have no tangent when both operands are one variable, asked
 * of the variables (TVar), not their printed names: on adjoint IR built by hand.
 */
import type { TExpr } from '../compiler/ir/target.js';
import { bin, local, name, ref } from '../compiler/ir/target.js';
import { sameOperands } from '../compiler/second/rules.js';

const binary = (e: TExpr) => e as TExpr & { k: 'bin' };

test('one variable on both sides of - or / is constant; two variables of one name are two values', () => {
  const x = local('x', 'kept');
  const other = local('x', 'kept');
  expect(sameOperands(binary(bin('-', ref(x), ref(x))))).toBe(true);
  expect(sameOperands(binary(bin('/', ref(x), ref(x))))).toBe(true);
  // (named alike, as two variables are before the naming step or across scopes: x_d - x_d' is no zero)
  expect(sameOperands(binary(bin('-', ref(x), ref(other))))).toBe(false);
  expect(sameOperands(binary(bin('/', ref(other), ref(x))))).toBe(false);
  // (+ and * of one variable are not constant; a name no builder made is no variable to compare)
  expect(sameOperands(binary(bin('*', ref(x), ref(x))))).toBe(false);
  expect(sameOperands(binary(bin('-', name('x'), name('x'))))).toBe(false);
});
