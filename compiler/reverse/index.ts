/**
 * Reverse mode: from a function's trace and its activity, the body of its vector-Jacobian
 * product `f_vjp(...params, adj, seed)`: forward sweep, reverse sweep, accumulation into adj.
 *
 * reverseFunction is a pipeline of phases, each with its own type at the boundary:
 *
 *   trace + activity
 *     → hoistInvariants (invariants.ts)  the trace with loops' invariant costly values computed before them
 *     → planTape (planning.ts)      PlannedTape: TapePlan (TBR's saves, snapshots, counters) + ReverseReads
 *     → recordPlan (record.ts)      TapeRecord: what the forward sweep pushes and declares
 *     → buildSweeps (sweeps.ts)     Sweeps: forward and backward sweep, each built once; fusion, checkpoints
 *     → assembleVjp (assemble.ts)   VjpBody: f_vjp's body, adjoint declarations around the sweeps
 *     → lowerVjp (lower.ts)         Lowered: tape discipline and zero-skipping rewrites; g_fwd, g_rev
 *     → AdjointFunction
 *
 * Plan and record are analyses of the trace, made before any code is built; the sweeps read
 * them and write neither.
 */
import { type Func, type Loc, type Param, type Stmt, type Table, type Var, isArrayType } from '../ir/types.js';
import { ADJ, SEED, type Callee, type FnForm, type LocalVar, type TExpr, type TStmt, bin, call, declare, fnCallee, index, member, methodCall, num, ref, sub, tape, update, use } from '../ir/target.js';
import { ForwardSweep } from './forward.js';
import { type CallMode, type TapeRecord, emptyPlan } from './plan.js';
import { recordPlan } from './record.js';
import { calleesIn, readsOf, runtimeUsed } from './refs.js';
import { localStack } from './stack.js';
import type { CheckpointOptions } from './checkpoint.js';
import { Names, formName, inOutVjpName, runtimeHelpers } from '../ir/names.js';
import { splitCallees } from './split.js';
import { arrayAliases, statements } from '../ir/walk.js';
import { planTape } from './planning.js';
import { exitGuardCandidates, guardExits } from './exit-only.js';
import type { ReverseReads } from '../analyze/reverse-reads.js';
import { hoistInvariants } from './invariants.js';
import { buildSweeps } from './sweeps.js';
import { type VjpBody, assembleVjp } from './assemble.js';
import { type Lowered, type TapeUse, lowerVjp, tapeUse } from './lower.js';

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
  /** The indices of the array parameters whose elements its reverse sweep reads (program.ts checks SplitOptions' assumptions against it). */
  readonly revReadsElements?: ReadonlySet<number>;
  /** The key of the one number the result depends on, when `body` computes the gradient in forward mode (forward/vjp.ts). */
  readonly forwardInput?: string;
}

/** How calls are differentiated (split.ts): each call's mode, and whether to cut this function's vjp in two for its callers. */
export interface SplitOptions {
  readonly callModes?: ReadonlyMap<Stmt, CallMode>;
  readonly splitForms?: boolean;
  /**
   * The array parameters of each function whose elements its `g_rev` is assumed to read none of
   * (analyze/reverse-reads.ts SplitUnread; program.ts checks the assumption against each
   * function's `revReadsElements` and drops what fails): of this function's callees in split
   * mode, and of this function's own split forms.
   */
  readonly splitUnread?: (callee: { readonly name: string; readonly file: string }, i: number) => boolean;
  readonly ownUnread?: ReadonlySet<number>;
}

/**
 * The vjp of `fn`: a pipeline of phases, each a function of the ones before, none changing
 * what an earlier one returned.
 */
