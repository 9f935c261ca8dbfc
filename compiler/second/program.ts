/**
 * Second order across a program: which functions get `f_hvp`, and which second-order forms of
 * their callees (`g_vjp_d`, `g_vjpInOut_d`, `g_fwd_d`, `g_rev_d`) the modules must carry for
 * them. A form is built once per function, and only where some f_hvp needs it, directly or
 * through other forms (a recursive function's forms call themselves). A form that cannot be
 * built, or that calls one that cannot (or a callee without a jvp, whose value's tangent it
 * takes from g_jvp), takes every form that calls it with it: its f_hvp then gets none, and the
 * note names the callee and why.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { Func, Var } from '../ir/types.js';
import { statements } from '../ir/walk.js';
import { mayBeNonFinite } from '../analyze/reached.js';
import { type LinkedProgram, calledAsItIs, fileOf, key, nameOf } from '../link/index.js';
import type { AdjointFunction } from '../reverse/index.js';
import type { ReversedProgram } from '../reverse/program.js';
import { type CalledFunction, type HvpFunction, NoHvp, type SecondForm, type SecondNeed, secondOrderFunction } from './index.js';

/** One function of the program, as second order sees it. */
export interface SecondInput {
  readonly key: string;
  readonly adjoint: AdjointFunction;
  /** It gets an f_hvp (exported, returns a number). */
  readonly hvp: boolean;
  /** The parameters it writes, and those it only writes (see SecondOptions). */
  readonly written: ReadonlySet<Var>;
  readonly restored: readonly Var[];
  /** The generated functions and registered derivatives its code calls, by the names it calls them. */
  readonly calls: ReadonlyMap<string, CalledFunction>;
  /** Its variables that may hold a sentinel's infinity (analyze/reached.ts). */
  readonly nonFinite?: ReadonlySet<Var>;
}

export interface SecondOrder {
  /** f_hvp of each function that gets one, by key. */
  readonly hvps: ReadonlyMap<string, HvpFunction>;
  /** The other forms each function's module carries for them, by key, in a fixed order. */
  readonly forms: ReadonlyMap<string, readonly HvpFunction[]>;
  /** Why a function that should get f_hvp gets none (a NoHvp, or an internal error), by key. */
  readonly refused: ReadonlyMap<string, unknown>;
}

const formOrder: readonly SecondForm[] = ['vjp', 'vjpInOut', 'fwd', 'rev'];
const formName: Record<Exclude<SecondForm, 'hvp'>, string> = { vjp: 'vjp', vjpInOut: 'vjp (its in-out form)', fwd: 'split-mode forward half', rev: 'split-mode reverse half' };
const id = (key: string, form: SecondForm) => `${key}\0${form}`;

export function secondOrder(inputs: readonly SecondInput[], hasJvp: (key: string) => boolean): SecondOrder {
  const byKey = new Map(inputs.map((i) => [i.key, i]));
  const built = new Map<string, HvpFunction>();
  const failed = new Map<string, unknown>();
  const queue: { key: string; form: SecondForm }[] = inputs.filter((i) => i.hvp).map((i) => ({ key: i.key, form: 'hvp' }));
  while (queue.length > 0) {
    const { key, form } = queue.shift()!;
    const at = id(key, form);
    if (built.has(at) || failed.has(at)) continue;
    const input = byKey.get(key);
    if (!input) {
      failed.set(at, new NoHvp('tsgrad has no code of it here to differentiate again', 'take the Hessian-vector product from differences of f_grad along v'));
      continue;
    }
    try {
      const h = secondOrderFunction(input.adjoint, { form, written: input.written, restored: input.restored, calls: input.calls, nonFinite: input.nonFinite });
      built.set(at, h);
      for (const n of h.needs) if (n.form !== 'jvp') queue.push({ key: n.key, form: n.form });
    } catch (e) {
      failed.set(at, e);
    }
  }
  // A form fails with a form it calls, or with a callee without a jvp: until nothing changes.
  for (let changed = true; changed;) {
    changed = false;
    for (const [at, h] of built) {
      const why = h.needs.map(needFailure).find((r) => r !== undefined);
      if (why === undefined) continue;
      built.delete(at);
      failed.set(at, why);
      changed = true;
    }
  }
  function needFailure(n: SecondNeed): unknown {
    if (n.form === 'jvp') {
      return hasJvp(n.key) ? undefined : new NoHvp(`it calls '${n.callee}', which gets no jvp (forward mode), whose tangent f_hvp needs`,
        `take the Hessian-vector product from differences of f_grad along v; see the note on '${n.callee}' for what keeps it from a jvp`);
    }
    const e = failed.get(id(n.key, n.form));
    if (e === undefined) return undefined;
    if (!(e instanceof NoHvp)) return e;
    return new NoHvp(`it calls '${n.callee}', whose ${formName[n.form]} f_hvp cannot differentiate: ${e.why}`, e.hint);
  }
  const hvps = new Map<string, HvpFunction>();
  const refused = new Map<string, unknown>();
  for (const i of inputs) {
    if (!i.hvp) continue;
    const h = built.get(id(i.key, 'hvp'));
    if (h) hvps.set(i.key, h);
    else refused.set(i.key, failed.get(id(i.key, 'hvp')));
  }
  // the forms the hvps that are built call, and those they call in turn
  const wanted = new Set<string>();
  const stack = [...hvps.values()];
  while (stack.length > 0) {
    for (const n of stack.pop()!.needs) {
      if (n.form === 'jvp' || wanted.has(id(n.key, n.form))) continue;
      wanted.add(id(n.key, n.form));
      stack.push(built.get(id(n.key, n.form))!);
    }
  }
  const forms = new Map<string, HvpFunction[]>();
  for (const i of inputs) {
    const own = formOrder.filter((f) => wanted.has(id(i.key, f))).map((f) => built.get(id(i.key, f))!);
    if (own.length > 0) forms.set(i.key, own);
  }
  return { hvps, forms, refused };
}

