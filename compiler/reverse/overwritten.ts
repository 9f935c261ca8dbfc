/**
 * An assignment that the next statement overwrites: `i = i - k;` followed by `i = stack[--top]!;`
 * (the exit-only reverse steps an inlined helper's counter back by the trip count, exit-only.ts,
 * and the caller's sweep then restores the counter it saved before the call). Nothing reads the
 * first value, so it goes when it does nothing else: its value has no call, no tape operation and
 * no update, and the second assignment's value does not read the variable and calls nothing (a
 * call could throw, and a handler read the first value). Only adjacent
 * statements of one list are paired (comments between them skipped): no control flow between.
 */
import { type TExpr, type TStmt, type TVar, mapNested, someExpr } from '../ir/target.js';

/** `code` without the plain assignments that the next statement of their list overwrites. */
export function dropOverwrittenAssignments(code: readonly TStmt[]): TStmt[] {
  const out: TStmt[] = [];
  for (let i = 0; i < code.length; i++) {
    const s = code[i]!;
    const target = plainAssignee(s);
    if (target) {
      let j = i + 1;
      while (code[j]?.k === 'comment') j++;
      const next = code[j];
      if (next && plainAssignee(next) === target && next.k === 'assign' && s.k === 'assign' && pure(s.value) && !reads(next.value, target) && !calls(next.value)) continue;
    }
    out.push(mapNested(s, dropOverwrittenAssignments));
  }
  return out;
}

/** The variable `s` assigns as a whole (`x = …`), if it is that. */
function plainAssignee(s: TStmt): TVar | undefined {
  return s.k === 'assign' && s.op === '=' && s.target.k === 'name' ? s.target.v : undefined;
}

/** Whether computing `e` only gives its value. */
const pure = (e: TExpr) => !someExpr(e, (x) => x.k === 'call' || x.k === 'tape' || x.k === 'update' || x.k === 'runtime' || x.k === 'new');

const calls = (e: TExpr) => someExpr(e, (x) => x.k === 'call' || x.k === 'runtime' || x.k === 'new');

const reads = (e: TExpr, v: TVar) => someExpr(e, (x) => x.k === 'name' && x.v === v);
