/**
 * An adjoint element cleared, then added into: `v_b[j] = 0` (the reverse of the store that
 * wrote v[j]), then `v_b[j] += e` (the reverse of a load of the old v[j]). The addition becomes
 * `v_b[j] = e` where the element is surely zero (cleared on every path since, nothing written
 * into that array, j not reassigned), and a clearing that such an assignment overwrites before
 * anything reads the array goes: one load and one store an element fewer (trial38's CRR tree,
 * 2M nodes a call). Only the adjoint arrays (`adjoints`: no two names of them are one array,
 * no primal array is one of them) and straight code and `if`s: a loop, a call or an operation of
 * the tape on arrays forgets what is known.
 */
import { type TExpr, type TStmt, type TVar, anyChild, isRefIn, mapNested, neg } from '../ir/target.js';

/** An element of an adjoint array at an index of names and numbers: its key, its array, the names its index reads. */
interface Element {
  readonly key: string;
  readonly array: string;
  readonly names: ReadonlySet<string>;
}

export function assignZeroedElements(code: readonly TStmt[], adjoints: ReadonlySet<TVar>): TStmt[] {
  if (adjoints.size === 0) return [...code];
  return dropOverwrittenClears(addsIntoZeros(code, adjoints, new Map()).code, adjoints, new Map()).code;
}

/** The element `e` names, if it is one of an adjoint array at a simple index. */
function element(e: TExpr, adjoints: ReadonlySet<TVar>): Element | undefined {
  if (e.k !== 'index' || !isRefIn(e.array, adjoints) || e.array.k !== 'name') return undefined;
  const names = new Set<string>();
  const key = indexKey(e.index, names);
  return key === undefined ? undefined : { key: `${e.array.name}[${key}]`, array: e.array.name, names };
}

/** The index as text, where it is names and numbers under `+`, `-`, `*` (no effect, same value until a name changes). */
function indexKey(e: TExpr, names: Set<string>): string | undefined {
  if (e.k === 'num') return String(e.value);
  if (e.k === 'name') { names.add(e.name); return e.name; }
  if (e.k === 'bin' && (e.op === '+' || e.op === '-' || e.op === '*')) {
    const l = indexKey(e.l, names);
    const r = indexKey(e.r, names);
    return l === undefined || r === undefined ? undefined : `(${l} ${e.op} ${r})`;
  }
  return undefined;
}

type Known = Map<string, Element>;

const isZero = (e: TExpr): boolean => e.k === 'num' && e.value === 0;

/**
 * What a statement may change that an element's key depends on: names assigned, arrays written
 * or named whole (passed on, bound to another name); `all` for calls and the tape's operations
 * on arrays. `reads`: arrays whose elements it reads.
 */
interface Effects {
  readonly names: Set<string>;
  readonly arrays: Set<string>;
  readonly reads: Set<string>;
  all: boolean;
}

/** The effects of the expressions of `s` itself (not its nested blocks) and of its target. */
function effectsOf(s: TStmt): Effects {
  const fx: Effects = { names: new Set(), arrays: new Set(), reads: new Set(), all: false };
  const visit = (e: TExpr): void => {
    if (e.k === 'update') fx.names.add(e.name);
    else if ((e.k === 'call' && e.callee.k !== 'math') || e.k === 'runtime' || (e.k === 'tape' && e.op !== 'pop')) fx.all = true;
    // (an array named other than by an element, `v_b.length` aside, may be written through another name)
    else if (e.k === 'name') fx.arrays.add(e.name);
    if (e.k === 'index' && e.array.k === 'name') { fx.reads.add(e.array.name); visit(e.index); return; }
    if (e.k === 'member' && e.object.k === 'name' && e.prop === 'length') return;
    anyChild(e, (c) => { visit(c); return false; });
  };
  switch (s.k) {
    case 'decl': fx.names.add(s.name); if (s.init) visit(s.init); break;
    case 'assign':
      if (s.target.k === 'name') fx.names.add(s.target.name);
      else if (s.target.k === 'index' && s.target.array.k === 'name') {
        fx.arrays.add(s.target.array.name);
        if (s.op !== '=') fx.reads.add(s.target.array.name);
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
    if (fx.arrays.has(el.array) || (reading && fx.reads.has(el.array)) || [...el.names].some((n) => fx.names.has(n))) known.delete(k);
  }
}

const meet = (a: Known, b: Known): Known => new Map([...a].filter(([k]) => b.has(k)));

/** `known` without the elements whose index names a variable `branch` declares (another variable of that name, in its scope). */
function outOfScope(known: Known, branch: readonly TStmt[]): Known {
  const declared = new Set(branch.flatMap((s) => (s.k === 'decl' ? [s.name] : [])));
  return new Map([...known].filter(([, el]) => ![...el.names].some((n) => declared.has(n))));
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
    if (t.k === 'assign' && el && t.op === '=' && isZero(t.value) && ![...el.names].some((n) => effectsOf(t).names.has(n))) known.set(el.key, el);
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
