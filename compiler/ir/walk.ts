/**
 * Traversal of the trace (the source IR). One generic walk, `walk`, calls a visitor at each
 * statement with its Place (block, index, the statements around it, the loops around it),
 * before (`enter`) and after (`leave`) the blocks nested in it, in program order or, with
 * `backward`, each block's last statement first (the reverse sweep's order); `fold` computes a
 * value per statement bottom-up from the values of its nested blocks' statements. The helpers
 * below (statements, spans, places, freshAssignments, allocations, …) and the analyses
 * (analyze/, reverse/record.ts, reverse/choices.ts, …) are written on them. The rewrites
 * (ir/inline.ts, ir/copies.ts, frontend/statements/local-values.ts, unread-flags.ts) are written
 * on the maps: `mapStmt` rebuilds one statement from its atoms, bound variables and blocks,
 * `mapBlock` every statement of a block bottom-up, `mapAtoms` every atom.
 */
import type { Atom, Block, Stmt, Var } from './types.js';

/** The blocks nested in a statement, in program order: an `if`'s branches, a `for`'s body, a `while`'s pre and body. */
export function blocksOf(s: Stmt): readonly Block[] {
  return s.kind === 'if' ? [s.then, s.else] : s.kind === 'for' ? [s.body] : s.kind === 'while' ? [s.pre, s.body] : [];
}

/** An `if` or a loop: a statement with blocks of its own. */
export const compound = (s: Stmt): boolean => s.kind === 'if' || s.kind === 'for' || s.kind === 'while';

/** A `for` or a `while`. */
export const isLoop = (s: Stmt): boolean => s.kind === 'for' || s.kind === 'while';

/** Where a statement sits in the trace. */
export interface Place {
  /** Its block, and its index there. */
  readonly block: Block;
  readonly index: number;
  /** The statements whose blocks it is in, outermost first (none at the function's top level). */
  readonly around: readonly Stmt[];
  /** Of those, the loops. */
  readonly loops: readonly Stmt[];
}

/** The `if` or loop whose block a statement is in; none at the top level. */
export const parentOf = (at: Place): Stmt | undefined => at.around[at.around.length - 1];

/** What `walk` calls at each statement. */
export interface Visitor {
  /** Before the blocks nested in `s`; `false` skips them (and `leave`). */
  enter?(s: Stmt, at: Place): void | false;
  /** After the blocks nested in `s`. */
  leave?(s: Stmt, at: Place): void;
}

/**
 * Visits every statement of `block`, nested ones included: each block in program order, or
 * with `backward` its last statement first; the blocks of a statement in blocksOf's order.
 */
export function walk(block: Block, visitor: Visitor, backward = false): void {
  const visit = (b: Block, around: readonly Stmt[], loops: readonly Stmt[]): void => {
    for (let k = 0; k < b.length; k++) {
      const index = backward ? b.length - 1 - k : k;
      const s = b[index]!;
      const at: Place = { block: b, index, around, loops };
      if (visitor.enter?.(s, at) === false) continue;
      const inner = blocksOf(s);
      if (inner.length > 0) {
        const aroundInner = [...around, s];
        const loopsInner = isLoop(s) ? [...loops, s] : loops;
        for (const nb of inner) visit(nb, aroundInner, loopsInner);
      }
      visitor.leave?.(s, at);
    }
  };
  visit(block, [], []);
}

/** What `fold` computes: a value per statement, from those of the statements in its blocks. */
export interface Fold<R> {
  /** The value of `s`, given those of each of its blocks (blocksOf's order), each block's in the fold's order. */
  stmt(s: Stmt, nested: readonly (readonly R[])[], at: Place): R;
  /** Each block once all its statements have values, before the statement around it (`parent`) gets them. */
  block?(b: Block, values: readonly { readonly s: Stmt; readonly index: number; readonly value: R }[], parent: Stmt | undefined): void;
}

/** The values of `block`'s statements (in the fold's order: `backward`, the last first), computed bottom-up by `f`. */
export function fold<R>(block: Block, f: Fold<R>, backward = false): R[] {
  const visit = (b: Block, around: readonly Stmt[], loops: readonly Stmt[]): R[] => {
    const values: { s: Stmt; index: number; value: R }[] = [];
    for (let k = 0; k < b.length; k++) {
      const index = backward ? b.length - 1 - k : k;
      const s = b[index]!;
      const inner = blocksOf(s);
      const aroundInner = inner.length > 0 ? [...around, s] : around;
      const loopsInner = isLoop(s) ? [...loops, s] : loops;
      const nested = inner.map((nb) => visit(nb, aroundInner, loopsInner));
      values.push({ s, index, value: f.stmt(s, nested, { block: b, index, around, loops }) });
    }
    f.block?.(b, values, around[around.length - 1]);
    return values.map((v) => v.value);
  };
  return visit(block, [], []);
}

