/**
 * Second order: `f_hvp(...params, v)`, the gradient and the Hessian times `v`, by
 * forward-over-reverse: the tangent transformation of the *generated* reverse code (the body of
 * `f_vjp`, target IR), not of the source. Each assignment gets a tangent assignment beside it
 * (`x_b_d = …`), built from the rules table's partials (a `Math.f` call of the target code is
 * the row whose value is that call); the tape gets a tangent tape indexed by the same `top`
 * (`stack_d[top] = t_d` beside `stack[top++] = t`), adjoint arrays get tangent arrays, and
 * `adj` gets `adj_d`, which is the result's `hvp`.
 *
 * What is differentiated is code over names without types, so which names carry tangents is a
 * small flow-insensitive analysis here (`activeNames`): the parameters along `v` and `adj` are
 * active, and a name is active when something active flows into it by arithmetic, a load, a
 * store or a rebinding. Over-approximating only costs zero tangents.
 *
 * Calls that stay calls are differentiated through the callee's own second-order forms, the
 * same transformation of its generated code (`secondOrderFunction`): `g(…)` gets its tangent
 * from `g_jvp`, `g_vjp(…, adj, seed)` becomes `g_vjp_d(…, tangent, adj, adj_d, seed, seed_d)`
 * (as the runtime's kernels' `k_vjp_d`), split mode's `g_fwd` and `g_rev` become `g_fwd_d` and
 * `g_rev_d`, which push and pop the tangent tape beside the tape (second/program.ts decides
 * which forms each module needs).
 *
 * A loop marked @checkpoint keeps its schedule (revolve's actions are control, not values):
 * its snapshots get rows of tangents beside them (runtime's `snapshotTangents`), as the tape
 * gets the tangent tape, so that the state a snapshot gives back comes with its tangents.
 *
 * Whatever this cannot differentiate (a registered derivative, a runtime kernel without a
 * second-order form) refuses the whole function (NoHvp): it then gets no f_hvp, and an
 * informational TSG2005 says why.
 */
import type { AdjointFunction, Import } from '../reverse/index.js';
import {
  type TExpr, type TStmt, add, bin, call, cond, eachExpr, index, isRuntime, isTape, mapChildren, member, name, namesIn, num, ownExprs, runtime, someExpr, tape,
} from '../ir/target.js';
import { type Rule, rules } from '../rules/table.js';
import { times } from '../forward/sweep.js';
import { TOP } from '../reverse/stack.js';
import { inOutVjpName, splitForwardName, splitReverseName } from '../ir/names.js';

/** Why a function gets no hvp, in the user's words, and what to write instead. */
export class NoHvp extends Error {
  constructor(readonly why: string, readonly hint: string) {
    super(why);
  }
}

/**
 * Which code is differentiated: `hvp`, f_vjp's body as `f_hvp` (returning `{ value, grad, hvp }`);
 * the others are the forms callers' second-order code calls: `vjp` (`f_vjp_d`), `vjpInOut`
 * (`f_vjpInOut_d`), `fwd` (`f_fwd_d`, returning `{ value, tangent }`), `rev` (`f_rev_d`).
 */
export type SecondForm = 'hvp' | 'vjp' | 'vjpInOut' | 'fwd' | 'rev';

/** A generated callee's function as f's code calls it (`g`, `g_vjp`, `g_vjpInOut`, `g_fwd`, `g_rev`). */
export interface GeneratedCall {
  readonly kind: 'generated';
  /** The callee's key in the program (compiler/index.ts). */
  readonly key: string;
  readonly callee: string;
  readonly form: 'primal' | Exclude<SecondForm, 'hvp'>;
  /** The callee's parameters' keys in its `adj` (a string parameter has none). */
  readonly params: readonly { readonly key: string; readonly string?: true }[];
  /** The indices of the array parameters it writes. */
  readonly writes: readonly number[];
  /** Where its generated module is, for a callee of another module (undefined: this one). */
  readonly from?: Import['from'];
}

/** What a name that f's code calls is, beyond Math, the tape and the runtime's kernels. */
export type CalledName = GeneratedCall | { readonly kind: 'registered'; readonly callee: string };

/** A second-order form another one calls: the callee's key and form (`jvp`: its forward mode, which f_jvp gives). */
export interface SecondNeed {
  readonly key: string;
  readonly callee: string;
  readonly form: 'jvp' | Exclude<SecondForm, 'hvp'>;
}

/** The second-order IR of one function in one form (`f_hvp`'s body, or `f_vjp_d`'s, …). */
export interface HvpFunction {
  readonly name: string;
  readonly form: SecondForm;
  /** The direction parameter's name (`v` of f_hvp, `tangent` of the others, unless the source uses that name). */
  readonly directionParam: string;
  /** The tangents of `adj` and `seed`, parameters of the vjp forms. */
  readonly adjTangent: string;
  readonly seedTangent: string;
  readonly body: readonly TStmt[];
  readonly imports: readonly Import[];
  /** The callees' forms it calls. */
  readonly needs: readonly SecondNeed[];
}

export interface SecondOptions {
  readonly form?: SecondForm;
  /** The parameters f writes (f_hvp: their tangents are copies of v's, which f_hvp leaves as it found them). */
  readonly written?: ReadonlySet<string>;
  /** f_hvp: those it only writes, which f_vjp's body leaves written: f_hvp sets them back on return, so that it leaves every argument as f_grad does. */
  readonly restored?: readonly string[];
  /** The generated functions and registered derivatives its code calls, by the names it calls them. */
  readonly calls?: ReadonlyMap<string, CalledName>;
}

type Smooth = Rule & { kind: 'smooth' };
/** The rules table by the callee of its value (`Math.exp` → exp) and by binary operator (`*` → mul). */
const byCallee = new Map<string, Smooth>();
const zeroCallees = new Set<string>();
const byOp = new Map<string, Smooth>();
for (const r of Object.values(rules) as Rule[]) {
  const probe = r.eval([name('$a'), name('$b')]);
  if (r.kind === 'smooth' && probe.k === 'call') byCallee.set(probe.callee, r);
  if (r.kind === 'smooth' && probe.k === 'bin') byOp.set(probe.op, r);
  if (r.kind === 'zero' && probe.k === 'call') zeroCallees.add(probe.callee);
}
// (a power of two, piecewise constant: withHighWord's partial)
zeroCallees.add('f64WithHighWordScale');
// (a loop's trip count, for a checkpointed loop's schedule: an integer)
zeroCallees.add('tripCount');
const arithmetic = new Set(['+', '-', '*', '/', '%', '**']);
const OUT = '$out';

/**
 * The kernels of tsgrad/runtime with second-order forms (runtime/second.ts): their parameters'
 * keys, and those they write. A call `k(…)` gets its tangent from `k_jvp`, a call `k_vjp(…)`
 * becomes `k_vjp_d(…, tangent, adj, adj_d, seed, seed_d)`.
 */
const kernels: ReadonlyMap<string, { keys: readonly string[]; writes: readonly string[] }> = new Map([
  ['sum', { keys: ['a'], writes: [] }],
  ['dot', { keys: ['a', 'b'], writes: [] }],
  ['logsumexp', { keys: ['a'], writes: [] }],
  ['sigmoid', { keys: ['x'], writes: [] }],
  ['softmax', { keys: ['a', 'out'], writes: ['out'] }],
  ['matvec', { keys: ['A', 'x', 'out'], writes: ['out'] }],
  ['matmul', { keys: ['A', 'B', 'm', 'k', 'n', 'out'], writes: ['out'] }],
]);

