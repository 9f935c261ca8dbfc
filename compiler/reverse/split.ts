/**
 * Split mode for calls that stay calls (recursive, `@noinline`, long callees).
 *
 * In joint mode, the default, the caller's forward sweep runs the primal `g`, and its reverse
 * sweep calls `g_vjp`, which runs g's forward sweep again before its reverse: each level of a
 * recursion reruns every level below it, so recursion of depth d costs about d times the
 * primal, and a callee called in a loop runs twice per iteration.
 *
 * In split mode (Tapenade's split mode; Enzyme's augmented forward and reverse), g's vjp is cut
 * in two functions: `g_fwd(...params)` runs g's forward sweep, which records on the caller's
 * tape what g's reverse sweep needs, and returns g's value; `g_rev(...params, adj, seed)` pops
 * that and adds the adjoints, as g_vjp's reverse sweep does. The caller's forward sweep calls
 * `g_fwd` where it called `g`, and its reverse sweep calls `g_rev` where it called `g_vjp`: g
 * runs once. Besides what g_vjp tapes, g_fwd records what its reverse sweep reads of g's own
 * locals at the end (which g_vjp keeps in locals), and the arrays g writes as it leaves them
 * when its reverse reads them (the caller's reverse sweep sees them as they were before).
 *
 * The cost model (chooseCallModes): split costs the tape of g's forward sweep and a few
 * values more per call; joint costs one more run of g's forward sweep. A call in a loop, or a
 * call of a recursive function (whose forward sweep contains all the levels below), goes in
 * split mode; a call made once of a function that does not recurse stays joint (its tape
 * would live across the caller's whole forward sweep, for one run of g saved).
 *
 * A callee in another module is split where its generated module exports g_fwd and g_rev:
 * that of an exported function that recurses or is `@noinline` (reverse/program.ts, a property
 * of g's module alone). A callee that may throw is split (g_fwd gives the tape back as it found
 * it, stack.ts's unwind). A callee with `@checkpoint` loops is split: g_fwd hands g_rev each
 * loop's schedule, with its snapshots, on the tape's reference stack. Joint where split cannot
 * be built: another module's callee without exported split forms, one whose forward sweep reads
 * adjoints or whose reverse reads what cannot go on the tape.
 *
 * A call whose result the caller's result may not use on every path (not surely reaching,
 * analyze/reached.ts: through Math.max, Math.abs, a branch) is split too, though its reverse is
 * skipped at a zero seed (0·∞ would be NaN): the caller's forward sweep keeps the tape's top
 * before `g_fwd` (and the reference stack's depth, where g_fwd may push references:
 * CallMode.refs) and pushes it after g_fwd's records; its reverse pops it and, at a zero seed,
 * drops those records by setting the top back, instead of running `g_rev` (record.ts
 * droppableCalls, TapeRecord.dropped; backward.ts dropOrReverse). Joint, each level's g_vjp ran
 * the levels below again: a recursive Math.abs chain of depth d cost O(d) times its primal.
 */
import type { Call, Callee, Func, Param, Stmt, Var } from '../ir/types.js';
import { isArrayType, isTypedArrayCtor } from '../ir/types.js';
import { ADJ, SEED, type DeclType, type TExpr, type TStmt, type TVar, oneVarPerName, ref, runtime, someStmt, stmtHas, tape, use } from '../ir/target.js';
import { splitForwardName, splitReverseName, vjpCalled } from '../ir/names.js';
import { spans, statements } from '../ir/walk.js';
import { varsReadOf } from './refs.js';
import type { CallMode } from './plan.js';

/**
 * The parameters with a key in the adj of split mode's `f_rev` (and `f_rev_d`): the gradient's,
 * less those whose adjoint is always zero (link/constant-params.ts: an index or a depth,
 * `unused` or `constant`), which no code adds into. f_vjp's adj, a public contract, keeps
 * those; f_rev is called by generated code only, whose call sites (Callee.params' `noRevKey`,
 * marked from this) pass no field for them, and may pass their own adj (backward.ts).
 */
