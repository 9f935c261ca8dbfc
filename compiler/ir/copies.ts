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
import type { Atom, Block, Func, Stmt, Var } from './types.js';
import { mapBlock, mapStmt, reads, statements } from './walk.js';
import { rules } from '../rules/table.js';
import type { Prim } from '../rules/prims.js';

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

/**
 * Variables that only name a number: an immutable number that lowering made for itself (a
 * temporary: `t1 = copy 1`, a load of `Float64Array.of(1, 0.5)` that tuples.ts replaced by its
 * element; an element of a small array the source declares and never writes, `c_0 = copy 1` of
 * `const c = [1, -2, 0.5]`), defined once, by a copy of a number. Its reads take the number
 * (`t2 = add 1 t1`), and its definition goes where nothing is left to read it: every mode then
 * folds the constant into what it builds (`1 * x` is `x`; a constant has no tangent nor
 * adjoint), where each kept `const t1: number = 1` and read it. The source's own names (`const
 * k = 2`), parameters, and the function's result stay. Run on each function once callees are
 * inlined and tuples replaced (link/modules.ts), so that all modes see the same body.
 */
export function propagateConstants(fn: Func): Func {
  const keep = fn.result?.kind === 'var' ? fn.result.v : undefined;
  const body = fn.body;
  const defs = new Map<Var, number>();
  for (const s of statements(body)) mapStmt(s, { bound: (v) => { defs.set(v, (defs.get(v) ?? 0) + 1); return v; } });
  // (in the order they run: a definition before its reads, `t6 = add 1 0` before `t7 = add j t6`)
  const known = new Map<Var, Atom>();
  const atom = (a: Atom): Atom => (a.kind === 'var' ? known.get(a.v) ?? a : a);
  for (const s of statements(body)) {
    if (s.kind !== 'eq' || !namesNothing(s.out) || s.out === keep || defs.get(s.out) !== 1) continue;
    const value = numberOf(s.prim, s.args.map(atom));
    if (value !== undefined) known.set(s.out, { kind: 'const', value });
  }
  if (known.size === 0) return fn;
  const mapped = mapBlock(body, (s) => mapStmt(s, { atom }));
  // (the definitions nothing reads now: a variable read where a statement holds a variable, not an atom, keeps its own)
  const read = new Set<Var>();
  for (const s of statements(mapped)) for (const v of reads(s)) read.add(v);
  return { ...fn, body: mapBlock(mapped, (s) => (s.kind === 'eq' && known.has(s.out) && !read.has(s.out) ? [] : s)) };
}

/**
 * The number `prim` of numbers makes, for a copy and the arithmetic the adjoint IR folds too
 * (target.ts bin: `1 + 0` is printed `1`), in the same double arithmetic (the rule's value).
 */
function numberOf(prim: Prim, args: readonly Atom[]): number | undefined {
  if (!folded.has(prim) || !args.every((a) => a.kind === 'const' && typeof a.value === 'number' && a.named === undefined)) return undefined;
  const value = rules[prim].value?.(...args.map((a) => (a as Atom & { kind: 'const' }).value as number));
  return typeof value === 'number' ? value : undefined;
}
const folded: ReadonlySet<Prim> = new Set<Prim>(['copy', 'neg', 'add', 'sub', 'mul']);

/** Whether `v` is an immutable number that no name of the source names (see propagateConstants). */
const namesNothing = (v: Var): boolean => !v.mutable && !v.undefinable && (v.type === 'f64' || v.type === 'int') && (v.kind === 'temp' || v.element === true);
