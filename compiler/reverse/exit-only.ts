/**
 * Loops whose reverse is that of the iteration that left them (issue 13, trial39 finding 6). A
 * scan left by `return` or `break` from inside its loop,
 *
 *   for (let i = 0; i < xs.length; i++) if (xs[i] > t) return xs[i] * t;
 *
 * is lowered to a jump flag set in a branch (exits.ts). Every iteration but the one that left
 * runs only what the reverse needs no adjoint of: the load `xs[i]`, whose value only the
 * branch that returns uses, the test, the step of `i`. Reversed iteration by iteration, the
 * loop walked back over every element scanned: it loaded `xs[i]` again, tested it again and
 * added a zero into `xs_b[i]` (f_vjp 3.7x f in trial39's repro). Where it is proven that the
 * reverse of an iteration that did not leave does nothing but step the loop's counters back,
 * the reverse runs the body's reverse once, for the iteration that left (if one did), and
 * moves the counters back over the other iterations in one subtraction (backward.ts
 * whileStmt).
 *
 * The proof, over the loop's blocks outside the branches that set the flag (which run in the
 * last iteration only, exits.ts):
 *
 * - the loop's test requires this flag alone unset (no other flag leaves it), and every write
 *   of the flag sets it at the top level of an `if`'s branch (not in a loop);
 * - its statements are equations, assignments and `if`s; the pre-test block's are equations
 *   with inactive results;
 * - an equation with an active result is a temporary whose every reader is in a branch that
 *   sets the flag, or an equation outside them whose result is inactive or again such a
 *   temporary: its adjoint is zero in an iteration that did not leave;
 * - an assignment writes an inactive number; where the reverse restores it, it is a step of a
 *   counter proven integral (counters.ts, no flag), which runs once in each iteration that did
 *   not leave: at the body's top level, or under `if`s whose decision is known from the exit
 *   (exits.ts) and taken in every such iteration (`if (!ret) i++`, or the else branch of the
 *   test that returns);
 * - nothing outside those branches is pushed on the tape (the reverse would pop it per
 *   iteration): no temporary taped after it, no decision, no snapshot, no saved overwrite
 *   but the counters' steps, which push nothing.
 *
 * Where it fails (an accumulation before the exit test, `s += xs[i]; if (s > t) return s`, is
 * an active assignment), the loop is reversed as before.
 */
import type { Block, Func, Stmt, Var, While } from '../ir/types.js';
import { isArrayType } from '../ir/types.js';
import { mapStmt, reads, statements, writes } from '../ir/walk.js';
import { type ExitDecision, eqsOf, requiredUnset, setsTrue } from './exits.js';
import type { TapePlan, TapeRecord } from './plan.js';

export interface ExitOnly {
  /** The branches that set the flag: they run in the iteration that left, if one did. */
  readonly branches: ReadonlySet<Block>;
  /** What each counter's steps add in one iteration that did not leave (nonzero). */
  readonly steps: ReadonlyMap<Var, number>;
}

/** What the proof reads of the function, computed once for all its loops. */
export interface ExitFacts {
  readonly active: ReadonlySet<Var>;
  readonly plan: TapePlan;
  readonly record: Pick<TapeRecord, 'pushAfter' | 'pushInBranch'>;
  /** The decisions known from the loops' exits (exits.ts exitDecisions). */
  readonly decisions: ReadonlyMap<Var, ExitDecision>;
  /** The statements that read each variable (their own reads, not their blocks'). */
  readonly readers: ReadonlyMap<Var, readonly Stmt[]>;
}

export function exitFacts(fn: Func, active: ReadonlySet<Var>, plan: TapePlan, record: ExitFacts['record'], decisions: ReadonlyMap<Var, ExitDecision>): ExitFacts {
  const readers = new Map<Var, Stmt[]>();
  for (const s of statements(fn.body)) {
    for (const v of reads(s)) {
      const list = readers.get(v);
      if (list) list.push(s);
      else readers.set(v, [s]);
    }
  }
  return { active, plan, record, decisions, readers };
}