export const splitAdjParams = (params: readonly Param[]): Param[] => params.filter((p) => p.differentiable && !p.unused && !p.constant);

/** The callee's parameters (with their positions) that have a key in the adj of its `g_rev`: splitAdjParams as its callers see it. */
export const splitAdjFields = (callee: Callee): { readonly p: Callee['params'][number]; readonly i: number }[] =>
  callee.params.flatMap((p, i) => (p.boolean || p.string || p.noRevKey ? [] : [{ p, i }]));

/** The comment at a call in the reverse sweep that says which mode it is in, and why. */
export function callModeNote(s: Call, split: boolean, mode: CallMode, dropped = false): string {
  const g = s.callee.name;
  if (split && dropped) {
    return `split mode (${mode.why}): ${splitReverseName(g)} pops what ${splitForwardName(g)} recorded; where its result goes unused (a zero seed), those records are dropped instead`;
  }
  if (split) return `split mode (${mode.why}): ${splitReverseName(g)} pops what ${splitForwardName(g)} recorded`;
  return `joint mode (${mode.why}): ${vjpCalled(s)} runs ${g} again`;
}

/** A function of the program, as compileFiles knows it. */
export interface CallGraphNode {
  readonly key: string;
  readonly fn: Func;
  /** The key of a call's callee, when it is a function of the program with a generated vjp. */
  readonly calleeKey: (s: Call) => string | undefined;
  /** Why the call's callee cannot be split (another module, it may throw…), or undefined. */
  readonly unsplittable: (s: Call) => string | undefined;
}

/**
 * The mode of each call of a generated vjp, per function: split for a call in a loop or of a
 * recursive function, where the callee can be split; joint otherwise.
 */
export function chooseCallModes(nodes: readonly CallGraphNode[]): Map<string, Map<Stmt, CallMode>> {
  const isRecursive = recursion(nodes);
  const pushesRefs = referencePushers(nodes);
  const out = new Map<string, Map<Stmt, CallMode>>();
  for (const n of nodes) {
    const where = spans(n.fn.body);
    const modes = new Map<Stmt, CallMode>();
    for (const s of statements(n.fn.body)) {
      if (s.kind !== 'call') continue;
      const k = n.calleeKey(s);
      if (!k) continue;
      const inLoop = (where.get(s)?.loops.length ?? 0) > 0;
      const why = inLoop ? 'called in a loop' : isRecursive(k) ? (k === n.key ? 'a recursive call' : `${s.callee.name} recurses`) : '';
      if (!why) modes.set(s, { split: false, why: `called once, ${s.callee.name} does not recurse` });
      else {
        const not = n.unsplittable(s);
        modes.set(s, not ? { split: false, why: `${why}, but ${not}` } : { split: true, why, ...(pushesRefs(k) ? { refs: true } : {}) });
      }
    }
    out.set(n.key, modes);
  }
  return out;
}

/**
 * Whether a function's `g_fwd` may push references on the tape (`tape.pushRef`), it or a
 * function it calls (those `calleeKey` names): one with local arrays (rebound, shadowed by
 * adjoint arrays of their own, recorded for g_rev), that rebinds an array parameter, or that
 * checkpoints a loop (its schedule). Where the call's records may be dropped, the reference
 * stack's depth before it is kept too (TapeRecord.dropped).
 */
function referencePushers(nodes: readonly Pick<CallGraphNode, 'key' | 'fn' | 'calleeKey'>[]): (key: string) => boolean {
  const byKey = new Map(nodes.map((n) => [n.key, n] as const));
  const own = (fn: Func): boolean => fn.vars.some((v) => isArrayType(v.type) && (v.kind !== 'param' || v.mutable)) ||
    [...statements(fn.body)].some((s) => s.kind === 'for' && s.checkpoint !== undefined);
  const memo = new Map<string, boolean>();
  return (start) => {
    if (!memo.has(start)) {
      const seen = new Set<string>([start]);
      const stack = [start];
      let found = false;
      while (stack.length > 0 && !found) {
        const n = byKey.get(stack.pop()!);
        // (a callee not in the graph: assumed to push some)
        if (!n) { found = true; break; }
        if (own(n.fn)) found = true;
        for (const s of statements(n.fn.body)) {
          if (s.kind !== 'call') continue;
          const k = n.calleeKey(s);
          if (k && !seen.has(k)) { seen.add(k); stack.push(k); }
        }
      }
      memo.set(start, found);
    }
    return memo.get(start)!;
  };
}

