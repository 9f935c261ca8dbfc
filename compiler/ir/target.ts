/**
 * The adjoint IR: the generated function, as a small structured imperative language that
 * the reverse phase builds and the emit phase prints. Expressions are trees over names and
 * numbers; statements are the handful of forms the generated code needs.
 */
import type { Loc } from './types.js';

export type TExpr =
  | { readonly k: 'num'; readonly value: number }
  | { readonly k: 'bool'; readonly value: boolean }
  /** A string literal (an error's message). */
  | { readonly k: 'str'; readonly value: string }
  /** A variable, or a dotted global such as `Math.PI`. */
  | { readonly k: 'name'; readonly name: string }
  | { readonly k: 'bin'; readonly op: BinOp; readonly l: TExpr; readonly r: TExpr }
  | { readonly k: 'un'; readonly op: '-' | '!' | '+' | '~' | 'typeof'; readonly e: TExpr }
  | { readonly k: 'call'; readonly callee: string; readonly args: readonly TExpr[] }
  | { readonly k: 'index'; readonly array: TExpr; readonly index: TExpr }
  | { readonly k: 'member'; readonly object: TExpr; readonly prop: string }
  | { readonly k: 'cond'; readonly test: TExpr; readonly then: TExpr; readonly else: TExpr }
  /** `new Float64Array(n)`, `new Array(n)`. */
  | { readonly k: 'new'; readonly ctor: string; readonly args: readonly TExpr[] }
  | { readonly k: 'array'; readonly elements: readonly TExpr[] }
  | { readonly k: 'object'; readonly fields: readonly (readonly [string, TExpr])[] }
  /** `i++`, `i--`, `i += 2`, `i -= 2` (loop updates); `--i` with `prefix` (the tape's pop). */
  | { readonly k: 'update'; readonly name: string; readonly op: '+=' | '-='; readonly by: number; readonly prefix?: boolean };

export type BinOp =
  | '+' | '-' | '*' | '/' | '%' | '**'
  | '<' | '<=' | '>' | '>=' | '===' | '!==' | '&&' | '||' | '??'
  | '&' | '|' | '^' | '<<' | '>>' | '>>>';

/** `loc`: the source statement a statement comes from (forward sweep) or differentiates (reverse), for source maps. */
export type TStmt = ({ readonly loc?: Loc }) & (
  | { readonly k: 'decl'; readonly kind: 'const' | 'let'; readonly name: string; readonly type?: string; readonly init?: TExpr }
  | { readonly k: 'assign'; readonly target: TExpr; readonly op: '=' | '+=' | '-='; readonly value: TExpr }
  | { readonly k: 'expr'; readonly e: TExpr }
  /** `brief`: printed on one line without braces (one simple statement, no else). */
  | { readonly k: 'if'; readonly test: TExpr; readonly then: readonly TStmt[]; readonly else: readonly TStmt[]; readonly brief?: boolean }
  | {
      readonly k: 'for';
      readonly init: TStmt;
      readonly test: TExpr;
      readonly update: TExpr;
      readonly body: readonly TStmt[];
    }
  | { readonly k: 'while'; readonly test: TExpr; readonly body: readonly TStmt[] }
  /** `for (;;) { … }`, left by `break`. */
  | { readonly k: 'loop'; readonly body: readonly TStmt[] }
  /** `{ … }`: a scope of its own (one iteration of an unrolled loop). */
  | { readonly k: 'block'; readonly body: readonly TStmt[] }
  | { readonly k: 'break' }
  | { readonly k: 'return'; readonly e: TExpr }
  | { readonly k: 'throw'; readonly e: TExpr }
  /** `try { body } catch (param) { handler }`. */
  | { readonly k: 'try'; readonly body: readonly TStmt[]; readonly param: string; readonly handler: readonly TStmt[] }
  /** A `// text` line before the next statement. */
  | { readonly k: 'comment'; readonly text: string });

/**
 * The statements, each that has no source location of its own given `loc` (not nested ones:
 * they have theirs). In place: passes find statements by identity (a checkpointed loop).
 */
export const located = (stmts: readonly TStmt[], loc: Loc): TStmt[] => stmts.map((s) => {
  if (!s.loc) (s as { loc?: Loc }).loc = loc;
  return s;
});

export const num = (value: number): TExpr => ({ k: 'num', value });
export const str = (value: string): TExpr => ({ k: 'str', value });
export const name = (n: string): TExpr => ({ k: 'name', name: n });
export const call = (callee: string, ...args: TExpr[]): TExpr => ({ k: 'call', callee, args });
export const index = (array: TExpr, i: TExpr): TExpr => ({ k: 'index', array, index: i });
export const member = (object: TExpr, prop: string): TExpr => ({ k: 'member', object, prop });
export const cond = (test: TExpr, then: TExpr, els: TExpr): TExpr => ({ k: 'cond', test, then, else: els });
export const update = (n: string, op: '+=' | '-=', by: number, prefix = false): TExpr =>
  ({ k: 'update', name: n, op, by, ...(prefix ? { prefix } : {}) });
export const not = (e: TExpr): TExpr => ({ k: 'un', op: '!', e });

const isNum = (e: TExpr, v?: number): e is { k: 'num'; value: number } =>
  e.k === 'num' && (v === undefined || Object.is(e.value, v));

