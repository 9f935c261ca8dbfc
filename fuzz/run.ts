/**
 * The fuzzer's driver: generates groups of modules, compiles them in batches with compileFiles
 * (refused functions are taken out, with their callers, and the rest compiled again), loads the
 * sources and the generated modules, runs the checks, type-checks a sample of the output under
 * tsc --strict, minimises failures and summarises.
 */
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import ts from 'typescript';
import { definer, type Fn, type Group, type Input, type Module, type Target } from './ast.js';
import { checkPoint, type Failure } from './check.js';
import type { Feature } from './features.js';
import { Generator } from './generate.js';
import { copyInput, Interpreter, type Kernels } from './interpret.js';
import { ModuleSet, type Exports } from './load.js';
import { printModule, type Printed } from './print.js';
import { Rng, subSeed } from './rng.js';

/** What the fuzzer needs from tsgrad: compileFiles and the runtime (its tape and kernels). */
export interface Tsgrad {
  compileFiles(files: string[]): { sourceFile: string; outputFile: string; code?: string; diagnostics: { code: string; message: string; line: number; file: string }[]; notes: { code: string; message: string }[] }[];
  runtime: Exports & Kernels & { tape: { top: number; values: Float64Array; reserve(top: number, more: number): Float64Array } };
  /** The project's root: temp dirs get node_modules/tsgrad pointing there. */
  root: string;
}

export interface Outcome {
  index: number;
  module: string;
  fn: string;
  status: 'pass' | 'fail' | 'refused';
  failures: Failure[];
  /** Mismatches that rounding alone makes at an ill-conditioned point (check.ts roundingOnly): listed, not failures. */
  illConditioned?: Failure[];
  code?: string;
  message?: string;
  /** The code the generator marked it to be refused with, by design (classOrder's TSG1002, moduleScratch's TSG1008). */
  byDesign?: string;
  features: string[];
  /** Of a function checked: whether its f_jvp was checked too (false: a TSG2004 note says why it has none). */
  jvp?: boolean;
  /** Of a function checked: at how many points its f_hvp was checked against differences of gradients (undefined: it has no f_hvp, a TSG2005 note says why), and its Hessian's symmetry. */
  hvp?: number;
  hessian?: number;
}

export interface FuzzOptions {
  count: number;
  seed: number;
  features: Set<Feature>;
  /** Tested functions per group (a library and one or two modules calling it). */
  groupSize?: number;
  /** Groups per compileFiles call. */
  groupsPerBatch?: number;
  /** Share of batches whose output is type-checked with tsc --strict (the first always is). */
  tscShare?: number;
  log?: (line: string) => void;
}

const fnOf = (m: Module, name: string): Fn => m.fns.find((f) => f.name === name)!;

/** Names of the user functions a function calls. */
function callees(f: Fn): string[] {
  const out: string[] = [];
  JSON.stringify(f.body, (k, v) => {
    if (v && typeof v === 'object' && (v.k === 'call' || v.k === 'callstmt')) out.push(v.fn);
    return v;
  });
  return out;
}

/** Drops functions, and what calls them; prunes imports. Returns the dropped names. */
function drop(modules: Module[], dead: Map<string, string>): Map<string, string> {
  const key = (m: Module, f: string) => `${m.name}.${f}`;
  const byName = new Map(modules.map((m) => [m.name, m]));
  const resolve = (m: Module, name: string): string | undefined => {
    const d = definer(modules, m, name);
    return d ? key(d, name) : undefined;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (const m of modules) {
      for (const f of m.fns) {
        if (dead.has(key(m, f.name))) continue;
        for (const c of callees(f)) {
          const r = resolve(m, c);
          if (r && dead.has(r)) {
            dead.set(key(m, f.name), dead.get(r)!);
            changed = true;
            break;
          }
        }
      }
    }
  }
  for (const m of modules) m.fns = m.fns.filter((f) => !dead.has(key(m, f.name)));
  for (const m of modules) {
    for (const i of m.imports) {
      // (the minimiser may have removed the whole module)
      const from = byName.get(i.from);
      i.names = from ? i.names.filter((n) => definer(modules, from, n)) : [];
    }
    m.imports = m.imports.filter((i) => i.names.length);
  }
  return dead;
}

export interface BatchResult { outcomes: Outcome[]; tscChecked: number }