/** Calls on arrays whose tangent is the same call on the tangent array. */
const arrayMethods = new Set(['fill', 'set', 'subarray', 'push']);

/** Names an expression reads (ir/target.ts's `namesIn`). */
const namesOf = namesIn;

/** Whether `e` holds a prefix update (`--top`, `prefix`) or a postfix one (`top++`). */
const hasUpdate = (e: TExpr, prefix: boolean): boolean => someExpr(e, (x) => x.k === 'update' && !!x.prefix === prefix);

/** `e` with its updates (`top++`, `--top`) read as the variable (the tangent reads the slot the primal used). */
const withoutUpdates = (e: TExpr): TExpr => (e.k === 'update' ? name(e.name) : mapChildren(e, withoutUpdates));

/** Every statement, nested ones included, with whether it is a `for` loop's initializer. */
function* walk(code: readonly TStmt[], forInit = false): Generator<{ s: TStmt; forInit: boolean }> {
  for (const s of code) {
    yield { s, forInit };
    switch (s.k) {
      case 'if': yield* walk(s.then); yield* walk(s.else); break;
      case 'for': yield* walk([s.init], true); yield* walk(s.body); break;
      case 'while': case 'loop': case 'block': yield* walk(s.body); break;
      case 'try': yield* walk(s.body); yield* walk(s.handler); break;
    }
  }
}

/** The array variable a method call works on (`a.fill` → a), or undefined. */
function methodTarget(callee: string, args: readonly TExpr[]): { object: TExpr; method: string; args: readonly TExpr[] } | undefined {
  if (callee.startsWith('.')) return arrayMethods.has(callee.slice(1)) ? { object: args[0]!, method: callee.slice(1), args: args.slice(1) } : undefined;
  const m = /^([\w$]+(?:\.[\w$]+)*)\.(\w+)$/.exec(callee);
  if (!m || !arrayMethods.has(m[2]!) || m[1] === 'Math') return undefined;
  const parts = m[1]!.split('.');
  let object: TExpr = name(parts[0]!);
  for (const p of parts.slice(1)) object = member(object, p);
  return { object, method: m[2]!, args };
}

/**
 * What the generated code's own helpers do, in the user's terms, so that a note about the code
 * tsgrad generated never names them (trial21: "it calls 'f64Zeros', a function of tsgrad/runtime",
 * for a function that wrote `new Float64Array(n)` and swapped arrays).
 */
const ownHelperTerms: ReadonlyMap<string, string> = new Map([
  ['f64Zeros', 'allocates the zeroed adjoint of an array the function creates (new Float64Array(n)) or rebinds'],
  ['listZeros', 'allocates the zeroed adjoint of an array the function builds with push'],
  ['sink', 'discards a result of a call it makes for its effect'],
  ['adjointOf', 'keeps the adjoint of an array the function rebinds'],
  ['restore', 'restores the elements of an array the function overwrites'],
  ['tape', 'records values for the reverse sweep'],
  ['tapeTangents', 'records values for the reverse sweep'],
  ['revolve', 'schedules the checkpoints of a @checkpoint loop'],
  ['tripCount', 'schedules the checkpoints of a @checkpoint loop'],
  ['snapshotTangents', 'saves the snapshots of a @checkpoint loop'],
  ['saveArray', 'saves the snapshots of a @checkpoint loop'],
  ['denseHessian', 'assembles the Hessian'],
  ...['f64HighWord', 'f64LowWord', 'f64WithHighWord', 'f64WithLowWord', 'f64FromWords', 'f64WithHighWordScale', 'f64Ldexp', 'f64CopySign']
    .map((n) => [n, 'reads or sets the bits of a float (as getHighWord, setHighWord, ldexp or copysign of @stdlib do)'] as [string, string]),
]);

/**
 * A call of the generated code that is not one the user wrote, in the user's terms (`… allocates
 * the zeroed adjoint of an array …`); undefined for a call of the user's (a function of theirs, a
 * runtime kernel they import, `Math.exp`). A method called on a generated variable (`v_b.fill`) is
 * described by the method alone.
 */
export function ownCallInUserTerms(callee: string): string | undefined {
  const head = callee.split('.')[0]!;
  const terms = ownHelperTerms.get(head);
  if (terms !== undefined) return terms;
  const method = /^([\w$]+)\.(\w+)$/.exec(callee);
  if (method && /_[bd]$/.test(method[1]!)) return `calls the array method '.${method[2]}' on an adjoint or tangent array`;
  return undefined;
}

/** The variable an array expression is of (`x` of `x[i]`, `x.subarray(…)`, and of its adjoint `adjointOf(x)`). */
const baseName = (e: TExpr): string | undefined =>
  e.k === 'name' ? e.name : e.k === 'member' || e.k === 'index' ? baseName(e.k === 'member' ? e.object : e.array)
  : (e.k === 'call' && e.callee === '.subarray') || isRuntime(e, 'adjointOf') ? baseName((e as TExpr & { args: readonly TExpr[] }).args[0]!) : undefined;

/** f_hvp: the tangent of f_vjp's body along v (see SecondOptions). */
export function hvpFunction(f: AdjointFunction, written: ReadonlySet<string> = new Set(), restored: readonly string[] = [], calls: ReadonlyMap<string, CalledName> = new Map()): HvpFunction {
  return secondOrderFunction(f, { form: 'hvp', written, restored, calls });
}

/** The code a form differentiates: f_vjp's body, the contract's f_vjp, or split mode's halves. */
function formBody(f: AdjointFunction, form: SecondForm): readonly TStmt[] {
  switch (form) {
    case 'hvp': case 'vjpInOut': return f.body;
    case 'vjp': return f.contractBody ?? f.body;
    case 'fwd': case 'rev': {
      if (!f.split) throw new Error(`'${f.name}' has no split forms`);
      return form === 'fwd' ? f.split.forward : f.split.reverse;
    }
  }
}

