/**
 * A path code taped only where its rare path runs (issue 13). path-push.ts leaves a counted
 * loop pushing one path code per iteration; where one path alone pushes values and nothing
 * else of the iteration touches the tape, that path pushes the loop's index instead (after its
 * values), the others nothing, and one NaN before the loop marks where the indices end:
 *
 *   forward                                    reverse
 *   push(NaN)                                  let next = popInt()
 *   for (i = a; i < b; i++) {                  for (i = b - 1; i >= a; i--) {
 *     if (t6) {                                  const t6_path = i === next ? 2 : (Math.abs(val) > 0 ? 1 : 0)
 *       if (t7) { …; push(s); push(t);           if (t6_path) {
 *                 pushInt(i) }                     const t7 = t6_path === 2
 *       else { … }                                 if (t7) { t = pop(); s = pop(); …; next = popInt() }
 *     }                                            …
 *   }
 *
 * At the reverse of iteration i the tape's top is the index of the last earlier iteration that
 * took the path (or the NaN, which equals no index), as nothing else of an iteration pushes; so
 * `i === next` says whether i took it, and its reverse pops the next one after its own values.
 * The other paths' codes are computed again from the conditions that tell them apart, where
 * those read only the iteration's values the reverse holds (its constants, the index) and
 * `abs = x < 0 ? -x : x` compared (Math.abs(x): equal but for a zero's sign, which no
 * comparison sees); else the rule does not apply. At most one entry more than per-iteration
 * codes (the NaN); in compute-l2norm's loop, a push and a pop per element fewer.
 * Indices are exact on the tape: only counted loops from an integer, by steps of one, whose
 * reverse runs the same indices downward.
 */
import { type TExpr, type TStmt, type TVar, bin, call, cond, constant, declare, isRef, isTape, mapExpr, mapStmt, mapStmts, num, ownExprs, ref, someExpr, someStmt, statementCount, stmtHas, tape } from '../ir/target.js';
import type { Names } from '../ir/names.js';
import { dropHeadless } from '../ir/unread.js';

type If = TStmt & { k: 'if' };
type For = TStmt & { k: 'for' };

/** One path of a path code's decision tree: its code and its statements. */
interface Leaf {
  readonly code: number;
  readonly body: readonly TStmt[];
}
type Tree = Leaf | { readonly test: TExpr; readonly then: Tree; readonly else: Tree; readonly s: If };

const isLeaf = (t: Tree): t is Leaf => 'code' in t;
const sameVar = (e: TExpr | undefined, v: TVar): boolean => e?.k === 'name' && e.name === v.name;
const readsVar = (e: TExpr, v: TVar): boolean => someExpr(e, (x) => (x.k === 'name' || x.k === 'update') && x.name === v.name);
const stmtReads = (s: TStmt, v: TVar): boolean => stmtHas(s, (x) => (x.k === 'name' || x.k === 'update') && x.name === v.name);
/** Whether a statement touches the tape or calls a function of the program (whose forms may). */
const tapes = (s: TStmt): boolean => stmtHas(s, (x) => x.k === 'tape' || (x.k === 'call' && x.callee.k === 'fn'));
const pops = (s: TStmt): boolean => stmtHas(s, (x) => x.k === 'tape');
const jumps = (code: readonly TStmt[]): boolean => someStmt(code, (s) => s.k === 'break' || s.k === 'return');

/** Each rewritten loop of the forward sweep: its reverse, and the statements that replace each. */
export type SparseEdits = ReadonlyMap<TStmt, { readonly reverseLoop: TStmt; readonly forward: TStmt[]; readonly reverse: TStmt[] }>;

/** The edits for each pair (a counted loop of the forward sweep, its reverse) the rule applies to. */
export function sparseDecisions(pairs: readonly (readonly [TStmt, TStmt])[], names: Names): SparseEdits {
  const edits = new Map<TStmt, { reverseLoop: TStmt; forward: TStmt[]; reverse: TStmt[] }>();
  for (const [f, r] of pairs) {
    if (f.k !== 'for' || r.k !== 'for') continue;
    const done = rewriteLoop(f, r, names);
    if (done) edits.set(f, { reverseLoop: r, ...done });
  }
  return edits;
}