/** Every statement of `block`, nested ones included, in program order. */
export function* statements(block: Block): Generator<Stmt> {
  for (const s of block) {
    yield s;
    for (const b of blocksOf(s)) yield* statements(b);
  }
}

/** Where each statement of `block` sits. */
export function places(block: Block): Map<Stmt, Place> {
  const out = new Map<Stmt, Place>();
  walk(block, { enter: (s, at) => { out.set(s, at); } });
  return out;
}

/**
 * How `mapStmt` rebuilds a statement: each part by its own function, a part left as it is
 * where its function is not given.
 */
export interface StmtMap {
  /** Each atom the statement reads itself (an argument, a value, an index, a bound, a condition, a message's part). */
  readonly atom?: (a: Atom) => Atom;
  /**
   * Each variable the statement binds or writes into: an equation's or a call's output, an
   * assignment's or an allocation's target, a store's, fill's or push's array, a `for`'s index.
   */
  readonly bound?: (v: Var) => Var;
  /** Each block nested in it (blocksOf's order). */
  readonly block?: (b: Block) => Block;
}

/** `xs` mapped by `f`, or `xs` itself when `f` changes no element (nothing is copied for nothing). */
function mapList<T>(xs: readonly T[], f: (x: T) => T): readonly T[] {
  let out: T[] | undefined;
  xs.forEach((x, i) => {
    const y = f(x);
    if (y !== x && !out) out = xs.slice(0, i);
    out?.push(y);
  });
  return out ?? xs;
}

/**
 * `s` rebuilt by `m`: its parts mapped in the order its type declares them (an equation's
 * output before its arguments; a `while`'s pre, condition, body), nested blocks by `m.block`
 * only (not walked: see mapBlock). `s` itself when no part changes.
 */
export function mapStmt(s: Stmt, m: StmtMap): Stmt {
  const atom = m.atom ?? ((a: Atom) => a);
  const bound = m.bound ?? ((v: Var) => v);
  const block = m.block ?? ((b: Block) => b);
  const atoms = (xs: readonly Atom[]) => mapList(xs, atom);
  const message = (xs: readonly (string | Atom)[]) => mapList(xs, (x) => (typeof x === 'string' ? x : atom(x)));
  // (the parts in order, then the statement rebuilt only if one of them changed)
  const changed = (parts: Record<string, unknown>): Stmt => {
    for (const key in parts) if (parts[key] !== (s as unknown as Record<string, unknown>)[key]) return { ...s, ...parts } as Stmt;
    return s;
  };
  switch (s.kind) {
    case 'eq': {
      const out = bound(s.out);
      const args = atoms(s.args);
      if (!s.sibling) return changed({ out, args });
      // (a sibling mapped to a constant is computed again: the partial's own form)
      const sibling = varOf(atom({ kind: 'var', v: s.sibling }));
      if (sibling) return changed({ out, args, sibling });
      const { sibling: _, ...rest } = s;
      return { ...rest, out, args };
    }
    case 'assign': { const target = bound(s.target); return changed({ target, value: atom(s.value) }); }
    case 'store': { const array = bound(s.array); const index = atom(s.index); return changed({ array, index, value: atom(s.value) }); }
    case 'alloc': {
      const target = bound(s.target);
      const length = atom(s.length);
      const fill = s.fill && atom(s.fill);
      return changed({ target, length, ...(s.fill ? { fill } : {}), ...(s.elements ? { elements: atoms(s.elements) } : {}) });
    }
    case 'fill': case 'push': { const array = bound(s.array); return changed({ array, value: atom(s.value) }); }
    case 'call': {
      const args = atoms(s.args);
      const out = s.out && bound(s.out);
      const windows = s.windows && mapList(s.windows, (w) => {
        if (!w) return w;
        const offset = atom(w.offset);
        const length = atom(w.length);
        return offset === w.offset && length === w.length ? w : { offset, length };
      });
      return changed({ args, ...(s.out ? { out } : {}), ...(s.windows ? { windows } : {}) });
    }
    case 'if': { const cond = atom(s.cond); const then = block(s.then); return changed({ cond, then, else: block(s.else) }); }
    case 'for': {
      const index = bound(s.index);
      const from = atom(s.from);
      const to = atom(s.to);
      return changed({ index, from, to, body: block(s.body) });
    }
    case 'while': { const pre = block(s.pre); const cond = atom(s.cond); return changed({ pre, cond, body: block(s.body) }); }
    case 'throw': return s.message ? changed({ message: message(s.message) }) : s;
    case 'log': return changed({ args: mapList(s.args, message) });
  }
}

