/**
 * The declarations of generated code whose values nothing needs, dropped before it is printed: a
 * tangent of a value whose derivative nobody asks for (`t3_d`), a popped value the reverse sweep
 * no longer reads (`const k = stack[--top]!`), a source's own unused local. Generated modules
 * then pass `tsc --noUnusedLocals` (a flag many users' tsconfigs set), and compute what they
 * computed: what an initializer or an assigned value does besides giving the value (a call, the
 * tape's pop, `--top`) stays, as a statement of its own (`--top;`, `tape.popRef();`).
 *
 * Names are resolved as JavaScript scopes them: a statement list is a block (a `for`'s init is
 * the loop's, a `catch`'s parameter its handler's). A variable is written by a declaration, an
 * assignment whose whole target it is (`x = …`, `x += …`) or a lone update statement (`x++;`);
 * every other occurrence of its name reads it, a write into one of its elements too (`a[i] = …`:
 * it may alias another array), but of a `const` that holds a new array (`const out = new
 * Float64Array(n)`), which only it holds: a write into that, dropped where nothing reads it.
 * A `for`'s own counter and a `catch`'s parameter stay as they are.
 */
import type { TExpr, TStmt } from './target.js';
import { anyChild, anyNested, anyOwnExpr, mapChildren, mapNested, mapStmts } from './target.js';

/** A declaration of the code, and whether what runs needs its value. */
interface Binding {
  needed: boolean;
  /** A `for`'s counter, a `catch`'s parameter: never dropped. */
  readonly keep: boolean;
  /** The variables its values read. */
  readonly deps: Binding[];
  /** A `const` holding a new array (which nothing else holds): a write into its elements writes only it. */
  readonly fresh?: boolean;
}

/**
 * The runtime's helpers that compute or allocate, and nothing else a later call could tell
 * (`f64Zeros(n)`, `sink(n)`; `adjointOf(a)` makes the zeros a later call would, `tapeTangents`
 * grows the tangent tape that each reader gets through it again): calling them for nothing does nothing.
 */
const allocating: ReadonlySet<string> = new Set(['f64Zeros', 'listZeros', 'sink', 'tripCount', 'adjointOf', 'tapeTangents']);
/** The array methods that only read their receiver. */
const readingMethods: ReadonlySet<string> = new Set(['subarray', 'slice', 'at', 'indexOf', 'includes']);

/**
 * The runtime's functions that return a number and write nothing, and so do their jvps
 * (runtime/kernels.ts, tangents.ts, elementary.ts): `dot(a, b)`, `dot_jvp(a, b, tangent)`.
 */
const numberKernels: ReadonlySet<string> = new Set(['sum', 'dot', 'logsumexp', 'sigmoid', 'pow', 'sin', 'cos']);

/** Whether `e` makes a new array (which nothing else holds yet). */
const fresh = (e: TExpr | undefined): boolean => e !== undefined && (e.k === 'new' || e.k === 'array' || (e.k === 'runtime' && allocating.has(e.fn) && e.fn !== 'adjointOf' && e.fn !== 'tapeTangents'));

/** Whether evaluating `e` itself (its operands aside) does something besides giving its value. */
function acts(e: TExpr): boolean {
  switch (e.k) {
    case 'update': return true;
    case 'tape': return !(e.op === 'values' || e.op === 'top' || e.op === 'refCount' || e.op === 'slice');
    case 'runtime': return !allocating.has(e.fn);
    case 'call':
      switch (e.callee.k) {
        case 'math': case 'global': case 'helper': return false;
        // (a write into an array made there, `new Array(n).fill(0)`: nobody else sees it)
        case 'method': return !readingMethods.has(e.callee.name) && !fresh(e.args[0]);
        case 'fn': return !(e.callee.runtime === true && !e.callee.d && (e.callee.form === 'primal' || e.callee.form === 'jvp') && numberKernels.has(e.callee.name));
        default: return true;
      }
    default: return false;
  }
}

/** Whether `e` or one of its operands does something besides giving a value. */
function hasEffect(e: TExpr): boolean {
  return acts(e) || anyChild(e, hasEffect);
}

