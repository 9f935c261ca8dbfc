/**
 * The variadic `Math` functions over spread arrays (`Math.max(...xs)`, `Math.hypot(a, ...xs)`):
 * folds over the arguments, each spread array (or window) element by element in a loop.
 */
import ts from './typescript.cjs';
import type { Atom, Var } from '../ir/types.js';
import { constAtom, varAtom } from './builder.js';
import { type ExprContext, arrayBinding, lowerExpr, numeric, windowExpr } from './expressions.js';

/** One argument of the call: a number, lowered once, or the elements of a spread array. */
type Operand = { kind: 'number'; value: Atom } | { kind: 'spread'; base: Var; offset?: Atom; length: Atom };

/** An argument of the call, lowered: a spread of something other than an array of numbers is refused. */
function operand(cx: ExprContext, a: ts.Expression, fn: string, fold: string): Operand {
  const { b } = cx;
  if (!ts.isSpreadElement(a)) return { kind: 'number', value: numeric(cx, lowerExpr(cx, a), a) };
  // (`...x.subarray(i, j)`: the window, as after `const w = x.subarray(i, j)`; `...xs.map(f)`,
  // `...xs.slice(1)`, `...helper(x)`: the new array, as after `const w = xs.map(f)`)
  const from = arrayBinding(cx, a.expression) ?? windowExpr(cx, a.expression) ?? cx.arraySource?.(a.expression);
  if (!from) {
    return b.fail(a, 'TSG1002', `the spread '${a.getText(b.sf)}' is not of an array of numbers tsgrad follows`,
      `bind it to a local first (const w = …; Math.${fn}(...w)), or fold it in a loop: ${fold}`);
  }
  if (from.kind === 'var') return { kind: 'spread', base: from.v, length: b.eq('length', [varAtom(from.v)]) };
  const offset = from.offset.kind === 'const' && from.offset.value === 0 ? undefined : from.offset;
  return { kind: 'spread', base: from.base, length: from.length, ...(offset ? { offset } : {}) };
}

/** Emits `visit(x)` for every number the arguments hold, in order: a loop over each spread. */
function forEachNumber(cx: ExprContext, args: readonly Operand[], visit: (x: Atom) => void): void {
  const { b } = cx;
  for (const a of args) {
    if (a.kind === 'number') { visit(a.value); continue; }
    const j = b.generatedVar('j', 'int', false);
    const loc = b.loc;
    const body = b.block(() => {
      const at = a.offset ? b.eq('add', [varAtom(j), a.offset]) : varAtom(j);
      visit(b.eq('load', [varAtom(a.base), at]));
    }, true);
    b.emit({ kind: 'for', index: j, from: constAtom(0), to: a.length, step: 1, inclusive: false, body, loc });
  }
}

/** `Math.max(...xs)`, `Math.min(a, ...xs, b)` (its arguments, spreads of literals flattened): `m = max(m, x)` from −∞ (+∞). */
export function spreadExtremum(cx: ExprContext, args: readonly ts.Expression[], fn: 'max' | 'min', target?: Var): Atom {
  const { b } = cx;
  const fold = `let m = ${fn === 'max' ? '-' : ''}Infinity; for (const v of xs) m = Math.${fn}(m, v)`;
  const acc = b.generatedVar(fn === 'max' ? 'mx' : 'mn', 'f64', true);
  b.assign(acc, constAtom(fn === 'max' ? -Infinity : Infinity), true);
  // (each argument lowered where it is folded in: one pass)
  for (const a of args) forEachNumber(cx, [operand(cx, a, fn, fold)], (x) => b.assign(acc, b.eq(fn, [varAtom(acc), x])));
  return b.eq('copy', [varAtom(acc)], target);
}

/**
 * `Math.hypot(...xs)`: √Σx², computed as V8 computes it, so that the value is bit-equal to
 * the function's (a plain √Σx² differs in the last bit for about a third of inputs, and
 * overflows where hypot does not): the largest |x| as the scale, then a compensated (Kahan)
 * sum of (|x|/scale)², times the scale. Its derivative is xᵢ/h: the scale's own contribution
 * cancels. Of no numbers, or only zeros, the value is 0 (NaN when one is NaN) and the
 * derivative 0; with an infinite |x| the value is Infinity.
 */
export function spreadHypot(cx: ExprContext, written: readonly ts.Expression[], target?: Var): Atom {
  const { b } = cx;
  // (the arguments lowered once, before the two passes over them)
  const args = written.map((a) => operand(cx, a, 'hypot', 'let s = 0; for (const v of xs) s += v * v; and take Math.sqrt(s)'));
  const loc = b.loc;
  const assignIf = (cond: Atom, v: Var, value: () => Atom, otherwise?: () => Atom) => b.emit({
    kind: 'if', cond,
    then: b.block(() => b.assign(v, value())),
    else: otherwise ? b.block(() => b.assign(v, otherwise())) : [],
    loc,
  });
  // the scale: the largest |x| (a NaN is passed over, as V8 does)
  const scale = b.generatedVar('scale', 'f64', true);
  b.assign(scale, constAtom(0), true);
  forEachNumber(cx, args, (x) => {
    const a = b.eq('abs', [x]);
    assignIf(b.eq('gt', [a, varAtom(scale)]), scale, () => a);
  });
  const infinite = b.eq('eq', [varAtom(scale), constAtom(Infinity)]);
  const zero = b.eq('eq', [varAtom(scale), constAtom(0)]);
  // (divided by 1 where the scale is 0 or infinite: the sum is then 0 or NaN, and not the result)
  const divisor = b.generatedVar('divisor', 'f64', true);
  b.assign(divisor, varAtom(scale), true);
  assignIf(b.eq('or', [zero, infinite]), divisor, () => constAtom(1));
  const sum = b.generatedVar('sum', 'f64', true);
  const compensation = b.generatedVar('compensation', 'f64', true);
  b.assign(sum, constAtom(0), true);
  b.assign(compensation, constAtom(0), true);
  forEachNumber(cx, args, (x) => {
    const n = b.eq('div', [b.eq('abs', [x]), varAtom(divisor)]);
    const summand = b.eq('sub', [b.eq('mul', [n, n]), varAtom(compensation)]);
    const preliminary = b.eq('add', [varAtom(sum), summand]);
    b.assign(compensation, b.eq('sub', [b.eq('sub', [preliminary, varAtom(sum)]), summand]));
    b.assign(sum, preliminary);
  });
  const h = b.generatedVar('h', 'f64', true);
  b.assign(h, constAtom(Infinity), true);
  // (of zeros the sum is 0, or NaN when a NaN was passed: the value, with a zero derivative)
  b.emit({
    kind: 'if', cond: b.eq('not', [infinite]),
    then: b.block(() => assignIf(zero, h, () => varAtom(sum), () => b.eq('mul', [b.eq('sqrt', [varAtom(sum)]), varAtom(scale)]))),
    else: [], loc,
  });
  return b.eq('copy', [varAtom(h)], target);
}