/** The sweeps of one form with the edits applied to each loop that is there with its reverse. */
export function applySparse(edits: SparseEdits, forward: readonly TStmt[], reverse: readonly TStmt[]): { forward: TStmt[]; reverse: TStmt[] } {
  const present = (code: readonly TStmt[], s: TStmt) => someStmt(code, (t) => t === s);
  const byForward = new Map<TStmt, TStmt[]>();
  const byReverse = new Map<TStmt, TStmt[]>();
  for (const [f, e] of edits) {
    if (!present(forward, f) || !present(reverse, e.reverseLoop)) continue;
    byForward.set(f, e.forward);
    byReverse.set(e.reverseLoop, e.reverse);
  }
  return {
    forward: [...mapStmts(forward, (s) => byForward.get(s) ?? s)],
    reverse: [...mapStmts(reverse, (s) => byReverse.get(s) ?? s)],
  };
}

/** The loop's index, where it starts at an integer and steps by one, and its reverse runs it downward over the same indices. */
function countedIndex(f: For, r: For): TVar | undefined {
  const init = f.init;
  if (init.k !== 'decl' || !init.v || !init.init || r.init.k !== 'decl' || r.init.name !== init.name) return undefined;
  const from = init.init;
  const integer = (from.k === 'num' && Number.isInteger(from.value)) || (from.k === 'name' && (from.v?.type === 'int' || from.v?.role === 'int'));
  const step = (u: TExpr, op: '+=' | '-='): boolean => u.k === 'update' && u.name === init.name && u.op === op && u.by === 1;
  // (and no statement of either body moves the index)
  const moves = (code: readonly TStmt[]) => someStmt(code, (s) => (s.k === 'assign' && s.target.k === 'name' && s.target.name === init.name)
    || stmtHas(s, (x) => x.k === 'update' && x.name === init.name));
  return integer && step(f.update, '+=') && step(r.update, '-=') && !moves(f.body) && !moves(r.body) ? init.v : undefined;
}

function rewriteLoop(f: For, r: For, names: Names): { forward: TStmt[]; reverse: TStmt[] } | undefined {
  const i = countedIndex(f, r);
  if (!i || jumps(f.body) || jumps(r.body)) return undefined;
  // the forward body: `let c = k0; if (…) { … c = k … }; push(c)` (path-push.ts), nothing else taped
  const at = f.body.findIndex((s, j) => s.k === 'decl' && s.kind === 'let' && s.v?.role === 'int' && s.init?.k === 'num'
    && f.body[j + 1]?.k === 'if' && isPushOf(f.body[j + 2], s.v));
  if (at < 0) return undefined;
  const codeDecl = f.body[at] as TStmt & { k: 'decl' };
  const c = codeDecl.v!;
  const decision = f.body[at + 1] as If;
  const tree = treeOf(decision, c, (codeDecl.init as TExpr & { k: 'num' }).value);
  if (!tree) return undefined;
  const leaves = leavesOf(tree);
  const taping = leaves.filter((l) => l.body.some(tapes));
  if (taping.length !== 1 || new Set(leaves.map((l) => l.code)).size !== leaves.length) return undefined;
  const rare = taping[0]!;
  const rest = f.body.filter((_, j) => j < at || j > at + 2);
  if (rest.some(tapes) || rest.some((s) => stmtReads(s, c)) || !onlyCodes(decision, c)) return undefined;
  // the reverse body: one pop of the code at its top level, every other pop in the rare path's reverse
  const popAt = r.body.findIndex((s) => s.k === 'decl' && s.kind === 'const' && s.v?.role === 'int' && isTape(s.init, 'popInt', 'pop'));
  if (popAt < 0) return undefined;
  const pathVar = (r.body[popAt] as TStmt & { k: 'decl' }).v!;
  const use = r.body.findIndex((s, j) => j > popAt && stmtReads(s, pathVar));
  if (use < 0) return undefined;
  // (the code's pop is the iteration's first, and the code moves to its first use: no pop before that either)
  if (r.body.slice(0, popAt).some(pops) || r.body.slice(popAt + 1, use).some(pops)) return undefined;
  const codes = leaves.map((l) => l.code);
  const arm = armOf(r.body, popAt, pathVar, rare.code, codes);
  if (!arm) return undefined;
  // the other paths' codes, from the conditions computed again at the first use
  const available = new Set(r.body.slice(0, use).flatMap((s) => (s.k === 'decl' && s.kind === 'const' && s.v && s.v.role !== 'int' ? [s.name] : [])));
  const recompute = new Recompute(f.body.slice(0, at), i, available);
  const otherPaths = otherCode(tree, rare, recompute);
  if (otherPaths === undefined) return undefined;
  const next = names.local('next', 'int');
  const pathCode = cond(bin('===', ref(i), ref(next)), num(rare.code), otherPaths);
  const popNext: TStmt = { k: 'assign', target: ref(next), op: '=', value: tape('popInt') };
  const body = [...r.body];
  body.splice(use, 0, declare('const', pathVar, pathCode));
  body.splice(popAt, 1);
  const reverseBody = branchOnCode(arm.within ? insertAtEnd(body, arm.branch, popNext) : insertAfter(body, arm.after, popNext, pathVar, rare.code), pathVar);
  const forwardBody = [
    ...f.body.slice(0, at),
    ...mapStmts([decision], (s) => dropCodes(s, c, rare, i)),
    ...f.body.slice(at + 3),
  ];
  return {
    forward: [{ k: 'expr', e: tape('push', constant({ object: 'Number', name: 'NaN' })) }, { ...f, body: forwardBody }],
    reverse: [declare('let', next, tape('popInt')), { ...r, body: reverseBody }],
  };
}