export function reverseFunction(source: Func, active: ReadonlySet<Var>, options: CheckpointOptions & SplitOptions = {}): AdjointFunction {
  // 0. loops' invariant costly values computed once, before them (invariants.ts)
  const hoisted = hoistInvariants(source);
  // 1. plan: which values the tape keeps, and what the reverse sweep reads under that (planning.ts)
  // 2. record: what the forward sweep records and declares for the reverse sweep (record.ts)
  // (a while loop's scan rewritten where that makes its reverse the exit's alone: exit-only.ts)
  const { fn, planned, record } = withExitGuards(hoisted, (f) => {
    const p = planTape(f, active, options.callModes ?? new Map(), options.splitUnread);
    return { fn: f, planned: p, record: recordPlan(f, active, p.plan, p.reads, p.names) };
  });
  // 3. sweeps: each built once from plan and record; a final loop fused, @checkpoint loops scheduled (sweeps.ts)
  const sweeps = buildSweeps(fn, active, planned, record, options);
  // 4. assemble: f_vjp's body around the sweeps (assemble.ts)
  const vjp = assembleVjp(fn, active, planned, sweeps);
  // 5. lower: tape discipline and rewrites on the target code; g_fwd and g_rev cut (lower.ts)
  const use = tapeUse(fn);
  const lowered = lowerVjp(fn, active, record, sweeps, vjp, use, options.splitForms === true, new Set(planned.plan.counters?.flags.values()), options.ownUnread);
  // 6. the module's other code for fn: its private primal, the contract's f_vjp, imports
  return { ...adjointFunction(fn, active, record, vjp, lowered, use), revReadsElements: elementsRead(fn, planned.reads) };
}

/**
 * Of `fn` planned and recorded by `plan`, the one with its while loops' exit tests guarded
 * (exit-only.ts guardExits) where that makes each such loop's reverse that of its exit alone:
 * kept only for those loops (tried again with them alone where some were not), each plan made
 * on the function it is the plan of.
 */
function withExitGuards<T extends { fn: Func; record: TapeRecord }>(fn: Func, plan: (fn: Func) => T): T {
  const before = plan(fn);
  let only = new Set([...exitGuardCandidates(fn)].filter((s) => !before.record.counted.get(s)?.exitOnly));
  for (let attempt = 0; attempt < 2 && only.size > 0; attempt++) {
    const guarded = guardExits(fn, only);
    const trial = plan(guarded.fn);
    const proven = new Set([...guarded.loops].flatMap(([now, was]) => (trial.record.counted.get(now)?.exitOnly ? [was] : [])));
    if (proven.size === only.size) return trial;
    only = proven;
  }
  return before;
}

/** The array parameters of `fn` whose elements (or those of a name for the same array) its reverse sweep reads. */
function elementsRead(fn: Func, reads: ReverseReads): Set<number> {
  const aliases = arrayAliases(fn.body);
  return new Set(fn.params.flatMap((p, i) => (isArrayType(p.v.type) && [...aliases.get(p.v) ?? [p.v]].some((v) => (reads.elementReaders.get(v)?.size ?? 0) > 0) ? [i] : [])));
}