/**
 * What of `e` must still run when its value is not wanted, in order: `e` itself where it acts
 * (or where an operand that acts runs only on a condition: `a ? f() : 0`, `a && f()`), else
 * those of its operands.
 */
function effectsOf(e: TExpr): TExpr[] {
  if (!hasEffect(e)) return [];
  if (acts(e)) return [e];
  if (e.k === 'cond' && (hasEffect(e.then) || hasEffect(e.else))) return [e];
  if (e.k === 'bin' && (e.op === '&&' || e.op === '||' || e.op === '??') && hasEffect(e.r)) return [e];
  const out: TExpr[] = [];
  mapChildren(e, (x) => { out.push(...effectsOf(x)); return x; });
  return out;
}

/** `e`'s effects (effectsOf) as statements, where a statement that gave it no one to read stood. */
const effectStmts = (e: TExpr | undefined, from: TStmt): TStmt[] =>
  e === undefined ? [] : effectsOf(e).map((x): TStmt => ({ k: 'expr', e: x, ...(from.loc ? { loc: from.loc } : {}) }));

/** Whether a statement list does nothing (comments aside). */
const idle = (list: readonly TStmt[]): boolean => list.every((s) => s.k === 'comment');

/**
 * `code` without the declarations whose values nothing needs, nor the writes into them (see
 * unreadWrites), and without an `if` or a counted loop left with nothing to do, repeatedly (a
 * loop dropped may leave the values its test read unneeded). `code` itself where nothing is dropped.
 */
export function dropUnread(code: readonly TStmt[]): readonly TStmt[] {
  for (let dropped = false; ; dropped = true) {
    const dead = unreadWrites(code);
    if (dead.size === 0) return dropped ? dropHeadless(code) : code;
    const next = mapStmts(code, (s) => {
      if (!dead.has(s)) return s;
      switch (s.k) {
        case 'decl': return effectStmts(s.init, s);
        case 'assign': return effectStmts(s.value, s);
        case 'if': return effectStmts(s.test, s);
        case 'for': return [];
        default: return [];
      }
    });
    if (next === code) return dropped ? dropHeadless(code) : code;
    code = next;
  }
}

/**
 * `code` without the `// grad of:` comments left heading no code: directly followed by another
 * (or by the end of their block), their statements' reverse all dropped (`t[1][0]++`, whose
 * adjoint passes through: `const t_b = a_b[i]` read by nothing).
 */
export function dropHeadless(code: readonly TStmt[]): readonly TStmt[] {
  const gradOf = (s: TStmt | undefined) => s?.k === 'comment' && s.gradOf === true;
  const out = code.map((s) => mapNested(s, (body) => [...dropHeadless(body)]));
  return out.filter((s, i) => !gradOf(s) || (i + 1 < out.length && !gradOf(out[i + 1])));
}

/**
 * Whether a loop does nothing: its body nothing (comments aside), and its init, test and update
 * nothing besides its own counter (`for (let i = n - 1; i >= 0; i--) {}`, once its body is gone).
 * `counter`: the binding the loop declares, `updated`: the one its update writes, as its scope resolves the name.
 */
function idleLoop(s: TStmt & { k: 'for' }, counter: Binding | undefined, updated: Binding | undefined): boolean {
  if (s.init.k !== 'decl' || !idle(s.body) || (s.init.init && hasEffect(s.init.init)) || hasEffect(s.test)) return false;
  return s.update.k === 'update' ? counter !== undefined && updated === counter : !hasEffect(s.update);
}

/**
 * The statements of `code` that declare or write a variable whose value nothing needs, and the
 * `if`s and loops left with nothing to do. What is needed: what a statement that must run reads
 * (a return, a call, a test, a write into an array element or into a variable the code does
 * not declare, a value that does something besides: `const k = stack[--top]!`), and what the
 * declarations and writes of a needed variable read, repeatedly; not a variable read only to
 * compute itself or others nothing needs (`s_dot = s_dot + t6_dot`, s_dot read by nothing else).
 */
