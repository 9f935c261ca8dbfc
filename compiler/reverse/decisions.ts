/**
 * One tape entry for two nested decisions. An `if` whose branch ends with another `if`
 * records, in the forward sweep, a 1 or a 0 at the end of each branch of each (forward.ts),
 * and the reverse sweep pops both: two entries per pass, in compute-l2norm's loop (`if (abs >
 * 0) { if (abs > t) … else … }`) two of its three. Where the inner decision is the last entry
 * of the outer branch, the two are one path code instead: 2 or 1 for the inner branch taken,
 * the outer's value for its other branch, popped once by the outer decision and compared again
 * for the inner one:
 *
 *   forward                                   reverse
 *   if (t6) {                                 const t6_path = stack[--top];
 *     if (t7) { …; push(2) }                  if (t6_path) {
 *     else { …; push(1) }                       const t7 = t6_path === 2;
 *   } else { …; push(0) }                       …
 *
 * (the inner `if` in the else branch: 1 for the then branch, 2 and 0 for the inner ones, and
 * the outer test `t6_path === 1`). The code has a name of its own: the condition's is a
 * boolean in the forward sweep, and a number under it would get a tangent in f_hvp.
 *
 * Nothing is rewritten in place: the packing is decided from both sweeps (which statement
 * becomes which) and then applied, to them and to every form made from their statements later
 * (f_vjp, g_fwd and g_rev, a fused or checkpointed loop), by mapStmts.
 */
import { type TStmt, type TVar, bin, eachStmt, isRef, mapStmts, num, ownExprs, ref, someExpr, someStmt, tape } from '../ir/target.js';
import type { Names } from '../ir/names.js';

type If = TStmt & { k: 'if' };
type Decl = TStmt & { k: 'decl' };

/** The decision pushed at the end of a branch: `tape.push(0)` or `tape.push(1)`. */
function pushed(branch: readonly TStmt[]): number | undefined {
  const last = branch[branch.length - 1];
  const e = last?.k === 'expr' ? last.e : undefined;
  return e?.k === 'tape' && e.op === 'push' && e.args[0]?.k === 'num' ? e.args[0].value : undefined;
}

/** An `if (c)` of the forward sweep whose branches end by pushing 1 and 0: its condition, a variable (TVar). */
type Decided = If & { readonly test: { readonly k: 'name'; readonly v: TVar } };
function decided(s: TStmt | undefined): s is Decided {
  return s?.k === 'if' && s.test.k === 'name' && s.test.v !== undefined && pushed(s.then) === 1 && pushed(s.else) === 0;
}

const push = (value: number): TStmt => ({ k: 'expr', e: tape('push', num(value)) });

/** Whether `e` reads the variable `c` (by identity). */
const reads = (e: Parameters<typeof someExpr>[0], c: TVar): boolean => someExpr(e, (x) => (x.k === 'name' || x.k === 'update') && x.v === c);

/**
 * Which statements of both sweeps become which. Built one decision at a time; a statement an
 * earlier decision changed is read as it now is (`now`), the structure of the code is not.
 */
class Packing {
  readonly edits = new Map<TStmt, TStmt>();

  now<T extends TStmt>(s: T): T {
    return (this.edits.get(s) ?? s) as T;
  }

  /** `code` with the packing applied; `moved` gets each statement rebuilt (see mapStmts). */
  apply(code: readonly TStmt[], moved?: Map<TStmt, TStmt>): TStmt[] {
    return [...mapStmts(code, (s) => this.now(s), moved)];
  }

  /** The reverse sweep's `const c = tape.popBool()`, where it is the only declaration of c. */
  popOf(reverse: readonly TStmt[], c: TVar): Decl | undefined {
    const found: Decl[] = [];
    eachStmt(reverse, (s) => { const t = this.now(s); if (t.k === 'decl' && t.v === c) found.push(s as Decl); });
    const d = found.length === 1 ? found[0] : undefined;
    const t = d && this.now(d);
    return t?.kind === 'const' && t.init?.k === 'tape' && t.init.op === 'popBool' ? d : undefined;
  }

