/**
 * Integer counters restored by their inverse step instead of the tape (issue 13). A counter
 * is an inactive number variable whose overwrites are all either steps `i = i + 1` / `i = i - 1`
 * (`i++`, `i--`, `i += 1`) or entries (any other assignment: `let idx = k * m + d`). When the
 * reverse sweep reads it, each step inside a loop would push the old value; instead, the
 * reverse computes it back as `i - 1` (or `i + 1`). That is exact when the counter holds an
 * integer whose magnitude stays below 2^53: then `i + 1` and `i + 1 - 1` are exact.
 *
 * When every entry is an integer constant (`let i = 0`) or the index of a `for` loop that starts
 * at one and steps by an integer (`j = i`), that is proven where it is compiled:
 * the steps are inverted unconditionally. Otherwise the proof is made at run time where it is cheap, at each entry: the forward sweep sets a
 * flag `i_int = Number.isInteger(i) && Math.abs(i) <= 2 ** 52` there. Steps of ±1 keep an
 * integer an integer, and from |i| ≤ 2^52 reaching 2^53 takes 2^52 steps (more than a month
 * of steps at one per nanosecond), so while the flag is set every step is exactly invertible.
 * While it is not set (an entry gave a fraction, a huge value, NaN), each step pushes its old
 * value as before. Each step tests the flag in both sweeps; each entry saves the flag with the
 * counter's old value (on the tape, or in a const at the top level) and the reverse sweep
 * restores both. A step at the top level keeps its old value in a const as before.
 */
import type { Atom, Block, Eq, Stmt, Var } from '../ir/types.js';
import type { Names } from '../ir/names.js';
import { type TVar } from '../ir/target.js';
import { statements, walk, writes } from '../ir/walk.js';
import { rules } from '../rules/table.js';

export interface Counters {
  /** The flag of each counter, by the counter. */
  readonly flags: ReadonlyMap<Var, TVar>;
  /** Counters whose every entry is an integer constant (|c| ≤ 2^52) or such a loop's index: always invertible, no flag. */
  readonly proven: ReadonlySet<Var>;
  /** Steps of a counter (`i = t` with `t = i ± 1`): the amount added. */
  readonly steps: ReadonlyMap<Stmt, 1 | -1>;
  /** Entries of a counter: its other assignments, after which the flag is set (those not fresh save the counter). */
  readonly entries: ReadonlySet<Stmt>;
}

/**
 * The amount a step adds: `i = t` where `t = i + 1`, `t = 1 + i`, `t = i - 1` (or ±1 the other
 * way) is an earlier statement of the same block, a temporary that nothing between the two
 * reassigns, and nothing between them writes `i`. Usually it is the statement just before; a
 * do-while's `i++` reuses the `i + 1` its body computed for `x[i + 1]` (trial26 rosenbrockDo,
 * whose `i` was pushed at every step).
 */
function stepOf(block: Block, at: number): 1 | -1 | undefined {
  const s = block[at]!;
  if (s.kind !== 'assign' || s.value.kind !== 'var') return undefined;
  const t = s.value.v;
  let d = at - 1;
  for (; d >= 0; d--) {
    const b = block[d]!;
    if (b.kind === 'eq' && b.out === t) break;
    const w = writes(b);
    if (w.has(s.target) || w.has(t)) return undefined;
  }
  const prev = block[d];
  if (prev?.kind !== 'eq' || prev.out.mutable) return undefined;
  const [a, b] = prev.args;
  const isX = (x: typeof a) => x?.kind === 'var' && x.v === s.target;
  const unit = (x: typeof a) => (x?.kind === 'const' && (x.value === 1 || x.value === -1) ? x.value : undefined);
  if (prev.prim === 'add' && isX(a) && unit(b)) return unit(b);
  if (prev.prim === 'add' && isX(b) && unit(a)) return unit(a);
  if (prev.prim === 'sub' && isX(a) && unit(b)) return unit(b) === 1 ? -1 : 1;
  return undefined;
}

/**
 * The counters of `body`: variables `v` not snapshotted, whose every step is an overwrite the
 * plan saves (`saved`); an active one only where it bounds a loop or indexes an array (see
 * `indexing` below). Each entry that is not a first assignment (`fresh`)
 * must then save the counter, so that the reverse sweep can give back the value and the flag
 * there, even where TBR alone would not save it (its readers are all followed by a step,
 * which restores): the caller adds `entries` to the plan's saved overwrites.
 */
