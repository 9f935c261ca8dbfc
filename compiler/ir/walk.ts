/** Traversal helpers over the trace. */
import type { Atom, Block, Stmt, Var } from './types.js';

/** Every statement of `block`, nested ones included, in program order. */
export function* statements(block: Block): Generator<Stmt> {
  for (const s of block) {
    yield s;
    if (s.kind === 'if') { yield* statements(s.then); yield* statements(s.else); }
    if (s.kind === 'for') yield* statements(s.body);
    if (s.kind === 'while') { yield* statements(s.pre); yield* statements(s.body); }
  }
}

export const varOf = (a: Atom): Var | undefined => (a.kind === 'var' ? a.v : undefined);

/** The variables a statement reads directly (not those of nested blocks). */
export function reads(s: Stmt): Var[] {
  const atoms: Atom[] =
    s.kind === 'eq' ? [...s.args]
    : s.kind === 'assign' ? [s.value]
    : s.kind === 'store' ? [s.index, s.value, { kind: 'var', v: s.array }]
    : s.kind === 'if' ? [s.cond]
    : s.kind === 'for' ? [s.from, s.to]
    : [s.cond];
  return atoms.map(varOf).filter((v): v is Var => v !== undefined);
}

/** The variables a statement (with its nested blocks) writes. */
export function writes(s: Stmt): Set<Var> {
  const out = new Set<Var>();
  for (const t of statements([s])) {
    if (t.kind === 'eq') out.add(t.out);
    if (t.kind === 'assign') out.add(t.target);
    if (t.kind === 'store') out.add(t.array);
    if (t.kind === 'for') out.add(t.index);
  }
  return out;
}
