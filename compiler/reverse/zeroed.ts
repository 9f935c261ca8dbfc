/**
 * An adjoint element cleared, then added into: `v_b[j] = 0` (the reverse of the store that
 * wrote v[j]), then `v_b[j] += e` (the reverse of a load of the old v[j]). The addition becomes
 * `v_b[j] = e` where the element is surely zero (cleared on every path since, nothing written
 * into that array, j not reassigned), and a clearing that such an assignment overwrites before
 * anything reads the array goes: one load and one store an element fewer (trial38's CRR tree,
 * 2M nodes a call). Only the adjoint arrays (`adjoints`: no two names of them are one array,
 * no primal array is one of them) and straight code and `if`s: a loop, a call or an operation of
 * the tape on arrays forgets what is known. Variables are told apart by identity (TVar), not by
 * name; a name that is no TVar is of no element, and may be any variable so named.
 */
import { type TExpr, type TStmt, type TVar, anyChild, isRefIn, mapNested, neg, varId } from '../ir/target.js';

/**
 * An element of an adjoint array at an index of variables and numbers: its key (the array and
 * the index's shape, each variable in it by identity), its array, the variables its index reads.
 */
interface Element {
  readonly key: string;
  readonly array: TVar;
  readonly vars: ReadonlySet<TVar>;
}


export function assignZeroedElements(code: readonly TStmt[], adjoints: ReadonlySet<TVar>): TStmt[] {
  if (adjoints.size === 0) return [...code];
  return dropOverwrittenClears(addsIntoZeros(code, adjoints, new Map()).code, adjoints, new Map()).code;
}

/** The element `e` names, if it is one of an adjoint array at a simple index. */
function element(e: TExpr, adjoints: ReadonlySet<TVar>): Element | undefined {
  if (e.k !== 'index' || !isRefIn(e.array, adjoints) || e.array.k !== 'name') return undefined;
  const array = e.array.v!;
  const vars = new Set<TVar>();
  const key = indexKey(e.index, vars);
  return key === undefined ? undefined : { key: `v${varId(array)}[${key}]`, array, vars };
}

/** The index as text, where it is variables and numbers under `+`, `-`, `*` (no effect, same value until a variable changes). */
function indexKey(e: TExpr, vars: Set<TVar>): string | undefined {
  if (e.k === 'num') return String(e.value);
  if (e.k === 'name') {
    if (!e.v) return undefined;
    vars.add(e.v);
    return `v${varId(e.v)}`;
  }
  if (e.k === 'bin' && (e.op === '+' || e.op === '-' || e.op === '*')) {
    const l = indexKey(e.l, vars);
    const r = indexKey(e.r, vars);
    return l === undefined || r === undefined ? undefined : `(${l} ${e.op} ${r})`;
  }
  return undefined;
}

type Known = Map<string, Element>;

const isZero = (e: TExpr): boolean => e.k === 'num' && e.value === 0;

/**
 * What a statement may change that an element's key depends on: variables assigned, arrays written
 * or named whole (passed on, bound to another name); `all` for calls, the tape's operations
 * on arrays. `reads`: arrays whose elements it reads. `untyped`: the names it mentions that are no
 * TVar (any variable of the name, assigned, written or read).
 */
interface Effects {
  readonly vars: Set<TVar>;
  readonly arrays: Set<TVar>;
  readonly reads: Set<TVar>;
  readonly untyped: Set<string>;
  all: boolean;
}

/** The effects of the expressions of `s` itself (not its nested blocks) and of its target. */
function effectsOf(s: TStmt): Effects {
  const fx: Effects = { vars: new Set(), arrays: new Set(), reads: new Set(), untyped: new Set(), all: false };
  const assigned = (v: TVar | undefined, name: string) => { if (v) fx.vars.add(v); else fx.untyped.add(name); };
  const array = (into: Set<TVar>, e: TExpr & { k: 'name' }) => { if (e.v) into.add(e.v); else fx.untyped.add(e.name); };
  const visit = (e: TExpr): void => {
    if (e.k === 'update') assigned(e.v, e.name);
    else if ((e.k === 'call' && e.callee.k !== 'math') || e.k === 'runtime' || (e.k === 'tape' && e.op !== 'pop')) fx.all = true;
    // (an array named other than by an element, `v_b.length` aside, may be written through another name)
    else if (e.k === 'name') array(fx.arrays, e);
    if (e.k === 'index' && e.array.k === 'name') { array(fx.reads, e.array); visit(e.index); return; }
    if (e.k === 'member' && e.object.k === 'name' && e.prop === 'length') return;
    anyChild(e, (c) => { visit(c); return false; });
  };
  switch (s.k) {
    case 'decl': assigned(s.v, s.name); if (s.init) visit(s.init); break;
    case 'assign':
      if (s.target.k === 'name') assigned(s.target.v, s.target.name);
      else if (s.target.k === 'index' && s.target.array.k === 'name') {
        array(fx.arrays, s.target.array);
        if (s.op !== '=') array(fx.reads, s.target.array);
        visit(s.target.index);
      } else fx.all = true;
      visit(s.value);
      break;
    case 'expr': case 'return': case 'throw': visit(s.e); break;
    case 'if': case 'while': visit(s.test); break;
    case 'for': fx.all = true; break;
    default: break;
  }
  return fx;
}