/** The adjoint function of `fn` with its lowered vjp: the private primal, the contract's f_vjp where f writes arrays, the imports. */
function adjointFunction(fn: Func, active: ReadonlySet<Var>, record: TapeRecord, vjp: VjpBody, lowered: Lowered, use: TapeUse): AdjointFunction {
  const { body: code, tangentBody, split, tangentSplit } = lowered;
  const { gradParams } = vjp;
  const primal = fn.exported ? undefined : new ForwardSweep(fn, emptyPlan(new Set())).primal();
  const cleared = gradParams.filter((p) => fn.writes.includes(p.v) && active.has(p.v));
  const contractNames = new Names(new Set(fn.params.map((p) => p.v.name)));
  const contractTop = contractNames.local('entryTop', 'int');
  const contractBody = fn.exported && fn.returnsNumber && fn.writes.length > 0
    ? localStack(contractVjp(fn, cleared), {
      syncs: (c) => c.k === 'fn' && c.name === fn.name && c.form === 'vjpInOut',
      // (an exception in f_vjpInOut, which has added nothing yet, gives adj back what was set aside)
      ...(use.throws ? { unwind: { entryTop: contractTop, caught: contractNames.local('error', 'caught'), throws: (c: Callee) => c.k === 'fn' && c.name === fn.name && c.form === 'vjpInOut', restore: setAsideBack(cleared, contractTop) } } : {}),
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
  const result = names.local('result', 'result');
  const i = names.local('i', 'int');
  const adjOf = (p: Param) => member(ref(ADJ), p.key);
  const inner = call(fnCallee(fn.name, 'vjpInOut'), ...fn.params.map((p) => use(p.v)), ref(ADJ), ref(SEED));
  const list = (vs: readonly string[]) => vs.join(', ');
  const only = fn.pureOutputs.map((v) => v.name);
  return [
    ...(cleared.length > 0 ? [{
      k: 'comment',
      text: `what ${fn.name} leaves in ${list(cleared.map((p) => p.v.name))} is not its result (adjoint zero): the caller's ${list(cleared.map((p) => `adj.${p.key}`))} set aside meanwhile`,
    } as TStmt] : []),
    ...cleared.flatMap((p): TStmt[] => [{ k: 'expr', e: tape('pushArray', adjOf(p)) }, { k: 'expr', e: methodCall('fill', adjOf(p), num(0)) }]),
    ...(only.length > 0 ? [{ k: 'comment', text: `${inOutVjpName(fn.name)} leaves ${list(only)} written, as ${fn.name} does: restored after it` } as TStmt] : []),
    ...fn.pureOutputs.map((v): TStmt => ({ k: 'expr', e: tape('pushArray', use(v)) })),
    declare('const', result, inner),
    ...[...fn.pureOutputs].reverse().map((v): TStmt => ({ k: 'expr', e: tape('popArray', use(v)) })),
    ...[...cleared].reverse().map((p): TStmt => ({
      k: 'for', init: declare('let', i, sub(member(adjOf(p), 'length'), num(1))),
      test: bin('>=', ref(i), num(0)), update: update(i, '-=', 1),
      body: [{ k: 'assign', target: index(adjOf(p), ref(i)), op: '+=', value: tape('pop') }],
    })),
    { k: 'return', e: ref(result) },
  ];
}

/** `adj.a.set(tape.values.subarray(from, from + adj.a.length))` for each array contractVjp set aside, in order, from `entryTop`. */
function setAsideBack(cleared: readonly Param[], entryTop: LocalVar): TStmt[] {
  let from: TExpr = ref(entryTop);
  return cleared.map((p): TStmt => {
    const length = member(member(ref(ADJ), p.key), 'length');
    const to = bin('+', from, length);
    const s: TStmt = { k: 'expr', e: methodCall('set', member(ref(ADJ), p.key), tape('slice', from, to)) };
    from = to;
    return s;
  });
}

/** What the generated code of `fn` imports: runtime helpers, and callees' functions and vjps. */
export function importsOf(fn: Func, code: readonly TStmt[]): Import[] {
  const used = runtimeUsed(code);
  if (readsOf(code).has('tape')) used.add('tape');
  // (the forms of the program's functions called, by function)
  const forms = new Map<string, Set<FnForm>>();
  for (const c of calleesIn(code)) if (c.k === 'fn' && !c.d) forms.set(c.name, (forms.get(c.name) ?? new Set()).add(c.form));
  const out: Import[] = [];
  for (const r of runtimeHelpers) if (used.has(r)) out.push({ name: r, from: 'runtime' });
  for (const s of statements(fn.body)) {
    if (s.kind !== 'call') continue;
    const { callee } = s;
    const spec = callee.specifier;
    for (const [form, generated] of [['primal', false], ['vjp', callee.vjp === 'generated'], ['vjpInOut', true], ['fwd', true], ['rev', true]] as const) {
      if (!forms.get(callee.name)?.has(form)) continue;
      const n = formName(callee.name, form);
      // (a default export called as it is: `import sourceDefault from …`, formName)
      const byDefault = (n === callee.name && callee.importDefault === true) || (form === 'primal' && callee.name === 'default');
      // a derivative the user registered for a package's function, in a module of theirs
      if (n !== callee.name && callee.vjpRuntime) out.push({ name: n, from: 'runtime' });
      else if (n !== callee.name && callee.vjpFile) out.push({ name: n, from: { specifier: './', file: callee.vjpFile, generated: false } });
      else if (spec) out.push({ name: n, from: { specifier: spec, file: callee.file, generated }, ...(byDefault ? { default: true } : {}) });
      else if (!generated && callee.exported) out.push({ name: n, from: 'source', ...(byDefault ? { default: true } : {}) });
    }
  }
  return out;
}