/** The tangent transformation of one of f's generated functions (`form`: which; see SecondForm). */
export function secondOrderFunction(f: AdjointFunction, options: SecondOptions = {}): HvpFunction {
  const form = options.form ?? 'hvp';
  const written = options.written ?? new Set<string>();
  const restored = form === 'hvp' ? options.restored ?? [] : [];
  const body = formBody(f, form);
  const taken = new Set<string>(['adj', 'seed', 'grad', 'hvp', 'value', 'tape', 'restore', 'saveArray', 'tapeTangents', 'snapshotTangents', 'denseHessian', 'stack', 'top', ...f.params.map((p) => p.v.name)]);
  for (const { s } of walk(body)) {
    if (s.k === 'decl') taken.add(s.name);
    if (s.k === 'try') taken.add(s.param);
    for (const e of exprsOf(s)) for (const n of namesOf(e)) taken.add(n.split('.')[0]!);
  }
  const fresh = (base: string) => {
    let n = base;
    for (let i = 1; taken.has(n); i++) n = `${base}${i}`;
    taken.add(n);
    return n;
  };
  const directionParam = fresh(form === 'hvp' ? 'v' : 'tangent');
  // (a copy of each array f only writes, put back on return: as f_grad, f_hvp leaves it as found; not on a throw, as f_grad)
  const kept = new Map(restored.map((n) => [n, fresh(`${n}_kept`)]));
  const builder = new Builder(f, body, fresh, form, options.calls ?? new Map(), [...kept]);
  const code = builder.stmts(body);
  const inputs: TStmt[] = [];
  for (const p of f.params) {
    if (!builder.active.has(p.v.name)) continue;
    // (zeroed arrays from the runtime's pool: `new Float64Array(n)` of more than 8 elements costs an ArrayBuffer, ~400 ns)
    const zero: TExpr = p.v.type === 'f64[]' ? runtime('f64Zeros', member(name(p.v.name), 'length')) : num(0);
    const given = member(name(directionParam), p.key);
    // (f_hvp: f writes the array, and its tangent too, into a copy of v's; a caller's tangent array is written as the caller's array is)
    const init = !f.gradParams.includes(p) ? zero : form === 'hvp' && written.has(p.v.name) && p.v.type === 'f64[]' ? cond(given, call('.slice', given), zero) : bin('??', given, zero);
    inputs.push({ k: 'decl', kind: p.v.mutable ? 'let' : 'const', name: builder.tangent(p.v.name), init });
  }
  const adjTangent = builder.tangent('adj');
  const seedTangent = builder.tangent('seed');
  const imports0 = builder.imports;
  if (form !== 'hvp') {
    return { name: f.name, form, directionParam, adjTangent, seedTangent, body: [...inputs, ...code], imports: [...importsOf([...inputs, ...code]), ...imports0], needs: builder.needs };
  }
  const zeros = (): TExpr => ({ k: 'object', fields: f.gradParams.map((p) => [p.key, p.v.type === 'f64[]' ? runtime('f64Zeros', member(name(p.v.name), 'length')) : num(0)] as const) });
  const adjType = f.gradParams.length ? `{ ${f.gradParams.map((p) => `${p.key}: ${p.v.type === 'f64[]' ? 'Float64Array' : 'number'}`).join('; ')} }` : 'Record<string, never>';
  const setup: TStmt[] = [
    ...inputs,
    { k: 'decl', kind: 'const', name: 'adj', type: adjType, init: zeros() },
    { k: 'decl', kind: 'const', name: adjTangent, type: adjType, init: zeros() },
    { k: 'decl', kind: 'const', name: 'seed', init: num(1) },
    ...[...kept].map(([n, copy]): TStmt => ({ k: 'decl', kind: 'const', name: copy, init: call('Float64Array.from', name(n)) })),
  ];
  const imports: Import[] = [{ name: 'denseHessian', from: 'runtime' }, ...importsOf([...setup, ...code]), ...imports0];
  return { name: f.name, form, directionParam, adjTangent, seedTangent, body: [...setup, ...code], imports, needs: builder.needs };
}

/** The runtime's functions that second-order code calls. */
function importsOf(code: readonly TStmt[]): Import[] {
  const imports: Import[] = [];
  const used = new Set<string>();
  for (const { s } of walk(code)) for (const e of exprsOf(s)) collectCalls(e, used);
  for (const k of kernels.keys()) for (const n of [`${k}_jvp`, `${k}_vjp_d`]) if (used.has(n)) imports.push({ name: n, from: 'runtime' });
  for (const n of ['tape', 'restore', 'saveArray', 'tapeTangents', 'snapshotTangents', 'sink', ...kernels.keys(), 'f64Zeros', 'listZeros', 'f64HighWord', 'f64LowWord', 'f64WithHighWord', 'f64WithLowWord', 'f64FromWords', 'f64WithHighWordScale', 'f64Ldexp', 'f64CopySign']) {
    if (used.has(n)) imports.push({ name: n, from: 'runtime' });
  }
  return imports;
}

/** The names `e` calls or reads, each by its first part (`tape` for `tape.values`, `Math` for `Math.exp`). */
function collectCalls(e: TExpr, into: Set<string>): void {
  eachExpr(e, (x) => {
    if (x.k === 'call') into.add(x.callee.split('.')[0]!);
    if (x.k === 'runtime') into.add(x.fn);
    if (x.k === 'tape') into.add('tape');
    if (x.k === 'name' || x.k === 'update') into.add(x.name.split('.')[0]!);
  });
}

/** The expressions a statement holds itself (ir/target.ts's `ownExprs`). */
const exprsOf = ownExprs;

class Builder {
  readonly active = new Set<string>();
  private readonly tangents = new Map<string, string>();
  /** Names that hold the tape's buffer (`stack`). */
  private readonly stacks = new Set<string>();
  /** A checkpointed loop's schedule (`checkpoints = revolve()`), and the names of its snapshots' rows. */
  private readonly schedules = new Set<string>();
  private readonly rows = new Set<string>();

  /** The runtime's kernels this function calls (by the names it imports), and their vjps. */
  private readonly kernelCalls = new Map<string, { kernel: string; vjp: boolean }>();
  /** The generated callees' forms it calls (beside their imports, for another module's). */
  readonly needs: SecondNeed[] = [];
  readonly imports: Import[] = [];

  constructor(private readonly f: AdjointFunction, body: readonly TStmt[], private readonly fresh: (base: string) => string,
    private readonly form: SecondForm, private readonly calls: ReadonlyMap<string, CalledName>, private readonly restored: readonly (readonly [string, string])[] = []) {
    for (const i of f.imports) {
      if (i.from !== 'runtime' && (i.from === 'source' || i.from.specifier !== 'tsgrad/runtime')) continue;
      const kernel = i.name.replace(/_vjp$/, '');
      if (kernels.has(kernel)) this.kernelCalls.set(i.name, { kernel, vjp: i.name !== kernel });
    }
    this.analyze(body);
  }

  /** `{ a: a_d, … }`: the tangents of a kernel call's arguments, by the kernel's keys. */
  private kernelTangents(kernel: string, args: readonly TExpr[]): TExpr {
    const { keys } = kernels.get(kernel)!;
    const fields: (readonly [string, TExpr])[] = [];
    keys.forEach((key, i) => {
      const t = args[i] && this.dual(args[i]!, []).tangent;
      if (t) fields.push([key, t]);
    });
    return { k: 'object', fields };
  }

  /** Whether `callee` is a schedule's `snapshot` (`checkpoints.snapshot`), whose rows hold a checkpointed loop's state. */
  private snapshotOf(callee: string): string | undefined {
    const m = /^([\w$]+)\.snapshot$/.exec(callee);
    return m && this.schedules.has(m[1]!) ? m[1] : undefined;
  }

  /** The generated callee's form that `callee` names, if it names one. */
  private generated(callee: string): GeneratedCall | undefined {
    const c = this.calls.get(callee);
    return c?.kind === 'generated' ? c : undefined;
  }

  /** `{ x: x_d, … }`: the tangents of a generated callee's arguments, by its parameters' keys. */
  private calleeTangents(g: GeneratedCall, args: readonly TExpr[]): TExpr {
    const fields: (readonly [string, TExpr])[] = [];
    g.params.forEach((p, i) => {
      const t = !p.string && args[i] ? this.dual(args[i]!, []).tangent : undefined;
      if (t) fields.push([p.key, t]);
    });
    return { k: 'object', fields };
  }

