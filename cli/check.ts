import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileFiles, traceFiles } from '../compiler/index.js';
import { calleesOf, type External, interpret } from '../compiler/interpret/interpret.js';
import type { ProgramTraces } from '../compiler/index.js';
import type { Callee, Func } from '../compiler/ir/types.js';
import type { CheckCommand } from './args.js';
import { checkJacobian } from './check-jacobian.js';
import { copies, DRAWS_PER_POINT, drawPoint, elementsOf, type Fn, isRows, movedBy, neverANumber, type Progress, roundsToFloat32, rowAndColumn, sampling, Tally, tableLayout, tableNotes, threwNote, type Verdict, where } from './check-points.js';
import { changesWithStep, type Comparison, compareColumn, FLOAT32_ROUNDINGS, float32Noise, relativeError, step, steps, unresolvable } from './differences.js';
import { declaredParams, type Param } from './domains.js';
import { CliError, errorMessage } from './errors.js';
import { count, formatDiagnostic, formatErrorSummary, shouldUseColour } from './format.js';
import { expandInputs } from './inputs.js';
import type { CliIO } from './io.js';
import { importModule, loadExternals, runtimeUrl, type ModuleExports } from './load.js';
import { displayPath } from './paths.js';
import { withinTime } from './time-limit.js';

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
    // every row is known before any function is checked (the table's width); then each is
    // checked in turn and its row printed as its check ends
    const rows: Row[] = [];
    const done = (verdict: Verdict): Row => ({ name: verdict.name, check: () => Promise.resolve(verdict) });
    // (rows for the files named, not for the modules they import, which compileFiles compiles too)
    const named = new Set(sources.map((f) => path.resolve(io.cwd, f)));
    for (const r of results) {
      if (!named.has(path.resolve(io.cwd, r.sourceFile))) continue;
      const shown = displayPath(r.sourceFile, io.cwd);
      for (const name of Object.keys(r.failed)) {
        // (one that gets no gradient by design, an info TSG1010: it takes an object of numbers, or
        // returns nothing, and its module's functions that call it are differentiated)
        const why = r.notes.find((d) => d.code === 'TSG1010' && d.message.startsWith(`'${name}' `))?.message;
        if (why !== undefined) rows.push(done({ name: `${shown}:${name}`, points: 0, revFd: NaN, revFwd: NaN, fwd: 'none', status: 'not checked', note: `not checked: ${why}` }));
        else rows.push(done({ name: `${shown}:${name}`, points: 0, revFd: NaN, revFwd: NaN, fwd: 'none', status: 'error', note: `no gradient (${r.failed[name]![0]?.code ?? 'see above'})` }));
      }
      // (a module with nothing to differentiate gets no generated one: its functions still get rows)
      if (r.code === undefined && r.diagnostics.length > 0) continue;
      let source: ModuleExports;
      let generated: ModuleExports;
      try {
        source = await importModule(path.resolve(r.sourceFile), io.distDir);
        generated = r.code === undefined ? {} : await importModule(r.outputFile, io.distDir);
      } catch (error) {
        if (error instanceof CliError) throw error;
        rows.push(done({ name: shown, points: 0, revFd: NaN, revFwd: NaN, fwd: 'none', status: 'error', note: `cannot load the module or its generated one: ${errorMessage(error).split('\n')[0]}` }));
        continue;
      }
      const file = path.resolve(r.sourceFile);
      const checked = new Set<string>(Object.keys(r.failed));
      // a function that writes arrays through f_jacobian (every output), one that returns a number through f_grad
      const names = new Set(Object.keys(generated).flatMap((k) => (/_(grad|jacobian)$/.test(k) ? [k.replace(/_(grad|jacobian)$/, '')] : [])));
      for (const name of [...names].sort()) {
        const f = source[name];
        const fn = program.func(file, name);
        if (typeof f !== 'function') continue;
        checked.add(name);
        const func = (c: { file: string; name: string }) => program.func(c.file, c.name);
        const label = `${shown}:${name}`;
        if (typeof generated[`${name}_jacobian`] === 'function' && fn) {
          rows.push({ name: label, check: () => Promise.resolve(timed(label, name, command, (progress) => checkJacobian(label, file, fn, f as Fn, generated, command, roundsToFloat32(fn, func), progress))) });
        } else if (typeof generated[`${name}_grad`] === 'function') {
          rows.push({ name: label, check: () => checkFunction(label, file, name, f as Fn, generated, program, command, io) });
        }
      }
      // a registered derivative (g_vjp written beside g) is checked as the user wrote it
      for (const key of Object.keys(source).filter((k) => k.endsWith('_vjp')).sort()) {
        const name = key.slice(0, -'_vjp'.length);
        const f = source[name];
        if (typeof f !== 'function' || typeof source[key] !== 'function') continue;
        if (checked.has(name)) { checked.add(key); continue; }
        checked.add(name).add(key);
        const label = `${shown}:${name} (${key})`;
        const params = declaredParams(file, name);
        if (!params) {
          rows.push(done({ name: label, points: 0, revFd: NaN, revFwd: NaN, fwd: 'none', status: 'not checked', note: `not checked: a parameter of ${name} is not a number or an array of numbers` }));
          continue;
        }
        const registered = { [`${name}_grad`]: gradOfVjp(params, source[key] as Fn) };
        rows.push({ name: label, check: () => checkFunction(label, file, name, f as Fn, registered, program, command, io, params) });
      }
      // every other exported function, with why it is not checked
      // (a derivative the user wrote beside g, g_vjp or g_jvp, is g's, not a function of its own)
      const derivative = (k: string) => /_(vjp|jvp)$/.test(k) && typeof source[k.replace(/_(vjp|jvp)$/, '')] === 'function';
      for (const name of Object.keys(source).filter((k) => typeof source[k] === 'function' && !checked.has(k) && !derivative(k) && k !== 'default').sort()) {
        const why = r.notes.find((d) => d.code === 'TSG1010' && d.message.includes(`'${name}'`))?.message;
        rows.push(done({ name: `${shown}:${name}`, points: 0, revFd: NaN, revFwd: NaN, fwd: 'none', status: 'not checked', note: `not checked: ${notChecked(program.func(file, name), why)}` }));
      }
    }
    const layout = tableLayout(rows.map((row) => row.name));
    io.stdout(layout.head);
    const verdicts: Verdict[] = [];
    for (const row of rows) {
      const verdict = await row.check();
      verdicts.push(verdict);
      io.stdout(layout.row(verdict));
    }
    io.stdout(tableNotes(verdicts));
    const failed = verdicts.filter((v) => v.status === 'FAIL' || v.status === 'error' || v.status === 'timed out');
    const timedOut = verdicts.filter((v) => v.status === 'timed out').length;
    const skipped = verdicts.length - verdicts.filter((v) => v.status !== 'not checked').length;
    const checkedCount = verdicts.length - skipped;
    const andSkipped = skipped > 0 ? `; ${skipped} not checked` : '';
    if (checkedCount === 0) io.stdout(`tsgrad: no exported function returning a number or writing an array to check${andSkipped}.\n`);
    else if (failed.length === 0) io.stdout(`tsgrad: ${count(checkedCount, 'function')} ${checkedCount === 1 ? 'agrees' : 'agree'} (tolerance ${command.tol < 1e-3 ? command.tol.toExponential() : command.tol})${andSkipped}.\n`);
    else io.stdout(`tsgrad: ${count(failed.length, 'function')} of ${checkedCount} ${failed.length === 1 ? 'disagrees or fails' : 'disagree or fail'}${timedOut > 0 ? ` (${timedOut} timed out)` : ''}: ${failed.map((v) => v.name).join(', ')}${andSkipped}.\n`);
    if (diagnostics.length > 0) io.stderr(formatErrorSummary(diagnostics.length, new Set(diagnostics.map((d) => d.file)).size));
    return failed.length > 0 || diagnostics.length > 0 ? 1 : 0;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** A row of the table: the function's name, and its check (a verdict known already, for one not checked). */
