/**
 * Reverse mode: from a function's trace and its activity, the body of its vector-Jacobian
 * product `f_vjp(...params, adj, seed)`: forward sweep, reverse sweep, accumulation into adj.
 *
 * Which overwrites must save the value they destroy (to-be-recorded analysis, analyze/tbr.ts)
 * is decided first, from the trace; then what the reverse sweep reads under that plan and how it
 * gets each value (analyze/reverse-reads.ts), and from those the record of what the forward
 * sweep pushes and declares (record.ts); both sweeps are then built from plan and record, which
 * neither writes.
 */
import { type Func, type Loc, type Param, type Stmt, type Table, type Var, isArrayType } from '../ir/types.js';
import { type TExpr, type TStmt, atomExpr, bin, call, cond, index, member, name, num, runtime, sub, tape, update } from '../ir/target.js';
import { BackwardSweep } from './backward.js';
import { ForwardSweep } from './forward.js';
import { type TapePlan, emptyPlan } from './plan.js';
import { recordPlan } from './record.js';
import { findCounters } from './counters.js';
import { calls, readsOf } from './refs.js';
import { fuse, fusableLoop, usesTape } from './fusion.js';
import { localStack } from './stack.js';
import { promoteAccumulators } from './promote.js';
import { unrollShortLoops } from './unroll.js';
import { packDecisions } from './decisions.js';
import { jamRows, skipZeroSeeds } from './jam.js';
import { addEarly } from './early.js';
import { type CheckpointOptions, checkpoint, checkpointedLoops, loopWrites } from './checkpoint.js';
import { Names, inOutVjpName, runtimeHelpers, vjpCalled } from '../ir/names.js';
import { type SnapshotChoice, chooseSnapshots, noSnapshots, unsnapshotted } from './snapshot.js';
import type { CallMode } from './plan.js';
import { splitCallees, splitForms } from './split.js';
import { splitForwardName, splitReverseName } from '../ir/names.js';
import { freshAssignments, reads, statements } from '../ir/walk.js';
import { Tbr } from '../analyze/tbr.js';
import type { PlanInput, ReverseReads } from '../analyze/reverse-reads.js';

/** A name the generated module imports, and from where. */
export interface Import {
  readonly name: string;
  /** `source`: the module being compiled; else another module by specifier (`generated`: its .grad module). */
  readonly from: 'source' | 'runtime' | { readonly specifier: string; readonly file: string; readonly generated: boolean };
  /** The module's default export (`import abs from '@stdlib/math-base-special-abs'`). */
  readonly default?: boolean;
}

/** The adjoint IR of one function. */
export interface AdjointFunction {
  readonly name: string;
  readonly params: readonly Param[];
  /** Parameters that get a key in `adj` and `grad`. */
  readonly gradParams: readonly Param[];
  /** The body of `f_vjp`. */
  readonly body: readonly TStmt[];
  /**
   * `body` and `split` before the rewrites of jam.ts, which forward-over-reverse (second/)
   * differentiates instead: those rewrites skip work where an adjoint is 0, which its tangent
   * need not be.
   */
  readonly tangentBody: readonly TStmt[];
  readonly tangentSplit?: { readonly forward: readonly TStmt[]; readonly reverse: readonly TStmt[] };
  /** Exported, with `f_grad` when it returns a number. */
  readonly exported: boolean;
  readonly returnsNumber: boolean;
  /** It returns `number | undefined` (or `| null`): that value where Func.absent's flag is set. */
  readonly absent?: 'undefined' | 'null';
  /** For a helper the source module does not export: its own code, emitted privately. */
  readonly primal?: readonly TStmt[];
  /** A test (it returns a boolean) its callers call as it is: only `primal` is emitted, `body` is empty. */
  readonly primalOnly?: true;
  /**
   * For an exported function that returns a number and writes array parameters: the body of
   * the contract's `f_vjp`, around `body`, which is then emitted as `f_vjpInOut` (names.ts).
   */
  readonly contractBody?: readonly TStmt[];
  readonly imports: readonly Import[];
  /** The source function's declaration (source maps map the generated functions' own lines there). */
  readonly loc?: Loc;
  /** The module-level constant tables it reads, which the generated module declares. */
  readonly tables?: readonly Table[];
  /** Its vjp cut in two for callers that call it in split mode, `f_fwd` and `f_rev` (split.ts). */
  readonly split?: { readonly forward: readonly TStmt[]; readonly reverse: readonly TStmt[] };
  /** The callees its sweeps call in split mode (whose `g_fwd` and `g_rev` their modules must have). */
  readonly splitCallees: readonly { readonly name: string; readonly file: string }[];
  /**
   * Its `f_fwd` and `f_rev` are exported, for the calls in split mode from other modules: an
   * exported function that recurses or is `@noinline` (a property of f alone, so that its
   * generated module has them however it is compiled).
   */
  readonly splitExported?: boolean;
  /** The array parameters it writes (its exported derivatives refuse to be passed one of them twice). */
  readonly writtenParams: readonly Param[];
  /** The key of the one number the result depends on, when `body` computes the gradient in forward mode (forward/vjp.ts). */
  readonly forwardInput?: string;
}

