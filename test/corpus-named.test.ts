/**
 * The named-package check (corpus-named/manifest.json, issue 12): numeric functions from the 33
 * npm packages the issue measured (@stdlib math, stats and blas; simple-statistics; d3-ease;
 * d3-interpolate; bezier-easing; @turf/distance; culori; ml-distance; fmin), as their authors
 * wrote them, with types added and their imports of other packages left as imports, so tsgrad
 * follows them into node_modules. It works as test/corpus.test.ts does (one compileFiles call; a
 * copy per function of each module that has several), except that the finite differences are
 * Richardson-extrapolated central differences (special functions are checked to 1e-6 relative
 * without a step fine enough to lose the digits). `expect` pins what tsgrad does today (a
 * gradient, the diagnostic codes that refuse it, or no gradient), and the test asserts exactly
 * that, so a change in either direction shows: `UPDATE=1 npx jest test/corpus-named.test.ts`
 * rewrites it (read that diff as a review). corpus-named/FINDINGS.md groups what fails by cause.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { compileFiles } from '../compiler/index.js';
import { rng, root } from './support/fixtures.js';

type Domain = [number, number] | { length: number; range: [number, number] } | { value: unknown };
type Outcome =
  | { outcome: 'gradient' }
  | { outcome: 'refused'; codes: string[] }
  /** No gradient, with the codes of what tsgrad said about it (TSG1010, an info), if anything. */
  | { outcome: 'no-gradient'; codes: string[] }
  | { outcome: 'wrong-gradient'; detail: string };

interface Entry {
  package: string;
  version: string;
  source: string;
  licence: string;
  module: string;
  name: string;
  domains: Record<string, Domain>;
  /** Relative tolerance of the finite-difference check (default 1e-6), and why it is larger. */
  tolerance?: number;
  toleranceWhy?: string;
  /** `default` for a function its module exports only as its default (`f_grad` is then `default_grad`). */
  exportedAs?: 'default';
  /** Why a domain is what it is, for people. */
  note?: string;
  /** Relative step of the finite differences (default 1e-3, extrapolated), and why it is other. */
  step?: number;
  stepWhy?: string;
  expect: Outcome;
  /** What tsgrad said, for people (UPDATE=1 writes it; not asserted). */
  diagnostics?: string[];
}

interface Manifest {
  packages: Record<string, { version: string; licence: string; licenceFile: string }>;
  functions: Entry[];
}

interface Param {
  name: string;
  kind: 'number' | 'array' | 'Float64Array' | 'other';
  optional: boolean;
}

type Fn = (...args: unknown[]) => number;
type GradFn = (...args: unknown[]) => { value: number; grad: Record<string, number | Float64Array> };

const update = process.env.UPDATE === '1';
const corpusDir = join(root, 'corpus-named');
const manifestFile = join(corpusDir, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
const entries = manifest.functions;
const key = (e: Entry) => `${e.module}#${e.name}`;
/** The name the generated module gives the function's `_grad` and `_vjp`. */
const generatedName = (e: Entry) => e.exportedAs ?? e.name;

let tmp = '';
const isoFile = new Map<string, string>();
const params = new Map<string, Param[]>();
const results = new Map<string, ReturnType<typeof compileFiles>[number]>();
const actual = new Map<string, Outcome>();
const said = new Map<string, string[]>();

/** The exported function or `const f = (…) =>` / `var f = function (…)` statement named `name`. */
function declarationOf(sf: ts.SourceFile, name: string): ts.FunctionLikeDeclaration | undefined {
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name?.text === name) return st;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || d.name.text !== name || !d.initializer) continue;
        const init = d.initializer;
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
        // `var f = (function () { …; return function f(x, n) {…}; })()`
        if (ts.isCallExpression(init)) {
          let found: ts.FunctionLikeDeclaration | undefined;
          const visit = (n: ts.Node): void => {
            if (ts.isReturnStatement(n) && n.expression && ts.isFunctionExpression(n.expression)) found = n.expression;
            else if (!found) ts.forEachChild(n, visit);
          };
          const callee = ts.isParenthesizedExpression(init.expression) ? init.expression.expression : init.expression;
          if (ts.isFunctionExpression(callee)) for (const s of callee.body.statements) if (!found && ts.isReturnStatement(s)) visit(s);
          return found;
        }
      }
    }
  }
  return undefined;
}

function paramsOf(decl: ts.FunctionLikeDeclaration): Param[] {
  return decl.parameters.map((p) => {
    const type = p.type?.getText() ?? '';
    const kind = /Float64Array/.test(type) ? 'Float64Array' : /number\[\]|ArrayLike<number>/.test(type) ? 'array' : type === 'number' || type === '' ? 'number' : 'other';
    return { name: p.name.getText(), kind, optional: !!p.questionToken || !!p.initializer };
  });
}