  /**
   * The reverse `if` that tests the outer decision `c` (`if (c)`, or `if (!c)` where its then
   * branch had no code), where c is read nowhere else, and the branch it reverses that holds the
   * inner decision's pop.
   */
  reverseTest(reverse: readonly TStmt[], c: TVar, inner: Decl): { s: If; negated: boolean; holds: 'then' | 'else' } | undefined {
    let found: { s: If; negated: boolean; holds: 'then' | 'else' } | undefined;
    let others = 0;
    let mixed = false;
    eachStmt(reverse, (orig) => {
      const s = this.now(orig);
      for (const e of ownExprs(s)) {
        if (!reads(e, c)) continue;
        const negated = s.k === 'if' && e === s.test && e.k === 'un' && e.op === '!' && isRef(e.e, c);
        if (s.k === 'if' && e === s.test && (isRef(e, c) || negated) && !found && !mixed) {
          const inThen = someStmt(s.then, (t) => t === inner);
          const inElse = someStmt(s.else, (t) => t === inner);
          if (inThen === inElse) { mixed = true; continue; }
          // (the forward branch that holds the inner `if`: the reverse then branch, or its else under `!c`)
          found = { s: orig as If, negated, holds: inThen !== negated ? 'then' : 'else' };
        } else others++;
      }
    });
    return others === 0 && !mixed ? found : undefined;
  }
}

/**
 * The sweeps with nested decisions packed (see above), and what packed them: `apply` gives the
 * same packing to code made later from the sweeps' statements. Neither sweep is written.
 */
export function packDecisions(forward: readonly TStmt[], reverse: readonly TStmt[], names: Names): { forward: TStmt[]; reverse: TStmt[]; moved: Map<TStmt, TStmt>; apply: (code: readonly TStmt[]) => TStmt[] } {
  const p = new Packing();
  const outers: Decided[] = [];
  eachStmt(forward, (s) => { if (decided(s)) outers.push(s); });
  const packedInner = new Set<If>();
  for (const outer of outers) {
    if (packedInner.has(outer)) continue;
    for (const where of ['then', 'else'] as const) {
      const branch = outer[where];
      const inner = branch[branch.length - 2];
      if (!decided(inner) || packedInner.has(inner)) continue;
      const c = outer.test.v;
      const outerPop = p.popOf(reverse, c);
      const innerPop = p.popOf(reverse, inner.test.v);
      if (!outerPop || !innerPop) continue;
      const test = p.reverseTest(reverse, c, innerPop);
      if (!test || test.holds !== where) continue;
      // the forward sweep: the inner branches push the path code, the outer branch around them nothing more
      const code = where === 'then' ? { innerThen: 2, innerElse: 1 } : { innerThen: 2, innerElse: 0 };
      p.edits.set(inner, { ...inner, then: [...inner.then.slice(0, -1), push(code.innerThen)], else: [...inner.else.slice(0, -1), push(code.innerElse)] });
      p.edits.set(outer, { ...outer, [where]: branch.slice(0, -1) });
      // the reverse sweep: one pop, the path code, tested for each decision
      const path = names.local(`${c.name}_path`, 'int');
      p.edits.set(outerPop, { ...outerPop, name: path.name, v: path, init: tape('popInt') });
      p.edits.set(innerPop, { ...innerPop, init: bin('===', ref(path), num(2)) });
      const taken = where === 'then' ? ref(path) : bin('===', ref(path), num(1));
      p.edits.set(test.s, { ...test.s, test: test.negated ? { k: 'un', op: '!', e: taken } : taken });
      packedInner.add(inner);
      break;
    }
  }
  const moved = new Map<TStmt, TStmt>();
  return { forward: p.apply(forward, moved), reverse: p.apply(reverse, moved), moved, apply: (code) => p.apply(code, moved) };
}