/** Whether a function of the call graph reaches itself through calls (those `calleeKey` names). */
export function recursion(nodes: readonly Pick<CallGraphNode, 'key' | 'fn' | 'calleeKey'>[]): (key: string) => boolean {
  const edges = new Map<string, Set<string>>();
  for (const n of nodes) {
    const out = new Set<string>();
    for (const s of statements(n.fn.body)) if (s.kind === 'call') { const k = n.calleeKey(s); if (k) out.add(k); }
    edges.set(n.key, out);
  }
  const recursive = (start: string): boolean => {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length > 0) {
      const k = stack.pop()!;
      if (k === start) return true;
      if (seen.has(k)) continue;
      seen.add(k);
      stack.push(...(edges.get(k) ?? []));
    }
    return false;
  };
  const memo = new Map<string, boolean>();
  return (k: string) => { if (!memo.has(k)) memo.set(k, recursive(k)); return memo.get(k)!; };
}

/** `g_fwd`'s body and `g_rev`'s, before the tape goes into locals. */
export interface SplitForms {
  readonly forward: readonly TStmt[];
  readonly reverse: readonly TStmt[];
}

/**
 * g's vjp cut in two: the forward sweep (without setting aside the arrays it writes: its
 * caller does) and, after it, pushes of what the reverse sweep reads of g's variables at the
 * end of it; the reverse sweep, after the pops of those. `shadows`: the adjoint arrays the
 * forward sweep allocates beside local arrays (references). Undefined where g's forward
 * sweep reads an adjoint (it would need adj) or a value that cannot go on the tape. What the
 * reverse reads of the forward is found by variable: every name of the sweeps is one (TVar),
 * and no two have one name (oneVarPerName), as the sweeps build them.
 */