/** Compiles, loads and checks `groups` in a fresh temp dir, removed at the end. */
/** CPU milliseconds spent per phase (FUZZ_TIMES=1 prints them). */
export const times: Record<string, number> = { generate: 0, compile: 0, tsc: 0, check: 0 };
const timed = <T>(phase: string, f: () => T): T => {
  const t0 = process.cpuUsage();
  try {
    return f();
  } finally {
    const t = process.cpuUsage(t0);
    times[phase] = (times[phase] ?? 0) + (t.user + t.system) / 1000;
  }
};

/** `opts.tsc`: which of `groups` (by position) to type-check with tsc --strict. */
export function runBatch(tsgrad: Tsgrad, groups: Group[], opts: { tsc: boolean[]; seed: number }): BatchResult {
  const dir = mkdtempSync(join(tmpdir(), 'tsgrad-fuzz-'));
  try {
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(tsgrad.root, join(dir, 'node_modules', 'tsgrad'), 'dir');
    return runIn(dir, tsgrad, groups, opts);
  } finally {
    // FUZZ_KEEP=1 leaves the sources and generated modules of each batch for a look (path on stderr)
    if (process.env.FUZZ_KEEP) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function runIn(dir: string, tsgrad: Tsgrad, groups: Group[], opts: { tsc: boolean[]; seed: number }): BatchResult {
  const modules = groups.flatMap((g) => g.modules);
  const targets = groups.flatMap((g) => g.targets);
  const outcomes = new Map<number, Outcome>();
  const targetKey = new Map(targets.map((t) => [`${t.module}.${t.fn}`, t]));
  const features = new Map(targets.map((t) => [t.index, fnOf(modules.find((m) => m.name === t.module)!, t.fn).features]));
  const featuresOf = (t: Target): string[] => features.get(t.index)!;
  // (the classOrder feature: functions that read a field before it is assigned, which tsgrad must refuse)
  const mustRefuse = new Set(targets.filter((t) => fnOf(modules.find((m) => m.name === t.module)!, t.fn).refuse).map((t) => t.index));
  // (what each is refused with, and why: kept, as refused functions leave the modules)
  const design = new Map(targets.map((t) => { const f = fnOf(modules.find((m) => m.name === t.module)!, t.fn); return [t.index, { refuse: f.refuse, why: f.refuseWhy }] as const; }));
  // (functions refused by a diagnostic in a classOrder class: a construction order tsgrad documents, refused)
  const inOrderClass = new Set<string>();
  const settle = (t: Target, o: Omit<Outcome, 'index' | 'module' | 'fn' | 'features'>): void => {
    if (!outcomes.has(t.index)) outcomes.set(t.index, { index: t.index, module: t.module, fn: t.fn, features: featuresOf(t), ...(mustRefuse.has(t.index) ? { byDesign: design.get(t.index)!.refuse } : {}), ...o });
  };

  // compile; take refused functions out (with their callers) and compile the rest again
  let results: ReturnType<Tsgrad['compileFiles']> = [];
  let printed = new Map<string, Printed>();
  // (every code each function is refused with, over the rounds: one refused by design must have its own among them)
  const codesOf = new Map<string, Set<string>>();
  const addCode = (key: string, code: string): void => { codesOf.set(key, (codesOf.get(key) ?? new Set()).add(code)); };
  for (let round = 0; ; round++) {
    printed = new Map(modules.map((m) => [m.name, printModule(m)]));
    for (const m of modules) writeFileSync(join(dir, `${m.name}.ts`), printed.get(m.name)!.text);
    try {
      results = timed('compile', () => tsgrad.compileFiles(modules.map((m) => join(dir, `${m.name}.ts`))));
    } catch (e) {
      for (const t of targets) settle(t, { status: 'fail', failures: [{ kind: 'compiler-crash', detail: String((e as Error).stack ?? e).slice(0, 400) }] });
      return { outcomes: [...outcomes.values()], tscChecked: 0 };
    }
    const dead = new Map<string, string>();
    const why = new Map<string, { code: string; message: string }>();
    // TSG2003: a call of a function that gets no gradient; the callee's own code says why
    const callers: string[] = [];
    for (const r of results) {
      const m = modules.find((x) => `${x.name}.ts` === basename(r.sourceFile))!;
      for (const d of r.diagnostics) {
        const dm = modules.find((x) => `${x.name}.ts` === basename(d.file)) ?? m;
        const lines = printed.get(dm.name)!.lines;
        const hit = [...lines].find(([, [a, b]]) => d.line >= a && d.line <= b);
        // (in a class: the functions that make or use its instances; what calls them follows in drop().
        // In a classOrder class, those that make it or call a static method on it: its
        // instances are made in the functions that use them)
        // (and of a classOrder base class, those that make a class extending it)
        const ordered = (cls: string): boolean => (dm.orderClasses ?? []).some((c) => c.name === cls);
        const family = (cls: string): string[] => [cls, ...(dm.orderClasses ?? []).filter((c) => c.base === cls).flatMap((c) => family(c.name))];
        const users = (cls: string): string[] => dm.fns.filter((f) => { const t = JSON.stringify(f.body); return family(cls).some((x) => t.includes(`"cls":"${x}"`)) || (!ordered(cls) && t.includes('"k":"mcall"')); }).map((f) => f.name);
        const names = hit ? hit[0].startsWith('class ') ? users(hit[0].slice(6)) : [hit[0]] : dm.fns.map((f) => f.name);
        if (d.code === 'TSG2003' && hit) {
          callers.push(`${dm.name}.${hit[0]}`);
          if (!why.has(callers.at(-1)!)) why.set(callers.at(-1)!, { code: d.code, message: `${d.message} (line ${d.line})` });
          continue;
        }
        for (const n of names) {
          addCode(`${dm.name}.${n}`, d.code);
          if (hit && hit[0].startsWith('class ') && (dm.orderClasses ?? []).some((c) => `class ${c.name}` === hit[0])) inOrderClass.add(`${dm.name}.${n}`);
          dead.set(`${dm.name}.${n}`, `${dm.name}.${n}`);
          if (!why.has(`${dm.name}.${n}`)) why.set(`${dm.name}.${n}`, { code: d.code, message: `${d.message} (line ${d.line})` });
        }
      }
      if (!r.code && !r.diagnostics.length) {
        // nothing emitted and nothing said: a failure of the functions tested in that module
        for (const f of m.fns) {
          const t = targetKey.get(`${m.name}.${f.name}`);
          if (t) settle(t, { status: 'fail', failures: [{ kind: 'no-output', detail: `no generated code for ${m.name}.ts and no diagnostic` }] });
        }
      }
    }
    if (!dead.size && !callers.length) break;
    drop(modules, dead);
    const alive = callers.filter((k) => !dead.has(k));
    if (alive.length) {
      for (const k of alive) dead.set(k, k);
      drop(modules, dead);
    }
    for (const [k, origin] of dead) {
      const t = targetKey.get(k);
      if (!t) continue;
      if (outcomes.has(t.index)) continue;
      const w = why.get(origin) ?? { code: 'TSG????', message: 'no output and no diagnostic' };
      const via = origin === k ? '' : ` (in ${origin}, which it calls)`;
      if (w.code === 'TSG9001' || w.code === 'TSG????') settle(t, { status: 'fail', failures: [{ kind: w.code === 'TSG9001' ? 'internal-error' : 'no-output', detail: w.message + via }] });
      // (a classOrder class that reads nothing before it is assigned: its order is the documented one)
      else if (inOrderClass.has(origin) && !mustRefuse.has(t.index)) settle(t, { status: 'fail', failures: [{ kind: 'order-refused', detail: `${w.code} ${w.message}${via}` }] });
      // (refused by design, but not with the code the design says: e.g. a moduleScratch form refused for another reason)
      else if (mustRefuse.has(t.index) && !codesOf.get(k)?.has(design.get(t.index)!.refuse!)) {
        const f = design.get(t.index)!;
        settle(t, { status: 'fail', failures: [{ kind: 'wrong-refusal', detail: `refused with ${w.code} (${w.message}${via}), where tsgrad refuses ${f.why ?? 'it'} with ${f.refuse}` }] });
      }
      else settle(t, { status: 'refused', failures: [], code: w.code, message: w.message + via });
    }
    if (round >= 6) {
      for (const t of targets) settle(t, { status: 'fail', failures: [{ kind: 'no-convergence', detail: 'diagnostics after 6 rounds' }] });
      return { outcomes: [...outcomes.values()], tscChecked: 0 };
    }
  }

  // a function that reads a field before its constructor assigns it (the classOrder feature) is
  // refused by design: compiled, it fails
  // (a moduleScratch form, refuseWhy: checked at its points too, below, so that what its values
  // would be shows beside the not-refused failure)
  const notRefused = new Map<number, Failure>();
  for (const t of targets) {
    if (outcomes.has(t.index) || !mustRefuse.has(t.index)) continue;
    const f = fnOf(modules.find((m) => m.name === t.module)!, t.fn);
    if (f.refuseWhy) {
      notRefused.set(t.index, { kind: 'not-refused', detail: `compiled, where tsgrad refuses ${f.refuseWhy} (${f.refuse}, a module-level scratch buffer)` });
      continue;
    }
    settle(t, { status: 'fail', failures: [{ kind: 'not-refused', detail: `compiled, where tsgrad refuses a field read before its constructor assigns it (${f.refuse})` }] });
  }

  // load the sources and the generated modules
  const texts = new Map<string, string>();
  for (const m of modules) texts.set(m.name, printed.get(m.name)!.text);
  const generatedText = new Map<string, string>();
  for (const r of results) {
    if (r.code === undefined) continue;
    const name = basename(r.outputFile).replace(/\.ts$/, '');
    texts.set(name, r.code!);
    generatedText.set(name, r.code!);
    writeFileSync(join(dir, basename(r.outputFile)), r.code!);
  }
  // functions that get no f_jvp, and the note that says why (TSG2004)
  const noJvp = new Map<string, string>();
  const noHvp = new Map<string, string>();
  for (const r of results) {
    for (const d of r.notes) {
      const fn = d.code === 'TSG2004' ? /^'([^']+)' gets no jvp/.exec(d.message)?.[1] : undefined;
      if (fn) noJvp.set(`${basename(r.sourceFile).replace(/\.ts$/, '')}.${fn}`, d.message);
      const fh = d.code === 'TSG2005' ? /^'([^']+)' gets no hvp/.exec(d.message)?.[1] : undefined;
      if (fh) noHvp.set(`${basename(r.sourceFile).replace(/\.ts$/, '')}.${fh}`, d.message);
    }
  }
  const set = new ModuleSet(texts, tsgrad.runtime);
  const interp = new Interpreter(modules, tsgrad.runtime);

  // type-check the output
  let tscChecked = 0;
  const checked = groups.filter((_, i) => opts.tsc[i]);
  if (checked.length) {
    const ms = checked.flatMap((g) => g.modules);
    const ts = checked.flatMap((g) => g.targets);
    tscChecked = ts.filter((t) => !outcomes.has(t.index)).length;
    const gen = new Map([...generatedText].filter(([n]) => ms.some((m) => `${m.name}.grad` === n)));
    // every kind of tsc error of a function (the minimiser must see a tsc-source error beside a tsc one)
    const errors = new Map<Target, Failure[]>();
    const add = (t: Target, f: Failure): void => {
      const list = errors.get(t) ?? [];
      if (!list.some((g) => g.kind === f.kind)) list.push(f);
      errors.set(t, list);
    };
    for (const f of timed('tsc', () => typeCheck(dir, ms, gen))) {
      const t = targetKey.get(f.key);
      if (t && !outcomes.has(t.index)) add(t, f.failure);
      else if (!t) {
        // an error outside the tested functions: every function of the module
        for (const u of targets) if (u.module === f.key.split('.')[0] && !outcomes.has(u.index)) add(u, f.failure);
      }
    }
    for (const [t, failures] of errors) settle(t, { status: 'fail', failures });
  }

  for (const t of targets) {
    if (outcomes.has(t.index)) continue;
    const m = modules.find((x) => x.name === t.module)!;
    let source: Exports;
    let generated: Exports;
    try {
      source = set.require(t.module);
      generated = set.require(`${t.module}.grad`);
    } catch (e) {
      settle(t, { status: 'fail', failures: [{ kind: 'load', detail: String((e as Error).message) }] });
      continue;
    }
    const rng = new Rng(subSeed(opts.seed, 1_000_000 + t.index));
    const failures: Failure[] = notRefused.has(t.index) ? [notRefused.get(t.index)!] : [];
    const illConditioned: Failure[] = [];
    const second = { hvp: 0, hessian: 0 };
    const fn = fnOf(m, t.fn);
    // a function of a module-level scratch buffer: called first at its last point (the source and
    // the reference, whose buffers persist across calls as JavaScript's do), then checked at each
    // point in order, so that each check follows calls at other inputs and a value an earlier call
    // left in the buffer, read, shows as a value or gradient failure
    if (fn.features.includes('moduleScratch') && t.inputs.length > 1 && !fn.params.some((p) => p.ty === 'rows')) {
      const last = t.inputs[t.inputs.length - 1]!;
      try { (source[t.fn] as (...a: unknown[]) => unknown)(...last.map(copyInput)); } catch { /* checked below */ }
      try { interp.run(t.module, t.fn, last, true); } catch { /* checked below */ }
    }
    for (const inputs of t.inputs) {
      let found: Failure[];
      try {
        found = timed('check', () => checkPoint({ interp, tape: tsgrad.runtime.tape, source, generated, module: t.module, fn: fnOf(m, t.fn), rng, noJvp: noJvp.get(`${t.module}.${t.fn}`), noHvp: noHvp.get(`${t.module}.${t.fn}`), second, single: /Float32Array|fround/.test(texts.get(t.module) ?? '') }, inputs));
      } catch (e) {
        // (a form refused by design, compiled: the reference may leave its domain at calls after others)
        if (!notRefused.has(t.index)) throw e;
        found = [{ kind: 'check-crash', detail: String((e as Error).message) }];
      }
      for (const f of found) {
        const into = f.illConditioned ? illConditioned : failures;
        if (!into.some((g) => g.kind === f.kind)) into.push(f);
      }
    }
    const hasHvp = typeof generated[`${t.fn}_hvp`] === 'function';
    settle(t, {
      status: failures.length ? 'fail' : 'pass', failures, ...(illConditioned.length ? { illConditioned } : {}),
      jvp: typeof generated[`${t.fn}_jvp`] === 'function', ...(hasHvp ? { hvp: second.hvp, hessian: second.hessian } : {}),
    });
  }
  return { outcomes: [...outcomes.values()], tscChecked };
}