/** How calls are differentiated (split.ts): each call's mode, and whether to cut this function's vjp in two for its callers. */
export interface SplitOptions {
  readonly callModes?: ReadonlyMap<Stmt, CallMode>;
  readonly splitForms?: boolean;
}

export function reverseFunction(fn: Func, active: ReadonlySet<Var>, options: CheckpointOptions & SplitOptions = {}): AdjointFunction {
  const checkpointed = checkpointedLoops(fn);
  const fresh = freshAssignments(fn.body);
  // What the reverse sweep reads, and so which overwrites save what they destroy: a data-flow
  // analysis of the trace (analyze/tbr.ts), one per snapshot choice; the sweeps are built once, from its plan.
  const tbr = new Tbr(fn, active);
  const overwrites = tbr.overwrites;
  const callModes = options.callModes ?? new Map<Stmt, CallMode>();
  const planWith = (choice: SnapshotChoice): { plan: TapePlan; reads: ReverseReads } => {
    const needs = tbr.needs(choice);
    return { plan: { ...emptyPlan(needs.saved, needs.restoredVars, choice.vars, choice.points), callModes }, reads: needs.reads };
  };
  let planned = planWith(noSnapshots);
  let snapshotted: ReadonlySet<Var> = new Set();
  // Variables cheaper to snapshot than to restore (snapshot.ts), each checked after planning:
  // one the reverse sweep still reads where no snapshot gives it back stays restored.
  const restored = { saved: planned.plan.overwrites, overwrites, neededLoads: planned.reads.neededLoads, recomputed: planned.reads.recomputed };
  // (a final loop whose reverse can be fused into it needs no tape: what it reads stays restored)
  const fusable = fusableLoop(fn, active, planned.plan, recordPlan(fn, active, planned.plan, planned.reads, fn.names.clone()), planned.reads);
  const excluded = new Set<Var>(fusable ? [...statements([fusable])].flatMap(reads) : []);
  // (a number a checkpointed loop reads is read again by its reverse, which runs the loop from
  // its snapshots: not snapshotted itself, its overwrites save it; fuzz seed 12042404 #705)
  for (const loop of checkpointed) for (const t of statements(loop.body)) for (const v of reads(t)) if (!isArrayType(v.type)) excluded.add(v);
  // (a counter is restored by inverting its steps, for nothing: not snapshotted)
  if (checkpointed.length === 0) {
    const counters = findCounters(fn.body, active, planned.plan.overwrites, fresh, new Set(), fn.names.clone());
    for (const v of [...counters.flags.keys(), ...counters.proven]) excluded.add(v);
  }
  for (let choice = chooseSnapshots(fn, active, restored, excluded); choice.vars.size > 0; choice = chooseSnapshots(fn, active, restored, excluded)) {
    const attempt = planWith(choice);
    const unserved = unsnapshotted(fn, choice, attempt.reads);
    if (unserved.length === 0) { planned = attempt; snapshotted = choice.vars; break; }
    for (const v of unserved) excluded.add(v);
  }
  // (the names the sweeps continue from, after the record's)
  let names = fn.names.clone();
  // Counters stepped by ±1 in loops: their steps inverted in the reverse sweep rather than taped (counters.ts)
  if (checkpointed.length === 0) {
    const counterNames = fn.names.clone();
    const counters = findCounters(fn.body, active, planned.plan.overwrites, fresh, snapshotted, counterNames);
    if (counters.steps.size > 0) {
      // (an entry that TBR leaves unsaved saves the counter all the same: the inverted steps stop there)
      const saved = new Set([...planned.plan.overwrites, ...[...counters.entries].filter((s) => !fresh.has(s))]);
      const restoredVars = tbr.restoredBy(saved, { vars: snapshotted, points: planned.plan.snapshots });
      const plan = { ...planned.plan, overwrites: saved, restoredVars, counters };
      // (what the reverse sweep reads under the plan with those saves)
      const reads = saved.size === planned.plan.overwrites.size ? planned.reads : tbr.readsUnder(planInput(plan));
      planned = { plan, reads };
      names = counterNames;
    }
  }
  // The plan and its record, final: both sweeps read them, each built once
  const { plan } = planned;
  const record = recordPlan(fn, active, plan, planned.reads, names);
  const backward = new BackwardSweep(fn, active, plan, record, names);
  let reverse = backward.sweep(name('seed'));
  const saved = plan.overwrites;
  const forwardSweep = new ForwardSweep(fn, plan, record);
  let forward = forwardSweep.sweep();
  // (nested decisions, one tape entry: both sweeps' code rewritten in place, see decisions.ts)
  packDecisions(forward, reverse, backward.names);
  // (the sweeps as g_fwd and g_rev take them: before a final loop is fused, see split.ts)
  const unfused = { forward: [...forward], reverse };
  // The final loop's reverse inside the loop itself, when that is sound (see fusion.ts).
  const fused = fusableLoop(fn, active, plan, record, planned.reads);
  const lastPart = backward.topParts[0];
  const fusedLoop: TStmt[] = [];
  if (fused && lastPart?.stmt === fused && !usesTape(lastPart.code) && !usesTape(forward.slice(-1)) &&
      lastPart.code.length === 1 && backward.topPre.length === 0) {
    const loop = fuse(forward.pop()!, lastPart.code[0]!, 'the reverse of this iteration');
    fusedLoop.push({ k: 'comment', text: 'forward and reverse of each iteration together: the loop only adds into the result' }, loop);
    reverse = [...backward.seedCode, ...backward.render(backward.topParts.slice(1))];
  }
  // Loops marked @checkpoint: their code replaced by the revolve schedule's (checkpoint.ts).
  if (checkpointed.length > 0) {
    const primal = new ForwardSweep(fn, emptyPlan(new Set()));
    primal.sweep();
    const done = checkpoint(fn, checkpointed, forward, reverse,
      { taped: forwardSweep.loops, reversed: backward.reversedLoops, primal: primal.loops }, backward.names, options);
    forward = [...done.decls, ...done.forward];
    reverse = done.reverse;
  }
  const gradParams = fn.params.filter((p) => p.differentiable);

  // A function that writes into parameter arrays it also reads leaves them as it found them
  // (its caller reruns it from that state); arrays it only writes end up written, as by f.
  const kept = fn.writes.filter((v) => !fn.pureOutputs.includes(v));
  const keep: TStmt[] = kept.map((v) => ({ k: 'expr', e: tape('pushArray', name(v.name)) }));
  const restore: TStmt[] = [...kept].reverse().map((v) => ({ k: 'expr', e: tape('popArray', name(v.name)) }));

  // (the adjoint arrays of parameters that local arrays take as another name, `let h = x`, are
  // bound before the forward sweep binds those names)
  const forwardReads = readsOf(forward);
  const early: TStmt[] = [];
  const body: TStmt[] = [...keep, ...forward];
  // The value before the reverse sweep restores any variable it was read from (after a fused
  // final loop, which is still forward sweep).
  let value: TExpr | undefined = fn.result && atomExpr(fn.result);
  const resultVar = fn.result?.kind === 'var' ? fn.result.v : undefined;
  const valueCopy: TStmt[] = [];
  // (`undefined` or `null` where the function returns that: nothing flowed from the constant result there)
  if (value && fn.absent) value = cond(name(fn.absent.flag.name), name(fn.absent.value), value);
  // (a checkpointed loop's reverse recomputes what it writes: its state set back as the loop found it, the rest as the last recomputed iteration left it)
  const checkpointedState = new Set(checkpointed.flatMap(loopWrites));
  if (fn.absent || (resultVar && (snapshotted.has(resultVar) || checkpointedState.has(resultVar) ||
      overwrites.some(({ s, v }) => v === resultVar && saved.has(s))))) {
    const n = backward.names.fresh('result', true);
    valueCopy.push({ k: 'decl', kind: 'const', name: n, init: value! });
    value = name(n);
  }
  if (fusedLoop.length === 0) body.push(...valueCopy);
  const setup: TStmt[] = [];
  const finish: TStmt[] = [];
  for (const p of fn.params) {
    if (!active.has(p.v)) continue;
    if (!p.differentiable) {
      // (a parameter left out of the gradient, `--wrt a,b` or `grad(f, keys)`, that the function
      // overwrites with active values, `q = q * a + b`: its adjoint is a local, which nothing
      // adds into adj, zero where it comes in; an array's is allocated unless it is another
      // array's, `x = w`)
      const pb = backward.adjoint(p.v);
      if (p.v.type !== 'f64[]') setup.push({ k: 'decl', kind: 'let', name: pb, init: num(0) });
      else if (!gradParams.some((g) => backward.adjoint(g.v) === pb)) {
        (forwardReads.has(pb) ? early : setup).push({ k: 'decl', kind: 'const', name: pb, init: runtime('f64Zeros', member(name(p.v.name), 'length')) });
      }
      continue;
    }
    const pb = backward.adjoint(p.v);
    if (p.v.type === 'f64[]') {
      (forwardReads.has(pb) ? early : setup).push({ k: 'decl', kind: 'const', name: pb, init: member(name('adj'), p.key) });
    } else {
      setup.push({ k: 'decl', kind: 'let', name: pb, init: num(0) });
      finish.push({ k: 'assign', target: member(name('adj'), p.key), op: '+=', value: name(pb) });
    }
  }
  body.splice(keep.length, 0, ...early);
  // (names of one array share its adjoint array: allocated once, or the parameter's)
  const arrayAdjoints = new Set(gradParams.map((p) => backward.adjoint(p.v)));
  for (const v of fn.vars) {
    if (v.kind === 'param' || !active.has(v)) continue;
    if (v.type === 'f64[]') {
      if (backward.dynamicArrays || arrayAdjoints.has(backward.adjoint(v))) continue;
      arrayAdjoints.add(backward.adjoint(v));
      const length = member(name(v.name), 'length');
      setup.push({ k: 'decl', kind: 'const', name: backward.adjoint(v), init: runtime('f64Zeros', length) });
      continue;
    }
    if (!v.mutable) continue;
    const isResult = v === resultVar;
    setup.push({ k: 'decl', kind: 'let', name: backward.adjoint(v), init: isResult ? name('seed') : num(0) });
  }
  // (the adjoints exist before a fused loop runs)
  if (reverse.length > 0 || setup.length > 0 || fusedLoop.length > 0) {
    body.push(...setup, ...backward.callSites, ...fusedLoop, ...(fusedLoop.length > 0 ? valueCopy : []), ...reverse, ...finish);
  }
  body.push(...restore);
  if (value) body.push({ k: 'return', e: value });
  // functions other than the runtime's kernels may use the tape themselves: a vjp, and also a
  // primal that calls a generated gradient (reentrancy)
  const syncing = new Set([...statements(fn.body)].flatMap((s) =>
    s.kind === 'call' && s.callee.specifier !== 'tsgrad/runtime'
      ? [s.callee.name, `${s.callee.name}_vjp`, vjpCalled(s), splitForwardName(s.callee.name), splitReverseName(s.callee.name)] : []));
  // a function that may throw gives the tape's top back as it found it when it does
  // (split mode's g_fwd runs g: it throws where g does)
  const throwing = new Set([...statements(fn.body)].flatMap((s) => (s.kind === 'call' && s.callee.mayThrow ? [s.callee.name, splitForwardName(s.callee.name)] : [])));
  const throws = throwing.size > 0 || [...statements(fn.body)].some((s) => s.kind === 'throw');
  // (split mode's g_fwd pushes, g_rev pops: the top moves)
  const moving = new Set([...statements(fn.body)].flatMap((s) => (s.kind === 'call' ? [splitForwardName(s.callee.name), splitReverseName(s.callee.name)] : [])));
  // (the adjoint arrays, which jam.ts may reorder additions into: no two names of them are one array)
  const adjointArrays = backward.dynamicArrays ? new Set<string>()
    : new Set(fn.vars.filter((v) => v.type === 'f64[]' && active.has(v)).map((v) => backward.adjoint(v)));
  const tangentBody = unrollShortLoops(localStack(promoteAccumulators(body, backward.names), {
    syncs: (c) => syncing.has(c),
    moves: (c) => moving.has(c),
    ...(throws ? { unwind: { entryTop: backward.names.fresh('entryTop', true), entryRefs: backward.names.fresh('entryRefs', true), throws: (c: string) => throwing.has(c) } } : {}),
  }));
  const code = addEarly(skipZeroSeeds(jamRows(tangentBody, adjointArrays, backward.names)), adjointArrays);

  // g_fwd and g_rev, for callers that call it in split mode
  // (with @checkpoint loops, the sweeps as checkpoint.ts left them: g_fwd runs each loop
  // untaped, its state in the snapshots of a schedule it hands g_rev, which reverses the loop)
  const sweeps = checkpointed.length === 0 ? unfused : fusedLoop.length === 0 ? { forward, reverse } : undefined;
  const cut = options.splitForms && sweeps ? splitForms(fn, {
    forward: sweeps.forward,
    reverse: [...setup, ...backward.callSites, ...sweeps.reverse, ...finish],
    value: fn.result && atomExpr(fn.result),
    shadows: new Set(record.shadows.values()),
    adjointsReadEarly: early.length > 0,
  }) : undefined;
  const splitNames = backward.names.clone();
  // (g_fwd, which throws where g does, gives the tape back as it found it then, as g_vjp does)
  const lowered = (stmts: readonly TStmt[], unwind: boolean) => unrollShortLoops(localStack(promoteAccumulators([...stmts], splitNames), {
    syncs: (c) => syncing.has(c), moves: (c) => moving.has(c),
    ...(unwind ? { unwind: { entryTop: splitNames.fresh('entryTop', true), entryRefs: splitNames.fresh('entryRefs', true), throws: (c: string) => throwing.has(c) } } : {}),
  }));
  const tangentSplit = cut && { forward: lowered(cut.forward, throws), reverse: lowered(cut.reverse, false) };
  const split = tangentSplit && {
    forward: addEarly(skipZeroSeeds(jamRows(tangentSplit.forward, adjointArrays, splitNames)), adjointArrays),
    reverse: addEarly(skipZeroSeeds(jamRows(tangentSplit.reverse, adjointArrays, splitNames)), adjointArrays),
  };

  const primal = fn.exported ? undefined : new ForwardSweep(fn, emptyPlan(new Set())).primal();
  const cleared = gradParams.filter((p) => fn.writes.includes(p.v) && active.has(p.v));
  const contractTop = new Names(new Set(fn.params.map((p) => p.v.name))).fresh('entryTop', true);
  const contractBody = fn.exported && fn.returnsNumber && fn.writes.length > 0
    ? localStack(contractVjp(fn, cleared), {
      syncs: (c) => c === inOutVjpName(fn.name),
      // (an exception in f_vjpInOut, which has added nothing yet, gives adj back what was set aside)
      ...(throws ? { unwind: { entryTop: contractTop, throws: (c: string) => c === inOutVjpName(fn.name), restore: setAsideBack(cleared, contractTop) } } : {}),
    })
    : undefined;
  return {
    name: fn.name, params: fn.params, gradParams, body: code, tangentBody, ...(tangentSplit ? { tangentSplit } : {}), exported: fn.exported, returnsNumber: fn.returnsNumber,
    ...(fn.absent ? { absent: fn.absent.value } : {}),
    ...(fn.tables ? { tables: fn.tables } : {}),
    ...(primal ? { primal } : {}),
    ...(contractBody ? { contractBody } : {}),
    loc: fn.loc,
    ...(split ? { split } : {}),
    splitCallees: splitCallees(record),
    writtenParams: fn.params.filter((p) => isArrayType(p.v.type) && fn.writes.includes(p.v)),
    imports: importsOf(fn, [...code, ...(primal ?? []), ...(contractBody ?? []), ...(split ? [...split.forward, ...split.reverse] : [])]),
  };
}