/** Whether the reverse of `loop`, which leaves by `flag`, is that of its last iteration alone (see above). */
export function exitOnly(loop: Stmt & { kind: 'while' }, flag: Var, facts: ExitFacts): ExitOnly | undefined {
  const { active, plan, record, decisions, readers } = facts;
  if (loop.cond.kind !== 'var') return undefined;
  const required = requiredUnset(loop.cond.v, eqsOf(loop.pre));
  if (!required.has(flag) || ![...required].every((f) => f === flag || quiet(loop, f))) return undefined;
  const branches = settingBranches(loop.body, flag);
  if (!branches) return undefined;
  const sets = [...statements(loop.body)].filter((s) => s.kind === 'assign' && s.target === flag);
  if (sets.length !== [...branches].reduce((n, b) => n + b.filter((s) => setsTrue(s, flag)).length, 0)) return undefined;
  // (statements of the branches that set the flag, at any depth)
  const exiting = new Set<Stmt>([...branches].flatMap((b) => [...statements(b)]));
  const everyIteration = new Set<Stmt>();
  const zero = new Set<Var>();
  const steps = new Map<Var, number>();
  const pushes = (s: Stmt) => record.pushAfter.has(s) || (plan.snapshots.get(s)?.length ?? 0) > 0;

  for (const s of loop.pre) {
    if (s.kind !== 'eq' || active.has(s.out) || pushes(s)) return undefined;
    everyIteration.add(s);
  }
  // `taken`: whether every iteration that does not leave runs this block
  const visit = (block: Block, taken: boolean): boolean => block.every((s) => {
    everyIteration.add(s);
    if (pushes(s)) return false;
    switch (s.kind) {
      case 'eq':
        if (active.has(s.out)) {
          if (s.out.mutable) return false;
          zero.add(s.out);
        }
        return true;
      case 'assign': {
        const t = s.target;
        if (active.has(t) || isArrayType(t.type) || (s.value.kind === 'var' && active.has(s.value.v))) return false;
        if (!plan.overwrites.has(s)) return true;
        const counters = plan.counters;
        const step = counters?.steps.get(s);
        if (step === undefined || !counters!.proven.has(t) || counters!.flags.has(t) || !taken) return false;
        steps.set(t, (steps.get(t) ?? 0) + step);
        return true;
      }
      case 'if': {
        const inBranch = record.pushInBranch.get(s);
        const known = s.cond.kind === 'var' ? decisions.get(s.cond.v) : undefined;
        // (in an iteration that does not leave, a decision known from the exit is `k !== at`: true)
        const runs = (b: 'then' | 'else') => known !== undefined && known.loop === loop && known.flag === flag && known.taken === (b === 'else');
        for (const b of ['then', 'else'] as const) {
          if (branches.has(s[b])) continue;
          if ((inBranch?.[b].length ?? 0) > 0 || !visit(s[b], taken && runs(b))) return false;
        }
        return true;
      }
      default: return false;
    }
  });
  if (!visit(loop.body, true)) return undefined;
  // every active temporary outside the branches adds nothing, given that the others add nothing
  for (const v of zero) {
    for (const r of readers.get(v) ?? []) {
      if (exiting.has(r)) continue;
      if (!everyIteration.has(r) || r.kind !== 'eq' || (active.has(r.out) && !zero.has(r.out))) return undefined;
    }
  }
  for (const [v, d] of steps) if (d === 0) steps.delete(v);
  return { branches, steps };
}

/**
 * Whether every write of `other`, another flag `loop`'s test requires unset, is `other = true`
 * alone in a branch of an `if` of its body (a do-while's test failing, lowered as a flag): the
 * iteration that sets it is the last, and its reverse, that of an iteration that did not leave by
 * the flag, is proven with theirs (what runs after the write is guarded by the flags, a decision
 * not known from the exit).
 */
function quiet(loop: While, other: Var): boolean {
  if (loop.pre.some((s) => writes(s).has(other))) return false;
  const ifs = [...statements(loop.body)].filter((s): s is Stmt & { kind: 'if' } => s.kind === 'if');
  const alone = (s: Stmt) => ifs.some((i) => (i.then.length === 1 && i.then[0] === s) || (i.else.length === 1 && i.else[0] === s));
  return [...statements(loop.body)].every((s) => s.kind === 'if' || !writes(s).has(other) || (setsTrue(s, other) && alone(s)));
}

/**
 * The branches of `if`s in `block` (through `if`s, not loops) that set `flag` at their top
 * level; undefined where a loop inside writes it.
 */
