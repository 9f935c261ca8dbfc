import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileFiles, traceFiles } from '../compiler/index.js';
import { calleesOf, interpret } from '../compiler/interpret/interpret.js';
import type { ProgramTraces } from '../compiler/index.js';
import type { Func } from '../compiler/ir/types.js';
import { statements } from '../compiler/ir/walk.js';
import type { CheckCommand } from './args.js';
import { declaredParams, defaultDomain, readDomains, type Param, rng, sampleDomain, stringChoices, type Domain } from './domains.js';
import { CliError, errorMessage } from './errors.js';
import { count, formatDiagnostic, formatErrorSummary, shouldUseColour } from './format.js';
import { expandInputs } from './inputs.js';
import type { CliIO } from './io.js';
import { importModule, loadExternals, runtimeUrl, type ModuleExports } from './load.js';
import { displayPath } from './paths.js';

type Fn = (...args: unknown[]) => unknown;

/** One function's verdict: the largest errors over its points (NaN where nothing was compared). */
interface Verdict {
  name: string;
  points: number;
  revFd: number;
  revFwd: number;
  /** Where the forward-mode derivative came from: the generated `f_jvp`, or tsgrad's IR interpreter. */
  fwd: 'jvp' | 'interpreter' | 'none';
  status: 'ok' | 'FAIL' | 'error';
  /** Why, when not ok (the first disagreement, with its point), or a note. */
  note?: string;
}

/**
 * `tsgrad check <files>`: compiles each file, loads the generated module, and at random points
 * of each exported function's domain compares the reverse-mode gradient (`f_grad`) with
 * central differences (Richardson-extrapolated) and with forward mode (`f_jvp` if the module
 * has one, else the IR interpreter's tangents) along a random direction. Prints a table;
 * exit 1 when any function disagrees (or cannot be compiled or evaluated), 0 otherwise.
 */