export function splitForms(fn: Func, parts: {
  forward: readonly TStmt[];
  reverse: readonly TStmt[];
  value: TExpr | undefined;
  shadows: ReadonlySet<TVar>;
  adjointsReadEarly: boolean;
  /** The array parameters whose elements g_rev reads none of (analyze/reverse-reads.ts SplitUnread): not recorded. */
  unread?: ReadonlySet<number>;
}): SplitForms | undefined {
  if (parts.adjointsReadEarly || fn.absent) return undefined;
  const forwardReads = varsReadOf(parts.forward, true);
  if (forwardReads.has(ADJ) || forwardReads.has(SEED)) return undefined;
  // (the sweeps' builders make each name of a TVar given out by g's Names, one variable per Var; a
  // name that were none would be missed by varsReadOf below, and g_rev read what g_fwd never recorded)
  if (!oneVarPerName([...parts.forward, ...parts.reverse])) throw new Error(`${fn.name}: split forms of sweeps whose names are not one variable each`);
  // what the reverse sweep reads (an array whose method it calls too: `xs.pop()`)
  const needed = varsReadOf(parts.reverse, true, true);
  const fnVars = new Set(fn.vars);
  const primalOf = (t: TVar): Var | undefined => (t.role === 'primal' && fnVars.has(t.of) ? t.of : undefined);
  const decls = new Map(parts.forward.flatMap((s) => (s.k === 'decl' ? [[s.v!, s] as const] : [])));
  type How = 'value' | 'bool' | 'ref';
  const howOf = (t: TVar, seen = new Set<TVar>()): How | undefined => {
    const v = primalOf(t);
    if (v) return v.type === 'bool' ? 'bool' : v.type === 'f64' || v.type === 'int' ? 'value' : isArrayType(v.type) ? 'ref' : undefined;
    if (parts.shadows.has(t)) return 'ref';
    const d = decls.get(t);
    const init = d?.k === 'decl' ? d.init : undefined;
    if (init?.k === 'new' || init?.k === 'array' || (d?.k === 'decl' && (d.type === 'number[]' || d.type === 'Float64Array | number[]'))) return 'ref';
    // (a checkpointed loop's schedule, with its snapshots: g_rev reverses the loop from them)
    if (init?.k === 'runtime' && init.fn === 'revolve') return 'ref';
    if (init?.k === 'name' && !seen.has(init.v!)) return howOf(init.v!, new Set([...seen, t]));
    // (a counter's flag, counters.ts)
    if (init?.k === 'bool') return 'bool';
    return 'value';
  };
  const pushes: TStmt[] = [];
  const pops: TStmt[] = [];
  const again = recomputable(fn, parts.forward, needed);
  // (a value the reverse reads in one branch of the if ending g only: recorded in that branch)
  const branch = branchOf(parts.forward, parts.reverse, recomputedOf(parts.forward, again));
  const inBranch = { then: { pushes: [] as TStmt[], pops: [] as TStmt[] }, else: { pushes: [] as TStmt[], pops: [] as TStmt[] } };
  for (const [t, d] of decls) {
    if (d.k !== 'decl' || !needed.has(t) || again.has(t)) continue;
    const how = howOf(t);
    if (!how) return undefined;
    const side = branch?.side(t);
    const into = side ? inBranch[side] : { pushes, pops };
    into.pushes.push({ k: 'expr', e: tape(how === 'ref' ? 'pushRef' : how === 'bool' ? 'pushBool' : 'push', ref(t)) });
    const type = how === 'ref' ? refType(d) : undefined;
    const popped = tape(how === 'ref' ? 'popRef' : how === 'bool' ? 'popBool' : 'pop');
    // (a schedule popped is one still: `revolve(started)`, as f_hvp's forms know it)
    const schedule = d.init?.k === 'runtime' && d.init.fn === 'revolve';
    into.pops.unshift({ k: 'decl', kind: d.kind, name: d.name, v: t, ...(type ? { type } : {}), init: schedule ? runtime('revolve', popped) : popped });
  }
  const written = new Set<Var>(fn.writes);
  const neededPrimals = new Set([...needed].flatMap((t) => primalOf(t) ?? []));
  for (const [i, p] of fn.params.entries()) {
    const v = p.v;
    if (!neededPrimals.has(v)) continue;
    if (isArrayType(v.type)) {
      if (v.mutable) return undefined;
      // (an array whose elements the reverse sweep reads none of, link/unread-arrays.ts or
      // SplitUnread, is mentioned there only to be handed on to a callee's reverse that reads none either)
      if (!written.has(v) || p.elementsUnread || parts.unread?.has(i)) continue;
      pushes.push({ k: 'expr', e: tape('pushArray', use(v)) });
      pops.unshift({ k: 'expr', e: tape('popArray', use(v)) });
    } else if (v.mutable) {
      if (v.type !== 'f64' && v.type !== 'int' && v.type !== 'bool') return undefined;
      pushes.push({ k: 'expr', e: tape(v.type === 'bool' ? 'pushBool' : 'push', use(v)) });
      pops.unshift({ k: 'assign', target: use(v), op: '=', value: tape(v.type === 'bool' ? 'popBool' : 'pop') });
    }
  }
  const note = (text: string, list = pushes): TStmt[] => (list.length > 0 ? [{ k: 'comment', text }] : []);
  const recomputed = parts.forward.filter((d) => d.k === 'decl' && again.has(d.v!));
  let forward = parts.forward;
  let reverse = parts.reverse;
  if (branch && (inBranch.then.pushes.length > 0 || inBranch.else.pushes.length > 0)) {
    const recordIn = (list: readonly TStmt[], side: 'then' | 'else'): TStmt[] =>
      [...list, ...note(`for ${splitReverseName(fn.name)}: what its reverse sweep reads of the values here`, inBranch[side].pushes), ...inBranch[side].pushes];
    const popIn = (list: readonly TStmt[], side: 'then' | 'else'): TStmt[] =>
      [...note(`what ${splitForwardName(fn.name)} recorded for this reverse sweep`, inBranch[side].pops), ...inBranch[side].pops, ...list];
    const { brief: _f, ...fwdIf } = branch.forwardIf;
    const { brief: _r, ...revIf } = branch.reverseIf;
    void _f; void _r;
    forward = parts.forward.map((s) => (s === branch.forwardIf ? { ...fwdIf, then: recordIn(fwdIf.then, 'then'), else: recordIn(fwdIf.else, 'else') } : s));
    reverse = parts.reverse.map((s) => (s === branch.reverseIf ? { ...revIf, then: popIn(revIf.then, 'then'), else: popIn(revIf.else, 'else') } : s));
  }
  return {
    forward: [
      ...forward,
      ...note(`for ${splitReverseName(fn.name)}: what its reverse sweep reads of the values here`),
      ...pushes,
      ...(parts.value ? [{ k: 'return', e: parts.value } as TStmt] : []),
    ],
    reverse: [
      ...note(`what ${splitForwardName(fn.name)} recorded for this reverse sweep`), ...pops,
      ...(recomputed.length > 0 ? [{ k: 'comment', text: `computed again from the arguments, rather than recorded by ${splitForwardName(fn.name)}` } as TStmt] : []),
      ...recomputed, ...reverse,
    ],
  };
}