/** Binary operation with the algebraic simplifications that keep generated code readable. */
export function bin(op: BinOp, l: TExpr, r: TExpr): TExpr {
  if (isNum(l) && isNum(r) && (op === '+' || op === '-' || op === '*')) {
    const v = op === '+' ? l.value + r.value : op === '-' ? l.value - r.value : l.value * r.value;
    return num(v);
  }
  if (op === '*') {
    if (r.k === 'un' && r.op === '-') return neg(bin('*', l, r.e));
    if (l.k === 'un' && l.op === '-') return neg(bin('*', l.e, r));
    if (isNum(l, 1)) return r;
    if (isNum(r, 1)) return l;
    // x * (1 / y) is x / y
    if (r.k === 'bin' && r.op === '/' && isNum(r.l, 1)) return bin('/', l, r.r);
    if (isNum(l, -1)) return neg(r);
    if (isNum(r, -1)) return neg(l);
  }
  if (op === '/' && isNum(r, 1)) return l;
  if (op === '+' && isNum(r, 0)) return l;
  if (op === '-' && isNum(r, 0)) return l;
  return { k: 'bin', op, l, r };
}

export function neg(e: TExpr): TExpr {
  if (e.k === 'num') return num(-e.value);
  if (e.k === 'un' && e.op === '-') return e.e;
  return { k: 'un', op: '-', e };
}

export const add = (l: TExpr, r: TExpr) => bin('+', l, r);
export const sub = (l: TExpr, r: TExpr) => bin('-', l, r);
export const mul = (l: TExpr, r: TExpr) => bin('*', l, r);
export const div = (l: TExpr, r: TExpr) => bin('/', l, r);

/** `e` with each direct subexpression replaced by `f` of it: the one rebuild the rewrites share. */
export function mapChildren(e: TExpr, f: (x: TExpr) => TExpr): TExpr {
  switch (e.k) {
    case 'bin': return { ...e, l: f(e.l), r: f(e.r) };
    case 'un': return { ...e, e: f(e.e) };
    case 'call': return { ...e, args: e.args.map(f) };
    case 'index': return { ...e, array: f(e.array), index: f(e.index) };
    case 'member': return { ...e, object: f(e.object) };
    case 'cond': return { ...e, test: f(e.test), then: f(e.then), else: f(e.else) };
    case 'new': return { ...e, args: e.args.map(f) };
    case 'array': return { ...e, elements: e.elements.map(f) };
    case 'object': return { ...e, fields: e.fields.map(([k, v]) => [k, f(v)] as const) };
    default: return e;
  }
}

/** Names an expression reads (for the analysis of what the reverse sweep needs). */
export function namesIn(e: TExpr, into: Set<string> = new Set()): Set<string> {
  switch (e.k) {
    case 'name': into.add(e.name); break;
    case 'bin': namesIn(e.l, into); namesIn(e.r, into); break;
    case 'un': namesIn(e.e, into); break;
    case 'call': for (const a of e.args) namesIn(a, into); break;
    case 'index': namesIn(e.array, into); namesIn(e.index, into); break;
    case 'member': namesIn(e.object, into); break;
    case 'cond': namesIn(e.test, into); namesIn(e.then, into); namesIn(e.else, into); break;
    case 'update': into.add(e.name); break;
    case 'new': for (const a of e.args) namesIn(a, into); break;
    case 'array': for (const a of e.elements) namesIn(a, into); break;
    case 'object': for (const [, v] of e.fields) namesIn(v, into); break;
  }
  return into;
}

/**
 * `code` with element loads declared `: number`: every load (`'all'`), or those of arrays that
 * an enclosing loop also stores into. In a loop that stores back into the element it loaded
 * (`const t = y[i]; …; y[i] = t + …`), with nothing taped in between, tsc infers the load's
 * type from the store's, and so from itself (TS7022).
 */
export function typedElementLoads(code: readonly TStmt[], loads: ReadonlySet<string> | 'all' = new Set()): TStmt[] {
  return code.map((t): TStmt => {
    switch (t.k) {
      case 'decl': {
        const array = t.init?.k === 'index' && t.init.array.k === 'name' ? t.init.array.name : undefined;
        const typed = t.kind === 'const' && !t.type && t.init?.k === 'index' && (loads === 'all' || (array !== undefined && loads.has(array)));
        return typed ? { ...t, type: 'number' } : t;
      }
      case 'if': return { ...t, then: typedElementLoads(t.then, loads), else: typedElementLoads(t.else, loads) };
      case 'block': return { ...t, body: typedElementLoads(t.body, loads) };
      case 'for': case 'while': case 'loop':
        return { ...t, body: typedElementLoads(t.body, loads === 'all' ? loads : new Set([...loads, ...storedArrays(t.body)])) };
      default: return t;
    }
  });
}

/** The arrays `code` stores into by element (`a[i] = …`), at any depth. */
function storedArrays(code: readonly TStmt[], into: Set<string> = new Set()): Set<string> {
  for (const t of code) {
    if (t.k === 'assign' && t.target.k === 'index' && t.target.array.k === 'name') into.add(t.target.array.name);
    if (t.k === 'if') { storedArrays(t.then, into); storedArrays(t.else, into); }
    if (t.k === 'for' || t.k === 'while' || t.k === 'loop' || t.k === 'block') storedArrays(t.body, into);
  }
  return into;
}