function unreadWrites(code: readonly TStmt[]): Set<TStmt> {
  const scopes: Map<string, Binding>[] = [];
  const writes: [TStmt, Binding][] = [];
  const needed: Binding[] = [];
  const dead = new Set<TStmt>();
  const lookup = (n: string): Binding | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const b = scopes[i]!.get(n);
      if (b) return b;
    }
    return undefined;
  };
  /** The variables `e` reads, into `into` (those a variable's value needs), or as needed. */
  const reads = (e: TExpr, into: Binding[] = needed): void => {
    const go = (x: TExpr): boolean => {
      if (x.k === 'name' || x.k === 'update') {
        const b = lookup(x.name);
        if (b) into.push(b);
      }
      return anyChild(x, go);
    };
    go(e);
  };
  /** A write of `value` into the variable `n` (`s`): what it reads, what `n` needs where nothing else runs. */
  const write = (s: TStmt, n: string, value: TExpr | undefined): void => {
    const b = lookup(n);
    if (b) writes.push([s, b]);
    if (value) reads(value, b && !hasEffect(value) ? b.deps : needed);
  };
  const inList = (list: readonly TStmt[], extra?: [string, Binding]): void => {
    const scope = new Map<string, Binding>(extra ? [extra] : []);
    for (const s of list) if (s.k === 'decl') scope.set(s.name, { needed: false, keep: false, deps: [], ...(s.kind === 'const' && fresh(s.init) ? { fresh: true } : {}) });
    scopes.push(scope);
    for (const s of list) inStmt(s);
    scopes.pop();
  };
  const inStmt = (s: TStmt): void => {
    switch (s.k) {
      case 'decl': write(s, s.name, s.init); return;
      case 'assign':
        if (s.target.k === 'name') {
          write(s, s.target.name, s.value);
          // (`x += v`: the value x had too)
          if (s.op !== '=') reads(s.target, lookup(s.target.name)?.deps);
        } else {
          // (`out[j] = v` of a new array nothing reads: a write into it, dropped with it; trial49
          // finding 7, a helper's `return out` copied into a fresh array its caller discarded)
          const array = s.target.k === 'index' && s.target.array.k === 'name' ? lookup(s.target.array.name) : undefined;
          if (array?.fresh && s.target.k === 'index' && !hasEffect(s.target.index) && !hasEffect(s.value)) {
            writes.push([s, array]);
            reads(s.target.index, array.deps);
            reads(s.value, array.deps);
            return;
          }
          reads(s.target);
          reads(s.value);
        }
        return;
      case 'expr':
        if (s.e.k === 'update') write(s, s.e.name, undefined);
        else reads(s.e);
        return;
      case 'if':
        reads(s.test);
        inList(s.then);
        inList(s.else);
        if (idle(s.then) && idle(s.else)) dead.add(s);
        return;
      case 'for': {
        const own = s.init.k === 'decl' ? s.init : undefined;
        // (an init that is no declaration, `j = 0`, needs its target: the loop does)
        if (own) { if (own.init) reads(own.init); } else anyOwnExpr(s.init, (e) => { reads(e); return false; });
        const counter: Binding | undefined = own && { needed: true, keep: true, deps: [] };
        scopes.push(new Map(own && counter ? [[own.name, counter]] : []));
        reads(s.test);
        reads(s.update);
        const updated = s.update.k === 'update' ? lookup(s.update.name) : undefined;
        inList(s.body);
        scopes.pop();
        if (idleLoop(s, counter, updated)) dead.add(s);
        return;
      }
      case 'while': reads(s.test); inList(s.body); return;
      case 'return': case 'throw': reads(s.e); return;
      case 'try': inList(s.body); inList(s.handler, [s.param.name, { needed: true, keep: true, deps: [] }]); return;
      default: anyNested(s, (body) => { inList(body); return false; });
    }
  };
  inList(code);
  for (let b = needed.pop(); b !== undefined; b = needed.pop()) {
    if (b.needed) continue;
    b.needed = true;
    needed.push(...b.deps);
  }
  for (const [s, b] of writes) if (!b.needed && !b.keep) dead.add(s);
  return dead;
}
