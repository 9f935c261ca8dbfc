/**
 * Operands that hold one value under two names: `a = c; …; c / a`. Where every path to an
 * equation `x / y` or `x - y` leaves `y` holding the value of the immutable `x` (`a = c`, `const u = c`) (or the
 * reverse), the equation is rewritten onto the one variable, `x / x`: the same value, and a
 * constant (1 where defined, 0) that activity analysis then knows carries no derivative.
 *
 * Without it the chain rule goes through such a constant term by term, and where it feeds a
 * function with an infinite derivative the terms are ∞ − ∞: tween-functions' easeOutElastic
 * computes `a = c; … Math.asin(c / a)`, asin(1), whose gradient came out NaN.
 */
import type { Block, Stmt, Var } from './types.js';
import { mapStmt, statements } from './walk.js';
import { rules } from '../rules/table.js';

/** Whether `s` is `x / x` or `x - x`: a constant, whatever x is. */
export function isSameOperandConstant(s: Stmt): boolean {
  if (s.kind !== 'eq' || !rules[s.prim].constantOnSameOperands || s.args.length !== 2) return false;
  const [x, y] = s.args;
  return x!.kind === 'var' && y!.kind === 'var' && x.v === y.v;
}

/** `body` with such equations rewritten onto one variable (the rest unchanged). */
export function sameOperands(body: Block): Block {
  return walk(body, new Map());
}

/** `holds`: variables known to hold the value of an immutable one here. */
function walk(block: Block, holds: Map<Var, Var>): Stmt[] {
  const out: Stmt[] = [];
  const forget = (v: Var) => {
    holds.delete(v);
    for (const [k, w] of holds) if (w === v) holds.delete(k);
  };
  const hold = (v: Var, value: Var) => {
    const source = holds.get(value) ?? value;
    if (!source.mutable && source !== v && (v.type === 'f64' || v.type === 'int')) holds.set(v, source);
  };
  for (const s of block) {
    switch (s.kind) {
      case 'assign':
        forget(s.target);
        if (s.value.kind === 'var') hold(s.target, s.value.v);
        out.push(s);
        break;
      case 'eq': {
        forget(s.out);
        const [x, y] = s.args;
        if (s.prim === 'copy' && x?.kind === 'var') hold(s.out, x.v);
        if (rules[s.prim].constantOnSameOperands && s.args.length === 2 && x!.kind === 'var' && y!.kind === 'var' && x.v !== y.v) {
          const vx = holds.get(x.v) ?? x.v;
          const vy = holds.get(y.v) ?? y.v;
          if (vx === vy) {
            const one = { kind: 'var' as const, v: vx };
            out.push({ ...s, args: [one, one] });
            break;
          }
        }
        out.push(s);
        break;
      }
      case 'call':
        if (s.out) forget(s.out);
        out.push(s);
        break;
      case 'if': {
        const other = new Map(holds);
        const then = walk(s.then, holds);
        const otherwise = walk(s.else, other);
        for (const [k, w] of [...holds]) if (other.get(k) !== w) holds.delete(k);
        out.push({ ...s, then, else: otherwise });
        break;
      }
      case 'for':
      case 'while': {
        // what the loop assigns holds nothing known on entry to an iteration, nor after it
        const inner = s.kind === 'for' ? s.body : [...s.pre, ...s.body];
        for (const t of statements(inner)) {
          if (t.kind === 'assign') forget(t.target);
          if (t.kind === 'eq') forget(t.out);
          if (t.kind === 'call' && t.out) forget(t.out);
        }
        if (s.kind === 'for') forget(s.index);
        out.push(mapStmt(s, { block: (b) => walk(b, new Map(holds)) }));
        break;
      }
      default:
        out.push(s);
    }
  }
  return out;
}