/**
 * The module's text with `export` removed from every function but `name` and those it calls
 * through the module's namespace (types stay exported), and its imports of itself (`import * as jStat from './special.js'`, as the
 * corpus writes an authors' `jStat.gammaln(…)`) pointed at the copy, written to `iso`.
 */
function isolate(text: string, file: string, name: string, iso: string): string {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const names = (st: ts.Statement): string[] =>
    ts.isFunctionDeclaration(st) ? [st.name?.text ?? ''] : ts.isVariableStatement(st) ? st.declarationList.declarations.map((d) => d.name.getText(sf)) : [];
  const declared = new Map<string, ts.Statement>();
  for (const st of sf.statements) for (const n of names(st)) declared.set(n, st);
  // the functions `name` reaches through calls, `f(…)` or `jStat.f(…)`; those it calls through
  // the module's namespace (its import of itself) keep their `export`, or the call would fail
  const reached = new Set([name]);
  const keep = new Set([name]);
  const work = [declared.get(name)!];
  while (work.length > 0) {
    const visit = (n: ts.Node): void => {
      if (ts.isIdentifier(n) && declared.has(n.text)) {
        const direct = ts.isCallExpression(n.parent) && n.parent.expression === n;
        const viaNamespace = ts.isPropertyAccessExpression(n.parent) && n.parent.name === n && ts.isCallExpression(n.parent.parent) && n.parent.parent.expression === n.parent;
        if (viaNamespace) keep.add(n.text);
        if ((direct || viaNamespace) && !reached.has(n.text)) {
          reached.add(n.text);
          work.push(declared.get(n.text)!);
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(work.pop()!);
  }
  const cuts: [number, number][] = [];
  for (const st of sf.statements) {
    if (!ts.isFunctionDeclaration(st) && !ts.isVariableStatement(st)) continue;
    if (names(st).some((n) => keep.has(n))) continue;
    for (const m of ts.getModifiers(st) ?? []) {
      if (m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DefaultKeyword) cuts.push([m.getStart(sf), m.getEnd()]);
    }
  }
  let out = text;
  for (const [a, b] of cuts.reverse()) out = out.slice(0, a) + out.slice(b).replace(/^\s/, '');
  const own = (f: string) => `./${f.split('/').pop()!.replace(/\.ts$/, '.js')}`;
  return out.split(`'${own(file)}'`).join(`'${own(iso)}'`).split(`"${own(file)}"`).join(`"${own(iso)}"`);
}

beforeAll(() => {
  tmp = mkdtempSync(join(root, '.tsgrad-tmp-corpus-named-'));
  const mirror = join(tmp, 'corpus-named');
  cpSync(corpusDir, mirror, { recursive: true, filter: (src) => !src.endsWith('.grad.ts') });
  const modules = [...new Set(entries.map((e) => e.module))].sort();
  const files = modules.map((m) => join(mirror, m));
  const shared = (e: Entry) => entries.filter((o) => o.module === e.module).length > 1;
  for (const e of entries) {
    const file = join(mirror, e.module);
    const text = readFileSync(file, 'utf8');
    // a module of one tested function is its own isolated copy
    const iso = shared(e) ? join(dirname(file), `${e.module.split('/').pop()!.replace(/\.ts$/, '')}.only-${e.name}.ts`) : file;
    if (shared(e)) {
      writeFileSync(iso, isolate(text, file, e.name, iso));
      files.push(iso);
    }
    isoFile.set(key(e), iso);
    const decl = declarationOf(ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true), e.name);
    // a function made by another (`var bessely = (function () { …; return wrap(…); })()`): its
    // parameters are the domains' keys, in order
    params.set(key(e), decl ? paramsOf(decl) : Object.entries(e.domains).map(([name, d]) => ({ name, kind: !Array.isArray(d) && 'length' in d ? 'array' : 'number', optional: false })));
  }
  for (const r of compileFiles(files)) {
    results.set(r.sourceFile, r);
    // (the generated modules of npm dependencies, should there be any, are not written into node_modules)
    if (r.code && !relative(tmp, r.outputFile).startsWith('..')) writeFileSync(r.outputFile, r.code);
  }
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  const count = (o: Outcome['outcome']) => entries.filter((e) => actual.get(key(e))?.outcome === o).length;
  const byCode = new Map<string, number>();
  for (const o of actual.values()) if (o.outcome === 'refused') for (const c of o.codes) byCode.set(c, (byCode.get(c) ?? 0) + 1);
  const lines = [
    `corpus-named: ${entries.length} functions from ${new Set(entries.map((e) => e.package)).size} packages; ` +
      `${count('gradient')} differentiate (gradients match finite differences), ${count('refused')} refused, ` +
      `${count('no-gradient')} without a gradient (not a number function by tsgrad's reading), ${count('wrong-gradient')} wrong gradient`,
    `refused by code: ${[...byCode].sort().map(([c, n]) => `${c} ×${n}`).join(', ') || 'none'}`,
  ];
  if (update) {
    for (const e of entries) {
      const o = actual.get(key(e));
      if (o) e.expect = o;
      const d = said.get(key(e));
      if (d && d.length > 0) e.diagnostics = d;
      else delete e.diagnostics;
    }
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
    lines.push('corpus-named/manifest.json: expectations rewritten');
  }
  console.log(lines.join('\n'));
});

test('the named packages: at least 60 functions from the 33 packages of issue 12, each with its licence', () => {
  expect(entries.length).toBeGreaterThanOrEqual(60);
  expect(new Set(entries.map((e) => e.package)).size).toBe(33);
  for (const e of entries) {
    const p = manifest.packages[e.package]!;
    expect(p).toBeDefined();
    expect(e.version).toBe(p.version);
    expect(e.licence).toBe(p.licence);
    // the version tested is the one installed
    const installed = JSON.parse(readFileSync(join(root, 'node_modules', e.package, 'package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(e.version);
    expect(readFileSync(join(corpusDir, p.licenceFile), 'utf8').length).toBeGreaterThan(20);
  }
});

test('each whole module has a gradient for exactly the functions that differentiate alone', () => {
  for (const e of entries) {
    const r = results.get(join(tmp, 'corpus-named', e.module))!;
    const differentiates = e.expect.outcome === 'gradient' || e.expect.outcome === 'wrong-gradient';
    expect({ fn: key(e), grad: hasGrad(r, generatedName(e)) }).toEqual({ fn: key(e), grad: differentiates });
  }
});

test('the generated modules type-check under strict', () => {
  const files = [...results.values()].filter((r) => r.code && !relative(tmp, r.outputFile).startsWith('..')).map((r) => r.outputFile);
  expect(files.length).toBeGreaterThan(0);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    baseUrl: root,
    paths: { 'tsgrad/runtime': ['./runtime/index.ts'] },
  });
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName.endsWith('.grad.ts'));
  expect(errors.map((d) => `${relative(tmp, d.file!.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)).toEqual([]);
});

describe.each(entries.map((e) => [key(e), e] as const))('%s', (_name, e: Entry) => {
  test(`as recorded in the manifest (${e.expect.outcome})`, () => {
    const r = results.get(isoFile.get(key(e))!)!;
    let diagnostics = diagnosticsOf(r);
    const codes = (ds: typeof diagnostics) => [...new Set(ds.map((d) => d.code))].sort();
    const errors = diagnostics.filter((d) => d.severity !== 'info');
    // (without a gradient: also the notes that say why, TSG1010, as compileFiles reports them)
    const none = errors.length === 0 && !hasGrad(r, generatedName(e));
    if (none) diagnostics = [...diagnostics, ...r.notes];
    said.set(key(e), diagnostics.map((d) => `${relative(join(tmp, 'corpus-named'), d.file).replace(/\.only-\w+\.ts$/, '.ts')}:${d.line}:${d.column} ${d.code} ${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`));
    let outcome: Outcome;
    if (errors.length > 0) outcome = { outcome: 'refused', codes: codes(errors) };
    else if (none) outcome = { outcome: 'no-gradient', codes: codes(diagnostics) };
    else {
      const wrong = checkGradient(e, r.sourceFile, r.outputFile);
      outcome = wrong ? { outcome: 'wrong-gradient', detail: wrong } : { outcome: 'gradient' };
    }
    actual.set(key(e), outcome);
    if (update) return;
    if (outcome.outcome === 'wrong-gradient' && e.expect.outcome !== 'wrong-gradient') throw new Error(outcome.detail);
    if (outcome.outcome === 'wrong-gradient') expect(outcome.outcome).toBe(e.expect.outcome);
    else expect(outcome).toEqual(e.expect);
  });
});

type Result = ReturnType<typeof compileFiles>[number];

function hasGrad(r: Result, name: string): boolean {
  return new RegExp(`export function ${name}_grad\\b`).test(r.code ?? '');
}

/**
 * A result's diagnostics, and the errors of the modules of callees it imports a vjp of that
 * their generated module does not have (a dangling import, as the CLI wrote before main's
 * per-function diagnostics).
 */
function diagnosticsOf(r: Result): Result['diagnostics'] {
  const out = [...r.diagnostics];
  for (const m of (r.code ?? '').matchAll(/import \{([^}]*)\} from '(\.{1,2}\/[^']+)\.grad\.js'/g)) {
    const callee = results.get(join(dirname(r.outputFile), `${m[2]}.ts`));
    const names = m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!).filter((n) => n.endsWith('_vjp'));
    if (callee && names.some((n) => !new RegExp(`export function ${n}\\b`).test(callee.code ?? ''))) {
      out.push(...callee.diagnostics.filter((d) => d.severity !== 'info'));
    }
  }
  return out;
}

/**
 * Checks `name_grad` against central differences at four points and `name_vjp`'s accumulation;
 * returns a description of the first disagreement, or undefined.
 */
function checkGradient(e: Entry, sourceFile: string, outputFile: string): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const source = require(sourceFile) as Record<string, Fn>;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const generated = require(outputFile) as Record<string, GradFn | Fn>;
  const f = (source[e.name] ?? source.default)!;
  const grad = generated[`${generatedName(e)}_grad`] as GradFn;
  const vjp = generated[`${generatedName(e)}_vjp`] as Fn;
  const ps = params.get(key(e))!;
  const random = rng(0xd1 + e.name.length * 7 + e.module.length);
  const tol = e.tolerance ?? 1e-6;
  const where = () => relative(root, join(corpusDir, e.module)) + `#${e.name}`;
  for (let point = 0; point < 4; point++) {
    const args: unknown[] = ps.map((p) => sample(e.domains[p.name], p, random));
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    const copy = () => args.map((a) => (a instanceof Float64Array ? a.slice() : Array.isArray(a) ? a.slice() : a));
    const show = JSON.stringify(args.map((a) => (a instanceof Float64Array ? Array.from(a) : a)));
    const r = grad(...copy());
    const value = f(...copy());
    if (!Object.is(r.value, value)) return `${where()} at ${show}: value ${r.value}, the function returns ${value}`;
    for (const [k, g] of Object.entries(r.grad)) {
      const i = ps.findIndex((p) => p.name === k);
      const x = args[i];
      // a setting held fixed (an order n, a sign): often an integer where the function jumps
      const d = e.domains[k];
      if (d && !Array.isArray(d) && 'value' in d) continue;
      const entries = typeof x === 'number' ? [undefined] : [...Array((x as ArrayLike<number>).length).keys()];
      for (const j of entries) {
        const at = (delta: number) => {
          const a = copy();
          if (j === undefined) a[i] = (a[i] as number) + delta;
          else (a[i] as number[])[j]! += delta;
          return f(...a);
        };
        const base = j === undefined ? (x as number) : (x as number[])[j]!;
        const fd = richardson(at, (e.step ?? 1e-3) * Math.max(1, Math.abs(base)));
        const have = j === undefined ? (g as number) : (g as Float64Array)[j]!;
        if (!close(have, fd, tol)) {
          return `${where()}: d/d${k}${j === undefined ? '' : `[${j}]`} at ${show}: gradient ${have}, finite difference ${fd}`;
        }
      }
    }
    // f_vjp adds seed · grad into a prefilled adj and returns the value
    const seed = 0.5 + random();
    const adj: Record<string, number | Float64Array> = {};
    for (const [k, g] of Object.entries(r.grad)) adj[k] = typeof g === 'number' ? 0.25 : g.map(() => 0.25);
    const v = vjp(...copy(), adj, seed);
    if (!Object.is(v, r.value)) return `${where()} at ${show}: f_vjp returns ${v}, f_grad's value ${r.value}`;
    for (const [k, g] of Object.entries(r.grad)) {
      const want = typeof g === 'number' ? [0.25 + seed * g] : Array.from(g, (gj) => 0.25 + seed * gj);
      const got = typeof adj[k] === 'number' ? [adj[k] as number] : Array.from(adj[k] as Float64Array);
      if (want.some((w, j) => !close(got[j]!, w, 1e-12))) return `${where()} at ${show}: f_vjp added ${got} into adj.${k}, want 0.25 + ${seed} · grad = ${want}`;
    }
  }
  return undefined;
}

/**
 * The derivative at 0 of `at` by central differences at steps h, h/2, h/4, extrapolated twice
 * (Richardson: the error terms in h² and h⁴ cancel), so the step can stay large enough that
 * rounding costs few digits.
 */
function richardson(at: (delta: number) => number, h: number): number {
  const d = (s: number) => (at(s) - at(-s)) / (2 * s);
  const [d1, d2, d3] = [d(h), d(h / 2), d(h / 4)];
  const e1 = (4 * d2 - d1) / 3;
  const e2 = (4 * d3 - d2) / 3;
  return (16 * e2 - e1) / 15;
}

function sample(d: Domain | undefined, p: Param, random: () => number): unknown {
  if (d === undefined) {
    if (p.optional) return undefined;
    throw new Error(`no domain for parameter ${p.name}`);
  }
  if (!Array.isArray(d) && 'value' in d) return d.value;
  if (!Array.isArray(d)) {
    const [lo, hi] = d.range;
    const a = Array.from({ length: d.length }, () => lo + random() * (hi - lo));
    return p.kind === 'Float64Array' ? Float64Array.from(a) : a;
  }
  return d[0] + random() * (d[1] - d[0]);
}

function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}