function settingBranches(block: Block, flag: Var, out = new Set<Block>()): Set<Block> | undefined {
  for (const s of block) {
    if ((s.kind === 'for' || s.kind === 'while') && [...statements([s])].some((t) => t.kind === 'assign' && t.target === flag)) return undefined;
    if (s.kind !== 'if') continue;
    for (const b of [s.then, s.else]) {
      if (b.some((t) => setsTrue(t, flag))) out.add(b);
      else if (!settingBranches(b, flag, out)) return undefined;
    }
  }
  return out;
}

/**
 * A while loop's scan, `while (i < n) { if (xs[i] > t) return …; i++; }`, is lowered with the
 * rest of the body in the else branch of the test that leaves (frontend jumps.ts). Its reverse
 * steps i back (the else branch) before the load's reverse, so the element is taped in every
 * iteration and the proof above fails. In the form a `for` loop's step gets, the rest guarded
 * by the flag after the `if`,
 *
 *   if (c) { …; ret = true } else { rest }   →   if (c) { …; ret = true }  n = not ret  if (n) { rest }
 *
 * it is the same loop (the flag is unset on entry to the `if`: the loop's test requires it
 * and no statement before writes it; the branch sets it at its top level and nothing unsets
 * it), and the proof can hold. The loops of `fn` whose body's first write of their flag is
 * such an `if`, with a `rest`.
 */
export function exitGuardCandidates(fn: Func): Set<While> {
  return new Set([...statements(fn.body)].filter((s): s is While => s.kind === 'while' && guardable(s) !== undefined));
}

/** The `if` of `loop`'s body to rewrite (see above), and which of its branches sets the flag. */
function guardable(loop: While): { s: Stmt & { kind: 'if' }; flag: Var; sets: 'then' | 'else' } | undefined {
  if (loop.cond.kind !== 'var') return undefined;
  const flags = [...requiredUnset(loop.cond.v, eqsOf(loop.pre))];
  // (the flag of the exit with a reverse; the others are quiet)
  const loud = flags.filter((f) => !quiet(loop, f));
  if (loud.length !== 1) return undefined;
  const flag = loud[0]!;
  if (loop.pre.some((s) => writes(s).has(flag))) return undefined;
  if (![...statements(loop.body)].every((s) => s.kind === 'if' || s.kind === 'while' || s.kind === 'for' || !writes(s).has(flag) || setsTrue(s, flag))) return undefined;
  const first = loop.body.find((s) => writes(s).has(flag));
  if (first?.kind !== 'if' || loop.body.slice(0, loop.body.indexOf(first)).some((s) => flags.some((f) => writes(s).has(f)))) return undefined;
  for (const [sets, rest] of [['then', 'else'], ['else', 'then']] as const) {
    if (first[sets].some((s) => setsTrue(s, flag)) && first[rest].length > 0 && !first[rest].some((s) => setsTrue(s, flag))) return { s: first, flag, sets };
  }
  return undefined;
}

/**
 * `fn` with each loop of `only` (loops of `fn`) rewritten as above, and the rewritten loops
 * with the loop each was.
 */
export function guardExits(fn: Func, only: ReadonlySet<While>): { fn: Func; loops: Map<While, While> } {
  const names = fn.names.clone();
  const added: Var[] = [];
  const loops = new Map<While, While>();
  const block = (b: Block): Stmt[] => b.flatMap((s): Stmt[] => {
    const inner = mapStmt(s, { block });
    if (s.kind !== 'while' || !only.has(s)) return [inner];
    const loop = inner as While;
    const found = guardable(loop)!;
    const { s: split, flag, sets } = found;
    const rest = sets === 'then' ? 'else' : 'then';
    const unset = names.temp('bool');
    added.push(unset);
    const at = loop.body.indexOf(split);
    const body: Stmt[] = [
      ...loop.body.slice(0, at),
      { ...split, [rest]: [] },
      { kind: 'eq', out: unset, prim: 'not', args: [{ kind: 'var', v: flag }], loc: split.loc },
      { kind: 'if', cond: { kind: 'var', v: unset }, then: split[rest], else: [], loc: split.loc },
      ...loop.body.slice(at + 1),
    ];
    const rewritten: While = { ...loop, body };
    loops.set(rewritten, s);
    return [rewritten];
  });
  const body = block(fn.body);
  return { fn: { ...fn, body, names, vars: [...fn.vars, ...added] }, loops };
}
