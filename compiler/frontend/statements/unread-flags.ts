/**
 * An IR pass after lowering: writes to jump flags nobody reads are removed.
 */
import type { Block, Stmt, Var } from '../../ir/types.js';

/** Removes writes to jump flags nobody reads (a `return` whose rest went into an `else`). */
export function dropUnreadFlags(body: Block, flags: ReadonlySet<Var>): Stmt[] {
  const read = new Set<Var>();
  const scan = (block: Block): void => {
    for (const s of block) {
      if (s.kind === 'eq') for (const a of s.args) if (a.kind === 'var') read.add(a.v);
      if (s.kind === 'if') { if (s.cond.kind === 'var') read.add(s.cond.v); scan(s.then); scan(s.else); }
      if (s.kind === 'while') { if (s.cond.kind === 'var') read.add(s.cond.v); scan(s.pre); scan(s.body); }
      if (s.kind === 'for') scan(s.body);
      if (s.kind === 'assign' && s.value.kind === 'var') read.add(s.value.v);
    }
  };
  scan(body);
  const keep = (block: Block): Stmt[] => block
    .filter((s) => !(s.kind === 'assign' && flags.has(s.target) && !read.has(s.target)))
    .map((s) => s.kind === 'if' ? { ...s, then: keep(s.then), else: keep(s.else) }
      : s.kind === 'while' ? { ...s, pre: keep(s.pre), body: keep(s.body) }
      : s.kind === 'for' ? { ...s, body: keep(s.body) } : s);
  return keep(body);
}
