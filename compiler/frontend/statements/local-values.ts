/**
 * An IR pass after lowering: a source variable that is reassigned (`var r; … r = t / val;
 * s = s + r * r`) but whose every value is read only in the block that assigned it, after the
 * assignment and before that block assigns it again, gets a constant of its own at each such
 * assignment (`const r = t / val`): the temporary that computed the value takes the variable's
 * name (the first assignment's keeps the name itself, the others `r_1`, `r_2`…).
 *
 * Nothing outside that stretch of its block reads the value (not the next iteration of a loop
 * around it, not the code after the block), so the program means the same. The reverse sweep
 * then treats each as a temporary of its block, recomputed from what it was computed from where
 * that is unchanged (or taped once), instead of restoring the variable at every overwrite, which
 * tapes the value it destroys for the previous iteration (compute-l2norm's `val = arr[i]` and
 * `r = t / val` declared with `var` at the top of the function: five values taped per element
 * became three).
 *
 * Only numbers (`f64`, or `int`: jStat betacf's `m2 = 2 * m`, whose reads `qam + m2` the reverse
 * sweep then recomputes from the restored counter m instead of taping three values an iteration)
 * assigned from a temporary computed in the same block for that assignment alone; a variable
 * some of whose values escape their stretch keeps those assignments as they are (and its
 * declaration).
 */
import type { Atom, Block, Stmt, Var } from '../../ir/types.js';
import type { Names } from '../../ir/names.js';
import { mapStmt, reads, statements, walk, writes } from '../../ir/walk.js';

/** `body` and `vars` with those assignments made constants; `kept`: variables read outside the body (the result, flags). */
export function localValues(body: Block, vars: readonly Var[], names: Names, kept: ReadonlySet<Var>): { body: Stmt[]; vars: Var[] } {
  const readCount = new Map<Var, number>();
  for (const s of statements(body)) for (const v of reads(s)) readCount.set(v, (readCount.get(v) ?? 0) + 1);
  // (and what is read after the body: the result, which may be a temporary an assignment in a
  // block also reads, `{ let s = p + p; … } return p + p` reusing the `p + p` computed there;
  // fuzz seed 5 #6: renamed `s`, the result named a temporary no statement defined)
  for (const v of kept) readCount.set(v, (readCount.get(v) ?? 0) + 1);
  // candidates: mutable local numbers bound only by assignments
  const candidates = new Set(vars.filter((v) => v.kind === 'local' && v.mutable && (v.type === 'f64' || v.type === 'int') && !kept.has(v)));
  for (const s of statements(body)) {
    if (s.kind === 'eq') candidates.delete(s.out);
    if (s.kind === 'call' && s.out) candidates.delete(s.out);
    if (s.kind === 'for') candidates.delete(s.index);
  }
  if (candidates.size === 0) return { body: [...body], vars: [...vars] };

  // Each assignment of a candidate, with the reads in its stretch of the block and the temporary it could rename.
  interface Def { readonly s: Stmt; readonly v: Var; readonly covered: number; readonly temp: Var | undefined }
  const defs: Def[] = [];
  walk(body, {
    leave: (s, { block, index: k }) => {
      if (s.kind !== 'assign' || !candidates.has(s.target)) return;
      const v = s.target;
      let covered = 0;
      for (let j = k + 1; j < block.length && !writes(block[j]!).has(v); j++) {
        for (const t of statements([block[j]!])) covered += reads(t).filter((r) => r === v).length;
      }
      const a = s.value;
      const def = a.kind === 'var' && a.v.kind === 'temp' && !a.v.mutable && a.v.type === v.type && readCount.get(a.v) === 1 &&
        block.slice(0, k).some((t) => t.kind === 'eq' && t.out === a.v) ? a.v : undefined;
      defs.push({ s, v, covered, temp: def });
    },
  });
  // a variable every read of which is in some assignment's stretch
  const local = new Set([...candidates].filter((v) => {
    const mine = defs.filter((d) => d.v === v);
    return mine.some((d) => d.temp) && mine.reduce((n, d) => n + d.covered, 0) === (readCount.get(v) ?? 0);
  }));
  if (local.size === 0) return { body: [...body], vars: [...vars] };

  // the constants, named after their variable (the first keeps the name where every assignment becomes one)
  const constOf = new Map<Stmt, Var>();
  const renamed = new Map<Var, Var>();
  const removed = new Set<Var>();
  for (const v of local) {
    const mine = defs.filter((d) => d.v === v);
    const all = mine.every((d) => d.temp);
    if (all) removed.add(v);
    mine.forEach((d, i) => {
      if (!d.temp) return;
      // (the first takes v's name where v goes: a variable of its own, which nothing of v's reads)
      const c: Var = all && i === 0 ? names.successor(v, 'local', false) : names.variable(v.name, v.type, 'local', false);
      constOf.set(d.s, c);
      renamed.set(d.temp, c);
    });
  }

  const rewrite = (block: Block, env: Map<Var, Var>): Stmt[] => {
    const out: Stmt[] = [];
    for (const s of block) {
      const c = constOf.get(s);
      if (c && s.kind === 'assign') { env.set(s.target, c); continue; }
      const atom = (a: Atom): Atom => {
        if (a.kind !== 'var') return a;
        const to = env.get(a.v) ?? renamed.get(a.v);
        return to ? { kind: 'var', v: to } : a;
      };
      // (an equation's output renamed: only temporaries are, which nothing else binds)
      out.push(mapStmt(s, { atom, bound: (v) => renamed.get(v) ?? v, block: (b) => rewrite(b, new Map(env)) }));
      for (const w of writes(s)) env.delete(w);
    }
    return out;
  };
  return {
    body: rewrite(body, new Map()),
    vars: vars.filter((v) => !removed.has(v)).map((v) => renamed.get(v) ?? v),
  };
}