/**
 * `block` with each statement replaced by `f` of it (a statement, or a list spliced in its
 * place), bottom-up: the blocks nested in a statement are mapped first, in program order, and
 * `f` gets the statement rebuilt around them. `block` itself (every statement the same object)
 * when `f` changes nothing.
 */
export function mapBlock(block: Block, f: (s: Stmt) => Stmt | readonly Stmt[]): Block {
  let out: Stmt[] | undefined;
  block.forEach((s, i) => {
    const inner = compound(s) ? mapStmt(s, { block: (b) => mapBlock(b, f) }) : s;
    const r = f(inner);
    const same = r === s || (Array.isArray(r) && r.length === 1 && r[0] === s);
    if (!same && !out) out = block.slice(0, i);
    if (out) out.push(...(Array.isArray(r) ? r as readonly Stmt[] : [r as Stmt]));
  });
  return out ?? block;
}

/** `block` with every atom of every statement, nested ones included, mapped by `atom` (and the variables they bind by `bound`). */
export function mapAtoms(block: Block, atom: (a: Atom) => Atom, bound?: (v: Var) => Var): Block {
  return mapBlock(block, (s) => mapStmt(s, { atom, ...(bound ? { bound } : {}) }));
}

export const varOf = (a: Atom): Var | undefined => (a.kind === 'var' ? a.v : undefined);

/**
 * Overwrites that destroy no value: first assignments outside every loop. Inside a loop a
 * declaration still overwrites the previous iteration's value, which that iteration's
 * reverse may read.
 */
export function freshAssignments(block: Block): Set<Stmt> {
  const into = new Set<Stmt>();
  walk(block, { enter: (s, at) => { if (s.kind === 'assign' && s.decl && at.loops.length === 0) into.add(s); } });
  return into;
}

/**
 * The allocations of local array variables (`m = new Float64Array(n)`), each with the
 * statements it comes before in its block (nested ones included), which run after it in the
 * same iteration of the loops around it; and every statement that binds each such variable
 * (allocations, rebindings, copies).
 */
export function allocations(block: Block): {
  readonly of: Map<Var, { readonly alloc: Stmt; readonly after: ReadonlySet<Stmt> }[]>;
  readonly binders: Map<Var, readonly Stmt[]>;
} {
  const binders = new Map<Var, Stmt[]>();
  const bind = (v: Var, s: Stmt) => binders.set(v, [...(binders.get(v) ?? []), s]);
  for (const s of statements(block)) {
    if (s.kind === 'alloc') bind(s.target, s);
    else if (s.kind === 'assign') bind(s.target, s);
    else if (s.kind === 'eq') bind(s.out, s);
    else if (s.kind === 'call' && s.out) bind(s.out, s);
  }
  const of = new Map<Var, { alloc: Stmt; after: ReadonlySet<Stmt> }[]>();
  walk(block, {
    enter: (s, at) => {
      if (s.kind === 'alloc' && s.target.kind !== 'param') {
        of.set(s.target, [...(of.get(s.target) ?? []), { alloc: s, after: new Set(statements(at.block.slice(at.index + 1))) }]);
      }
    },
  });
  return { of, binders };
}

export interface Span {
  /** Pre-order number of the statement, and of its last nested statement. */
  readonly start: number;
  readonly end: number;
  /** The loops around it, outermost first. */
  readonly loops: readonly Stmt[];
}

/** Where each statement sits: its span in program order and the loops around it. */
export function spans(block: Block): Map<Stmt, Span> {
  const out = new Map<Stmt, Span>();
  const starts = new Map<Stmt, number>();
  let n = 0;
  walk(block, {
    enter: (s) => { starts.set(s, n++); },
    leave: (s, at) => { out.set(s, { start: starts.get(s)!, end: n - 1, loops: at.loops }); },
  });
  return out;
}

