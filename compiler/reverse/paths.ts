/**
 * A jump flag's test read off the iteration's path, not the tape (issue 13). A `continue` in a
 * loop is lowered to a flag reset at the top of the body, set in a branch, and a test guarding
 * the rest of the body:
 *
 *   cnt <- false
 *   t4 = eq t2 1
 *   if t4 { t10 = load xs i; t11 = lt t10 0; if t11 { cnt <- true } else { … } }
 *   t20 = not cnt
 *   if t20 { … }
 *
 * The flag is only ever set after its reset, so at `t20` it holds exactly where the iteration
 * went down a branch that sets it: `t20 = !(t4 && xs[i] < 0)`. Where the conditions on those
 * paths read values the reverse sweep still holds (the loop's counter, a parameter, an array
 * nothing wrote since, the block's own temporaries: availability.ts recomputes those), the
 * reverse sweep computes the test so, a load and a comparison or two, rather than a push per
 * iteration and a pop (trial40's switch in a loop: the only entry it taped per element besides
 * `s`). A condition on a value overwritten later in the iteration keeps the tape.
 */
import type { Atom, Block, Eq, Stmt, Var } from '../ir/types.js';
import { isArrayType } from '../ir/types.js';
import { statements } from '../ir/walk.js';
import { isCostly } from './choices.js';
import { setsTrue } from './exits.js';

/** One condition on a path: the temporary `v` (or its negation) holds. */
export interface Literal {
  readonly v: Var;
  readonly holds: boolean;
}

/** How the reverse sweep computes `not flag` at a statement of a block from the iteration's path. */
export interface PathTest {
  /** The paths that set the flag, each the conditions of the branches it runs through. */
  readonly paths: readonly (readonly Literal[])[];
  /** The temporaries of the block itself that the conditions read: recomputed as any other (availability.ts). */
  readonly temps: readonly Var[];
  /** The temporaries of the branches the conditions read, computed again inside the test, by the variable each defines. */
  readonly inlined: ReadonlyMap<Var, Eq>;
}

/** What the test's conditions may read (availability.ts's facts). */
export interface PathFacts {
  readonly aliases: ReadonlyMap<Var, ReadonlySet<Var>>;
  readonly restoredVars: ReadonlySet<Var>;
  readonly snapshotVars: ReadonlySet<Var>;
  readonly writesOf: (s: Stmt) => ReadonlySet<Var>;
  readonly unwrittenAfter: (load: Eq, array: Var) => boolean;
  readonly settledBefore: (v: Var, def: Eq) => boolean;
}

const MAX_PATHS = 4;
const MAX_INLINED = 6;

/**
 * The test of `def` (`t = not flag`, at `index` of `block`) from the paths that set the flag
 * since its reset in `block`, for the reverse of the statement at `upTo`; undefined where the
 * flag is written otherwise, or a condition reads what may have changed by then.
 */
export function pathTest(block: Block, def: Eq, index: number, upTo: number, facts: PathFacts): PathTest | undefined {
  const flag = def.prim === 'not' && def.args[0]?.kind === 'var' ? def.args[0].v : undefined;
  if (!flag || flag.type !== 'bool' || !flag.mutable) return undefined;
  let reset = -1;
  for (let j = index - 1; j >= 0 && reset < 0; j--) {
    const s = block[j]!;
    if (s.kind === 'assign' && s.target === flag && s.value.kind === 'const' && s.value.value === false) reset = j;
    else if (facts.writesOf(s).has(flag) && s.kind !== 'if') return undefined;
  }
  if (reset < 0) return undefined;
  const local = new Map<Var, number>();
  block.forEach((s, j) => { if (s.kind === 'eq' && !s.out.mutable) local.set(s.out, j); });
  // (what the statements from `from` to upTo write: a value read there must not be among them)
  const writtenFrom = (from: number): Set<Var> => {
    const out = new Set<Var>();
    for (let j = from; j <= upTo; j++) for (const w of facts.writesOf(block[j]!)) for (const a of facts.aliases.get(w) ?? [w]) out.add(a);
    return out;
  };
  const paths: Literal[][] = [];
  const temps = new Set<Var>();
  const inlined = new Map<Var, Eq>();
  let ok = true;
  // A condition of an `if` at `at` of the block (at any depth), in scope the eqs of the branches above it.
  const condition = (v: Var, scope: ReadonlyMap<Var, Eq>, at: number): void => {
    if (!ok) return;
    const nested = scope.get(v);
    if (nested) {
      if (inlined.has(v)) return;
      if (isCostly(nested) || inlined.size >= MAX_INLINED) { ok = false; return; }
      const written = writtenFrom(at);
      for (const a of nested.args) {
        if (a.kind !== 'var') continue;
        if (scope.has(a.v)) { condition(a.v, scope, at); continue; }
        if (local.has(a.v) && local.get(a.v)! < at) { temps.add(a.v); continue; }
        if (written.has(a.v) || (a.v.mutable && !isArrayType(a.v.type) && !facts.restoredVars.has(a.v) && !facts.settledBefore(a.v, nested))) { ok = false; return; }
      }
      if (nested.prim === 'load') {
        const array = (nested.args[0] as Atom & { kind: 'var' }).v;
        if (facts.snapshotVars.has(array) && !facts.unwrittenAfter(nested, array)) { ok = false; return; }
      }
      inlined.set(v, nested);
    } else if (local.has(v) && local.get(v)! < at) temps.add(v);
    else ok = false;
  };
  // The paths through `s` (an `if` at `at`) to the statements that set the flag.
  const walk = (s: Stmt, at: number, prefix: readonly Literal[], scope: Map<Var, Eq>): void => {
    if (!ok) return;
    if (s.kind !== 'if') { if (facts.writesOf(s).has(flag)) ok = false; return; }
    if (!facts.writesOf(s).has(flag)) return;
    if (s.cond.kind !== 'var') { ok = false; return; }
    condition(s.cond.v, scope, at);
    for (const [branch, holds] of [[s.then, true], [s.else, false]] as const) {
      const path = [...prefix, { v: (s.cond as Atom & { kind: 'var' }).v, holds }];
      const inner = new Map(scope);
      let set = false;
      for (const t of branch) {
        // (after the flag is set, the branch may only set it again)
        if (set) { if (![...statements([t])].every((u) => !facts.writesOf(u).has(flag) || u.kind === 'if' || setsTrue(u, flag))) ok = false; continue; }
        if (setsTrue(t, flag)) { paths.push(path); set = true; continue; }
        if (t.kind === 'eq' && !t.out.mutable) inner.set(t.out, t);
        walk(t, at, path, inner);
      }
    }
  };
  for (let j = reset + 1; j < index && ok; j++) walk(block[j]!, j, [], new Map());
  if (!ok || paths.length > MAX_PATHS) return undefined;
  return { paths, temps: [...temps], inlined };
}
