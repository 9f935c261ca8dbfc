/**
 * Fusing the reverse of a final loop into the loop itself.
 *
 * When a function ends with a counted loop whose iterations reach the result only by adding
 * into the accumulator it returns (`s += e(i)`), the accumulator's adjoint is the seed
 * throughout the loop's reverse, and one iteration's reverse depends on no other iteration.
 * If the loop needs no tape, each iteration's reverse can then run right after its forward
 * body, reading the values the forward body just computed instead of recomputing them, and
 * the second pass over the data disappears.
 */
import type { Block, For, Func, Stmt, Var } from '../ir/types.js';
import {
  TOP, type TExpr, type TStmt, type TVar, type TapeOp, anyOwnExpr, declare as declare_, eachExprIn, eachStmt, isTape, mapStmts, num, popOps, ref, someExpr, stmtHas, unnamed, update,
} from '../ir/target.js';
import { reads, statements, writes } from '../ir/walk.js';
import type { ReverseReads } from '../analyze/reverse-reads.js';
import type { TapePlan } from './plan.js';

/**
 * The final loop, when its reverse can run inside it: decided from the plan and what the
 * reverse sweep reads under it (analyze/reverse-reads.ts), before either sweep is built.
 */
export function fusableLoop(fn: Func, active: ReadonlySet<Var>, plan: TapePlan, reverse: Pick<ReverseReads, 'readers' | 'available' | 'reversed'>): For | undefined {
  const last = fn.body[fn.body.length - 1];
  const s = fn.result?.kind === 'var' ? fn.result.v : undefined;
  if (!last || last.kind !== 'for' || last.checkpoint || !s || !s.mutable || s.kind === 'param' || !active.has(s)) return undefined;
  const inLoop = new Set<Stmt>(statements([last]));
  // s is read only by its accumulation `t = s + e`: an e that depends on s (`s += 0.5 * s +
  // sin(x[i])`) scales s's adjoint from one iteration to the next, so that each iteration's
  // reverse needs the adjoint the later iterations leave, which the fused loop does not have
  const accumulation = [...inLoop].find((st) => st.kind === 'assign' && st.target === s);
  const def = accumulation?.kind === 'assign' && accumulation.value.kind === 'var'
    ? [...inLoop].find((st) => st.kind === 'eq' && st.out === (accumulation.value as { v: Var }).v) : undefined;
  if ([...inLoop].some((st) => st !== def && st.kind !== 'for' && st.kind !== 'while' && st.kind !== 'if' && reads(st).includes(s))) return undefined;
  // (a variable each iteration sets before it reads it: its value, and so its adjoint, passes
  // from no iteration to the next)
  const fresh = (v: Var) => declaredWithin(v, fn.body, inLoop) || assignedFirst(last.body, v) === true;
  for (const st of inLoop) {
    // (a throw in a later iteration must find adj as it was: no reverse runs before it)
    if (st.kind === 'throw' || (st.kind === 'call' && st.callee.mayThrow)) return undefined;
    // (no trip count, no snapshot, no step of a counter the reverse inverts; a save only of a
    // variable each iteration sets afresh: the iteration's reverse, right after its forward body,
    // takes off the tape what that body put on it (temporaries taped after it, record.ts
    // pushAfter; decisions; saved values), and the value a save restores is one the next
    // iteration does not read)
    if ((st.kind === 'while' && reverse.reversed.has(st)) || plan.snapshots.has(st) || plan.counters?.steps.has(st)) return undefined;
    if (plan.overwrites.has(st) && !(st.kind === 'assign' && fresh(st.target))) return undefined;
    if ((st.kind === 'store' || st.kind === 'fill' || st.kind === 'push') && active.has(st.array)) return undefined;
    if (st.kind === 'call' && st.writes.some((i) => { const a = st.args[i]; return a?.kind === 'var' && active.has(a.v); })) return undefined;
    if (st.kind === 'alloc' && active.has(st.target)) return undefined;
    if (st.kind === 'assign' && active.has(st.target)) {
      if (st.target === s) {
        if (!accumulates(s, st.value, last.body)) return undefined;
      } else if (!fresh(st.target)) {
        return undefined; // an active value carried from one iteration to the next
      }
    }
  }
  // the reverse must not read the accumulator (whose value the fused loop has moved on from)
  for (const r of reverse.readers.get(s) ?? []) if (inLoop.has(r)) return undefined;
  return last;
}