/** tsc's codes for a name declared and never read (--noUnusedLocals): the random sources may have them, generated modules not. */
const unusedCodes: ReadonlySet<number> = new Set([6133, 6192, 6196, 6198, 6199, 6205]);

/** tsc --strict --noUnusedLocals --noEmit over the sources and the generated modules; errors by function. */
function typeCheck(dir: string, modules: Module[], generated: Map<string, string>): { key: string; failure: Failure }[] {
  const files = [...modules.map((m) => join(dir, `${m.name}.ts`)), ...[...generated.keys()].map((n) => join(dir, `${n}.ts`))];
  const program = ts.createProgram(files, {
    strict: true, noUnusedLocals: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, types: [], lib: ['lib.es2023.d.ts'],
  });
  const out: { key: string; failure: Failure }[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? basename(d.file.fileName) : '';
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || !files.includes(d.file.fileName)) {
      out.push({ key: '?', failure: { kind: 'tsc', detail: `TS${d.code}: ${text}` } });
      continue;
    }
    const line = d.file.getLineAndCharacterOfPosition(d.start ?? 0).line;
    const lines = d.file.text.split('\n');
    const module = file.replace(/(\.grad)?\.ts$/, '');
    const isGenerated = file.endsWith('.grad.ts');
    if (!isGenerated && unusedCodes.has(d.code)) continue;
    // the enclosing function: the nearest `function name` line above the error
    let fn = '?';
    for (let l = line; l >= 0; l--) {
      const m = /^(?:export )?function (\w+?)(?:_vjp|_grad)?\(/.exec(lines[l]!);
      if (m) { fn = m[1]!; break; }
    }
    out.push({
      key: `${module}.${fn}`,
      failure: { kind: isGenerated ? 'tsc' : 'tsc-source', detail: `${file}:${line + 1} TS${d.code}: ${text} (line: ${lines[line]!.trim()})`, fn },
    });
  }
  return out;
}