/**
 * The code's declaration and its one use turned into branches on the conditions that compute it,
 * where the use is an `if` that tests the code alone (`if (c)`, `const t = c === 2; if (t)`):
 *
 *   const c = i === next ? 2 : (Math.abs(val) > 0 ? 1 : 0)     if (i === next) { A }
 *   if (c) { const t = c === 2; if (t) { A } else { B } }   →  else if (Math.abs(val) > 0) { B }
 *
 * each branch the use with the code known and its tests folded: the tests of one iteration
 * taken once each, as the forward sweep took them, and no code computed (l2norm's reverse:
 * 4.79 µs → 4.5 µs per 1,000 elements). Only where no statement is written twice (each
 * statement of the use lands in at most one branch); the code as it was otherwise.
 */
function branchOnCode(body: readonly TStmt[], c: TVar): TStmt[] {
  const at = body.findIndex((s) => s.k === 'decl' && s.v === c);
  const decl = body[at];
  const use = body[at + 1];
  if (decl?.k !== 'decl' || !decl.init || use?.k !== 'if') return [...body];
  if (body.some((s, j) => j !== at + 1 && j !== at && stmtReads(s, c))) return [...body];
  let written = 0;
  const known = (code: number): TStmt[] | undefined => {
    const dropped = new Map<string, boolean>();
    const folded = foldCode([use], c, code, dropped);
    // (a test's constant read otherwise than as a test: the code is left as it was)
    return folded.some((s) => stmtHas(s, (x) => (x.k === 'name' && dropped.has(x.name)) || isRef(x, c))) ? undefined : folded;
  };
  const branches = (e: TExpr): TStmt[] | undefined => {
    if (e.k === 'num') {
      const folded = known(e.value);
      if (folded) written += statementCount(folded);
      return folded;
    }
    if (e.k !== 'cond') return undefined;
    const [then, els] = [branches(e.then), branches(e.else)];
    if (!then || !els) return undefined;
    if (then.length === 0 && els.length === 0) return [];
    return [{ k: 'if', test: e.test, then, else: els }];
  };
  const split = branches(decl.init);
  if (!split || written > statementCount([use])) return [...body];
  // (a decided test's `// grad of:` comment left heading no code dropped: the branches head it)
  return [...body.slice(0, at), ...dropHeadless(split.map((s) => (use.loc ? { ...s, loc: use.loc } : s))), ...body.slice(at + 2)];
}

/**
 * `code` with the code `c` known to be `value`: its tests folded (`c`, `c === k`, `c !== k`,
 * `!…`, and constants declared from those: `dropped` gets their names), each `if` they decide
 * replaced by its branch taken (in a block of its own where a name it declares is also declared
 * or read by the statements around it).
 */