/**
 * The private copy of a test of the project that the generated code calls as it is (not
 * inlined: recursive, tagged @noinline, or long; link/plan.ts's `primals`): its code, with no
 * derivative, since what it returns is a boolean.
 */
export function primalCopy(fn: Func): AdjointFunction {
  const primal = new ForwardSweep(fn, emptyPlan(new Set())).primal();
  return {
    name: fn.name, params: fn.params, gradParams: [], body: [], tangentBody: [], exported: false, returnsNumber: false, primal, primalOnly: true,
    ...(fn.tables ? { tables: fn.tables } : {}),
    loc: fn.loc, splitCallees: [], writtenParams: [], imports: importsOf(fn, primal),
  };
}

/**
 * The contract's `f_vjp` of a function that writes array parameters, around `f_vjpInOut`. The
 * adjoints the caller has in adj for the arrays f writes (`cleared`) are not those of what f
 * leaves in them, which its result does not read: they are set aside on the tape, and adj's
 * entries zeroed, while f_vjpInOut runs, then added back. The arrays f only writes, which
 * f_vjpInOut leaves written (its callers restore them), are saved and restored around it.
 */
function contractVjp(fn: Func, cleared: readonly Param[]): TStmt[] {
  const names = new Names(new Set(fn.params.map((p) => p.v.name)));
  const result = names.fresh('result', true);
  const i = names.fresh('i', true);
  const adjOf = (p: Param) => member(name('adj'), p.key);
  const inner = call(inOutVjpName(fn.name), ...fn.params.map((p) => name(p.v.name)), name('adj'), name('seed'));
  const list = (vs: readonly string[]) => vs.join(', ');
  const only = fn.pureOutputs.map((v) => v.name);
  return [
    ...(cleared.length > 0 ? [{
      k: 'comment',
      text: `what ${fn.name} leaves in ${list(cleared.map((p) => p.v.name))} is not its result (adjoint zero): the caller's ${list(cleared.map((p) => `adj.${p.key}`))} set aside meanwhile`,
    } as TStmt] : []),
    ...cleared.flatMap((p): TStmt[] => [{ k: 'expr', e: tape('pushArray', adjOf(p)) }, { k: 'expr', e: call('.fill', adjOf(p), num(0)) }]),
    ...(only.length > 0 ? [{ k: 'comment', text: `${inOutVjpName(fn.name)} leaves ${list(only)} written, as ${fn.name} does: restored after it` } as TStmt] : []),
    ...fn.pureOutputs.map((v): TStmt => ({ k: 'expr', e: tape('pushArray', name(v.name)) })),
    { k: 'decl', kind: 'const', name: result, init: inner },
    ...[...fn.pureOutputs].reverse().map((v): TStmt => ({ k: 'expr', e: tape('popArray', name(v.name)) })),
    ...[...cleared].reverse().map((p): TStmt => ({
      k: 'for', init: { k: 'decl', kind: 'let', name: i, init: sub(member(adjOf(p), 'length'), num(1)) },
      test: bin('>=', name(i), num(0)), update: update(i, '-=', 1),
      body: [{ k: 'assign', target: index(adjOf(p), name(i)), op: '+=', value: tape('pop') }],
    })),
    { k: 'return', e: name(result) },
  ];
}