/** The variables a statement reads directly (not those of nested blocks). */
export function reads(s: Stmt): Var[] {
  const atoms: Atom[] =
    s.kind === 'eq' ? [...s.args, ...(s.sibling ? [{ kind: 'var' as const, v: s.sibling }] : [])]
    : s.kind === 'assign' ? [s.value]
    : s.kind === 'store' ? [s.index, s.value, { kind: 'var', v: s.array }]
    : s.kind === 'alloc' ? [s.length, ...(s.fill ? [s.fill] : []), ...(s.elements ?? [])]
    : s.kind === 'fill' || s.kind === 'push' ? [s.value, { kind: 'var', v: s.array }]
    : s.kind === 'call' ? [...s.args, ...(s.windows ?? []).flatMap((w) => (w ? [w.offset, w.length] : []))]
    : s.kind === 'if' ? [s.cond]
    : s.kind === 'for' ? [s.from, s.to]
    : s.kind === 'throw' ? (s.message ?? []).filter((m): m is Atom => typeof m !== 'string')
    : s.kind === 'log' ? s.args.flat().filter((m): m is Atom => typeof m !== 'string')
    : [s.cond];
  return atoms.map(varOf).filter((v): v is Var => v !== undefined);
}

/** The variables a statement (with its nested blocks) writes. */
export function writes(s: Stmt): Set<Var> {
  const out = new Set<Var>();
  for (const t of statements([s])) {
    if (t.kind === 'eq') out.add(t.out);
    if (t.kind === 'assign') out.add(t.target);
    if (t.kind === 'store' || t.kind === 'fill' || t.kind === 'push') out.add(t.array);
    if (t.kind === 'alloc') out.add(t.target);
    if (t.kind === 'call') {
      if (t.out) out.add(t.out);
      for (const i of t.writes) { const a = t.args[i]; if (a?.kind === 'var') out.add(a.v); }
    }
    if (t.kind === 'for') out.add(t.index);
  }
  return out;
}

/**
 * Array variables that may hold the same array: linked by a rebinding (`h = g`) or another
 * name for one (`const old = h`). Each variable of such a class maps to the whole class (itself
 * included); a variable that never shares its array is absent.
 */
export function arrayAliases(block: Block): Map<Var, ReadonlySet<Var>> {
  const parent = new Map<Var, Var>();
  const find = (v: Var): Var => {
    let r = v;
    while (parent.get(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const join = (a: Var, b: Var) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  };
  for (const s of statements(block)) {
    if (s.kind === 'assign' && s.target.type === 'f64[]' && s.value.kind === 'var') join(s.target, s.value.v);
    if (s.kind === 'eq' && s.out.type === 'f64[]') for (const a of s.args) if (a.kind === 'var' && a.v.type === 'f64[]') join(s.out, a.v);
  }
  const classes = new Map<Var, Set<Var>>();
  for (const v of parent.keys()) {
    const root = find(v);
    const c = classes.get(root) ?? new Set<Var>();
    c.add(v);
    classes.set(root, c);
  }
  const out = new Map<Var, ReadonlySet<Var>>();
  for (const v of parent.keys()) out.set(v, classes.get(find(v))!);
  return out;
}

/**
 * The local array variables that may hold an array parameter itself (`src = c ? a : b`, bound
 * without a copy where nothing writes into them): declared with their type written out
 * (`let src: Float64Array = new Float64Array(0)`), which a parameter's type fits.
 */
export function holdingParams(block: Block): Set<Var> {
  const out = new Set<Var>();
  for (const [v, names] of arrayAliases(block)) if (v.kind !== 'param' && [...names].some((n) => n.kind === 'param')) out.add(v);
  return out;
}

/**
 * Empty arrays that only declare a variable both branches of the next `if` bind before reading
 * it (`const src = c ? a : b` lowered: `alloc src 0; if (c) src = a else src = b`): the value
 * they declare it with is never read.
 */
export function unreadDeclarations(block: Block): Set<Stmt> {
  const into = new Set<Stmt>();
  walk(block, {
    leave: (s, { block, index: i }) => {
      // (the condition computed between them)
      let j = i + 1;
      while (block[j]?.kind === 'eq' && s.kind === 'alloc' && !reads(block[j]!).includes(s.target)) j++;
      const next = block[j];
      if (s.kind !== 'alloc' || s.elements || s.fill || s.length.kind !== 'const' || s.length.value !== 0 || next?.kind !== 'if') return;
      const bindsFirst = (branch: Block): boolean => {
        for (const t of branch) {
          if (t.kind === 'assign' && t.target === s.target) return true;
          if (reads(t).includes(s.target) || blocksOf(t).length > 0) return false;
        }
        return false;
      };
      if (bindsFirst(next.then) && bindsFirst(next.else)) into.add(s);
    },
  });
  return into;
}