export interface Summary {
  outcomes: Outcome[];
  tscChecked: number;
  /** The groups, by target index, for minimisation. */
  groups: Group[];
}

/** Generates and checks `count` functions. */
export function fuzz(tsgrad: Tsgrad, opts: FuzzOptions): Summary {
  const groupSize = opts.groupSize ?? 40;
  const perBatch = opts.groupsPerBatch ?? 8;
  const gen = new Generator({ seed: opts.seed, features: opts.features, kernels: tsgrad.runtime });
  const outcomes: Outcome[] = [];
  const groups: Group[] = [];
  let tscChecked = 0;
  let made = 0;
  let g = 0;
  for (let batch = 0; made < opts.count; batch++) {
    const these: Group[] = [];
    for (let k = 0; k < perBatch && made < opts.count; k++, g++) {
      const group = timed('generate', () => gen.group(g, Math.min(groupSize, opts.count - made), made));
      made += group.targets.length;
      these.push(group);
    }
    // keep a copy of each group as generated (the batch removes refused functions)
    groups.push(...these.map((x) => structuredClone(x)));
    const share = opts.tscShare ?? 0.1;
    const pick = new Rng(subSeed(opts.seed, 2_000_000 + batch));
    const tsc = these.map((_, i) => (batch === 0 && i === 0) || pick.chance(share));
    const r = runBatch(tsgrad, these, { tsc, seed: opts.seed });
    outcomes.push(...r.outcomes);
    tscChecked += r.tscChecked;
    opts.log?.(`batch ${batch}: ${made}/${opts.count} functions, ${outcomes.filter((o) => o.status === 'fail').length} failing, ${outcomes.filter((o) => o.status === 'refused').length} refused`);
  }
  outcomes.sort((a, b) => a.index - b.index);
  if (process.env.FUZZ_TIMES) opts.log?.(Object.entries(times).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', '));
  return { outcomes, tscChecked, groups };
}

