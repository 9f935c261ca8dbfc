/**
 * Overwritten segments saved and restored whole. A counted loop that overwrites one element of
 * an array per iteration, `a[c + i]` for i = 0, 1, …, saves each old value on the tape before
 * it writes it, and the loop's reverse restores them one by one, element i at the top of its
 * iteration i (counting down):
 *
 *   for (let i = 0; i < n; i++) { const t = i + c; const x = a[t]; …; stack[top++] = x; a[t] = …; }
 *   for (let i = n - 1; i >= 0; i--) { const t = i + c; a[t] = stack[--top]; … }
 *
 * The values pushed are a's elements c … c + n - 1 as they were before the loop (an iteration
 * writes only its own element, after saving it, and no other array that may be `a`), in slots
 * top … top + n - 1: one copy before the loop saves them, `top = saveSegment(a, c, n, stack, top)`
 * (a typed array's `set` of a view: ~0.3 ns an element, where the loop's push was ~1 ns).
 *
 * The reverse may restore them all before its loop, `top = restoreSegment(a, c, n, stack, top)`,
 * where nothing in the loop can tell: element c + i' (restored in iteration i', and before the
 * loop by the copy) must not be read in an iteration i > i' (i' < i), where one by one it still
 * held the value the forward loop left. The loop's body may read `a` only at `a[d + i]`, d
 * invariant, after the restore: d = c is the element restored; d + i = c + i' with i' < i takes
 * d < c and d + i ≥ c for some i < n, so the body is safe when d ≥ c or d + n ≤ c. Where that is
 * not the same expression for all reads (two columns of one matrix, d = k·m and c = j·m), it is
 * tested when the code runs and the loop is written twice: restored whole under the test, one by
 * one otherwise. The body may read no other array that may be `a` (mayAlias), call nothing but
 * pure functions, and pop nothing else; the slots it pops are the same, so the forward loop and
 * its reverse are rewritten each on its own.
 *
 * The runtime's helpers copy by a loop where the segment is short, not a typed array, or not
 * within it (an index out of range, not an integer): the same reads and writes as the loop's.
 */
import { STACK, TOP, type TExpr, type TStmt, type TVar, anyChild, anyNested, anyOwnExpr, bin, exprKey, isRef, mapNested, num, ref, runtime, stmtHas } from '../ir/target.js';

/** Whether two array variables of the function may hold one array. */
export type MayAlias = (a: TVar, b: TVar) => boolean;

/** `code` with each loop that saves or restores an overwritten segment one element at a time rewritten to copy it whole. */
export function bulkSegments(code: readonly TStmt[], mayAlias: MayAlias, known = constCounts(code)): TStmt[] {
  return code.flatMap((s) => {
    const t = mapNested(s, (b) => bulkSegments(b, mayAlias, known));
    if (t.k !== 'for') return [t];
    return forwardSaved(t, mayAlias, known) ?? reverseRestored(t, mayAlias, known) ?? [t];
  });
}

/** The function's top-level `const t4 = 2`: a count known when the code is written, so that a short segment's loop is kept without a test (`if (t4 > 32)` of a t4 that is 2). */
function constCounts(code: readonly TStmt[]): Consts {
  const out = new Map<TVar, TExpr>();
  for (const s of code) if (s.k === 'decl' && s.kind === 'const' && s.v && s.init?.k === 'num') out.set(s.v, s.init);
  return out;
}

/** Constants by their variable (TVar): what a name that is one of them can be replaced with. */
type Consts = ReadonlyMap<TVar, TExpr>;

/** The constant `e` is a name of, if it is one. */
const constOf = (e: TExpr, consts: Consts): TExpr | undefined => (e.k === 'name' && e.v ? consts.get(e.v) : undefined);

type For = TStmt & { k: 'for' };

/** Segments of at most this many elements are saved and restored one by one, as they were. */
const minLength = 32;

/** The tape's locals, the buffer and its first free slot (reverse/stack.ts), as the statements below read them. */
const stack = ref(STACK);
const top = ref(TOP);
const isTapeLocal = (v: TVar | undefined): boolean => v === STACK || v === TOP;