type IfStmt = TStmt & { readonly k: 'if' };

/** The forward sweep's declarations g_rev computes again (recomputable's names), as it computes them. */
function recomputedOf(forward: readonly TStmt[], again: ReadonlySet<TVar>): readonly TStmt[] {
  return forward.filter((d) => d.k === 'decl' && again.has(d.v!));
}

/**
 * The `if` that ends g's forward sweep (a base case and the rest, typically), with its reverse:
 * the `if` of g_rev on the same test (the test's value recomputed or recorded after the branch's
 * records, so popped first), before which g_rev pops nothing. `side`: of a value g_rev reads in
 * one branch of it only, that branch: g_fwd records it at the end of that branch (its value
 * there is the value at the end: nothing follows the `if`) and g_rev pops it at the start of
 * the branch, so that a path that does not read it neither pushes nor pops it (the leaves of a
 * recursion). Undefined where g does not end so.
 */
function branchOf(forward: readonly TStmt[], reverse: readonly TStmt[], recomputed: readonly TStmt[]): { forwardIf: IfStmt; reverseIf: IfStmt; side(t: TVar): 'then' | 'else' | undefined } | undefined {
  const tail = forward.filter((s) => s.k !== 'comment');
  const last = tail[tail.length - 1];
  if (last?.k !== 'if' || someStmt([last], (s) => s.k === 'return' || s.k === 'try')) return undefined;
  const test = JSON.stringify(last.test);
  const at = reverse.flatMap((s, i) => (s.k === 'if' && JSON.stringify(s.test) === test ? [i] : []));
  if (at.length !== 1) return undefined;
  const reverseIf = reverse[at[0]!] as IfStmt;
  // (nothing before it in g_rev pops, nor calls a reverse that would)
  const pops = (s: TStmt): boolean => stmtHas(s, (x) => x.k === 'tape' || x.k === 'call');
  if (reverse.slice(0, at[0]).some(pops)) return undefined;
  const outside = varsReadOf([...recomputed, ...reverse.filter((s) => s !== reverseIf), { k: 'expr', e: reverseIf.test }], true, true);
  const inThen = varsReadOf(reverseIf.then, true, true);
  const inElse = varsReadOf(reverseIf.else, true, true);
  return {
    forwardIf: last,
    reverseIf,
    side: (t) => (outside.has(t) ? undefined : inThen.has(t) && !inElse.has(t) ? 'then' : inElse.has(t) && !inThen.has(t) ? 'else' : undefined),
  };
}