/** The summary table: counts, failures by kind, refusals by code, and per construct. */
export function table(s: Summary): string {
  const o = s.outcomes;
  const n = (st: Outcome['status']) => o.filter((x) => x.status === st).length;
  const lines: string[] = [];
  const pct = (k: number) => `${((100 * k) / Math.max(1, o.length)).toFixed(2)}%`;
  lines.push(`functions ${o.length}   passed ${n('pass')}   failed ${n('fail')} (${pct(n('fail'))})   refused ${n('refused')} (${pct(n('refused'))})   tsc --strict on ${s.tscChecked}`);
  const count = (keys: string[]) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].sort((a, b) => b[1] - a[1]);
  };
  const withJvp = o.filter((x) => x.jvp === true).length;
  const withoutJvp = o.filter((x) => x.jvp === false).length;
  lines.push(`f_jvp checked on ${withJvp}; no f_jvp (a registered derivative, TSG2004) on ${withoutJvp}`);
  const checkedOnes = o.filter((x) => x.status !== 'refused');
  lines.push(`f_hvp on ${checkedOnes.filter((x) => x.hvp !== undefined).length} (against differences of gradients on ${o.filter((x) => (x.hvp ?? 0) > 0).length}, at ${o.reduce((s, x) => s + (x.hvp ?? 0), 0)} points; Hessian symmetry on ${o.filter((x) => (x.hessian ?? 0) > 0).length}); no f_hvp (TSG2005) on ${checkedOnes.filter((x) => x.hvp === undefined).length}`);
  const kinds = count(o.flatMap((x) => x.failures.map((f) => f.kind)));
  if (kinds.length) lines.push('failed by check:   ' + kinds.map(([k, v]) => `${k} ${v}`).join(', '));
  const ill = o.filter((x) => x.illConditioned);
  if (ill.length) {
    lines.push(`ill-conditioned (not failures: the mismatch is what rounding alone moves it by at nearby points) ${ill.length}:`);
    for (const x of ill) for (const f of x.illConditioned!) lines.push(`  #${x.index} ${x.module}.${x.fn} ${f.kind}: ${f.detail}`);
  }
  const codes = count(o.filter((x) => x.status === 'refused').map((x) => x.code!));
  if (codes.length) lines.push('refused by code:   ' + codes.map(([k, v]) => `${k} ${v}`).join(', '));
  const design = o.filter((x) => x.byDesign);
  if (design.length) lines.push(`refused by design (marked by the generator): ${design.filter((x) => x.status === 'refused').length} of ${design.length} marked`);
  const feats = [...new Set(o.flatMap((x) => x.features))].sort();
  lines.push('', 'construct          functions   pass   fail  refused');
  for (const f of feats) {
    const with_ = o.filter((x) => x.features.includes(f));
    const c = (st: Outcome['status']) => with_.filter((x) => x.status === st).length;
    lines.push(`${f.padEnd(18)} ${String(with_.length).padStart(9)} ${String(c('pass')).padStart(6)} ${String(c('fail')).padStart(6)} ${String(c('refused')).padStart(8)}`);
  }
  return lines.join('\n');
}

export type { Input };