export function findCounters(body: Block, active: ReadonlySet<Var>, saved: ReadonlySet<Stmt>, fresh: ReadonlySet<Stmt>,
  snapshotVars: ReadonlySet<Var>, names: Names): Counters {
  const steps = new Map<Stmt, 1 | -1>();
  walk(body, {
    enter: (s, at) => {
      const step = stepOf(at.block, at.index);
      if (step !== undefined) steps.set(s, step);
    },
  });
  // integers where compiled: constants, and the indices of for loops from such a constant by integer steps
  const small = (a: Atom) => a.kind === 'const' && typeof a.value === 'number' && Number.isInteger(a.value) && Math.abs(a.value) <= 2 ** 52;
  const indices = new Set<Var>();
  for (const s of statements(body)) if (s.kind === 'for' && small(s.from) && Number.isInteger(s.step)) indices.add(s.index);
  const defs = new Map<Var, Stmt[]>();
  for (const s of statements(body)) if (s.kind === 'assign') defs.set(s.target, [...defs.get(s.target) ?? [], s]);
  // ... and, to a fixpoint, the local variables whose every assignment is such an integer, a
  // step of ±1 (steps.has) or such an integer plus or minus an integer constant (`j = i + 1`
  // for an inner loop from the outer one's counter, where a labelled break made the outer loop
  // a `for (;;)` with `i` a counter: trial26 firstClosePair taped j and a flag per outer
  // iteration). Each entry adds at most a constant to a value of magnitude ≤ 2^52 plus the
  // steps taken, so the header's argument holds for them too.
  const eqOf = new Map<Var, Eq>();
  for (const s of statements(body)) if (s.kind === 'eq' && !s.out.mutable) eqOf.set(s.out, s);
  // (not a variable some other statement writes too: a call's result, a loop's index)
  const writtenElsewhere = new Set<Var>();
  for (const s of statements(body)) {
    if (s.kind === 'eq' || (s.kind === 'call' && s.out)) writtenElsewhere.add(s.out!);
    if (s.kind === 'alloc') writtenElsewhere.add(s.target);
    if (s.kind === 'for') writtenElsewhere.add(s.index);
  }
  const ints = new Set<Var>([...defs.keys()].filter((v) => v.kind !== 'param' && (v.type === 'f64' || v.type === 'int') && !writtenElsewhere.has(v)));
  // (an offset of at most 2^31: a chain of such entries would need 2^21 of them to carry a
  // value from 2^52 to 2^53)
  const offset = (a: Atom) => small(a) && Math.abs((a as { value: number }).value) <= 2 ** 31;
  const integral = (a: Atom, depth = 0): boolean => {
    if (small(a)) return true;
    if (a.kind !== 'var') return false;
    if (indices.has(a.v) || ints.has(a.v)) return true;
    const eq = eqOf.get(a.v);
    if (!eq || depth > 4 || (eq.prim !== 'add' && eq.prim !== 'sub')) return false;
    const [x, y] = eq.args;
    if (!x || !y) return false;
    return (integral(x, depth + 1) && offset(y)) || (eq.prim === 'add' && offset(x) && integral(y, depth + 1));
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const v of [...ints]) {
      if (!defs.get(v)!.every((s) => steps.has(s) || (s.kind === 'assign' && integral(s.value)))) { ints.delete(v); changed = true; }
    }
  }
  // An active counter (a differentiable `steps` parameter makes the level `i` of `for (let i = steps - 1;
  // i >= 0; i--)` active) is restored by its inverse step as well, but only where it bounds a loop or
  // indexes an array: popped from the tape it is a double to V8, and so is every index counted from
  // it in the reverse sweep (trial38 crrPrice: the inner loop from Math.floor(i), 11% of its vjp); a
  // real-valued one (log Γ's `x += 1`) would only add its flag's tests.
  const indexing = new Set<Var>();
  for (const s of statements(body)) {
    const add = (a: Atom | undefined) => { if (a?.kind === 'var') indexing.add(a.v); };
    if (s.kind === 'for') { add(s.from); add(s.to); }
    if (s.kind === 'store') add(s.index);
    if (s.kind === 'eq' && rules[s.prim].kind === 'load') add(s.args[1]);
  }
  const flags = new Map<Var, TVar>();
  const kept = new Map<Stmt, 1 | -1>();
  const entries = new Set<Stmt>();
  const proven = new Set<Var>();
  for (const [v, ds] of defs) {
    if (v.kind === 'param' || (v.type !== 'f64' && v.type !== 'int') || snapshotVars.has(v) || (active.has(v) && !indexing.has(v))) continue;
    const own = ds.filter((s) => steps.has(s));
    // (a step at the top level keeps its old value in a const: a counter needs a step in a block below)
    if (own.length === 0 || !own.every((s) => saved.has(s)) || own.every((s) => body.includes(s))) continue;
    const others = ds.filter((s) => !steps.has(s));
    if (others.every((s) => s.kind === 'assign' && integral(s.value))) proven.add(v);
    else flags.set(v, names.derived(`${v.name}_int`, 'flag', 'bool', v));
    for (const s of own) kept.set(s, steps.get(s)!);
    for (const s of others) entries.add(s);
  }
  return { flags, proven, steps: kept, entries };
}