interface Row {
  readonly name: string;
  readonly check: () => Promise<Verdict>;
}

/**
 * `check(progress)`, stopped after `--timeout` milliseconds: a function that does not terminate
 * at a point drawn gets a row that says so, with the point, and the others are still checked.
 */
function timed(label: string, name: string, command: CheckCommand, check: (progress: Progress) => Verdict): Verdict {
  const progress: Progress = {};
  const ended = withinTime(command.timeout, () => check(progress));
  if (ended) return ended.value;
  const at = progress.at ?? 'before a point was drawn';
  return { name: label, points: 0, revFd: NaN, revFwd: NaN, fwd: 'none', status: 'timed out',
    note: `timed out after ${command.timeout} ms ${at}: ${name} may not terminate there: give its parameters' domains with @domain tags (tsgrad --help), or a longer --timeout` };
}

async function checkFunction(label: string, file: string, name: string, f: Fn, generated: ModuleExports, program: ProgramTraces,
  command: CheckCommand, io: CliIO, declared?: readonly Param[]): Promise<Verdict> {
  const fn = declared ? undefined : program.func(file, name);
  const func = (c: { file: string; name: string }) => program.func(c.file, c.name);
  const jvp = generated[`${name}_jvp`] as Fn | undefined;
  const external = fn && typeof jvp !== 'function' ? await loadExternals(calleesOf(fn, func), io.distDir).catch(() => undefined) : undefined;
  return timed(label, name, command, (progress) => compareAtPoints(label, file, name, f, generated, func, command, progress, fn, external, declared));
}

