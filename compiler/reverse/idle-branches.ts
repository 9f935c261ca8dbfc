/**
 * The reverse of an `if` in a loop that only passes on adjoints, skipped while they are zero.
 * compute-l2norm's `abs = val < 0 ? -val : val` reverses to
 *
 *   if (t4) { const t5_b = abs_b; abs_b = 0; val_b -= t5_b; } else { val_b += abs_b; abs_b = 0; }
 *
 * and abs_b is nonzero only in the rare iterations whose `t = abs` ran: the branch on the sign
 * of random data is mispredicted half the time for nothing. Under `if (abs_b !== 0)` it is
 * taken only where it has work (l2norm's f_vjp 5% faster).
 *
 * Sound because, with every adjoint the arms zero (`a_b = 0`) already zero, each arm does
 * nothing: it declares block-scoped variables that are zero, adds zero into adjoints, and sets
 * to zero what is zero; its test has no effect. Nothing else is allowed in an arm: no pop (the
 * tape must be read in step), no nested statement, no assignment but those. Zero means what the
 * zero guards of backward.ts mean (`if (out_b !== 0)`): a product of a zero adjoint with an
 * infinite partial contributes nothing rather than NaN, and a zero's sign may differ.
 */
import { type TExpr, type TStmt, type TVar, bin, num, ref } from '../ir/target.js';
import type { Block, Stmt, Var } from '../ir/types.js';
import { reads, walk } from '../ir/walk.js';

type If = TStmt & { k: 'if' };

/**
 * `s` under `if (a_b !== 0 || …)`, a_b… the adjoints its arms zero, where it only passes them on
 * and `oftenZero` holds for one of them (the test is a cost where they are never zero); else `s`.
 */
export function skipWhileZero(s: If, oftenZero: (a: TVar) => boolean): TStmt {
  const zeroed = new Set<TVar>();
  for (const t of [...s.then, ...s.else]) {
    if (t.k === 'assign' && t.op === '=' && t.value.k === 'num' && t.value.value === 0 && isAdjoint(t.target)) zeroed.add(t.target.v!);
  }
  // (the test reads them before the arms: none may be one an arm declares)
  const declared = [...s.then, ...s.else].some((t) => t.k === 'decl' && t.v !== undefined && zeroed.has(t.v));
  if (zeroed.size === 0 || zeroed.size > 2 || declared || !pure(s.test) || ![...zeroed].some(oftenZero)) return s;
  if (!passesOn(s.then, zeroed) || !passesOn(s.else, zeroed)) return s;
  const test = [...zeroed].map((v): TExpr => bin('!==', ref(v), num(0))).reduce((a, b) => bin('||', a, b));
  return { k: 'if', test, then: [s], else: [] };
}

/** Whether each statement of `arm` does nothing while the adjoints `zeroed` are zero (see above). */
function passesOn(arm: readonly TStmt[], zeroed: ReadonlySet<TVar>): boolean {
  const zero = new Set<TVar>(zeroed);
  return arm.every((t) => {
    switch (t.k) {
      case 'comment': return true;
      case 'decl':
        if (!t.v || !t.init || !zeroWith(t.init, zero)) return false;
        zero.add(t.v);
        return true;
      case 'assign':
        if (t.op === '=') return t.value.k === 'num' && t.value.value === 0 && isAdjoint(t.target) && zeroed.has(t.target.v!);
        return (isAdjoint(t.target) || (t.target.k === 'index' && isAdjoint(t.target.array) && pure(t.target.index))) && zeroWith(t.value, zero);
      default: return false;
    }
  });
}

const isAdjoint = (e: TExpr): e is TExpr & { k: 'name'; v: TVar } => e.k === 'name' && e.v?.role === 'adjoint';

/** Whether `e` is zero (or a product of zero with anything) where the variables `zero` are zero, and reads only. */
function zeroWith(e: TExpr, zero: ReadonlySet<TVar>): boolean {
  switch (e.k) {
    case 'num': return e.value === 0;
    case 'name': return e.v !== undefined && zero.has(e.v);
    case 'un': return e.op === '-' && zeroWith(e.e, zero);
    case 'bin':
      if (e.op === '*') return pure(e) && (zeroWith(e.l, zero) || zeroWith(e.r, zero));
      if (e.op === '/') return pure(e.r) && zeroWith(e.l, zero);
      return (e.op === '+' || e.op === '-') && zeroWith(e.l, zero) && zeroWith(e.r, zero);
    case 'cond': return pure(e.test) && zeroWith(e.then, zero) && zeroWith(e.else, zero);
    default: return false;
  }
}

/** Whether evaluating `e` only reads (no tape, no update, no call but Math's), so that skipping it changes nothing. */
function pure(e: TExpr): boolean {
  switch (e.k) {
    case 'num': case 'bool': case 'name': case 'constant': return true;
    case 'bin': return pure(e.l) && pure(e.r);
    case 'un': return pure(e.e);
    case 'cond': return pure(e.test) && pure(e.then) && pure(e.else);
    case 'index': return pure(e.array) && pure(e.index);
    case 'call': return e.callee.k === 'math' && e.args.every(pure);
    default: return false;
  }
}

/**
 * Whether an iteration of the innermost loop around `s` may take a path that reads `x` into
 * nothing with a derivative (l2norm's abs, read by its comparisons and by `t = abs` only where
 * that runs): then x's adjoint is zero in the iterations that take it. Not where every path
 * reads it (a ternary's two values, a temporary used by the next statement).
 */
export function sometimesUnread(body: Block, s: Stmt, x: Var, active: ReadonlySet<Var>): boolean {
  let loop: Stmt | undefined;
  walk(body, { enter: (t, at) => { if (t === s) loop = at.loops[at.loops.length - 1]; } });
  const iteration = loop?.kind === 'for' ? loop.body : loop?.kind === 'while' ? [...loop.pre, ...loop.body] : undefined;
  return iteration !== undefined && !everyPathReads(iteration, x, active);
}

/** Whether every path through `block` reads `x` into an active value (a nested loop may run no time: not counted). */
function everyPathReads(block: Block, x: Var, active: ReadonlySet<Var>): boolean {
  return block.some((t) => {
    if (t.kind === 'if') return everyPathReads(t.then, x, active) && everyPathReads(t.else, x, active);
    if (t.kind === 'for' || t.kind === 'while' || !reads(t).includes(x)) return false;
    return t.kind === 'eq' ? active.has(t.out) : t.kind === 'assign' ? active.has(t.target) : true;
  });
}