/** `known` without the elements `fx` may change (or, `reading`, read). */
function forget(known: Known, fx: Effects, reading = false): void {
  if (fx.all) { known.clear(); return; }
  for (const [k, el] of known) {
    if (fx.arrays.has(el.array) || (reading && fx.reads.has(el.array)) || [...el.vars].some((v) => fx.vars.has(v) || fx.untyped.has(v.name)) || fx.untyped.has(el.array.name)) known.delete(k);
  }
}

const meet = (a: Known, b: Known): Known => new Map([...a].filter(([k]) => b.has(k)));

/**
 * `known` without the elements whose index reads a variable `branch` declares: a binding of its
 * own, in its scope (a primal value the reverse recomputes in a branch is declared there again).
 */
function outOfScope(known: Known, branch: readonly TStmt[]): Known {
  const declared = new Set(branch.flatMap((s) => (s.k === 'decl' && s.v ? [s.v] : [])));
  return new Map([...known].filter(([, el]) => ![...el.vars].some((v) => declared.has(v))));
}

/** Forward: the additions into elements surely zero become assignments. */
function addsIntoZeros(code: readonly TStmt[], adjoints: ReadonlySet<TVar>, known: Known): { code: TStmt[]; known: Known } {
  const out: TStmt[] = [];
  for (const s of code) {
    if (s.k === 'if') {
      forget(known, effectsOf(s));
      const then = addsIntoZeros(s.then, adjoints, new Map(known));
      const other = addsIntoZeros(s.else, adjoints, new Map(known));
      out.push({ ...s, then: then.code, else: other.code });
      known = meet(outOfScope(then.known, s.then), outOfScope(other.known, s.else));
      continue;
    }
    if (s.k === 'for' || s.k === 'while' || s.k === 'loop' || s.k === 'block' || s.k === 'try') {
      out.push(mapNested(s, (b) => addsIntoZeros(b, adjoints, new Map()).code));
      known = new Map();
      continue;
    }
    if (s.k === 'break' || s.k === 'return' || s.k === 'throw') { out.push(s); known = new Map(); continue; }
    const el = s.k === 'assign' ? element(s.target, adjoints) : undefined;
    let t = s;
    if (s.k === 'assign' && el && s.op !== '=' && known.has(el.key)) t = { ...s, op: '=', value: s.op === '-=' ? neg(s.value) : s.value };
    forget(known, effectsOf(t));
    if (t.k === 'assign' && el && t.op === '=' && isZero(t.value) && ![...el.vars].some((v) => effectsOf(t).vars.has(v))) known.set(el.key, el);
    out.push(t);
  }
  return { code: out, known };
}

/** Backward: a clearing `A[k] = 0` that `A[k] = e` overwrites before anything reads A goes. `over`: the elements so overwritten after this code. */
function dropOverwrittenClears(code: readonly TStmt[], adjoints: ReadonlySet<TVar>, over: Known): { code: TStmt[]; over: Known } {
  const out: TStmt[] = [];
  for (let i = code.length - 1; i >= 0; i--) {
    const s = code[i]!;
    if (s.k === 'if') {
      const then = dropOverwrittenClears(s.then, adjoints, outOfScope(over, s.then));
      const other = dropOverwrittenClears(s.else, adjoints, outOfScope(over, s.else));
      out.push({ ...s, then: then.code, else: other.code });
      over = meet(then.over, other.over);
      forget(over, effectsOf(s), true);
      continue;
    }
    if (s.k === 'for' || s.k === 'while' || s.k === 'loop' || s.k === 'block' || s.k === 'try') {
      out.push(mapNested(s, (b) => dropOverwrittenClears(b, adjoints, new Map()).code));
      over = new Map();
      continue;
    }
    if (s.k === 'break' || s.k === 'return' || s.k === 'throw') { out.push(s); over = new Map(); continue; }
    const el = s.k === 'assign' && s.op === '=' ? element(s.target, adjoints) : undefined;
    if (el && s.k === 'assign' && isZero(s.value) && over.has(el.key)) continue;
    // (the statement's reads and assignments happen before its own store: `A[k] = A[k] * c` reads the old A[k])
    forget(over, effectsOf(s), true);
    if (el) over.set(el.key, el);
    out.push(s);
  }
  return { code: out.reverse(), over };
}