/** checkFunction's comparisons, at each point drawn (synchronous, so that --timeout can stop them). */
function compareAtPoints(label: string, file: string, name: string, f: Fn, generated: ModuleExports, func: (c: { file: string; name: string }) => Func | undefined,
  command: CheckCommand, progress: Progress, fn: Func | undefined, external: ((callee: Callee) => External | undefined) | undefined, declared?: readonly Param[]): Verdict {
  const grad = generated[`${name}_grad`] as Fn;
  const jvp = generated[`${name}_jvp`] as Fn | undefined;
  // (the interpreter runs the flat form of an array of rows, which check does not build: f_jvp compares it)
  const interpretable = fn !== undefined && !fn.params.some((p) => p.rows);
  const verdict: Verdict = { name: label, points: 0, revFd: 0, revFwd: 0, fwd: typeof jvp === 'function' ? 'jvp' : interpretable ? 'interpreter' : 'none', status: 'ok' };
  // (an array of rows is one argument: the row starts its flat form takes are not the caller's)
  const s = sampling(file, name, fn, (declared ?? fn?.params ?? []).filter((p) => p.startsOf === undefined), command);
  if (typeof s === 'string') return { ...verdict, status: 'error', note: s };
  const { params, random } = s;
  // Where f stores numbers into a Float32Array (or calls Math.fround), its values carry float32's
  // rounding, and so do its differences (see float32Noise); the derivatives tsgrad computes do not.
  const float32 = fn !== undefined && roundsToFloat32(fn, func);
  const fail = (note: string) => { if (verdict.status === 'ok') { verdict.status = 'FAIL'; verdict.note = note; } };
  const notes: string[] = [];
  const tally = new Tally();
  // f's value, where it is a number (a `number | undefined` function is redrawn, or a component not compared, where it is not)
  const valueAt = (args: readonly unknown[]): [number] | undefined => { const v = f(...copies(args)); return typeof v === 'number' ? [v] : undefined; };
  const draws = command.points * DRAWS_PER_POINT;
  const budget: { left: number; last?: unknown } = { left: draws };
  // (trial40 finding 3: a derivative not 0 somewhere, else the agreement compared zeros alone)
  let moves = false;

  for (let point = 0; point < command.points; point++) {
    let args: unknown[] = [];
    let rev: Record<string, number | ArrayLike<number>>;
    let value: number;
    try {
      const drawn = drawPoint(s, (a) => { args = a; const v = f(...copies(a)); budget.last = v; return typeof v === 'number' ? v : undefined; }, budget, progress);
      if (!drawn) break;
      value = drawn.outputs;
    } catch (error) {
      return { ...verdict, status: 'error', note: threwNote(name, `threw ${where(params, args)}`, error) };
    }
    const at = where(params, args);
    try {
      if (!Number.isFinite(value)) {
        // (not counted: the columns give the differences at the points compared, '—' where none was)
        fail(`${name} is ${value} ${at}: give its parameters' domains with @domain tags (tsgrad --help)`);
        continue;
      }
      rev = (grad(...copies(args)) as { grad: Record<string, number | ArrayLike<number>> }).grad;
    } catch (error) {
      return { ...verdict, status: 'error', note: threwNote(name, `${name}_grad threw ${at}`, error, true) };
    }
    verdict.points++;
    // reverse against central differences, component by component (at smaller steps where they disagree at h)
    for (const [i, p] of params.entries()) {
      if (!s.moved(p) || !(p.key in rev)) continue;
      // (an array of rows, and its gradient, by their elements row after row)
      const r = typeof rev[p.key] === 'number' ? rev[p.key] as number : elementsOf(rev[p.key] as ArrayLike<number>);
      const xs = typeof r === 'number' ? undefined : elementsOf(args[i] as ArrayLike<number>);
      const n = typeof r === 'number' ? 1 : r.length;
      for (let j = 0; j < n; j++) {
        const element = typeof r === 'number' ? undefined : j;
        const x = element === undefined ? (args[i] as number) : xs![element]!;
        const g = typeof r === 'number' ? r : r[j]!;
        if (g !== 0) moves = true;
        const index = element === undefined ? '' : isRows(args[i]) ? rowAndColumn(args[i], element).map((k) => `[${k}]`).join('') : `[${element}]`;
        const component = `∂/∂${p.key}${index}`;
        // (f's value too large for differences at this step to resolve g: not compared, said in the note)
        const h = step(x, s.domain(p));
        if (!float32 && unresolvable(value, g, h, command.tol)) { tally.tooLarge(`${component} ${at}, value ${value.toExponential(2)}`); continue; }
        let c: Comparison;
        const tried = steps(h, x, float32);
        try {
          c = compareColumn([g], (k) => valueAt(movedBy(args, i, element, k)), tried, command.tol, (h) => (float32 ? float32Noise(value, h) : 0));
        } catch (error) {
          return { ...verdict, status: 'error', note: threwNote(name, `threw when ${p.key} was moved by differences ${at}`, error) };
        }
        if (c.undefinedAt) { tally.notCompared(`${component} ${at}`); continue; }
        verdict.revFd = Math.max(verdict.revFd, c.error);
        tally.agreedAt(c.agreedAt);
        // (trial39 finding 5: a tolerance eps, where f jumps; still a FAIL, as a wrong derivative at a jump would be)
        const jump = changesWithStep(c.byStep, tried, value, command.tol)
          ? `; the differences change with the step (${c.byStep!.map((d) => d.toPrecision(3)).join(', ')} at h to h/${10 ** (c.byStep!.length - 1)}): ${name} is not smooth in ${p.key} within h of this point, where differences give no derivative; a parameter that only decides where ${name} stops (a tolerance) is marked @domain ${p.key} fixed`
          : '';
        if (c.first) fail(`${component} ${at}: reverse ${g}, differences ${c.first.difference}${float32 ? ` (float32 rounding allows ${c.first.noise.toExponential(1)})` : ''}${jump}`);
      }
    }
    // reverse against forward mode along a random direction
    const along = (a: ArrayLike<number>) => Float64Array.from(a, () => random() * 2 - 1);
    const direction = params.map((p, i) => (!s.moved(p) ? undefined : typeof args[i] === 'number' ? random() * 2 - 1
      : isRows(args[i]) ? args[i].map(along) : along(args[i] as ArrayLike<number>)));
    let expected = 0;
    params.forEach((p, i) => {
      const r = rev[p.key];
      const v = direction[i];
      if (r === undefined || v === undefined) return;
      if (typeof r === 'number') { expected += r * (v as number); return; }
      const [rs, vs] = [elementsOf(r), elementsOf(v as ArrayLike<number>)];
      for (let j = 0; j < rs.length; j++) expected += rs[j]! * vs[j]!;
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
      if (verdict.fwd === 'interpreter') { verdict.fwd = 'none'; notes.push(`forward mode not compared: ${errorMessage(error)}`); } else return { ...verdict, status: 'error', note: threwNote(name, `${name}_jvp threw ${at}`, error, true) };
    }
    if (forward !== undefined) {
      const e = relativeError(expected, forward);
      verdict.revFwd = Math.max(verdict.revFwd, e);
      if (!(e <= command.tol)) fail(`direction derivative ${at}: reverse ${expected}, forward ${forward}`);
    }
  }
  if (verdict.points === 0) return { ...verdict, revFd: NaN, revFwd: NaN, status: 'FAIL', note: verdict.note ?? neverANumber(name, draws, budget.last) };
  if (verdict.fwd === 'none') verdict.revFwd = NaN;
  if (verdict.points < command.points) notes.push(`${verdict.points} of ${command.points} points: ${name} is not a number at the others of the ${draws} drawn`);
  notes.push(...tally.notes(name));
  if (!moves && params.some((p) => s.moved(p))) notes.push(`every derivative is 0 at the ${verdict.points} points drawn, so only zeros were compared: if ${name} should change with its inputs there (a loop that ran no step, a branch that returns a constant), give its parameters' domains with @domain tags (tsgrad --help)`);
  if (float32 && verdict.status === 'ok' && verdict.revFd > command.tol) notes.push(`stores into Float32Arrays: differences compared within float32's rounding (${FLOAT32_ROUNDINGS}·ε₃₂·max(1, |f|)/h), reverse and forward mode within ${command.tol < 1e-3 ? command.tol.toExponential() : command.tol}`);
  if (verdict.status === 'ok' && notes.length > 0) verdict.note = notes.join('; ');
  return verdict;
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

/** Why an exported function has no row of its own: the compiler's TSG1010 note, or what it returns. */
function notChecked(fn: Func | undefined, note: string | undefined): string {
  if (note !== undefined) return note;
  return fn && (fn.returnsNumber || fn.writes.length > 0) ? 'tsgrad generates no f_grad or f_jacobian for it' : 'it returns no number and writes no array';
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