/**
 * The second-order phase of compileFiles: every function that gets a vjp is an input (an
 * exported one returning a number gets f_hvp), with the names its generated code calls; one
 * that gets no f_hvp is told in a note (TSG2005), never an error.
 */
export function secondOrderProgram(linked: LinkedProgram, reversed: ReversedProgram, hasJvp: (key: string) => boolean):
  { readonly hvps: ReadonlyMap<string, HvpFunction>; readonly forms: ReadonlyMap<string, readonly HvpFunction[]>; readonly notes: ReadonlyMap<string, Diagnostic> } {
  const { modules } = linked;
  const { adjoints } = reversed;
  const second = secondOrder([...reversed.plan.emitted].map((k) => {
    const f = adjoints.get(k)!;
    const fn = modules.get(fileOf(k))!.funcs.get(nameOf(k))!;
    return { key: k, adjoint: f, hvp: f.exported && f.returnsNumber, written: new Set(fn.writes), restored: fn.pureOutputs, calls: calledNames(fn, fileOf(k), adjoints), nonFinite: mayBeNonFinite(fn) };
  }), hasJvp);
  const notes = new Map<string, Diagnostic>();
  for (const [k, e] of second.refused) {
    const m = modules.get(fileOf(k))!;
    const fn = m.funcs.get(nameOf(k))!;
    const internal = !(e instanceof NoHvp);
    notes.set(k, {
      code: 'TSG2005', severity: 'info', file: m.file, line: fn.loc.line, column: fn.loc.column, length: 0,
      message: `'${fn.name}' gets no hvp (second order): ${internal ? `internal error: ${e instanceof Error ? e.message : String(e)}` : (e as NoHvp).why}; its gradient is unaffected`,
      hint: internal ? 'this is a bug in tsgrad; please report it with the input (differences of f_grad along v give the Hessian-vector product meanwhile)' : (e as NoHvp).hint,
    });
  }
  return { hvps: second.hvps, forms: second.forms, notes };
}

/**
 * The functions of the program that `fn`'s generated code calls, by name: generated callees
 * (whose forms it calls: `g`, `g_vjp`, `g_vjpInOut`, `g_fwd`, `g_rev`; fn's own included, which
 * its contract's f_vjp and its recursion call), tests, and functions with registered derivatives.
 */
function calledNames(fn: Func, file: string, adjoints: ReadonlyMap<string, AdjointFunction>): Map<string, CalledFunction> {
  const out = new Map<string, CalledFunction>();
  const generated = (file: string, name: string, params: readonly { key: string; string?: true }[], writes: readonly number[], specifier: string | undefined) => {
    const k = key(file, name);
    if (!adjoints.has(k)) return;
    const from = specifier ? { specifier, file, generated: true } : undefined;
    const prev = out.get(name);
    const all = prev?.kind === 'generated' ? [...new Set([...prev.writes, ...writes])].sort((a, b) => a - b) : writes;
    out.set(name, { kind: 'generated', key: k, callee: name, params, writes: all, ...(from ? { from } : {}) });
  };
  generated(file, fn.name, fn.params.map((p) => ({ key: p.key, ...(p.v.type === 'str' ? { string: true as const } : {}) })),
    fn.writes.map((v) => fn.params.findIndex((p) => p.v === v)).filter((i) => i >= 0), undefined);
  for (const s of statements(fn.body)) {
    if (s.kind !== 'call' || s.callee.specifier === 'tsgrad/runtime') continue;
    const c = s.callee;
    if (calledAsItIs(s)) out.set(c.name, { kind: 'test', callee: c.name });
    else if (c.vjp === 'generated' && !c.vjpRuntime) generated(c.file, c.name, c.params.map((p) => ({ key: p.key, ...(p.string ? { string: true as const } : {}) })), s.writes, c.specifier);
    else if (c.vjp === 'custom' || c.vjpRuntime) out.set(c.name, { kind: 'registered', callee: c.name });
  }
  return out;
}