/** `stack[top++] = x`: x. */
function pushed(s: TStmt): TExpr | undefined {
  if (s.k !== 'assign' || s.op !== '=' || s.target.k !== 'index' || !isRef(s.target.array, STACK)) return undefined;
  const i = s.target.index;
  return i.k === 'update' && i.v === TOP && i.op === '+=' && i.by === 1 && !i.prefix ? s.value : undefined;
}

/** `stack[--top]`. */
const isPop = (e: TExpr): boolean => e.k === 'index' && isRef(e.array, STACK) && e.index.k === 'update' &&
  e.index.v === TOP && e.index.op === '-=' && e.index.by === 1 && e.index.prefix === true;

const tapeUses = (s: TStmt): number => {
  let n = 0;
  stmtHas(s, (x) => { if ((x.k === 'name' || x.k === 'update') && isTapeLocal(x.v)) n++; return false; });
  return n;
};

/** The loop's index and its count n, for `for (let i = 0; i < n; i++)` (up) or `for (let i = n - 1; i >= 0; i--)` (down). */
function header(s: For, dir: 'up' | 'down', known: Consts): { i: TVar; n: TExpr } | undefined {
  const count = (n: TExpr): TExpr => constOf(n, known) ?? n;
  const init = s.init;
  if (init.k !== 'decl' || init.kind !== 'let' || !init.init || !init.v) return undefined;
  const i = init.v;
  const u = s.update;
  if (u.k !== 'update' || u.v !== i || u.by !== 1 || u.prefix) return undefined;
  if (dir === 'up') {
    if (init.init.k !== 'num' || init.init.value !== 0 || u.op !== '+=') return undefined;
    if (s.test.k !== 'bin' || s.test.op !== '<' || !isRef(s.test.l, i)) return undefined;
    return { i, n: count(s.test.r) };
  }
  if (u.op !== '-=' || init.init.k !== 'bin' || init.init.op !== '-' || init.init.r.k !== 'num' || init.init.r.value !== 1) return undefined;
  if (s.test.k !== 'bin' || s.test.op !== '>=' || !isRef(s.test.l, i) || s.test.r.k !== 'num' || s.test.r.value !== 0) return undefined;
  return { i, n: count(init.init.l) };
}

/**
 * The variables the body declares or assigns (at any depth), and whether it holds what a
 * segment's loop may not: an exit, a call that is not pure, a nested loop but a counted one, a
 * try, a variable that is no TVar (which no question asked by identity can be answered about).
 */
function bodyFacts(body: readonly TStmt[]): { bound: Set<TVar>; plain: boolean } {
  const bound = new Set<TVar>();
  let plain = true;
  const bind = (v: TVar | undefined) => { if (v) bound.add(v); else plain = false; };
  const visit = (list: readonly TStmt[]) => {
    for (const s of list) {
      switch (s.k) {
        case 'decl': bind(s.v); break;
        case 'assign': if (s.target.k === 'name') bind(s.target.v); break;
        case 'break': case 'return': case 'throw': case 'try': case 'while': case 'loop': plain = false; break;
        case 'for': if (s.init.k === 'decl') bind(s.init.v); break;
        default: break;
      }
      if (stmtHas(s, (x) => (x.k === 'call' && x.callee.k !== 'math' && x.callee.k !== 'global' && x.callee.k !== 'helper') ||
        x.k === 'tape' || x.k === 'runtime' || x.k === 'new')) plain = false;
      stmtHas(s, (x) => { if (x.k === 'update') bind(x.v); return false; });
      if (s.k === 'if') { visit(s.then); visit(s.else); }
      if (s.k === 'for' || s.k === 'block') visit(s.body);
    }
  };
  visit(body);
  return { bound, plain };
}

/** An index `i + c`, `c + i` or `i` (through a const the body declares at its top level): c, invariant in the loop, as it reads before the loop. */
function offsetOf(e: TExpr, i: TVar, consts: Consts, bound: ReadonlySet<TVar>): TExpr | undefined {
  e = constOf(e, consts) ?? e;
  if (isRef(e, i)) return num(0);
  if (e.k !== 'bin' || e.op !== '+') return undefined;
  const c = isRef(e.l, i) ? e.r : isRef(e.r, i) ? e.l : undefined;
  return c === undefined ? undefined : beforeLoop(c, i, consts, bound);
}

/**
 * `c` as it can be computed before the loop, where it is the same in every iteration: numbers,
 * names the loop does not bind (declared before it, not assigned in it), arithmetic and Math's
 * functions of them, and the body's own constants of those (substituted: `const t = j * m`).
 */