/** `s = t` with `t = s + e`, `e + s` or `s - e`: s's adjoint passes through unchanged. */
function accumulates(s: Var, value: Stmt extends never ? never : { kind: string; v?: Var }, body: Block): boolean {
  if (value.kind !== 'var') return false;
  const def = [...statements(body)].find((x) => x.kind === 'eq' && x.out === value.v);
  if (!def || def.kind !== 'eq') return false;
  const [a, b] = def.args;
  const isS = (x: typeof a) => x?.kind === 'var' && x.v === s;
  if (def.prim === 'add') return (isS(a) && !isS(b)) || (isS(b) && !isS(a));
  if (def.prim === 'sub') return isS(a) && !isS(b);
  return false;
}

/** Every assignment of `v` is inside the loop, and the first one there declares it. */
function declaredWithin(v: Var, body: Block, inLoop: ReadonlySet<Stmt>): boolean {
  const assigns = [...statements(body)].filter((x) => x.kind === 'assign' && x.target === v);
  return assigns.every((x) => inLoop.has(x)) && assigns[0]?.kind === 'assign' && assigns[0].decl;
}

/**
 * On every path through `block`, `v` is assigned before anything reads it: true; read first on
 * some path: false; neither read nor surely assigned: undefined.
 */
function assignedFirst(block: Block, v: Var): boolean | undefined {
  for (const st of block) {
    const first = firstUse(st, v);
    if (first !== undefined) return first;
  }
  return undefined;
}

function firstUse(st: Stmt, v: Var): boolean | undefined {
  if (st.kind === 'if') {
    if (st.cond.kind === 'var' && st.cond.v === v) return false;
    const a = assignedFirst(st.then, v), b = assignedFirst(st.else, v);
    return a === false || b === false ? false : a === true && b === true ? true : undefined;
  }
  // (a loop may run no step: what it assigns is not surely assigned)
  if (st.kind === 'for' || st.kind === 'while') return [...statements([st])].some((t) => reads(t).includes(v) || writes(t).has(v)) ? false : undefined;
  if (reads(st).includes(v)) return false;
  if ((st.kind === 'assign' && st.target === v) || (st.kind === 'eq' && st.out === v)) return true;
  return writes(st).has(v) ? false : undefined;
}

/**
 * The fused loop: the forward loop's body followed by the iteration's reverse, minus the
 * recomputations of values the forward body has just declared in the same scope. What the
 * iteration's forward body puts on the tape its reverse takes off in the same iteration; when
 * every value it takes off is one the forward body has declared (a temporary taped after it,
 * a decision's flag), neither is left: no tape in the loop; else the others are taken off
 * as before, and those only dropped (the tape pairs them by their order). Undefined where the
 * loop's tape is not pushes and pops alone.
 */
export function fuse(forwardLoop: TStmt, reverseLoop: TStmt, comment: string): TStmt | undefined {
  if (forwardLoop.k !== 'for' || reverseLoop.k !== 'for') throw new Error('fusion expects counted loops');
  const declared = new Set(forwardLoop.body.flatMap((x) => (x.k === 'decl' ? [variable(x)] : [])));
  const dropped = (x: TStmt) => x.k === 'decl' && declared.has(variable(x));
  let reverse = reverseLoop.body.filter((x) => !dropped(x));
  let forward = forwardLoop.body;
  if (usesTape(forwardLoop.body) || usesTape(reverseLoop.body)) {
    // (only pushes, each a statement of its own, and pops)
    const pushes = (code: readonly TStmt[]) => code.flatMap((x): TStmt[] => [...eachTStmt(x)].filter((t) => t.k === 'expr' && isTape(t.e) && !popOps.has(t.e.op)));
    const ops = (code: readonly TStmt[]) => { const out: TExpr[] = []; eachExprIn(code, (e) => { if (e.k === 'tape') out.push(e); }); return out; };
    const pushed = pushes(forwardLoop.body);
    if (ops(forwardLoop.body).length !== pushed.length || pushes(reverseLoop.body).length > 0 || ops(reverseLoop.body).some((e) => e.k !== 'tape' || !popOps.has(e.op))) return undefined;
    if (!usesTape(reverse)) {
      // (nothing left to take off: nothing put on)
      forward = dropStmts(forwardLoop.body, new Set(pushed));
    } else {
      if (reverseLoop.body.some((x) => dropped(x) && ops([x]).some((e) => !isTape(e, 'pop', 'popInt', 'popBool')))) return undefined;
      // (the values still taken off are taken off in their order: a value the forward body
      // declared is taken off and left, `--top`)
      const discards = new Set<TStmt>();
      reverse = reverseLoop.body.flatMap((x): TStmt[] => (dropped(x) ? ops([x]).map((): TStmt => { const d: TStmt = { k: 'expr', e: update(TOP, '-=', 1, true) }; discards.add(d); return d; }) : [x]));
      const local = !movesTop(forwardLoop.body) && !movesTop(reverseLoop.body) ? inLocals(forward, reverse, discards, declared) : undefined;
      if (local) return { ...forwardLoop, body: [...local.declare, ...local.forward, { k: 'comment', text: comment }, ...local.reverse] };
    }
  }
  return { ...forwardLoop, body: [...forward, { k: 'comment', text: comment }, ...reverse] };
}

