/**
 * Which functions get a derivative (the exported functions of the inputs and what their
 * derivatives call), which are blocked by a call to one that cannot be differentiated, and
 * what each module reports about them.
 */
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { callsIn } from '../ir/inline.js';
import { statements } from '../ir/walk.js';
import type { Call } from '../ir/types.js';
import { type Module, fileOf, key, nameOf, relativeSource } from './modules.js';
import { calledAsItIs } from './problems.js';
import { sourceName } from '../ir/names.js';

/** What is emitted, and for each function that is not, the call that blocks it. */
export interface Plan {
  readonly emitted: ReadonlySet<string>;
  /** A function whose call (left after inlining) reaches a function that cannot be differentiated. */
  readonly blocked: ReadonlyMap<string, { call: Call; callee: string }>;
  /**
   * Tests of the project (functions returning a boolean) that emitted code still calls, not
   * inlined (recursive, tagged @noinline, or long), which their module does not export: the
   * generated module has a private copy of each, and no derivative (a boolean has none).
   */
  readonly primals: ReadonlySet<string>;
}

export function planEmission(modules: ReadonlyMap<string, Module>, problems: ReadonlyMap<string, readonly Diagnostic[]>): Plan {
  const exists = (k: string) => modules.get(fileOf(k))?.funcs.has(nameOf(k)) ?? false;
  const blocked = new Map<string, { call: Call; callee: string }>();
  for (let grew = true; grew;) {
    grew = false;
    for (const m of modules.values()) {
      for (const fn of m.funcs.values()) {
        const k = key(m.file, fn.name);
        if (problems.has(k) || blocked.has(k)) continue;
        for (const call of callsIn(fn.body)) {
          if (call.callee.vjp !== 'generated') continue;
          const callee = key(call.callee.file, call.callee.name);
          if (problems.has(callee) || blocked.has(callee) || !exists(callee)) {
            blocked.set(k, { call, callee });
            grew = true;
            break;
          }
        }
      }
    }
  }
  // (a predicate has no vjp: it is inlined into its callers)
  const ok = (k: string) => exists(k) && !problems.has(k) && !blocked.has(k) && !modules.get(fileOf(k))!.package &&
    !modules.get(fileOf(k))!.funcs.get(nameOf(k))!.returnsBoolean && !modules.get(fileOf(k))!.funcs.get(nameOf(k))!.returnsArray &&
    modules.get(fileOf(k))!.funcs.get(nameOf(k))!.projection === undefined;
  // every exported function of an input, then what the emitted functions still call
  const emitted = new Set<string>();
  const work: string[] = [];
  const emit = (k: string) => { if (!emitted.has(k) && ok(k)) { emitted.add(k); work.push(k); } };
  for (const m of modules.values()) if (m.input) for (const fn of m.funcs.values()) if (fn.exported) emit(key(m.file, fn.name));
  // (a test called as it is: exported, its module's own is imported; else copied, with what it calls)
  const primals = new Set<string>();
  const copy = (k: string) => {
    const fn = modules.get(fileOf(k))?.funcs.get(nameOf(k));
    if (!primals.has(k) && fn && !fn.exported && !problems.has(k) && !blocked.has(k)) { primals.add(k); work.push(k); }
  };
  while (work.length > 0) {
    const k = work.pop()!;
    for (const call of callsIn(modules.get(fileOf(k))!.funcs.get(nameOf(k))!.body)) {
      if (call.callee.vjp !== 'generated') continue;
      const ck = key(call.callee.file, call.callee.name);
      if (calledAsItIs(call)) copy(ck);
      else emit(ck);
    }
  }
  return { emitted, blocked, primals };
}

export interface Report {
  diagnostics: Diagnostic[];
  notes: Diagnostic[];
  failed: Record<string, Diagnostic[]>;
}

/**
 * What each module reports: for every exported function of an input that gets no gradient,
 * why (its own problems, or the call that blocks it and, in the module where it lies, the
 * problem behind that call); notes for exported functions that are not differentiated.
 */
export function report(modules: ReadonlyMap<string, Module>, problems: ReadonlyMap<string, readonly Diagnostic[]>, plan: Plan): Map<string, Report> {
  const reports = new Map<string, Report>();
  // (a module compiled for its callers: notes about the functions the inputs reach only, trial36)
  const reach = reached(modules);
  const noted = (m: Module) => (m.input ? m.trace?.notes ?? [] : m.trace?.notes.filter((d) => reach.has(key(m.file, m.trace!.noteSubjects.get(d) ?? ''))) ?? []);
  for (const m of modules.values()) reports.set(m.key, { diagnostics: m.error ? [m.error] : [], notes: [...noted(m)], failed: {} });
  // (once each, by what it says and where: a helper returning an object is lowered once per
  // property, and each of those refused the same call: three identical TSG2002s, trial33)
  const reported = new Set<string>();
  const put = (file: string, d: Diagnostic) => {
    const said = JSON.stringify([resolve(d.file), d.line, d.column, d.code, d.message]);
    if (reported.has(said)) return;
    reported.add(said);
    reports.get(resolve(file))!.diagnostics.push(d);
  };
  /** The problems behind a function's missing vjp, following blocking calls to their end. */
  const causes = (k: string): { chain: Diagnostic[]; roots: [string, readonly Diagnostic[]] } => {
    const chain: Diagnostic[] = [];
    const seen = new Set<string>();
    for (let at = k; ; ) {
      const own = problems.get(at);
      if (own) return { chain, roots: [at, own] };
      const b = plan.blocked.get(at);
      if (!b || seen.has(at)) return { chain, roots: [at, []] };
      seen.add(at);
      chain.push(blocking(at, b.call, b.callee, problems, plan, modules));
      at = b.callee;
    }
  };
  for (const m of modules.values()) {
    if (!m.input || !m.trace) continue;
    const r = reports.get(m.key)!;
    for (const [name, kind] of m.trace.exports) {
      const k = key(m.file, name);
      if (plan.emitted.has(k)) continue;
      if (!problems.has(k) && !plan.blocked.has(k)) continue; // nothing to differentiate (a note says so)
      const { chain, roots: [rootKey, roots] } = causes(k);
      const why = [...chain.slice(0, 1), ...roots];
      r.failed[name] = why;
      if (kind === 'required') {
        if (chain[0]) put(m.file, chain[0]);
        for (const d of roots) put(fileOf(rootKey), d);
      } else {
        const first = why[0];
        if (first) {
          r.notes.push({ ...first, code: 'TSG1010', severity: 'info', message: kind === 'objectParam'
            ? `'${name}' takes an object of numbers, which has no key in a gradient: it gets no gradient of its own (the functions that call it, of its module or of another, pass the object, and are differentiated): ${first.message}`
            : `'${name}' gets no vjp (it returns nothing, so only callers would use it): ${first.message}` });
        }
      }
    }
  }
  for (const r of reports.values()) {
    const order = (a: Diagnostic, b: Diagnostic) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1);
    r.diagnostics.sort(order);
    r.notes.sort(order);
  }
  return reports;
}

