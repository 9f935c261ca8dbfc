/**
 * Selections in loops: a number that a `for` loop sets only under a condition, to a value of
 * the iteration, and otherwise only compares (a running maximum, the nearest point so far):
 *
 *   let m = x[0];
 *   for (let i = 1; i < n; i++) if (x[i] > m) m = x[i];
 *
 * Its derivative is that of the value it was last set to: in reverse, all of `m`'s adjoint goes
 * to `x[k]`, k the last iteration that set it (or to what it held before the loop). Differentiated
 * as written, the forward sweep tapes the decision of every iteration and the reverse sweep runs
 * the loop back to find k. Here the loop runs on a copy that nothing differentiates (`m_run`),
 * and notes the iteration that set it (`m_at`); after the loop, `m` is set once, from that
 * iteration's value computed again (`if (m_at >= 0) m = x[m_at]`): the same number, since what
 * it is computed from is not written in the loop. The loop then has no derivative of its own
 * (nothing taped, no reverse loop), and the one assignment after it has the derivative of the
 * selection. Ties and NaN go as the source goes: the loop's tests are the source's.
 *
 * Conditions, for a variable `v` (a number declared before the loop) and a `for` loop (not
 * `@checkpoint`): v is assigned in the loop once, inside an `if` of the loop's own body (not of
 * a loop nested in it); the loop reads v only where the derivative is zero (a comparison, a
 * `Math.floor`, a log); the value assigned is a constant or computed by equations of the
 * iteration from the loop's index and variables the loop does not write; and the loop writes no
 * array (the value computed again after the loop reads what the iteration read).
 */
import { rules } from '../rules/table.js';
import type { Assign, Atom, Block, Eq, For, Func, Stmt, Var } from './types.js';
import { compound, mapBlock, mapStmt, reads, statements, writes } from './walk.js';

/** `fn` with its loops' selections differentiated after the loop (`fn` itself when it has none). */
export function selections(fn: Func): Func {
  const vars = [...fn.vars];
  const body = mapBlock(fn.body, (s) => (s.kind === 'for' ? rewrite(s, fn, vars) : s));
  return body === fn.body ? fn : { ...fn, body, vars };
}

/** Each statement of one iteration of `body`: those of its `if`s too, not of the loops nested in it; with its block and how many `if`s are around it. */
function* iteration(body: Block, depth = 0): Generator<{ s: Stmt; block: Block; depth: number }> {
  for (const s of body) {
    yield { s, block: body, depth };
    if (s.kind === 'if') {
      yield* iteration(s.then, depth + 1);
      yield* iteration(s.else, depth + 1);
    }
  }
}

/**
 * How the loop reads `v`: `none`, `inert` where every read's derivative is zero (a test, a
 * piecewise-constant function, a log, a throw's message), else `live`.
 */
function readsIn(loop: For, v: Var, except?: Eq): 'none' | 'inert' | 'live' {
  const has = (a: Atom | string) => typeof a !== 'string' && a.kind === 'var' && a.v === v;
  let out: 'none' | 'inert' = 'none';
  for (const s of statements(loop.body)) {
    if (s === except) { out = 'inert'; continue; }
    if (s.kind === 'eq') {
      if (!s.args.some(has)) continue;
      if (rules[s.prim].kind !== 'zero') return 'live';
      out = 'inert';
      continue;
    }
    if (s.kind === 'log' || s.kind === 'throw') {
      if ([...s.kind === 'log' ? s.args.flat() : s.message ?? []].some(has)) out = 'inert';
      continue;
    }
    const inner = compound(s) ? mapStmt(s, { block: () => [] }) : s;
    let found = false;
    mapStmt(inner, { atom: (a) => { if (has(a)) found = true; return a; } });
    if (found) return 'live';
  }
  return out;
}

/** `v = Math.max(v, other)` (or min, either order) in a loop, `other` computed by `chain` in the iteration. */
interface Extreme { v: Var; at: Assign; op: Eq; other: Atom; first: boolean; chain: Eq[] }

