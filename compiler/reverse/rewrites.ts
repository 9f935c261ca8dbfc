/**
 * The named rewrites of the reverse sweep, as facts of a block of the IR: increments
 * (`a[i] += e`, whose reverse passes a_b[i] on to e alone) and scaled squares (`k·a·a`, whose
 * reverse is one `2·k·a` step). choices.ts makes them the reverse forms of their statements,
 * which BackwardSweep emits code for and TBR's reverse-reads.ts reads: one definition for both.
 */
import type { Atom, Block, Eq, Stmt, Var } from '../ir/types.js';

/** What the rewrites read of a function's facts. */
export interface RewriteFacts {
  readonly active: ReadonlySet<Var>;
  /** The other names of an array (walk.ts arrayAliases). */
  readonly aliases: ReadonlyMap<Var, ReadonlySet<Var>>;
  /** How many adjoint contributions a temporary gets. */
  readonly useCount: (v: Var) => number | undefined;
  /** What a statement writes (walk.ts writes). */
  readonly writesOf: (s: Stmt) => ReadonlySet<Var>;
}

/**
 * The increments of a block: `t = a[i]; …; u = t + e` (or `e + t`, `t - e`); `a[i] = u`, with
 * the same array and index, t and u used only there, and nothing in between writing a or
 * the index. Their reverse leaves a_b[i] as it is and passes it on to e alone: `u_b = a_b[i]`,
 * then e_b gets u_b times e's partial.
 */
export function incrementsOf(block: Block, facts: RewriteFacts): Map<Stmt, { load: Eq; add: Eq }> {
  const { active, useCount, aliases, writesOf } = facts;
  const out = new Map<Stmt, { load: Eq; add: Eq }>();
  const defAt = new Map<Var, number>();
  block.forEach((s, i) => { if (s.kind === 'eq') defAt.set(s.out, i); });
  block.forEach((s, at) => {
    if (s.kind !== 'store' || !active.has(s.array) || s.value.kind !== 'var' || !active.has(s.value.v)) return;
    const addIndex = defAt.get(s.value.v);
    const add = addIndex === undefined ? undefined : block[addIndex];
    if (!add || add.kind !== 'eq' || (add.prim !== 'add' && add.prim !== 'sub') || useCount(add.out) !== 1) return;
    const candidates = add.prim === 'add' ? add.args : [add.args[0]!];
    for (const a of candidates) {
      if (a.kind !== 'var' || sameAtom(add.args[0]!, add.args[1]!)) continue;
      const loadIndex = defAt.get(a.v);
      const load = loadIndex === undefined ? undefined : block[loadIndex];
      if (!load || load.kind !== 'eq' || load.prim !== 'load' || useCount(load.out) !== 1) continue;
      const [array, idx] = load.args;
      if (array?.kind !== 'var' || array.v !== s.array || !sameAtom(idx!, s.index)) continue;
      const between = block.slice(loadIndex! + 1, at);
      const indexVar = s.index.kind === 'var' ? s.index.v : undefined;
      const names = aliases.get(s.array) ?? [s.array];
      if (between.some((b) => { const w = writesOf(b); return [...names].some((n) => w.has(n)) || (indexVar !== undefined && w.has(indexVar)); })) continue;
      out.set(s, { load, add });
      return;
    }
  });
  return out;
}

/**
 * Products `u = v * a` of a block whose factor `v = k * a` (a constant times the same
 * variable, used only here) is defined in the same block with `a` unchanged since: the
 * derivative of k·a² is 2·k·a, so a's adjoint gets `u_b * (v + v)` in one step instead of
 * `u_b * v` and `(u_b * a) * k` (Rosenbrock's `100 * a * a`, a penalty's `0.5 * g * g`).
 */
export function scaledSquaresOf(block: Block, facts: RewriteFacts): Map<Eq, { scaled: Eq; x: Var }> {
  const { active, useCount, writesOf } = facts;
  const out = new Map<Eq, { scaled: Eq; x: Var }>();
  const defAt = new Map<Var, number>();
  block.forEach((s, i) => { if (s.kind === 'eq') defAt.set(s.out, i); });
  block.forEach((u, at) => {
    if (u.kind !== 'eq' || u.prim !== 'mul' || !active.has(u.out)) return;
    for (const [vi, ai] of [[0, 1], [1, 0]] as const) {
      const va = u.args[vi]!;
      const x = u.args[ai]!;
      if (va.kind !== 'var' || x.kind !== 'var' || va.v === x.v || !active.has(x.v)) continue;
      const vAt = defAt.get(va.v);
      const v = vAt === undefined ? undefined : block[vAt];
      if (!v || v.kind !== 'eq' || v.prim !== 'mul' || v.out.mutable || useCount(v.out) !== 1) continue;
      const [p, q] = v.args;
      const scale = p?.kind === 'const' ? q : q?.kind === 'const' ? p : undefined;
      if (!scale || scale.kind !== 'var' || scale.v !== x.v) continue;
      if (block.slice(vAt! + 1, at).some((b) => writesOf(b).has(x.v))) continue;
      out.set(u, { scaled: v, x: x.v });
      return;
    }
  });
  return out;
}

function sameAtom(a: Atom, b: Atom): boolean {
  return a.kind === 'var' ? b.kind === 'var' && a.v === b.v : b.kind === 'const' && a.value === b.value;
}
