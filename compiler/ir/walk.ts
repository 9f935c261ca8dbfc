/** Traversal helpers over the trace. */
import type { Atom, Block, Stmt, Var } from './types.js';

/** The blocks nested in a statement, in program order: an `if`'s branches, a `for`'s body, a `while`'s pre and body. */
export function blocksOf(s: Stmt): readonly Block[] {
  return s.kind === 'if' ? [s.then, s.else] : s.kind === 'for' ? [s.body] : s.kind === 'while' ? [s.pre, s.body] : [];
}

/** An `if` or a loop: a statement with blocks of its own. */
export const compound = (s: Stmt): boolean => s.kind === 'if' || s.kind === 'for' || s.kind === 'while';

/** Every statement of `block`, nested ones included, in program order. */
export function* statements(block: Block): Generator<Stmt> {
  for (const s of block) {
    yield s;
    for (const b of blocksOf(s)) yield* statements(b);
  }
}

/** `s` with each block nested in it replaced by `f` of it, in order (`s` itself when it has none). */
export function mapBlocks(s: Stmt, f: (block: Block) => Stmt[]): Stmt {
  switch (s.kind) {
    case 'if': return { ...s, then: f(s.then), else: f(s.else) };
    case 'for': return { ...s, body: f(s.body) };
    case 'while': return { ...s, pre: f(s.pre), body: f(s.body) };
    default: return s;
  }
}

export const varOf = (a: Atom): Var | undefined => (a.kind === 'var' ? a.v : undefined);

/**
 * Overwrites that destroy no value: first assignments outside every loop. Inside a loop a
 * declaration still overwrites the previous iteration's value, which that iteration's
 * reverse may read.
 */
export function freshAssignments(block: Block, inLoop = false, into: Set<Stmt> = new Set()): Set<Stmt> {
  for (const s of block) {
    if (s.kind === 'assign' && s.decl && !inLoop) into.add(s);
    for (const b of blocksOf(s)) freshAssignments(b, inLoop || s.kind !== 'if', into);
  }
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
  const visit = (b: Block): void => {
    b.forEach((s, i) => {
      if (s.kind === 'alloc' && s.target.kind !== 'param') {
        of.set(s.target, [...(of.get(s.target) ?? []), { alloc: s, after: new Set(statements(b.slice(i + 1))) }]);
      }
      blocksOf(s).forEach(visit);
    });
  };
  visit(block);
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
  let n = 0;
  const visit = (b: Block, loops: Stmt[]): void => {
    for (const s of b) {
      const start = n++;
      const inner = s.kind === 'for' || s.kind === 'while' ? [...loops, s] : loops;
      for (const b of blocksOf(s)) visit(b, inner);
      out.set(s, { start, end: n - 1, loops });
    }
  };
  visit(block, []);
  return out;
}

/** The variables a statement reads directly (not those of nested blocks). */
export function reads(s: Stmt): Var[] {
  const atoms: Atom[] =
    s.kind === 'eq' ? [...s.args]
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
export function unreadDeclarations(block: Block, into: Set<Stmt> = new Set()): Set<Stmt> {
  block.forEach((s, i) => {
    for (const b of blocksOf(s)) unreadDeclarations(b, into);
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
  });
  return into;
}