function rewrite(loop: For, fn: Func, vars: Var[]): Stmt | readonly Stmt[] {
  if (loop.checkpoint) return loop;
  const all = [...statements(loop.body)];
  // (the loop writes no array: a value computed again after it reads what the iteration read)
  if (all.some((s) => s.kind === 'store' || s.kind === 'fill' || s.kind === 'push' || s.kind === 'alloc' || (s.kind === 'call' && s.writes.length > 0))) return loop;
  const written = new Set<Var>([...loop.body.flatMap((s) => [...writes(s)])]);
  const level = [...iteration(loop.body)];
  const defs = new Map<Var, Eq>();
  for (const { s } of level) if (s.kind === 'eq') defs.set(s.out, s);
  // (the equations that compute `a` in the iteration, in order, or undefined where it reads what the loop writes)
  const chain = (a: Atom, out: Eq[], seen: Set<Var>): boolean => {
    if (a.kind === 'const' || a.v === loop.index || seen.has(a.v)) return true;
    const def = defs.get(a.v);
    if (!def) return !written.has(a.v);
    if (!def.args.every((b) => chain(b, out, seen))) return false;
    seen.add(a.v);
    out.push(def);
    return true;
  };
  const assigned = new Map<Var, Assign[]>();
  for (const s of all) if (s.kind === 'assign') assigned.set(s.target, [...assigned.get(s.target) ?? [], s]);
  // (by the block that sets them: the variables one branch sets share the iteration noted)
  const chosen = new Map<Block, { v: Var; at: Assign; chain: Eq[] }[]>();
  for (const { s, block, depth } of level) {
    if (s.kind !== 'assign' || s.decl || s.target.type !== 'f64' || depth === 0 || assigned.get(s.target)!.length !== 1) continue;
    if (readsIn(loop, s.target) === 'live') continue;
    const eqs: Eq[] = [];
    if (!chain(s.value, eqs, new Set())) continue;
    chosen.set(block, [...chosen.get(block) ?? [], { v: s.target, at: s, chain: eqs }]);
  }
  // (running extremes: `m = Math.max(m, u)`, the equation read by the assignment only)
  const extremes: Extreme[] = [];
  for (const { s } of level) {
    if (s.kind !== 'assign' || s.decl || s.target.type !== 'f64' || assigned.get(s.target)!.length !== 1 || s.value.kind !== 'var') continue;
    const op = defs.get(s.value.v);
    if (!op || (op.prim !== 'max' && op.prim !== 'min') || op.args.length !== 2) continue;
    const p = op.args.findIndex((a) => a.kind === 'var' && a.v === s.target);
    const other = op.args[1 - p];
    if (p < 0 || !other || (other.kind === 'var' && other.v === s.target)) continue;
    if (readsIn(loop, s.target, op) === 'live' || all.filter((t) => reads(t).includes(op.out)).length !== 1) continue;
    const eqs: Eq[] = [];
    if (chain(other, eqs, new Set())) extremes.push({ v: s.target, at: s, op, other, first: p === 0, chain: eqs });
  }
  if (chosen.size === 0 && extremes.length === 0) return loop;

  // (each a variable of the function's: named by its Names, listed in its vars)
  const listed = (v: Var): Var => { vars.push(v); return v; };
  const temp = (type: Var['type']): Var => listed(fn.names.temp(type));
  const derived = (base: string, type: Var['type'], kind: Var['kind'], mutable: boolean): Var => listed(fn.names.variable(base, type, kind, mutable, true));
  const runOf = new Map<Var, Var>();
  const atOf = new Map<Assign, Var>();
  const before: Stmt[] = [];
  const after: Stmt[] = [];
  // after the loop: a constant copy of the iteration noted in `at` (which the reverse sweep
  // reads: inside an outer loop it is kept once per pass of this one, and the loop's own writes
  // of the variable need no saving), whether one was, and equations of the iteration computed
  // again at it
  const afterLoop = (v: Var, at: Var) => {
    const last = derived(`${v.name}_last`, 'int', 'temp', false);
    const set = temp('bool');
    const copy = new Map<Var, Var>([[loop.index, last]]);
    const atom = (a: Atom): Atom => (a.kind === 'var' && copy.has(a.v) ? { kind: 'var', v: copy.get(a.v)! } : a);
    const again = (chain: readonly Eq[], loc: Stmt['loc']): Stmt[] => chain.flatMap((e) => {
      if (copy.has(e.out)) return [];
      const out = temp(e.out.type);
      copy.set(e.out, out);
      return [{ ...e, out, args: e.args.map(atom), loc }];
    });
    const test = (loc: Stmt['loc']): Stmt[] => [{ kind: 'eq', out: last, prim: 'copy', args: [{ kind: 'var', v: at }], loc },
      { kind: 'eq', out: set, prim: 'ge', args: [{ kind: 'var', v: last }, { kind: 'const', value: 0 }], loc }];
    return { set: { kind: 'var', v: set } as Atom, atom, again, test };
  };
  const noted = (v: Var): Var => derived(`${v.name}_at`, 'int', 'local', true);
  const unset = (at: Var): Stmt => ({ kind: 'assign', target: at, value: { kind: 'const', value: -1 }, decl: true, loc: loop.loc });
  for (const group of chosen.values()) {
    const at = noted(group[0]!.v);
    before.push(unset(at));
    const loc = group[0]!.at.loc;
    const { set, atom, again, test } = afterLoop(group[0]!.v, at);
    const recomputed: Stmt[] = [];
    for (const c of group) {
      atOf.set(c.at, at);
      // (a copy that the loop compares, where it reads the variable)
      if (readsIn(loop, c.v) === 'inert') {
        const run = derived(`${c.v.name}_run`, 'f64', 'local', true);
        runOf.set(c.v, run);
        before.splice(before.length - 1, 0, { kind: 'assign', target: run, value: { kind: 'var', v: c.v }, decl: true, loc: loop.loc });
      }
      recomputed.push(...again(c.chain, c.at.loc), { ...c.at, value: atom(c.at.value) });
    }
    after.push(...test(loc), { kind: 'if', cond: set, then: recomputed, else: [], loc });
  }
  // a running extreme: the iteration noted where the old value does not get the adjoint (the
  // rules' choice: the first argument equal to the result), the value after the loop the
  // extreme of that iteration's other argument and the loop's result, the same number (±0 and
  // NaN included), whose derivative goes to the former where it is the result; where no
  // iteration was noted, to what the variable held before the loop
  const extremeOf = new Map<Assign, { at: Var; run: Var; e: Extreme }>();
  for (const e of extremes) {
    const at = noted(e.v);
    const run = derived(`${e.v.name}_run`, 'f64', 'local', true);
    runOf.set(e.v, run);
    extremeOf.set(e.at, { at, run, e });
    before.push({ kind: 'assign', target: run, value: { kind: 'var', v: e.v }, decl: true, loc: loop.loc }, unset(at));
    const { set, atom, again, test } = afterLoop(e.v, at);
    const recomputed = again(e.chain, e.at.loc);
    const picked = temp('f64');
    const kept = temp('f64');
    // (the loop's result, read without a derivative: it gets none from the rules anyway, being
    // the result only where the other argument is too, which comes first)
    const held = temp('f64');
    const runAtom: Atom = { kind: 'var', v: held };
    after.push({ kind: 'eq', out: held, prim: 'held', args: [{ kind: 'var', v: run }], loc: e.at.loc }, ...test(e.at.loc), {
      kind: 'if', cond: set, loc: e.at.loc,
      then: [...recomputed, { ...e.op, out: picked, args: [atom(e.other), runAtom], loc: e.at.loc }, { ...e.at, value: { kind: 'var', v: picked } }],
      else: [{ ...e.op, out: kept, args: [{ kind: 'var', v: e.v }, runAtom], loc: e.at.loc }, { ...e.at, value: { kind: 'var', v: kept } }],
    });
  }
  // (in the loop: the copy compared and set, and the iteration noted)
  const atom = (a: Atom): Atom => (a.kind === 'var' && runOf.has(a.v) ? { kind: 'var', v: runOf.get(a.v)! } : a);
  const body = mapBlock(loop.body, (s) => {
    const extreme = s.kind === 'assign' ? extremeOf.get(s) : undefined;
    if (s.kind === 'assign' && extreme) {
      const { at, run, e } = extreme;
      const result: Atom = s.value;
      const bool = () => temp('bool');
      const changed = bool();
      const code: Stmt[] = [{ kind: 'eq', out: changed, prim: 'ne', args: [{ kind: 'var', v: run }, result], loc: s.loc }];
      let note = changed;
      if (!e.first) {
        // (the old value second: it gets the adjoint where it is the result and the other argument is not)
        const other = bool();
        note = bool();
        code.push({ kind: 'eq', out: other, prim: 'eq', args: [e.other, result], loc: s.loc },
          { kind: 'eq', out: note, prim: 'or', args: [{ kind: 'var', v: changed }, { kind: 'var', v: other }], loc: s.loc });
      }
      return [...code,
        { kind: 'if', cond: { kind: 'var', v: note }, then: [{ kind: 'assign', target: at, value: { kind: 'var', v: loop.index }, decl: false, loc: s.loc }], else: [], loc: s.loc },
        { ...s, target: run }];
    }
    const at = s.kind === 'assign' ? atOf.get(s) : undefined;
    if (s.kind === 'assign' && at) {
      const run = runOf.get(s.target);
      const set: Stmt[] = run ? [{ ...s, target: run, value: atom(s.value) }] : [];
      // (the iteration noted once, after the last variable of its branch is set)
      const last = [...atOf].filter(([, v]) => v === at).pop()![0] === s;
      return last ? [...set, { kind: 'assign', target: at, value: { kind: 'var', v: loop.index }, decl: false, loc: s.loc }] : set;
    }
    return mapStmt(s, { atom });
  });
  return [...before, { ...loop, body }, ...after];
}