/** The save that a restore taken off the tape pairs with. */
const pushOf = { pop: 'push', popInt: 'pushInt', popBool: 'pushBool' } as const;

/**
 * The fused iteration without its tape, where what is left on it is only what the iteration
 * itself puts on and takes off: values the forward body declared and decisions, put on and
 * dropped (`--top`, `discards`), the old values of variables it assigns, saved before an
 * assignment and restored in the reverse (the `w` that the reverse of `w = Math.sin(w)` reads),
 * and values declared under a test, taped where the reverse's mirrored test reads them.
 * The first are left out on both sides; a saved value is kept in a local of the iteration
 * (`const w_saved = w` … `w = w_saved`; declared first where saved under a test) instead of a slot
 * of the tape.
 *
 * Sound since the tape is last in, first out, one iteration's pushes and pops balance (fuse), and
 * a restore of `w` takes off the value a save of `w` put on: without the tape's other values in
 * between, the saves and restores of `w` pair among themselves, the last save with the first
 * restore. The reverse mirrors the forward body, in reverse order within a block but with an if's
 * branches in their places: among the saves of `w` under the same tests (the same constants of
 * the iteration, the same branches) and outside nested loops, the k-th from the start pairs with
 * the k-th restore from the end under those tests, so in any iteration both run or neither does,
 * and each such pair is one local. `own`: the variables the iteration declares in its scope, which the reverse
 * shares. Undefined where the tape holds anything else (arrays, a value read
 * where it is taken off) or a save and its restore are not so paired.
 */