function beforeLoop(c: TExpr, i: TVar, consts: Consts, bound: ReadonlySet<TVar>, depth = 0): TExpr | undefined {
  if (depth > 8) return undefined;
  const go = (x: TExpr) => beforeLoop(x, i, consts, bound, depth + 1);
  switch (c.k) {
    case 'num': case 'constant': return c;
    case 'name': {
      if (c.v === undefined || c.v === i || isTapeLocal(c.v)) return undefined;
      const k = consts.get(c.v);
      if (k) return go(k);
      return bound.has(c.v) ? undefined : c;
    }
    case 'bin': {
      if (!['+', '-', '*', '/', '%'].includes(c.op)) return undefined;
      const [l, r] = [go(c.l), go(c.r)];
      return l && r ? { ...c, l, r } : undefined;
    }
    case 'un': {
      const e = c.op === '-' ? go(c.e) : undefined;
      return e ? { ...c, e } : undefined;
    }
    case 'call': {
      if (c.callee.k !== 'math') return undefined;
      const args = c.args.map(go);
      return args.every((a) => a !== undefined) ? { ...c, args: args as TExpr[] } : undefined;
    }
    default: return undefined;
  }
}

const topConsts = (body: readonly TStmt[]): Consts =>
  new Map(body.flatMap((s) => (s.k === 'decl' && s.kind === 'const' && s.v && s.init ? [[s.v, s.init] as const] : [])));

/** The array variable of a name, where the name is one a builder made (TVar). */
const arrayVar = (e: TExpr): TVar | undefined => (e.k === 'name' ? e.v : undefined);

/** Whether the body writes an element of an array that may be `a` anywhere but at `write`. */
function writesOther(body: readonly TStmt[], a: TVar, write: TStmt, mayAlias: MayAlias): boolean {
  let other = false;
  const visit = (list: readonly TStmt[]) => {
    for (const s of list) {
      if (s !== write && s.k === 'assign' && s.target.k === 'index') {
        const v = arrayVar(s.target.array);
        if (v === undefined || v === a || mayAlias(v, a)) other = true;
      }
      if (s.k === 'if') { visit(s.then); visit(s.else); }
      if (s.k === 'for' || s.k === 'block') visit(s.body);
    }
  };
  visit(body);
  return other;
}

/**
 * A forward loop whose one push saves `a[c + i]` before its iteration writes it: the pushes
 * replaced by one copy before the loop.
 */
function forwardSaved(s: For, mayAlias: MayAlias, known: Consts): TStmt[] | undefined {
  const h = header(s, 'up', known);
  if (!h) return undefined;
  const body = s.body;
  const at = body.findIndex((t) => pushed(t) !== undefined);
  if (at < 0 || tapeUses({ k: 'block', body }) !== 2) return undefined;
  const { bound, plain } = bodyFacts(body);
  if (!plain || bound.has(h.i)) return undefined;
  const consts = topConsts(body);
  const pushedValue = pushed(body[at]!)!;
  const value = constOf(pushedValue, consts) ?? pushedValue;
  if (value.k !== 'index') return undefined;
  const a = arrayVar(value.array);
  if (a === undefined || bound.has(a)) return undefined;
  const c = offsetOf(value.index, h.i, consts, bound);
  if (c === undefined) return undefined;
  // its write: a statement of the body's top level after the push, at the same index
  const read = value.index;
  const write = body.findIndex((t, k) => k > at && t.k === 'assign' && t.op === '=' && t.target.k === 'index' && arrayVar(t.target.array) === a &&
    (exprKey(t.target.index) === exprKey(read) || sameOffset(t.target.index, c, h.i, consts, bound)));
  // (nothing before the push writes a, nothing but the write after it)
  if (write < 0 || writesOther(body, a, body[write]!, mayAlias)) return undefined;
  const n = beforeLoop(h.n, h.i, new Map(), bound);
  if (n === undefined) return undefined;
  const save: TStmt = { k: 'assign', target: top, op: '=', value: runtime('saveSegment', value.array, c, n, stack, top) };
  return long(n, [], [save, { ...s, body: body.filter((_, k) => k !== at) }], s);
}