/**
 * The forward sweep's top-level constants that g_rev computes again rather than popping (with
 * those they read): a few operations on parameters g never reassigns, numbers or the elements
 * and lengths of arrays g does not write (`const t1 = ops[i]; const t2 = t1 === 0`), the tests
 * of a recursive evaluator's node kind. g_rev sees those arrays as g_fwd did: a caller restores
 * what it overwrites after a call before the call's reverse, as it does for the loads g_rev
 * already recomputes (availability.ts). Each level of a recursion then pushes and pops none.
 */
function recomputable(fn: Func, forward: readonly TStmt[], needed: ReadonlySet<TVar>): ReadonlySet<TVar> {
  const written = new Set<Var>(fn.writes);
  const params = new Set(fn.params.map((p) => p.v));
  const paramOf = (t: TVar | undefined): Var | undefined => (t?.role === 'primal' && params.has(t.of) ? t.of : undefined);
  const scalar = (t: TVar): boolean => { const v = paramOf(t); return !!v && !v.mutable && (v.type === 'f64' || v.type === 'int' || v.type === 'bool'); };
  const array = (e: TExpr): boolean => {
    if (e.k !== 'name') return false;
    const v = paramOf(e.v);
    return !!v && !v.mutable && isArrayType(v.type) && !written.has(v);
  };
  const decls = new Map<TVar, TExpr>();
  for (const s of forward) if (s.k === 'decl' && s.kind === 'const' && s.init && !s.type) decls.set(s.v!, s.init);
  const memo = new Map<TVar, boolean>();
  // (a bound on the work: a handful of operations per value, no calls)
  const cost = (e: TExpr, seen: Set<TVar>): number => {
    switch (e.k) {
      case 'num': case 'bool': case 'constant': return 0;
      case 'name': {
        const t = e.v!;
        if (scalar(t)) return 0;
        if (seen.has(t)) return 0;
        const init = decls.get(t);
        if (!init || !ok(t)) return Infinity;
        seen.add(t);
        return cost(init, seen);
      }
      case 'bin': return e.op === '**' || e.op === '??' ? Infinity : 1 + cost(e.l, seen) + cost(e.r, seen);
      case 'un': return e.op === 'typeof' ? Infinity : 1 + cost(e.e, seen);
      case 'index': return array(e.array) ? 1 + cost(e.index, seen) : Infinity;
      case 'member': return e.prop === 'length' && !e.optional && array(e.object) ? 1 : Infinity;
      default: return Infinity;
    }
  };
  function ok(t: TVar): boolean {
    if (!memo.has(t)) {
      memo.set(t, false);
      const init = decls.get(t);
      memo.set(t, init !== undefined && cost(init, new Set([t])) <= 4);
    }
    return memo.get(t)!;
  }
  const out = new Set<TVar>();
  const add = (t: TVar): void => {
    if (out.has(t)) return;
    out.add(t);
    for (const r of varsReadOf([{ k: 'expr', e: decls.get(t)! }], true, true)) if (decls.has(r) && !scalar(r) && !paramOf(r)) add(r);
  };
  for (const t of needed) if (decls.has(t) && ok(t)) add(t);
  return out;
}

/** The declared type of a local array popped back (`Float64Array`, `number[]`), where the forward sweep says it. */
function refType(d: TStmt): DeclType | undefined {
  if (d.k !== 'decl') return undefined;
  if (d.type) return d.type;
  // (`new Array(n)` is a number[]: `Array` alone is no type)
  if (d.init?.k === 'new') return isTypedArrayCtor(d.init.ctor) ? d.init.ctor : d.init.ctor === 'Array' ? 'number[]' : undefined;
  return undefined;
}

/** The callees of `fn`'s vjp call sites put in split mode (name and module). */
export function splitCallees(plan: { readonly splitCalls: ReadonlySet<Stmt> }): { readonly name: string; readonly file: string }[] {
  const byKey = new Map([...plan.splitCalls].flatMap((s) => (s.kind === 'call' ? [[`${s.callee.file}\0${s.callee.name}`, { name: s.callee.name, file: s.callee.file }] as const] : [])));
  return [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, c]) => c);
}