function foldCode(code: readonly TStmt[], c: TVar, value: number, dropped: Map<string, boolean>): TStmt[] {
  const truth = (e: TExpr): boolean | undefined => {
    if (isRef(e, c)) return value !== 0;
    if (e.k === 'name' && dropped.has(e.name)) return dropped.get(e.name);
    if (e.k === 'un' && e.op === '!') { const t = truth(e.e); return t === undefined ? undefined : !t; }
    if (e.k === 'bin' && (e.op === '===' || e.op === '!==') && isRef(e.l, c) && e.r.k === 'num') return (value === e.r.value) === (e.op === '===');
    return undefined;
  };
  const expr = (e: TExpr) => mapExpr(e, (x) => {
    if (x.k !== 'cond') return x;
    const t = truth(x.test);
    return t === undefined ? x : t ? x.then : x.else;
  });
  const out: TStmt[] = [];
  code.forEach((s, j) => {
    if (s.k === 'decl' && s.kind === 'const' && s.init) {
      const t = truth(s.init);
      if (t !== undefined) { dropped.set(s.name, t); return; }
    }
    const t = s.k === 'if' ? truth(s.test) : undefined;
    if (s.k !== 'if' || t === undefined) { out.push(mapStmt(s, expr, (b) => foldCode(b, c, value, dropped))); return; }
    const taken = foldCode(t ? s.then : s.else, c, value, dropped);
    const declared = taken.flatMap((x) => (x.k === 'decl' ? [x.name] : []));
    const others = code.filter((_, k) => k !== j);
    const clash = declared.some((n) => others.some((o) => (o.k === 'decl' && o.name === n) || stmtHas(o, (x) => (x.k === 'name' || x.k === 'update') && x.name === n)));
    if (clash) out.push({ k: 'block', body: taken });
    else out.push(...taken);
  });
  return out;
}

function isPushOf(s: TStmt | undefined, c: TVar): boolean {
  return s?.k === 'expr' && isTape(s.e, 'push', 'pushInt') && sameVar(s.e.args[0], c);
}

const codeAssigned = (s: TStmt | undefined, c: TVar): number | undefined =>
  s?.k === 'assign' && s.op === '=' && sameVar(s.target, c) && s.value.k === 'num' ? s.value.value : undefined;

/** The decision tree of the code `c` (initial `k0`): a branch ends by setting it, by a nested decision that does, or leaves k0. */
function treeOf(s: If, c: TVar, k0: number): Tree | undefined {
  const branch = (b: readonly TStmt[]): Tree | undefined => {
    const last = b[b.length - 1];
    const k = codeAssigned(last, c);
    if (k !== undefined) return { code: k, body: b.slice(0, -1) };
    if (last?.k === 'if' && stmtReads(last, c)) return treeOf(last, c, k0);
    return { code: k0, body: b };
  };
  const then = branch(s.then);
  const els = branch(s.else);
  return then && els ? { test: s.test, then, else: els, s } : undefined;
}

function leavesOf(t: Tree): Leaf[] {
  return isLeaf(t) ? [t] : [...leavesOf(t.then), ...leavesOf(t.else)];
}

/** Whether `c` is written in the decision only by the code assignments ending its paths, and read nowhere in it. */
function onlyCodes(s: If, c: TVar): boolean {
  const check = (b: readonly TStmt[]): boolean => b.every((t, j) => {
    if (j === b.length - 1 && codeAssigned(t, c) !== undefined) return true;
    if (j === b.length - 1 && t.k === 'if' && stmtReads(t, c)) return !ownExprs(t).some((e) => readsVar(e, c)) && check(t.then) && check(t.else);
    return !stmtReads(t, c);
  });
  return !ownExprs(s).some((e) => readsVar(e, c)) && check(s.then) && check(s.else);
}

/** The decision with its codes gone and the rare path pushing the index (after its values). */
function dropCodes(s: TStmt, c: TVar, rare: Leaf, i: TVar): TStmt {
  if (s.k !== 'if') return s;
  const fix = (b: readonly TStmt[]): readonly TStmt[] => {
    const last = b[b.length - 1];
    const coded = codeAssigned(last, c) !== undefined;
    const body = coded ? b.slice(0, -1) : b;
    const isRare = rare.body.length === body.length && rare.body.every((t, j) => t === body[j]) && (coded || last?.k !== 'if' || !stmtReads(last, c));
    return isRare ? [...body, { k: 'expr', e: tape('pushInt', ref(i)) }] : body;
  };
  // (an `if` of the tree: both branches fixed; nested decisions are reached by mapStmts)
  if (!stmtReads(s, c)) return s;
  return { ...s, then: fix(s.then) as TStmt[], else: fix(s.else) as TStmt[] };
}