export async function checkCommand(command: CheckCommand, io: CliIO): Promise<number> {
  if (io.distDir === undefined) throw new CliError('tsgrad check loads the generated modules: run the built tsgrad (dist/cli/main.js)');
  const sources = await expandInputs(command.inputs, io.cwd);
  const temp = mkdtempSync(path.join(os.tmpdir(), 'tsgrad-check-'));
  try {
    // compiled as if beside their sources; written to a temporary directory with their relative
    // imports made absolute (see relocate)
    const outputPath = (source: string) => source.replace(/\.(m|c)?tsx?$/, '') + '.grad.ts';
    const results = compileFiles(sources, { outputPath, runtimeModule: runtimeUrl(io.distDir) });
    const colour = shouldUseColour(io.env, io.isTTY);
    const diagnostics = results.flatMap((r) => r.diagnostics);
    for (const d of diagnostics) io.stderr(formatDiagnostic(d, { cwd: io.cwd, colour }));
    const moved = new Map(results.map((r, i) => [r.outputFile, path.join(temp, `${i}-${path.basename(r.outputFile)}`)]));
    for (const r of results) {
      if (r.code === undefined) continue;
      writeFileSync(moved.get(r.outputFile)!, relocate(r.code, r.outputFile, moved, runtimeUrl(io.distDir)));
      r.outputFile = moved.get(r.outputFile)!;
    }
    const program = traceFiles(sources);
    const verdicts: Verdict[] = [];
    for (const r of results) {
      const shown = displayPath(r.sourceFile, io.cwd);
      for (const name of Object.keys(r.failed)) verdicts.push({ name: `${shown}:${name}`, points: 0, revFd: NaN, revFwd: NaN, fwd: 'none', status: 'error', note: `no gradient (${r.failed[name]![0]?.code ?? 'see above'})` });
      if (r.code === undefined) continue;
      let source: ModuleExports;
      let generated: ModuleExports;
      try {
        source = await importModule(path.resolve(r.sourceFile), io.distDir);
        generated = await importModule(r.outputFile, io.distDir);
      } catch (error) {
        if (error instanceof CliError) throw error;
        verdicts.push({ name: shown, points: 0, revFd: NaN, revFwd: NaN, fwd: 'none', status: 'error', note: `cannot load the module or its generated one: ${errorMessage(error).split('\n')[0]}` });
        continue;
      }
      for (const key of Object.keys(generated).filter((k) => k.endsWith('_grad')).sort()) {
        const name = key.slice(0, -'_grad'.length);
        const f = source[name];
        if (typeof f !== 'function') continue;
        verdicts.push(await checkFunction(`${shown}:${name}`, path.resolve(r.sourceFile), name, f as Fn, generated, program, command, io));
      }
      // a registered derivative (g_vjp written beside g) is checked as the user wrote it
      for (const key of Object.keys(source).filter((k) => k.endsWith('_vjp')).sort()) {
        const name = key.slice(0, -'_vjp'.length);
        const f = source[name];
        const params = declaredParams(path.resolve(r.sourceFile), name);
        if (typeof f !== 'function' || typeof source[key] !== 'function' || `${name}_grad` in generated || !params) continue;
        const registered = { [`${name}_grad`]: gradOfVjp(params, source[key] as Fn) };
        const verdict = await checkFunction(`${shown}:${name}`, path.resolve(r.sourceFile), name, f as Fn, registered, program, command, io, params);
        verdicts.push({ ...verdict, name: `${verdict.name} (${key})` });
      }
    }
    io.stdout(table(verdicts, command.tol));
    const failed = verdicts.filter((v) => v.status !== 'ok');
    if (verdicts.length === 0) io.stdout('tsgrad: no exported function returning a number to check.\n');
    else if (failed.length === 0) io.stdout(`tsgrad: ${count(verdicts.length, 'function')} agree (tolerance ${command.tol < 1e-3 ? command.tol.toExponential() : command.tol}).\n`);
    else io.stdout(`tsgrad: ${count(failed.length, 'function')} of ${verdicts.length} ${failed.length === 1 ? 'disagrees or fails' : 'disagree or fail'}: ${failed.map((v) => v.name).join(', ')}.\n`);
    if (diagnostics.length > 0) io.stderr(formatErrorSummary(diagnostics.length, new Set(diagnostics.map((d) => d.file)).size));
    return failed.length > 0 || diagnostics.length > 0 ? 1 : 0;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

async function checkFunction(label: string, file: string, name: string, f: Fn, generated: ModuleExports, program: ProgramTraces,
  command: CheckCommand, io: CliIO, declared?: readonly Param[]): Promise<Verdict> {
  const fn = declared ? undefined : program.func(file, name);
  const func = (c: { file: string; name: string }) => program.func(c.file, c.name);
  const grad = generated[`${name}_grad`] as Fn;
  const jvp = generated[`${name}_jvp`] as Fn | undefined;
  const verdict: Verdict = { name: label, points: 0, revFd: 0, revFwd: 0, fwd: typeof jvp === 'function' ? 'jvp' : fn ? 'interpreter' : 'none', status: 'ok' };
  let domains: Map<string, Domain>;
  try {
    domains = readDomains(file, name);
  } catch (error) {
    if (error instanceof CliError) return { ...verdict, status: 'error', note: error.message };
    throw error;
  }
  const params = declared ?? fn?.params ?? [];
  const unknown = [...domains.keys()].filter((k) => !params.some((p) => p.key === k));
  if (unknown.length > 0) return { ...verdict, status: 'error', note: `@domain names no parameter ${unknown.map((k) => `'${k}'`).join(', ')}` };
  // a string parameter is drawn from the values its type lists ('gauss' | 'laplace')
  const choices = new Map(params.filter((p) => p.v.type === 'str').map((p) => [p.key, stringChoices(file, p.typeText)]));
  const unsampled = [...choices].find(([, values]) => values === undefined);
  if (unsampled) return { ...verdict, status: 'error', note: `cannot sample the string parameter '${unsampled[0]}': give it a type that lists its values ('a' | 'b')` };
  // Where f stores numbers into a Float32Array (or calls Math.fround), its values carry float32's
  // rounding, and so do its differences (see float32Noise); the derivatives tsgrad computes do not.
  const float32 = fn !== undefined && roundsToFloat32(fn, func);
  const external = fn && verdict.fwd === 'interpreter' ? await loadExternals(calleesOf(fn, func), io.distDir).catch(() => undefined) : undefined;
  const random = rng(command.seed);
  const fail = (note: string) => { if (verdict.status === 'ok') { verdict.status = 'FAIL'; verdict.note = note; } };

  for (let point = 0; point < command.points; point++) {
    const args = params.map((p) => (p.v.type === 'str' ? pick(choices.get(p.key)!, random) : sampleParam(fn, p, domains.get(p.key), random)));
    const where = `at (${params.map((p, i) => `${p.key} = ${show(args[i])}`).join(', ')})`;
    let rev: Record<string, number | ArrayLike<number>>;
    let value: unknown;
    try {
      value = f(...copies(args));
      if (typeof value === 'number' && !Number.isFinite(value)) {
        verdict.points++;
        fail(`${name} is ${value} ${where}: give its parameters' domains with @domain tags (tsgrad --help)`);
        continue;
      }
      rev = (grad(...copies(args)) as { grad: Record<string, number | ArrayLike<number>> }).grad;
    } catch (error) {
      return { ...verdict, status: 'error', note: `threw ${where}: ${errorMessage(error)}` };
    }
    verdict.points++;
    // reverse against central differences, component by component
    for (const [i, p] of params.entries()) {
      // (an integer parameter is not moved: its derivative is not compared)
      if (!p.differentiable || !(p.key in rev) || domains.get(p.key)?.int) continue;
      const r = rev[p.key]!;
      const n = typeof r === 'number' ? 1 : r.length;
      for (let j = 0; j < n; j++) {
        let d: number;
        const h = step(args[i], typeof r === 'number' ? undefined : j, domains.get(p.key) ?? defaultDomain(fn, p));
        try {
          d = richardson((k) => evaluateAt(f, args, i, typeof r === 'number' ? undefined : j, k), h);
        } catch (error) {
          return { ...verdict, status: 'error', note: `threw near ${where} (moving ${p.key} by differences): ${errorMessage(error)}` };
        }
        const g = typeof r === 'number' ? r : r[j]!;
        const e = relativeError(g, d);
        verdict.revFd = Math.max(verdict.revFd, e);
        const noise = float32 ? float32Noise(value as number, h) : 0;
        if (!(e <= command.tol || Math.abs(g - d) <= noise)) fail(`∂/∂${p.key}${typeof r === 'number' ? '' : `[${j}]`} ${where}: reverse ${g}, differences ${d}${float32 ? ` (float32 rounding allows ${noise.toExponential(1)})` : ''}`);
      }
    }
    // reverse against forward mode along a random direction
    const direction = params.map((p, i) => (!p.differentiable || domains.get(p.key)?.int ? undefined : typeof args[i] === 'number' ? random() * 2 - 1
      : Float64Array.from(args[i] as ArrayLike<number>, () => random() * 2 - 1)));
    let expected = 0;
    params.forEach((p, i) => {
      const r = rev[p.key];
      const v = direction[i];
      if (r === undefined || v === undefined) return;
      if (typeof r === 'number') expected += r * (v as number);
      else for (let j = 0; j < r.length; j++) expected += r[j]! * (v as Float64Array)[j]!;
    });
    let forward: number | undefined;
    try {
      if (verdict.fwd === 'jvp') {
        const tangent = Object.fromEntries(params.flatMap((p, i) => (direction[i] === undefined ? [] : [[p.key, direction[i]]])));
        forward = (jvp!(...copies(args), tangent) as { tangent: number }).tangent;
      } else if (verdict.fwd === 'interpreter' && fn) {
        const seeds = new Map(params.map((p, i) => [p.key, direction[i]]));
        const evaluation = interpret(fn, copies(args), {
          seed: (key, element) => { const v = seeds.get(key); return v === undefined ? 0 : element === undefined ? v as number : (v as Float64Array)[element]!; },
          func, ...(external ? { external } : {}),
        });
        forward = evaluation.result?.tangent;
      }
    } catch (error) {
      if (verdict.fwd === 'interpreter') { verdict.fwd = 'none'; verdict.note ??= `forward mode not compared: ${errorMessage(error)}`; } else return { ...verdict, status: 'error', note: `${name}_jvp threw ${where}: ${errorMessage(error)}` };
    }
    if (forward !== undefined) {
      const e = relativeError(expected, forward);
      verdict.revFwd = Math.max(verdict.revFwd, e);
      if (!(e <= command.tol)) fail(`direction derivative ${where}: reverse ${expected}, forward ${forward}`);
    }
  }
  if (verdict.fwd === 'none') verdict.revFwd = NaN;
  if (float32 && verdict.status === 'ok' && verdict.revFd > command.tol) verdict.note ??= `stores into Float32Arrays: differences compared within float32's rounding (${FLOAT32_ROUNDINGS}·ε₃₂·max(1, |f|)/h), reverse and forward mode within ${command.tol < 1e-3 ? command.tol.toExponential() : command.tol}`;
  return verdict;
}

/** Float32's machine epsilon, 2⁻²³. */
const EPSILON_32 = 2 ** -23;
/** Roundings of f's value allowed for: each rounds by ε₃₂/2 of the magnitude. */
const FLOAT32_ROUNDINGS = 8;

/**
 * How far the Richardson difference of f may stray from f's derivative by float32 rounding alone:
 * each of f's four values carries an error δ of up to n·ε₃₂/2·max(1, |f|) (n roundings of numbers
 * of f's size), D(k) = (f(x+k) − f(x−k))/2k one of δ/k, and (4·D(h/2) − D(h))/3 one of
 * (4·2δ/h + δ/h)/3 = 3δ/h. Where f stores no number in a Float32Array, 0. It is absolute, so a gradient
 * error larger than float32 itself resolves at this step still fails, and reverse against
 * forward mode (both computed in float64) keeps the --tol.
 */
function float32Noise(value: number, h: number): number {
  return (3 / h) * FLOAT32_ROUNDINGS * (EPSILON_32 / 2) * Math.max(1, Math.abs(value));
}

/**
 * Whether `fn` or a function it calls allocates a Float32Array or calls Math.fround. (Float32Array
 * parameters do not count: check passes them Float64Arrays, so moving an element is exact.)
 */
function roundsToFloat32(fn: Func, func: (c: { file: string; name: string }) => Func | undefined): boolean {
  const funcs = [fn, ...calleesOf(fn, func).map((c) => (c.vjp === 'generated' ? func(c) : undefined))];
  return funcs.some((g) => g !== undefined && ([...statements(g.body)].some((s) => (s.kind === 'alloc' && s.ctor === 'Float32Array') || (s.kind === 'eq' && s.prim === 'fround'))));
}

function pick<T>(values: readonly T[], random: () => number): T {
  return values[Math.min(values.length - 1, Math.floor(random() * values.length))]!;
}

/**
 * The generated module `code`, meant for `at`, made loadable from elsewhere: the runtime is the
 * built one, and each relative
 * import becomes a file URL, of the module moved to the temporary directory when it is one of
 * this run's generated modules, else of the file it names (`./loss.js` is `./loss.ts` when only
 * that exists, as TypeScript resolves it).
 */
function relocate(code: string, at: string, moved: ReadonlyMap<string, string>, runtime: string): string {
  // (kernels are imported as the source imports them, from tsgrad/runtime)
  code = code.replace(/(\bfrom\s*)(['"])tsgrad\/runtime\2/g, (_, lead: string, quote: string) => `${lead}${quote}${runtime}${quote}`);
  return code.replace(/(\bfrom\s*|\bimport\s*)(['"])(\.{1,2}\/[^'"]+)\2/g, (text, lead: string, quote: string, specifier: string) => {
    const target = path.resolve(path.dirname(at), specifier);
    const asTs = target.replace(/\.(m|c)?js$/, '.$1ts');
    const file = moved.get(asTs) ?? (existsSync(target) ? target : existsSync(asTs) ? asTs : undefined);
    return file === undefined ? text : `${lead}${quote}${pathToFileURL(file).href}${quote}`;
  });
}

/** `g_grad` from a registered `g_vjp`: a zeroed `adj` with a key per differentiable parameter, seed 1. */
function gradOfVjp(params: readonly Param[], vjp: Fn): Fn {
  return (...args: unknown[]) => {
    const adj: Record<string, number | Float64Array> = {};
    params.forEach((p, i) => { if (p.differentiable) adj[p.key] = typeof args[i] === 'number' ? 0 : new Float64Array((args[i] as ArrayLike<number>).length); });
    const value = vjp(...args, adj, 1);
    return { value, grad: adj };
  };
}

function sampleParam(fn: Func | undefined, p: Param, annotated: Domain | undefined, random: () => number): unknown {
  if (p.v.type === 'bool') return random() < 0.5;
  const d = annotated ?? defaultDomain(fn, p);
  if (p.v.type === 'f64[]' || p.v.type === 'int[]') {
    const values = Array.from({ length: d.length ?? 4 }, () => sampleDomain(d, random));
    return p.tsType === 'number[]' ? values : p.v.type === 'int[]' ? Int32Array.from(values) : Float64Array.from(values);
  }
  return sampleDomain(d, random);
}

/** Fresh arrays for every call: a function may write into its array parameters. */
function copies(args: readonly unknown[]): unknown[] {
  return args.map((a) => (Array.isArray(a) ? [...a] : ArrayBuffer.isView(a) ? (a as Float64Array).slice() : a));
}

function evaluateAt(f: Fn, args: readonly unknown[], i: number, j: number | undefined, h: number): number {
  const moved = copies(args);
  if (j === undefined) moved[i] = (moved[i] as number) + h;
  else (moved[i] as number[])[j] = (moved[i] as number[])[j]! + h;
  return f(...moved) as number;
}

/**
 * The difference step: 1e-3 of the argument's magnitude (at least 1e-3), but a fiftieth of its
 * distance to an end of its domain, where a singularity may sit (sqrt(x - 5) on (5, 6)).
 */
function step(a: unknown, j: number | undefined, d: Domain): number {
  const x = j === undefined ? (a as number) : (a as ArrayLike<number>)[j]!;
  const scale = Math.max(1, Math.abs(x));
  const room = Math.min(x - d.lo, d.hi - x) / 50;
  return Math.max(1e-6 * scale, Math.min(1e-3 * scale, room > 0 ? room : Infinity));
}

/**
 * The derivative by central differences D(h) = (f(x+h) − f(x−h)) / 2h, extrapolated (Richardson):
 * (4·D(h/2) − D(h)) / 3 cancels the h² term, leaving O(h⁴).
 */
export function richardson(at: (h: number) => number, h: number): number {
  const d = (k: number) => (at(k) - at(-k)) / (2 * k);
  return (4 * d(h / 2) - d(h)) / 3;
}

/** |a − b| relative to the larger magnitude, absolute below 1 (so that zeros compare). */
export function relativeError(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}

function show(v: unknown): string {
  if (typeof v === 'number') return v.toPrecision(6);
  if (ArrayBuffer.isView(v) || Array.isArray(v)) return `[${Array.from(v as ArrayLike<number>, (x) => x.toPrecision(4)).join(', ')}]`;
  return String(v);
}

function table(verdicts: readonly Verdict[], tol: number): string {
  const e = (x: number) => (Number.isNaN(x) ? '—' : x.toExponential(1));
  const rows = verdicts.map((v) => [v.name, String(v.points), v.points === 0 ? '—' : e(v.revFd), v.fwd === 'none' || v.points === 0 ? '—' : `${e(v.revFwd)} (${v.fwd})`, v.status]);
  const head = ['function', 'points', 'rev vs fd', 'rev vs fwd', 'status'];
  const width = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((t, c) => (c === 1 || c === 2 ? t.padStart(width[c]!) : t.padEnd(width[c]!))).join('   ').trimEnd();
  const out = [line(head), line(width.map((w) => '-'.repeat(w))), ...rows.map(line)];
  const notes = verdicts.filter((v) => v.note).map((v) => `  ${v.name}: ${v.note}`);
  if (notes.length > 0) out.push('', ...notes);
  void tol;
  return out.join('\n') + '\n';
}
