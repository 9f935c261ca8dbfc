/**
 * An IR pass after lowering: writes to jump flags nobody reads are removed.
 */
import type { Block, Stmt, Var } from '../../ir/types.js';
import { mapBlock, statements } from '../../ir/walk.js';

/** Removes writes to jump flags nobody reads (a `return` whose rest went into an `else`). */
export function dropUnreadFlags(body: Block, flags: ReadonlySet<Var>): Stmt[] {
  const read = new Set<Var>();
  for (const s of statements(body)) {
    if (s.kind === 'eq') for (const a of s.args) if (a.kind === 'var') read.add(a.v);
    if ((s.kind === 'if' || s.kind === 'while') && s.cond.kind === 'var') read.add(s.cond.v);
    if (s.kind === 'assign' && s.value.kind === 'var') read.add(s.value.v);
  }
  return [...mapBlock(body, (s) => (s.kind === 'assign' && flags.has(s.target) && !read.has(s.target) ? [] : s))];
}