/** The code of the path taken, known not to be `rare`: conditions computed again where two paths else remain. */
function otherCode(t: Tree, rare: Leaf, rc: Recompute): TExpr | undefined {
  if (isLeaf(t)) return t === rare ? undefined : num(t.code);
  if (t.then === rare) return otherCode(t.else, rare, rc);
  if (t.else === rare) return otherCode(t.then, rare, rc);
  const test = rc.expr(t.test);
  const then = otherCode(t.then, rare, rc);
  const els = otherCode(t.else, rare, rc);
  // (a subtree of the rare path alone gives no code: the other branch is the only one left)
  if (then === undefined && els === undefined) return undefined;
  if (!test) return undefined;
  if (then === undefined) return els;
  if (els === undefined) return then;
  return cond(test, then, els);
}

/**
 * Where the reverse puts back the next index: at the end of the branch that runs exactly when
 * the code is the rare path's (every pop but the code's inside it), else after the last top-level
 * statement that pops, under a test of the code.
 */
function armOf(body: readonly TStmt[], popAt: number, pathVar: TVar, rare: number, codes: readonly number[]):
  { within: true; branch: readonly TStmt[] } | { within: false; after: TStmt } | undefined {
  const popping = body.filter((s, j) => j !== popAt && pops(s));
  if (popping.length === 0) return undefined;
  const last = popping[popping.length - 1]!;
  // (the values of the tests on the way, as functions of the code: `c`, `!c`, `t` with `const t = c === k`)
  const tests = new Map<string, (k: number) => boolean>();
  const truth = (e: TExpr): ((k: number) => boolean) | undefined => {
    if (e.k === 'un' && e.op === '!') { const inner = truth(e.e); return inner && ((k) => !inner(k)); }
    if (sameVar(e, pathVar)) return (k) => k !== 0;
    if (e.k === 'name') return tests.get(e.name);
    if (e.k === 'bin' && e.op === '===' && sameVar(e.l, pathVar) && e.r.k === 'num') { const v = e.r.value; return (k) => k === v; }
    return undefined;
  };
  let list: readonly TStmt[] = body;
  let holds: (k: number) => boolean = () => true;
  for (;;) {
    for (const s of list) if (s.k === 'decl' && s.kind === 'const' && s.init) { const t = truth(s.init); if (t) tests.set(s.name, t); }
    const inList = list.filter((s) => (list === body ? popping.includes(s) : pops(s)));
    const s = inList.length === 1 ? inList[0]! : undefined;
    if (s?.k !== 'if') break;
    const inThen = s.then.some(pops);
    const inElse = s.else.some(pops);
    const t = truth(s.test);
    if (inThen === inElse || !t) break;
    const outer = holds;
    holds = inThen ? (k) => outer(k) && t(k) : (k) => outer(k) && !t(k);
    list = inThen ? s.then : s.else;
  }
  if (list !== body && codes.every((k) => holds(k) === (k === rare))) return { within: true, branch: list };
  return { within: false, after: last };
}

function insertAtEnd(code: readonly TStmt[], branch: readonly TStmt[], add: TStmt): TStmt[] {
  return [...mapStmts(code, (s) => {
    if (s.k !== 'if' || (s.then !== branch && s.else !== branch)) return s;
    return s.then === branch ? { ...s, then: [...branch, add] } : { ...s, else: [...branch, add] };
  })];
}

function insertAfter(code: readonly TStmt[], after: TStmt, add: TStmt, pathVar: TVar, rare: number): TStmt[] {
  const j = code.indexOf(after);
  const guarded: TStmt = { k: 'if', test: bin('===', ref(pathVar), num(rare)), then: [add], else: [] };
  return [...code.slice(0, j + 1), guarded, ...code.slice(j + 1)];
}

const comparisons = new Set(['<', '<=', '>', '>=', '===', '!==']);
const pure = new Set(['+', '-', '*', '/', '<', '<=', '>', '>=', '===', '!==', '&&', '||']);

/**
 * A condition of the forward iteration as the reverse computes it: from the names the reverse
 * declared (const) before that point, the index, constants, and the iteration's own constants
 * (`before`: its statements up to the decision) computed again; undefined where it reads anything else.
 */
class Recompute {
  /** The iteration's constants before the decision: each definition and where it is. */
  private readonly defs = new Map<string, { readonly init: TExpr; readonly at: number }>();

  constructor(private readonly before: readonly TStmt[], private readonly index: TVar, private readonly available: ReadonlySet<string>) {
    before.forEach((s, at) => { if (s.k === 'decl' && s.kind === 'const' && s.init) this.defs.set(s.name, { init: s.init, at }); });
  }