  /** The name of a generated callee's form that second-order code calls (`g_jvp`, `g_vjp_d`, …), with its import and need recorded. */
  private use(g: GeneratedCall): string {
    const used = g.form === 'primal' ? `${g.callee}_jvp` : `${calledName(g)}_d`;
    this.needs.push({ key: g.key, callee: g.callee, form: g.form === 'primal' ? 'jvp' : g.form });
    if (g.from) this.imports.push({ name: used, from: g.from });
    return used;
  }

  /**
   * A call of a generated callee's `g` or `g_fwd` whose value `target` takes (a declaration
   * when `kind` is given): `const t_jvp = g_jvp(…, { x: x_d }); const t = t_jvp.value; const t_d = t_jvp.tangent;`.
   */
  private valueCall(g: GeneratedCall, e: TExpr & { k: 'call' }, target: string, kind: 'const' | 'let' | undefined, type: string | undefined): TStmt[] {
    const both = this.fresh(`${target}_${g.form === 'primal' ? 'jvp' : 'fd'}`);
    const d = call(this.use(g), ...e.args, this.calleeTangents(g, e.args));
    const typed = type ? { type } : {};
    const set = (n: string, value: TExpr): TStmt => kind ? { k: 'decl', kind, name: n, ...typed, init: value } : { k: 'assign', target: name(n), op: '=', value };
    return [
      { k: 'decl', kind: 'const', name: both, init: d },
      set(target, member(name(both), 'value')),
      ...(this.active.has(target) ? [set(this.tangent(target), member(name(both), 'tangent'))] : []),
    ];
  }

  /** `g_vjp(…, adj, seed)` → `g_vjp_d(…, tangent, adj, adj_d, seed, seed_d)` (likewise g_vjpInOut, g_rev). */
  private vjpCallD(g: GeneratedCall, all: readonly TExpr[]): TExpr {
    const n = g.params.length;
    if (all.length < n + 1) throw new Error(`a call of ${calledName(g)} without its adj`);
    const args = all.slice(0, n);
    const adj = all[n]!;
    const seed = all[n + 1] ?? num(1);
    const adjD = this.dual(adj, []).tangent;
    if (!adjD) throw new Error(`the adjoints of a call of ${calledName(g)} have no tangents`);
    return call(this.use(g), ...args, this.calleeTangents(g, args), adj, adjD, seed, this.dual(seed, []).tangent ?? num(0));
  }

  /** Whether a call of a generated callee's vjp form has anything to differentiate. */
  private vjpActive(g: GeneratedCall, all: readonly TExpr[]): boolean {
    return g.form === 'rev' || all.some((a) => this.isActive(a));
  }

  tangent(n: string): string {
    let t = this.tangents.get(n);
    if (!t) this.tangents.set(n, t = this.fresh(`${n}_d`));
    return t;
  }

  /** Which names carry tangents: a fixpoint over every statement (flow-insensitive). */
  private analyze(body: readonly TStmt[]): void {
    const active = this.active;
    for (const p of this.f.gradParams) active.add(p.v.name);
    active.add('adj');
    // (the vjp forms' seed is their caller's adjoint: it has a tangent; f_hvp's is 1)
    if (this.form !== 'hvp') active.add('seed');
    const forInits = new Set<string>();
    /** Names that are declared here (a parameter or a local): others (`undefined`) carry no tangent. */
    const declared = new Set<string>(['adj', 'seed', ...this.f.params.map((p) => p.v.name)]);
    /** Integer arrays (their elements are piecewise constant) and int parameters are never active. */
    const integral = new Set<string>(this.f.params.filter((p) => p.tsType === 'intArray').map((p) => p.v.name));
    const refs = new Set<string>();
    /** Pairs of names one of which is another name for the other's array (`const h = x`). */
    const links: [string, string][] = [];
    for (const { s, forInit } of walk(body)) {
      if (s.k === 'decl' && forInit) forInits.add(s.name);
      if (s.k === 'decl') declared.add(s.name);
      if (s.k === 'decl' && s.init?.k === 'new' && /^(Int|Uint)/.test(s.init.ctor)) integral.add(s.name);
      if (s.k === 'decl' && s.init && isTapeBuffer(s.init)) this.stacks.add(s.name);
      if (s.k === 'decl' && isRuntime(s.init, 'revolve')) this.schedules.add(s.name);
      if (s.k === 'decl' && s.init?.k === 'call' && this.snapshotOf(s.init.callee)) this.rows.add(s.name);
      if (s.k === 'expr' && isTape(s.e, 'pushRef')) { const b = baseName(s.e.args[0]!); if (b) refs.add(b); }
      const target = s.k === 'decl' ? s.name : s.k === 'assign' && s.target.k === 'name' ? s.target.name : undefined;
      const value = s.k === 'decl' ? s.init : s.k === 'assign' ? s.value : undefined;
      if (target && isTape(value, 'popRef')) refs.add(target);
      if (target && value) {
        const alias = arrayAlias(value);
        if (alias) links.push([target, alias]);
      }
      // (a kernel's adj object and the adjoint arrays put in its fields: `matvec_adj.x = x_b`)
      if (s.k === 'assign' && s.target.k === 'member' && s.target.object.k === 'name') {
        const alias = arrayAlias(s.value);
        if (alias) links.push([s.target.object.name, alias]);
      }
    }
    for (const n of this.stacks) active.add(n);
    // (a snapshot's row holds the state, whose tangents a row of tangents beside it holds)
    for (const n of this.rows) active.add(n);
    // (split mode's halves agree on what has a tangent on the tangent tape without seeing each
    // other: every array either records or restores has one)
    const split = this.form === 'fwd' || this.form === 'rev';
    const taped = new Set<string>();
    for (const { s } of walk(body)) {
      if (s.k !== 'expr') continue;
      const m = s.e.k === 'call' ? methodTarget(s.e.callee, s.e.args) : undefined;
      const saved = isRuntime(s.e, 'restore') ? s.e.args[0] : m?.method === 'set' && this.stacks.has(baseName(m.object) ?? '') ? m.args[0] : undefined;
      const b = saved && baseName(saved);
      if (b) taped.add(b);
    }
    for (let changed = true; changed;) {
      changed = false;
      const mark = (n: string | undefined) => {
        if (n === undefined || active.has(n) || forInits.has(n) || n === 'seed' || !declared.has(n) || integral.has(n)) return;
        active.add(n);
        changed = true;
      };
      for (const { s } of walk(body)) {
        if (s.k === 'decl' && s.init && this.isActive(s.init)) mark(s.name);
        if (s.k === 'assign' && this.isActive(s.value)) mark(baseName(s.target));
        if (s.k === 'expr' && s.e.k === 'call' && this.kernelCalls.get(s.e.callee)?.vjp === false && s.e.args.some((a) => this.isActive(a))) {
          const { keys, writes } = kernels.get(this.kernelCalls.get(s.e.callee)!.kernel)!;
          for (const w of writes) { const a = s.e.args[keys.indexOf(w)]; if (a) mark(baseName(a)); }
        }
        const vjpCall = s.k === 'expr' ? s.e : s.k === 'decl' ? s.init : undefined;
        if (vjpCall?.k === 'call' && this.kernelCalls.get(vjpCall.callee)?.vjp && vjpCall.args.some((a) => this.isActive(a))) {
          const a = vjpCall.args[kernels.get(this.kernelCalls.get(vjpCall.callee)!.kernel)!.keys.length];
          if (a) mark(baseName(a));
        }
        if (s.k === 'expr' && s.e.k === 'call') {
          const m = methodTarget(s.e.callee, s.e.args);
          if (m && m.method !== 'subarray' && m.args.some((a) => this.isActive(a))) mark(baseName(m.object));
        }
        // (a generated callee: the arrays it writes, and the adj its vjp adds into)
        const g = vjpCall?.k === 'call' ? this.generated(vjpCall.callee) : undefined;
        if (g && vjpCall?.k === 'call') {
          const n = g.params.length;
          const anyActive = vjpCall.args.some((a) => this.isActive(a));
          if (anyActive) for (const i of g.writes) { const a = vjpCall.args[i]; if (a) mark(baseName(a)); }
          if (g.form !== 'primal' && g.form !== 'fwd' && (anyActive || g.form === 'rev')) { const a = vjpCall.args[n]; if (a) mark(baseName(a)); }
        }
      }
      for (const [a, b] of links) {
        if (active.has(a)) mark(b);
        if (active.has(b)) mark(a);
      }
      if ([...refs].some((r) => active.has(r)) || split) for (const r of refs) mark(r);
      for (const n of split ? taped : []) mark(n);
    }
  }

