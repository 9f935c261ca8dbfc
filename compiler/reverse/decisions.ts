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
 * boolean in the forward sweep, and a number under it would get a tangent in f_hvp. The sweeps' code is rewritten in place, after both are built:
 * every form made from them (f_vjp, g_fwd and g_rev, a fused or checkpointed loop) shares
 * these statements.
 */
import { type TExpr, type TStmt, bin, name, num, tape } from '../ir/target.js';
import type { Names } from '../ir/names.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type If = TStmt & { k: 'if' };
type Decl = TStmt & { k: 'decl' };

/** The decision pushed at the end of a branch: `tape.push(0)` or `tape.push(1)`. */
function pushed(branch: readonly TStmt[]): number | undefined {
  const last = branch[branch.length - 1];
  const e = last?.k === 'expr' ? last.e : undefined;
  return e?.k === 'tape' && e.op === 'push' && e.args[0]?.k === 'num' ? e.args[0].value : undefined;
}

/** An `if (c)` of the forward sweep whose branches end by pushing 1 and 0: its condition's name. */
type Decided = If & { readonly test: { readonly k: 'name'; readonly name: string } };
function decided(s: TStmt | undefined): s is Decided {
  return s?.k === 'if' && s.test.k === 'name' && pushed(s.then) === 1 && pushed(s.else) === 0;
}

const push = (value: number): TStmt => ({ k: 'expr', e: tape('push', num(value)) });

/** Every statement list of `code`, nested ones included. */
function* lists(code: readonly TStmt[]): Generator<readonly TStmt[]> {
  yield code;
  for (const s of code) {
    if (s.k === 'if') { yield* lists(s.then); yield* lists(s.else); }
    else if (s.k === 'for') { yield* lists([s.init]); yield* lists(s.body); }
    else if (s.k === 'while' || s.k === 'loop' || s.k === 'block') yield* lists(s.body);
    else if (s.k === 'try') { yield* lists(s.body); yield* lists(s.handler); }
  }
}

/** The reverse sweep's `const c = tape.popBool()`, where it is the only declaration of c. */
function popOf(reverse: readonly TStmt[], c: string): Decl | undefined {
  const found: Decl[] = [];
  for (const list of lists(reverse)) for (const s of list) if (s.k === 'decl' && s.name === c) found.push(s);
  const d = found.length === 1 ? found[0] : undefined;
  return d?.kind === 'const' && d.init?.k === 'tape' && d.init.op === 'popBool' ? d : undefined;
}

/** Whether `e` reads the name `c`. */
function reads(e: TExpr, c: string): boolean {
  switch (e.k) {
    case 'name': case 'update': return e.name === c;
    case 'bin': return reads(e.l, c) || reads(e.r, c);
    case 'un': return reads(e.e, c);
    case 'call': case 'tape': case 'runtime': case 'new': return e.args.some((a) => reads(a, c));
    case 'index': return reads(e.array, c) || reads(e.index, c);
    case 'member': return reads(e.object, c);
    case 'cond': return reads(e.test, c) || reads(e.then, c) || reads(e.else, c);
    case 'array': return e.elements.some((a) => reads(a, c));
    case 'object': return e.fields.some(([, a]) => reads(a, c));
    default: return false;
  }
}

/** The expressions of a statement itself (not of those nested in it). */
function ownExprs(s: TStmt): TExpr[] {
  switch (s.k) {
    case 'decl': return s.init ? [s.init] : [];
    case 'assign': return [s.target, s.value];
    case 'expr': case 'return': case 'throw': return [s.e];
    case 'if': case 'while': return [s.test];
    case 'for': return [s.test, s.update];
    default: return [];
  }
}

/**
 * The reverse `if` that tests the outer decision `c` (`if (c)`, or `if (!c)` where its then
 * branch had no code), where c is read nowhere else, and the branch it reverses that holds the
 * inner decision's pop.
 */
function reverseTest(reverse: readonly TStmt[], c: string, inner: Decl): { s: If; negated: boolean; holds: 'then' | 'else' } | undefined {
  let found: { s: If; negated: boolean; holds: 'then' | 'else' } | undefined;
  let others = 0;
  for (const list of lists(reverse)) {
    for (const s of list) {
      for (const e of ownExprs(s)) {
        if (!reads(e, c)) continue;
        const negated = s.k === 'if' && e === s.test && e.k === 'un' && e.op === '!' && e.e.k === 'name';
        if (s.k === 'if' && e === s.test && (e.k === 'name' || negated) && !found) {
          const inThen = [...lists(s.then)].some((l) => l.includes(inner));
          const inElse = [...lists(s.else)].some((l) => l.includes(inner));
          if (inThen === inElse) return undefined;
          // (the forward branch that holds the inner `if`: the reverse then branch, or its else under `!c`)
          found = { s, negated, holds: inThen !== negated ? 'then' : 'else' };
        } else others++;
      }
    }
  }
  return others === 0 ? found : undefined;
}

/** Packs nested decisions of `forward` and their pops in `reverse` (see above), in place. */
export function packDecisions(forward: readonly TStmt[], reverse: readonly TStmt[], names: Names): void {
  const outers: Decided[] = [];
  for (const list of lists(forward)) for (const s of list) if (decided(s)) outers.push(s);
  const packedInner = new Set<If>();
  for (const outer of outers) {
    if (packedInner.has(outer)) continue;
    for (const where of ['then', 'else'] as const) {
      const branch = outer[where];
      const inner = branch[branch.length - 2];
      if (!decided(inner) || packedInner.has(inner)) continue;
      const c = outer.test.name;
      const outerPop = popOf(reverse, c);
      const innerPop = popOf(reverse, inner.test.name);
      if (!outerPop || !innerPop) continue;
      const test = reverseTest(reverse, c, innerPop);
      if (!test || test.holds !== where) continue;
      // the forward sweep: the inner branches push the path code, the outer branch around them nothing more
      const code = where === 'then' ? { innerThen: 2, innerElse: 1 } : { innerThen: 2, innerElse: 0 };
      (inner as Mutable<If>).then = [...inner.then.slice(0, -1), push(code.innerThen)];
      (inner as Mutable<If>).else = [...inner.else.slice(0, -1), push(code.innerElse)];
      (outer as Mutable<If>)[where] = branch.slice(0, -1);
      // the reverse sweep: one pop, the path code, tested for each decision
      const path = names.fresh(`${c}_path`, true);
      (outerPop as Mutable<Decl>).name = path;
      (outerPop as Mutable<Decl>).init = tape('popInt');
      (innerPop as Mutable<Decl>).init = bin('===', name(path), num(2));
      const taken = where === 'then' ? name(path) : bin('===', name(path), num(1));
      (test.s as Mutable<If>).test = test.negated ? { k: 'un', op: '!', e: taken } : taken;
      packedInner.add(inner);
      break;
    }
  }
}