  /** `e`, read where the statements of the iteration before `upTo` have run. */
  expr(e: TExpr, upTo = this.before.length, depth = 0): TExpr | undefined {
    if (depth > 8) return undefined;
    const sub = (x: TExpr) => this.expr(x, upTo, depth + 1);
    switch (e.k) {
      case 'num': case 'bool': case 'constant': return e;
      case 'name': return this.name(e, depth);
      case 'un': {
        if (e.op !== '-' && e.op !== '!' && e.op !== '+') return undefined;
        const inner = sub(e.e);
        return inner && { ...e, e: inner };
      }
      case 'bin': {
        if (!pure.has(e.op)) return undefined;
        const side = (x: TExpr) => (comparisons.has(e.op) ? this.compared(x, upTo, depth) : sub(x));
        const l = side(e.l);
        const r = side(e.r);
        return l && r && { ...e, l, r };
      }
      case 'cond': {
        const [t, a, b] = [sub(e.test), sub(e.then), sub(e.else)];
        return t && a && b && { ...e, test: t, then: a, else: b };
      }
      case 'call': {
        if (e.callee.k !== 'math') return undefined;
        const args = e.args.map(sub);
        return args.every((a) => a) ? { ...e, args: args as TExpr[] } : undefined;
      }
      default: return undefined;
    }
  }

  private name(e: TExpr & { k: 'name' }, depth: number): TExpr | undefined {
    if (e.name === this.index.name) return e;
    const def = this.defs.get(e.name);
    if (!def) return undefined;
    return this.available.has(e.name) ? e : this.expr(def.init, def.at, depth + 1);
  }

  /** An operand of a comparison: also `abs`, set by `if (x < 0) abs = -x else abs = x` last before upTo, as Math.abs(x). */
  private compared(e: TExpr, upTo: number, depth: number): TExpr | undefined {
    const direct = this.expr(e, upTo, depth + 1);
    if (direct || e.k !== 'name') return direct;
    const x = this.absOf(e.name, upTo);
    const arg = x && this.expr(x, upTo, depth + 1);
    return arg && call({ k: 'math', fn: 'abs' }, arg);
  }

  /** The x of `v = |x|`, where the last statement before upTo to write v is such an `if` at the top level. */
  private absOf(v: string, upTo: number): TExpr | undefined {
    const writes = (s: TStmt) => someStmt([s], (t) => (t.k === 'assign' && t.target.k === 'name' && t.target.name === v) || (t.k === 'decl' && t.name === v))
      || stmtHas(s, (x) => x.k === 'update' && x.name === v);
    const j = this.before.slice(0, upTo).map(writes).lastIndexOf(true);
    const s = this.before[j];
    if (j < 0 || s?.k !== 'if') return undefined;
    // (the test: `x < 0`, directly or by a constant of the iteration)
    const test = s.test.k === 'name' ? this.defs.get(s.test.name)?.init : s.test;
    if (test?.k !== 'bin' || !['<', '<=', '>', '>='].includes(test.op) || test.r.k !== 'num' || test.r.value !== 0 || test.l.k !== 'name') return undefined;
    const x = test.l;
    const negatedWhenTrue = test.op === '<' || test.op === '<=';
    const value = (b: readonly TStmt[]): TExpr | undefined => {
      const last = b[b.length - 1];
      if (last?.k !== 'assign' || last.op !== '=' || last.target.k !== 'name' || last.target.name !== v) return undefined;
      const local = new Map<string, TExpr>();
      for (const t of b.slice(0, -1)) {
        if (t.k !== 'decl' || t.kind !== 'const' || !t.init) return undefined;
        local.set(t.name, t.init);
      }
      return last.value.k === 'name' ? local.get(last.value.name) ?? last.value : last.value;
    };
    const isX = (e: TExpr | undefined) => e?.k === 'name' && e.name === x.name;
    const isMinusX = (e: TExpr | undefined) => e?.k === 'un' && e.op === '-' && isX(e.e);
    const [a, b] = [value(s.then), value(s.else)];
    const ok = negatedWhenTrue ? isMinusX(a) && isX(b) : isX(a) && isMinusX(b);
    // (x a value of the iteration that does not change: one of its constants, or the index)
    return ok && (this.defs.has(x.name) || x.name === this.index.name) ? x : undefined;
  }
}