/** `adj.a.set(tape.values.subarray(from, from + adj.a.length))` for each array contractVjp set aside, in order, from `entryTop`. */
function setAsideBack(cleared: readonly Param[], entryTop: string): TStmt[] {
  let from: TExpr = name(entryTop);
  return cleared.map((p): TStmt => {
    const length = member(member(name('adj'), p.key), 'length');
    const to = bin('+', from, length);
    const s: TStmt = { k: 'expr', e: call(`adj.${p.key}.set`, tape('slice', from, to)) };
    from = to;
    return s;
  });
}

/** What the generated code of `fn` imports: runtime helpers, and callees' functions and vjps. */
export function importsOf(fn: Func, code: readonly TStmt[]): Import[] {
  const used = new Set(calls(code));
  if (readsOf(code).has('tape')) used.add('tape');
  const out: Import[] = [];
  for (const r of runtimeHelpers) if ([...used].some((c) => c === r || c.startsWith(`${r}.`))) out.push({ name: r, from: 'runtime' });
  for (const s of statements(fn.body)) {
    if (s.kind !== 'call') continue;
    const { callee } = s;
    const spec = callee.specifier;
    for (const [n, generated] of [[callee.name, false], [`${callee.name}_vjp`, callee.vjp === 'generated'], [inOutVjpName(callee.name), true],
      [splitForwardName(callee.name), true], [splitReverseName(callee.name), true]] as const) {
      if (!used.has(n)) continue;
      // a derivative the user registered for a package's function, in a module of theirs
      if (n !== callee.name && callee.vjpRuntime) out.push({ name: n, from: 'runtime' });
      else if (n !== callee.name && callee.vjpFile) out.push({ name: n, from: { specifier: './', file: callee.vjpFile, generated: false } });
      else if (spec) out.push({ name: n, from: { specifier: spec, file: callee.file, generated }, ...(n === callee.name && callee.importDefault ? { default: true } : {}) });
      else if (!generated && callee.exported) out.push({ name: n, from: 'source' });
    }
  }
  return out;
}

/** The decisions of a plan that change what the reverse sweep reads (analyze/reverse-reads.ts). */
const planInput = (plan: TapePlan): PlanInput => ({ saved: plan.overwrites, restoredVars: plan.restoredVars, snapshotVars: plan.snapshotVars, snapshots: plan.snapshots });