  /** Whether the value of `e` depends on an active name. */
  isActive(e: TExpr): boolean {
    switch (e.k) {
      case 'name': return this.active.has(e.name);
      case 'bin': return (arithmetic.has(e.op) || e.op === '??') && !sameOperands(e) && (this.isActive(e.l) || this.isActive(e.r));
      case 'un': return (e.op === '-' || e.op === '+') && this.isActive(e.e);
      case 'call': {
        if (zeroCallees.has(e.callee)) return false;
        const m = methodTarget(e.callee, e.args);
        if (m) return this.isActive(m.object) || m.args.some((a) => this.isActive(a));
        return e.args.some((a) => this.isActive(a));
      }
      case 'tape': return false;
      case 'runtime': return e.args.some((a) => this.isActive(a));
      case 'index': return this.isActive(e.array);
      case 'member': return e.prop !== 'length' && this.isActive(e.object);
      case 'cond': return this.isActive(e.then) || this.isActive(e.else);
      case 'new': return e.args.some((a) => this.isActive(a));
      case 'array': return e.elements.some((a) => this.isActive(a));
      case 'object': return e.fields.some(([, v]) => this.isActive(v));
      default: return false;
    }
  }

  /** The statements, each followed (or preceded) by its tangent. */
  stmts(code: readonly TStmt[]): TStmt[] {
    return code.flatMap((s) => this.stmt(s));
  }

  private stmt(s: TStmt): TStmt[] {
    switch (s.k) {
      case 'decl': {
        if (!s.init) {
          return this.active.has(s.name) ? [s, { k: 'decl', kind: 'let', name: this.tangent(s.name), ...(s.type ? { type: s.type } : {}) }] : [s];
        }
        if (this.stacks.has(s.name)) return [s, { k: 'decl', kind: 'let', name: this.tangent(s.name), init: runtime('tapeTangents', name(s.name)) }];
        const g = s.init.k === 'call' ? this.generated(s.init.callee) : undefined;
        if (g && s.init.k === 'call') {
          // (split mode's g_fwd always runs as g_fwd_d: the tangent tape's slots are written beside the tape's)
          if (g.form === 'fwd' || (g.form === 'primal' && s.init.args.some((a) => this.isActive(a)))) return this.valueCall(g, s.init, s.name, s.kind, s.type);
          // (the value a vjp form returns is f's, which the vjp forms' callers do not differentiate)
          if (g.form !== 'primal' && this.vjpActive(g, s.init.args)) return [{ ...s, init: this.vjpCallD(g, s.init.args) }];
          // (g of arguments with no tangent: its value has none either, though later code that
          // reads it may take it as active, `t25 = t24` with t25 active elsewhere: zero; fuzz
          // seed 21913 with lists, t24_h2_d undeclared)
          return g.form === 'primal' && this.active.has(s.name) ? [s, { k: 'decl', kind: s.kind, name: this.tangent(s.name), init: num(0) }] : [s];
        }
        if (!this.active.has(s.name)) return [s];
        const k = s.init.k === 'call' ? this.kernelCalls.get(s.init.callee) : undefined;
        if (k && s.init.k === 'call') {
          const { args } = s.init;
          if (k.vjp) return [{ k: 'decl', kind: s.kind, name: s.name, ...(s.type ? { type: s.type } : {}), init: this.vjpD(k.kernel, args) },
            { k: 'decl', kind: s.kind, name: this.tangent(s.name), init: member(call(`${k.kernel}_jvp`, ...args.slice(0, kernels.get(k.kernel)!.keys.length), this.kernelTangents(k.kernel, args)), 'tangent') }];
          // (the value from the kernel itself, as f_vjp has it; the tangent from its jvp)
          return [s, { k: 'decl', kind: s.kind, name: this.tangent(s.name), ...(s.type ? { type: s.type } : {}), init: member(call(`${k.kernel}_jvp`, ...args, this.kernelTangents(k.kernel, args)), 'tangent') }];
        }
        if (isTape(s.init, 'popRef')) {
          return [{ k: 'decl', kind: s.kind, name: this.tangent(s.name), ...(s.type ? { type: s.type } : {}), init: s.init }, s];
        }
        return this.assignment(s.init, name(s.name), (value, tangent) => [
          { ...s, init: value },
          { k: 'decl', kind: s.kind, name: this.tangent(s.name), ...(s.type ? { type: s.type } : {}), init: tangent ?? this.zeroLike(s.init!) },
        ]);
      }
      case 'assign': {
        if (s.target.k === 'name' && this.stacks.has(s.target.name)) {
          return [s, { k: 'assign', target: name(this.tangent(s.target.name)), op: '=', value: runtime('tapeTangents', name(s.target.name)) }];
        }
        const g = s.value.k === 'call' ? this.generated(s.value.callee) : undefined;
        if (g && s.value.k === 'call' && s.target.k === 'name' && s.op === '=' &&
          (g.form === 'fwd' || (g.form === 'primal' && s.value.args.some((a) => this.isActive(a))))) return this.valueCall(g, s.value, s.target.name, undefined, undefined);
        if (g && g.form !== 'primal') throw new Error(`an assignment of ${calledName(g)}'s value`);
        const base = baseName(s.target);
        if (base === undefined || !this.active.has(base)) return [s];
        if (isTape(s.value, 'popRef')) {
          return [{ ...s, target: this.tangentTarget(s.target), value: s.value }, s];
        }
        return this.assignment(s.value, s.target, (value, tangent) => {
          const primal: TStmt = { ...s, value };
          if (!tangent && s.op !== '=') return [primal];
          return [primal, { k: 'assign', target: this.tangentTarget(s.target), op: s.op, value: tangent ?? this.zeroLike(s.value) }];
        }, s.op);
      }
      case 'expr': return this.exprStmt(s);
      case 'if': {
        // (`if (x_b !== 0)` skips what adds nothing to the gradient; its tangent may still add)
        let test = s.test;
        if (test.k === 'bin' && test.op === '!==' && test.r.k === 'num' && test.r.value === 0 && this.isActive(test.l)) {
          const d = this.dual(test.l, []);
          if (d.tangent) test = bin('||', test, bin('!==', d.tangent, num(0)));
        }
        const then = this.stmts(s.then);
        return [{ ...s, test, then, else: this.stmts(s.else), ...(s.brief && then.length > 1 ? { brief: false } : {}) }];
      }
      case 'for': return [{ ...s, body: this.stmts(s.body) }];
      case 'while': case 'loop': case 'block': return [{ ...s, body: this.stmts(s.body) }];
      case 'try': return [{ ...s, body: this.stmts(s.body), handler: this.stmts(s.handler) }];
      case 'return': {
        if (this.form === 'fwd') {
          const pre: TStmt[] = [];
          const d = this.dual(s.e, pre);
          return [...pre, { ...s, e: { k: 'object', fields: [['value', d.value], ['tangent', d.tangent ?? num(0)]] } }];
        }
        if (this.form !== 'hvp') return [s];
        return [...this.restored.map(([n, copy]): TStmt => ({ k: 'expr', e: runtime('restore', name(n), name(copy), num(0)) })), { ...s, e: { k: 'object', fields: [['value', s.e], ['grad', name('adj')], ['hvp', name(this.tangent('adj'))]] } }];
      }
      default: return [s];
    }
  }