/** The functions the inputs' functions call, directly or through others, by key (the inputs' own included). */
function reached(modules: ReadonlyMap<string, Module>): Set<string> {
  const seen = new Set<string>();
  const work: string[] = [];
  const add = (k: string) => { if (!seen.has(k)) { seen.add(k); work.push(k); } };
  for (const m of modules.values()) if (m.input && m.trace) for (const f of m.trace.funcs) add(key(m.file, f.name));
  while (work.length > 0) {
    const k = work.pop()!;
    const m = modules.get(fileOf(k));
    const fn = m?.lowered.get(nameOf(k));
    if (!m?.trace) continue;
    for (const callee of m.trace.calls.get(nameOf(k)) ?? []) add(key(m.file, callee));
    if (!fn) continue;
    for (const s of statements(fn.body)) if (s.kind === 'call') add(key(s.callee.file, s.callee.name));
  }
  return seen;
}

/** TSG2003 at the call that keeps `caller` from a vjp. */
function blocking(caller: string, call: Call, callee: string, problems: ReadonlyMap<string, readonly Diagnostic[]>, plan: Plan,
  modules: ReadonlyMap<string, Module>): Diagnostic {
  const file = fileOf(caller);
  // (as the source names it: `add`, not its private copy `add$options` or its trace `add.x`)
  const name = sourceName(call.callee.projection?.of ?? nameOf(callee));
  const where = fileOf(callee) === file ? '' : ` of ${relativeSource(file, fileOf(callee))}`;
  const own = problems.get(callee)?.[0];
  const why = own ? `${own.code} at ${relativeSource(file, own.file)}:${own.line}:${own.column}: ${own.message}`
    : plan.blocked.has(callee) ? `it calls '${sourceName(plan.blocked.get(callee)!.call.callee.projection?.of ?? nameOf(plan.blocked.get(callee)!.callee))}', which cannot be differentiated either`
      : modules.get(fileOf(callee))?.error ? `its module could not be read` : 'it has no body tsgrad can read';
  return {
    code: 'TSG2003', file, ...call.at,
    message: `'${nameOf(caller)}' gets no gradient: it calls '${name}'${where}, which tsgrad cannot differentiate (${why})`,
    hint: `fix '${name}' (see its own error), ${registrable(call, name)}, or keep '${nameOf(caller)}' from calling it`,
  };
}

/**
 * The hint's registration of a derivative for the callee: `register a derivative for it
 * (export 'g_vjp' beside it)` where tsgrad would call one (README, "Registered derivatives":
 * it takes the callee's numbers and arrays, and returns its number). Of a callee that takes an
 * object of numbers (one number per property in the call: `s_a`) or returns one (`g.a`), a
 * `g_vjp` would not be called (an exported function's object parameter is refused, TSG2002):
 * the code tsgrad cannot read goes into a helper of numbers, whose derivative can be registered.
 */
function registrable(call: Call, name: string): string {
  const objects = [...new Set(call.callee.params.flatMap((p) => (p.of !== undefined ? [p.of] : [])))];
  // (a helper taking an array of rows, always inlined: a g_vjp would not be called; calls.ts)
  if (call.callee.inlineOnly?.why) return `move the code tsgrad cannot read into a helper that takes numbers and arrays of numbers (a row, rows[i]) and returns one number, and register that helper's derivative (export its _vjp beside it: '${name}' takes an array of rows, and tsgrad inlines such a helper rather than call it)`;
  if (objects.length === 0 && call.callee.projection === undefined) return `register a derivative for it (export '${name}_vjp' beside it)`;
  const fields = (of: string) => call.callee.params.filter((p) => p.of === of).map((p) => `${of}.${p.key.slice(of.length + 1)}`);
  const why = objects.length > 0 ? `takes an object (${objects.map((o) => `'${o}'`).join(', ')})` : 'returns an object';
  const numbers = objects.length > 0 ? ` (${objects.flatMap(fields).join(', ')})` : '';
  return `move the code tsgrad cannot read into a helper that takes${numbers ? ' the numbers' : ' numbers'}${numbers} and returns one number, and register that helper's derivative (export its _vjp beside it: tsgrad takes a registered derivative for a function of numbers and arrays that returns a number, and '${name}' ${why})`;
}