/**
 * The segment's copy where it is longer than `minLength` (and `tests` hold), the loop as it was
 * otherwise: a copy costs a call and a view (~40 ns), a few elements' pushes less (the GMM of
 * the bench's second hand saves d = 2 elements per point and component: 1.2x slower copied).
 */
function long(n: TExpr, tests: TExpr[], copied: TStmt[], original: For): TStmt[] {
  if (n.k === 'num' && n.value <= minLength) return [original];
  const all = [...(n.k === 'num' ? [] : [bin('>', n, num(minLength))]), ...tests];
  if (all.length === 0) return copied;
  return [{ k: 'if', test: all.reduce((l, r) => bin('&&', l, r)), then: copied, else: [original] }];
}

const sameOffset = (e: TExpr, c: TExpr, i: TVar, consts: Consts, bound: ReadonlySet<TVar>): boolean => {
  const d = offsetOf(e, i, consts, bound);
  return d !== undefined && exprKey(d) === exprKey(c);
};

/**
 * A reverse loop whose one pop restores `a[c + i]` before anything in its iteration reads a:
 * restored whole before the loop, where the reads of a the body makes are at `a[d + i]` with
 * d ≥ c or d + n ≤ c (tested when the code runs unless every d is c).
 */
function reverseRestored(s: For, mayAlias: MayAlias, known: Consts): TStmt[] | undefined {
  const h = header(s, 'down', known);
  if (!h) return undefined;
  const body = s.body;
  const at = body.findIndex((t) => t.k === 'assign' && t.op === '=' && t.target.k === 'index' && isPop(t.value));
  if (at < 0 || tapeUses({ k: 'block', body }) !== 2) return undefined;
  const restore = body[at] as TStmt & { k: 'assign'; target: TExpr & { k: 'index' } };
  const { bound, plain } = bodyFacts(body);
  const n = beforeLoop(h.n, h.i, new Map(), bound);
  if (!plain || bound.has(h.i) || n === undefined) return undefined;
  const array = restore.target.array;
  const a = arrayVar(array);
  if (a === undefined || bound.has(a)) return undefined;
  const consts = topConsts(body);
  const c = offsetOf(restore.target.index, h.i, consts, bound);
  if (c === undefined || writesOther(body, a, restore, mayAlias)) return undefined;
  // nothing before the restore reads a
  const mentions = (t: TStmt) => stmtHas(t, (x) => x.k === 'name' && x.v !== undefined && (x.v === a || (x.v.role === 'primal' && mayAlias(x.v, a))));
  if (body.slice(0, at).some(mentions)) return undefined;
  // nothing before the restore reads a
  // after it: a only at a[d + i], and no other array that may be a
  const offsets: TExpr[] = [];
  let ok = true;
  const aliasOf = (x: TExpr) => x.k === 'name' && x.v !== undefined && (x.v === a || (x.v.role === 'primal' && mayAlias(x.v, a)));
  const walk = (x: TExpr): boolean => {
    if (!ok) return true;
    if (x.k === 'index' && x.array.k === 'name' && x.array.v === a) {
      const d = offsetOf(x.index, h.i, consts, bound);
      if (d === undefined) ok = false;
      else if (exprKey(d) !== exprKey(c) && !offsets.some((o) => exprKey(o) === exprKey(d))) offsets.push(d);
      return walk(x.index);
    }
    if (x.k === 'member' && x.prop === 'length' && x.object.k === 'name' && x.object.v === a) return false;
    if (aliasOf(x)) ok = false;
    return anyChild(x, walk);
  };
  const stmts = (list: readonly TStmt[]): boolean => list.some((t) => anyOwnExpr(t, walk) || anyNested(t, stmts));
  const rest = body.filter((_, k) => k !== at);
  stmts(rest);
  if (!ok) return undefined;
  const whole: TStmt = { k: 'assign', target: top, op: '=', value: runtime('restoreSegment', array, c, n, stack, top) };
  const without: For = { ...s, body: rest };
  // d ≥ c || d + n ≤ c for each other offset d (d ≥ c known where both are numbers)
  const tests = offsets.flatMap((d) => {
    if (d.k === 'num' && c.k === 'num') return d.value >= c.value ? [] : [bin('<=', bin('+', d, n), c)];
    return [bin('||', bin('>=', d, c), bin('<=', bin('+', d, n), c))];
  });
  return long(n, tests, [whole, without], s);
}