  /** A zero tangent of the shape of `e` (an array's for an array). */
  private zeroLike(e: TExpr): TExpr {
    if (e.k === 'new') return { ...e, ctor: tangentArrayType(e.ctor), args: e.args.map((a) => (a.k === 'array' ? { k: 'array', elements: a.elements.map(() => num(0)) } : a)) };
    // (the runtime's zeroed arrays: `f64Zeros(n)`, as `new Float64Array(n)`, and `listZeros(n)`)
    if (isRuntime(e, 'f64Zeros', 'listZeros', 'sink')) return e;
    return num(0);
  }

  /** `a_d`, `a_d[i]` (the slot the primal writes: `stack_d[top]` for `stack[top++]`), `adj_d.x`. */
  private tangentTarget(t: TExpr): TExpr {
    switch (t.k) {
      case 'name': return name(this.active.has(t.name) ? this.tangent(t.name) : t.name);
      case 'index': return index(this.tangentTarget(t.array), withoutUpdates(t.index));
      case 'member': return member(this.tangentTarget(t.object), t.prop);
      case 'runtime': {
        const d = t.fn === 'adjointOf' ? this.dual(t, []).tangent : undefined;
        if (d) return d;
        throw new NoHvp('an assignment f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
      }
      default: throw new NoHvp('an assignment f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
    }
  }

  /**
   * A primal assignment of `value` to `target` and its tangent, in the order that reads the
   * right values: before the primal (which may overwrite what the tangent reads) unless the
   * tangent reads the primal's result (`y = Math.exp(x)`: `y_d = y * x_d`) or a slot it popped.
   */
  private assignment(value: TExpr, target: TExpr, both: (value: TExpr, tangent: TExpr | undefined) => TStmt[], op: '=' | '+=' | '-=' = '='): TStmt[] {
    const pre: TStmt[] = [];
    // (the name that holds the value afterwards, which partials may read: not after `+=`)
    const targetName = op === '=' && target.k === 'name' && !namesOf(value).has(target.name) ? target.name : undefined;
    const d = this.dual(value, pre, targetName);
    const code = both(d.value, d.tangent);
    const [primal, ...tangent] = code;
    // (after the primal, as f_jvp reads, unless the tangent reads what the primal overwrites or the slot `top++` moves past)
    const base = baseName(target);
    const readsTarget = base !== undefined && tangent.some((t) => t.k === 'assign' ? namesOf(t.value).has(base) : t.k === 'decl' && t.init !== undefined && namesOf(t.init).has(base));
    const after = d.usesOut || hasUpdate(value, true) || (!readsTarget && !hasUpdate(target, false));
    if ((d.usesOut || hasUpdate(value, true)) && (hasUpdate(target, false) || (readsTarget && !d.usesOut))) {
      throw new NoHvp('a tape operation f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
    }
    return after ? [...pre, primal!, ...tangent] : [...pre, ...tangent, primal!];
  }

  /** Expression statements: the tape's and arrays' operations get theirs on the tangents. */
  private exprStmt(s: TStmt & { k: 'expr' }): TStmt[] {
    const e = s.e;
    if (e.k === 'tape') {
      if (e.op !== 'pushRef') return [s];
      const b = baseName(e.args[0]!);
      return b && this.active.has(b) ? [s, { ...s, e: tape('pushRef', this.tangentOfArray(e.args[0]!)) }] : [s];
    }
    if (e.k === 'runtime') {
      // (an array restored from, or saved into, the tape or a snapshot: its tangents from or into theirs)
      if (e.fn === 'restore' || e.fn === 'saveArray') {
        const b = baseName(e.args[0]!);
        return b && this.active.has(b) ? [s, { ...s, e: runtime(e.fn, this.tangentOfArray(e.args[0]!), this.tangentOfArray(e.args[1]!), ...e.args.slice(2)) }] : [s];
      }
      if (e.fn !== 'sink' && e.args.some((a) => this.isActive(a))) throw this.refusedCall(e.fn);
      return [s];
    }
    if (e.k !== 'call') {
      if (this.isActive(e)) throw new NoHvp('an expression statement f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
      return [s];
    }
    const g = this.generated(e.callee);
    if (g) {
      if (g.form === 'fwd') return [{ ...s, e: call(this.use(g), ...e.args, this.calleeTangents(g, e.args)) }];
      // (g writes arrays: g_jvp writes them and their tangents)
      if (g.form === 'primal') return e.args.some((a) => this.isActive(a)) ? [{ ...s, e: call(this.use(g), ...e.args, this.calleeTangents(g, e.args)) }] : [s];
      return this.vjpActive(g, e.args) ? [{ ...s, e: this.vjpCallD(g, e.args) }] : [s];
    }
    const k = this.kernelCalls.get(e.callee);
    if (k && e.args.some((a) => this.isActive(a))) {
      // a kernel writing its output: its jvp writes it and its tangent; its vjp: the second-order form
      return [{ ...s, e: k.vjp ? this.vjpD(k.kernel, e.args) : call(`${k.kernel}_jvp`, ...e.args, this.kernelTangents(k.kernel, e.args)) }];
    }
    // (a checkpointed loop's schedule: which iterations run, which snapshot is taken or restored)
    if (this.schedules.has(e.callee.split('.')[0]!)) return [s];
    // (what only looks at values: a log line)
    if (e.callee.startsWith('console.')) return [s];
    const m = methodTarget(e.callee, e.args);
    if (m) {
      const b = baseName(m.object);
      if (!b || !this.active.has(b)) return [s];
      // (`stack.set(a, top)` saves an array: its tangent array beside it, where it has one)
      if (m.method === 'set' && !this.isActive(m.args[0]!)) {
        if (this.stacks.has(b) || this.rows.has(b)) return [s];
        throw new NoHvp('it copies values into an array with .set, which f_hvp does not differentiate yet', 'take the Hessian-vector product from differences of f_grad along v');
      }
      const tangentArgs = m.method === 'set' ? [this.tangentOfArray(m.args[0]!), ...m.args.slice(1)]
        : m.args.map((a) => this.dual(a, []).tangent ?? num(0));
      const object = this.tangentOfArray(m.object);
      const c: TExpr = e.callee.startsWith('.') ? call(e.callee, object, ...tangentArgs) : call(`${printPath(object)}.${m.method}`, ...tangentArgs);
      return [s, { ...s, e: c }];
    }
    if (e.args.some((a) => this.isActive(a))) throw this.refusedCall(e.callee);
    return [s];
  }

  /** `k_vjp(...args, adj, seed)` → `k_vjp_d(...args, tangent, adj, adj_d, seed, seed_d)`. */
  private vjpD(kernel: string, all: readonly TExpr[]): TExpr {
    const n = kernels.get(kernel)!.keys.length;
    const args = all.slice(0, n);
    const adj = all[n]!;
    const seed = all[n + 1] ?? num(1);
    const adjD = this.dual(adj, []).tangent;
    if (!adjD) throw new NoHvp(`it calls '${kernel}' where f_hvp cannot follow its adjoints`, 'take the Hessian-vector product from differences of f_grad along v');
    return call(`${kernel}_vjp_d`, ...args, this.kernelTangents(kernel, args), adj, adjD, seed, this.dual(seed, []).tangent ?? num(0));
  }

  private refusedCall(callee: string): NoHvp {
    const own = ownCallInUserTerms(callee);
    if (own !== undefined) {
      return new NoHvp(`its gradient ${own}, which f_hvp does not differentiate where the values depend on the inputs`,
        'take the Hessian-vector product from differences of f_grad along v');
    }
    const bare = callee.replace(/_vjp(InOut)?$/, '');
    const registered = this.calls.get(callee) ?? this.calls.get(bare);
    if (registered?.kind === 'registered') {
      return new NoHvp(`it calls '${registered.callee}', whose derivative is registered (${registered.callee}_vjp) without a second-order form, so f_hvp cannot differentiate its vjp`,
        `take the Hessian-vector product from differences of f_grad along v, or let tsgrad read '${registered.callee}' instead of registering its derivative`);
    }
    const runtime = this.f.imports.some((i) => i.name === bare && (i.from === 'runtime' || (i.from !== 'source' && i.from.specifier === 'tsgrad/runtime')));
    if (runtime) {
      return new NoHvp(`it calls '${bare}', a function of tsgrad/runtime without a second-order form (sum, dot, logsumexp, sigmoid, softmax, matvec and matmul have one)`,
        `take the Hessian-vector product from differences of f_grad along v, or write the computation out in the function`);
    }
    return new NoHvp(`it calls '${bare}', which has no second-order form that f_hvp knows of`,
      `write the computation out in the function (a helper tsgrad inlines is fine), or take the Hessian-vector product from differences of f_grad along v`);
  }

  /** The tangent array of an array expression (`x` → `x_d`, `adj.x` → `adj_d.x`, `a.subarray(i, j)` → `a_d.subarray(i, j)`). */
  private tangentOfArray(e: TExpr): TExpr {
    const t = this.dual(e, []).tangent;
    if (!t) throw new NoHvp('an array f_hvp cannot follow', 'take the Hessian-vector product from differences of f_grad along v');
    return t;
  }

  /**
   * The value (with costly calls bound to constants in `pre` where their partials read their
   * value) and the tangent of `e`; undefined: zero. `out`: the name the statement assigns `e`
   * to, which a call's partials may read once the statement ran (`usesOut`).
   */
  dual(e: TExpr, pre: TStmt[], out?: string): { value: TExpr; tangent: TExpr | undefined; usesOut?: boolean } {
    switch (e.k) {
      case 'name': return { value: e, tangent: this.active.has(e.name) ? name(this.tangent(e.name)) : undefined };
      case 'num': case 'bool': case 'str': case 'update': return { value: e, tangent: undefined };
      case 'un': {
        const d = this.dual(e.e, pre);
        const value = { ...e, e: d.value };
        if (e.op === '-') return { value, tangent: d.tangent && (d.tangent.k === 'un' && d.tangent.op === '-' ? d.tangent.e : { k: 'un', op: '-', e: d.tangent }) };
        if (e.op === '+') return { value, tangent: d.tangent };
        return { value, tangent: undefined };
      }
      case 'bin': {
        const l = this.dual(e.l, pre);
        const r = this.dual(e.r, pre);
        const value: TExpr = { ...e, l: l.value, r: r.value };
        if (e.op === '??') {
          if (l.tangent || r.tangent) throw new NoHvp('a `??` f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
          return { value, tangent: undefined };
        }
        const rule = byOp.get(e.op);
        // (x / x and x - x are constants: their partials, summed, cancel; as an infinite asin′(x / x) times 0 would not)
        if (!rule || (!l.tangent && !r.tangent) || sameOperands(e)) return { value, tangent: undefined };
        return this.chain(rule, [l.value, r.value], [l.tangent, r.tangent], value, pre, out);
      }
      case 'call': {
        const m = methodTarget(e.callee, e.args);
        if (m) {
          if (m.method !== 'subarray' && m.method !== 'fill') throw this.refusedCall(e.callee);
          const o = this.dual(m.object, pre);
          const args = m.args.map((a) => this.dual(a, pre));
          const value: TExpr = e.callee.startsWith('.') ? { ...e, args: [o.value, ...args.map((a) => a.value)] } : e;
          if (m.method === 'subarray') return { value, tangent: o.tangent && call('.subarray', o.tangent, ...args.map((a) => a.value)) };
          // `.fill(new Float64Array(n), v)`: a fresh array of v
          const fresh = o.tangent ?? this.zeroLike(o.value);
          return { value, tangent: call('.fill', fresh, args[0]?.tangent ?? num(0)) };
        }
        // (a new zeroed array: its tangent is one too, which a declaration allocates)
        if (zeroCallees.has(e.callee)) return { value: e, tangent: undefined };
        const schedule = this.snapshotOf(e.callee);
        if (schedule) return { value: e, tangent: runtime('snapshotTangents', name(schedule), ...e.args) };
        const g = this.generated(e.callee);
        if (g) {
          if (g.form !== 'primal') throw new Error(`${calledName(g)} called inside an expression`);
          return { value: e, tangent: e.args.some((a) => this.isActive(a)) ? member(call(this.use(g), ...e.args, this.calleeTangents(g, e.args)), 'tangent') : undefined };
        }
        const kernel = this.kernelCalls.get(e.callee);
        if (kernel && !kernel.vjp && !kernels.get(kernel.kernel)!.writes.length) {
          // (a kernel's value in an expression: its tangent from its jvp)
          return { value: e, tangent: e.args.some((a) => this.isActive(a)) ? member(call(`${kernel.kernel}_jvp`, ...e.args, this.kernelTangents(kernel.kernel, e.args)), 'tangent') : undefined };
        }
        const rule = byCallee.get(e.callee);
        const args = e.args.map((a) => this.dual(a, pre));
        const value: TExpr = { ...e, args: args.map((a) => a.value) };
        if (!args.some((a) => a.tangent)) return { value, tangent: undefined };
        if (!rule) throw this.refusedCall(e.callee);
        return this.chain(rule, args.map((a) => a.value), args.map((a) => a.tangent), value, pre, out);
      }
      // (the tape's bookkeeping: values, not derivatives)
      case 'tape': return { value: e, tangent: undefined };
      case 'runtime': {
        // (a new zeroed array: its tangent is one too, which a declaration allocates; a
        // checkpointed loop's schedule and trip count: control, not values)
        if (e.fn === 'tapeTangents' || e.fn === 'f64Zeros' || e.fn === 'listZeros' || e.fn === 'sink' || e.fn === 'revolve' || e.fn === 'tripCount' || e.fn === 'snapshotTangents') return { value: e, tangent: undefined };
        const args = e.args.map((a) => this.dual(a, pre));
        if (!args.some((a) => a.tangent)) return { value: { ...e, args: args.map((a) => a.value) }, tangent: undefined };
        if (e.fn === 'adjointOf') {
          // (the adjoint of a local array follows the array object: the adjoint's tangent follows
          // the tangent array's, a new object beside each new array; a parameter's tangent is the
          // caller's, which a map kept between calls must not key)
          const x = baseName(e.args[0]!);
          if (e.args[0]!.k !== 'name' || this.f.params.some((p) => p.v.name === x)) {
            throw new NoHvp('it rebinds an array parameter, whose adjoint f_hvp does not follow yet', 'take the Hessian-vector product from differences of f_grad along v');
          }
          return { value: { ...e, args: args.map((a) => a.value) }, tangent: runtime('adjointOf', args[0]!.tangent!) };
        }
        throw this.refusedCall(e.fn);
      }
      case 'index': {
        const a = this.dual(e.array, pre);
        return { value: e, tangent: a.tangent && index(a.tangent, withoutUpdates(e.index)) };
      }
      case 'member': {
        if (e.prop === 'length') return { value: e, tangent: undefined };
        const o = this.dual(e.object, pre);
        return { value: e, tangent: o.tangent && member(o.tangent, e.prop) };
      }
      case 'cond': {
        const t = this.dual(e.then, pre);
        const f = this.dual(e.else, pre);
        const value: TExpr = { ...e, then: t.value, else: f.value };
        if (!t.tangent && !f.tangent) return { value, tangent: undefined };
        let test = e.test;
        // (`x_b === 0 ? 0 : x_b * y` keeps 0 · ∞ out of the gradient; its tangent x_b_d · y is not zero with x_b)
        if (test.k === 'bin' && test.op === '===' && test.r.k === 'num' && test.r.value === 0 && e.then.k === 'num' && e.then.value === 0) {
          const g = this.dual(test.l, []);
          if (g.tangent) test = bin('&&', test, bin('===', g.tangent, num(0)));
        }
        return { value, tangent: cond(test, t.tangent ?? num(0), f.tangent ?? num(0)) };
      }
      case 'new': {
        const args = e.args.map((a) => (a.k === 'array' ? { k: 'array', elements: a.elements.map((x) => this.dual(x, pre).tangent ?? num(0)) } as TExpr : a));
        return { value: e, tangent: { ...e, ctor: tangentArrayType(e.ctor), args } };
      }
      case 'array': return { value: e, tangent: { k: 'array', elements: e.elements.map((x) => this.dual(x, pre).tangent ?? num(0)) } };
      case 'object': {
        // (a kernel's adj: `{ a: sink(0) }` or `{ x: 0 }` until its fields are set, the tangents' likewise)
        return { value: e, tangent: { k: 'object', fields: e.fields.map(([key, v]) => [key, this.dual(v, pre).tangent ?? (isRuntime(v, 'sink') ? v : num(0))] as const) } };
      }
      default:
        if (this.isActive(e)) throw new NoHvp('an expression f_hvp does not differentiate', 'take the Hessian-vector product from differences of f_grad along v');
        return { value: e, tangent: undefined };
    }
  }

  /** `Σ ∂out/∂argᵢ · argᵢ_d` from the rule's partials; the value bound to a constant first where they read it. */
  private chain(rule: Smooth, args: TExpr[], tangents: (TExpr | undefined)[], value: TExpr, pre: TStmt[], out?: string): { value: TExpr; tangent: TExpr | undefined; usesOut?: boolean } {
    const probe = rule.partials(args, name(OUT));
    const needsOut = probe.some((p, i) => tangents[i] && namesOf(p).has(OUT));
    let outExpr: TExpr = value;
    let usesOut = false;
    if (needsOut) {
      if (out !== undefined) {
        outExpr = name(out);
        usesOut = true;
      } else if (!(value.k === 'bin' && value.op === '/')) {
        const c = this.fresh('c');
        pre.push({ k: 'decl', kind: 'const', name: c, init: value });
        outExpr = value = name(c);
      }
    }
    const partials = rule.partials(args, outExpr);
    // (an argument used twice gets its partials summed, as f_jvp's: t * t gives (t + t) * t_d)
    const byTangent = new Map<string, { t: TExpr; partial: TExpr }>();
    tangents.forEach((t, i) => {
      if (!t) return;
      const key = JSON.stringify(t);
      const prev = byTangent.get(key);
      byTangent.set(key, { t, partial: prev ? add(prev.partial, partials[i]!) : partials[i]! });
    });
    let sum: TExpr | undefined;
    [...byTangent.values()].forEach(({ t, partial }) => {
      const term = times(partial, t);
      if (term.k === 'num' && term.value === 0) return;
      sum = sum === undefined ? term : term.k === 'un' && term.op === '-' ? bin('-', sum, term.e) : add(sum, term);
    });
    return { value, tangent: sum, ...(usesOut ? { usesOut } : {}) };
  }
}

/** The name f's code calls a generated callee's form by (`g`, `g_vjp`, `g_vjpInOut`, `g_fwd`, `g_rev`). */
function calledName(g: GeneratedCall): string {
  switch (g.form) {
    case 'primal': return g.callee;
    case 'vjp': return `${g.callee}_vjp`;
    case 'vjpInOut': return inOutVjpName(g.callee);
    case 'fwd': return splitForwardName(g.callee);
    case 'rev': return splitReverseName(g.callee);
  }
}

/**
 * The array type of the tangents of an array made with `new ctor(…)`: a Float32Array's are a
 * Float64Array, as f_jvp's and as the adjoints are (f64Zeros): a store into it rounds the value
 * (`Math.fround`, whose derivative is taken as 1), not the tangent, which rounding would cut to
 * single precision in the Hessian-vector product (seed 9104417 #11198).
 */
const tangentArrayType = (ctor: string): string => (ctor === 'Float32Array' ? 'Float64Array' : ctor);

const sameOperands = (e: TExpr & { k: 'bin' }) => byOp.get(e.op)?.constantOnSameOperands === true && e.l.k === 'name' && e.r.k === 'name' && e.l.name === e.r.name;

const isTapeBuffer = (e: TExpr) => isTape(e, 'values', 'reserve');

/** The array `value` is another name for (`h = x`, `a ? x : y`, `x.subarray(…)`), if it is one. */
function arrayAlias(value: TExpr): string | undefined {
  if (value.k === 'name') return value.name;
  if (value.k === 'call' && value.callee === '.subarray') return baseName(value.args[0]!);
  if (value.k === 'cond' && value.then.k === 'name') return value.then.name;
  return undefined;
}

function printPath(e: TExpr): string {
  if (e.k === 'name') return e.name;
  if (e.k === 'member') return `${printPath(e.object)}.${e.prop}`;
  throw new NoHvp('an array f_hvp cannot follow', 'take the Hessian-vector product from differences of f_grad along v');
}

export { TOP };