function inLocals(forward: readonly TStmt[], reverse: readonly TStmt[], discards: ReadonlySet<TStmt>, own: ReadonlySet<TVar>): { declare: TStmt[]; forward: TStmt[]; reverse: TStmt[] } | undefined {
  // (the iteration's constants, numbered: a guard is the path of tests as numbers and branches)
  const constants = new Map<TVar, number>();
  eachStmt(forward, (x) => { if (x.k === 'decl' && x.kind === 'const') constants.set(variable(x), constants.size); });
  const values = new Set<TStmt>();
  type Site = { readonly at: TStmt; readonly guard: string };
  const saves = new Map<TVar, { push: Site[]; pop: Site[]; op: TapeOp }>();
  // (`guard`: the tests a statement is under and their branches; undefined in a nested loop,
  // where a statement runs once per step, or under a test that is not a constant of the iteration)
  const walk = (code: readonly TStmt[], guard: string | undefined, visit: (x: TStmt, guard: string | undefined) => boolean): boolean => code.every((x) => {
    if (!visit(x, guard)) return false;
    if (x.k === 'try') return !usesTape([x]);
    if (x.k === 'if') {
      // (`if (!t)`, a reverse's test of the forward's `if (t) … else …` with only the else to mirror: its branches swapped)
      const negated = x.test.k === 'un' && x.test.op === '!';
      const name = negated ? (x.test as TExpr & { k: 'un' }).e : x.test;
      const test = name.k === 'name' ? constants.get(variable(name)) : undefined;
      const under = (branch: string) => (guard === undefined || test === undefined ? undefined : `${guard}/${test}:${branch}`);
      return walk(x.then, under(negated ? 'else' : 'then'), visit) && walk(x.else, under(negated ? 'then' : 'else'), visit);
    }
    return x.k === 'for' || x.k === 'while' || x.k === 'loop' ? walk(x.body, undefined, visit) : x.k === 'block' ? walk(x.body, guard, visit) : true;
  });
  const ownTape = (x: TStmt) => anyOwnExpr(x, (e) => someExpr(e, (y) => y.k === 'tape' || (y.k === 'update' && y.v === TOP)));
  const pushesOk = walk(forward, '', (x, guard) => {
    if (!ownTape(x)) return true;
    if (x.k !== 'expr' || !isTape(x.e, 'push', 'pushInt', 'pushBool')) return false;
    const a = x.e.args[0];
    if (a?.k === 'num' || a?.k === 'bool' || (a?.k === 'name' && own.has(variable(a)))) { values.add(x); return true; }
    if (a?.k !== 'name' || guard === undefined) return false;
    const s = saves.get(variable(a)) ?? { push: [], pop: [], op: x.e.op };
    saves.set(variable(a), s);
    s.push.push({ at: x, guard });
    return s.op === x.e.op;
  });
  const popsOk = pushesOk && walk(reverse, '', (x, guard) => {
    if (!ownTape(x) || discards.has(x)) return true;
    // (`w = pop()`, or `const t = pop()` of a value the forward body declared under the same test)
    const [to, value] = x.k === 'assign' && x.op === '=' && x.target.k === 'name' ? [variable(x.target), x.value] : x.k === 'decl' ? [variable(x), x.init] : [];
    if (guard === undefined || to === undefined || !isTape(value, 'pop', 'popInt', 'popBool')) return false;
    const s = saves.get(to);
    s?.pop.push({ at: x, guard });
    return s !== undefined && s.op === pushOf[value.op as 'pop' | 'popInt' | 'popBool'];
  });
  if (!popsOk) return undefined;
  const declare: TStmt[] = [];
  const replace = new Map<TStmt, TStmt[]>();
  for (const x of [...values, ...discards]) replace.set(x, []);
  for (const [v, s] of saves) {
    if (s.push.length !== s.pop.length) return undefined;
    // (paired among those under the same tests: the branches of an if are not reversed)
    const under = (sites: Site[], guard: string) => sites.filter((x) => x.guard === guard);
    for (const push of s.push) {
      const pushes = under(s.push, push.guard), pops = under(s.pop, push.guard);
      if (pushes.length !== pops.length) return undefined;
      const pop = pops[pops.length - 1 - pushes.indexOf(push)]!;
      const kept = unnamed(`${v.name}_saved`, s.op === 'pushInt' ? 'int' : 'saved');
      // (a boolean, `t3` of `j < n && t[j] > x`, starts false, so that the local is one)
      const none: TExpr = s.op === 'pushBool' ? { k: 'bool', value: false } : num(0);
      // (declared where it is saved when that is in the iteration's own scope, which the reverse shares)
      if (push.guard === '') {
        replace.set(push.at, [declare_('const', kept, ref(v))]);
      } else {
        declare.push(declare_('let', kept, none));
        replace.set(push.at, [{ k: 'assign', target: ref(kept), op: '=', value: ref(v) }]);
      }
      replace.set(pop.at, [pop.at.k === 'decl' ? { ...pop.at, init: ref(kept) } : { ...(pop.at as TStmt & { k: 'assign' }), value: ref(kept) }]);
    }
  }
  const rewrite = (code: readonly TStmt[]) => [...mapStmts(code, (x) => replace.get(x) ?? x)];
  return { declare, forward: rewrite(forward), reverse: rewrite(reverse) };
}

/** The variable a declaration or a name stands for (every one in the loops fusion sees has one: the sweeps build them). */
function variable(x: { readonly name: string; readonly v?: TVar }): TVar {
  if (x.v === undefined) throw new Error(`fusion: '${x.name}' is not a variable of the derivative code`);
  return x.v;
}

/** Whether `code` moves the tape's top itself (`--top`), besides its pushes and pops. */
const movesTop = (code: readonly TStmt[]) => code.some((s) => stmtHas(s, (e) => e.k === 'update' && e.v === TOP));

/** `s` and every statement nested in it. */
function* eachTStmt(s: TStmt): Generator<TStmt> {
  yield s;
  const nested: (readonly TStmt[])[] = s.k === 'if' ? [s.then, s.else] : s.k === 'for' || s.k === 'while' || s.k === 'loop' || s.k === 'block' ? [s.body] : s.k === 'try' ? [s.body, s.handler] : [];
  for (const list of nested) for (const t of list) yield* eachTStmt(t);
}

/** `code` without the statements of `gone`, nested ones included. */
function dropStmts(code: readonly TStmt[], gone: ReadonlySet<TStmt>): TStmt[] {
  return code.filter((s) => !gone.has(s)).map((s) => s.k === 'if' ? { ...s, then: dropStmts(s.then, gone), else: dropStmts(s.else, gone) }
    : s.k === 'for' || s.k === 'while' || s.k === 'loop' || s.k === 'block' ? { ...s, body: dropStmts(s.body, gone) } : s);
}

export const usesTape = (code: readonly TStmt[]) => code.some((s) => stmtHas(s, (e) => e.k === 'tape'));
