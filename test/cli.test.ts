import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileFiles, defaultOutputPath, GENERATED_HEADER, type Diagnostic } from '../compiler/index.js';
import { formatDiagnostic, formatErrorSummary, shouldUseColour } from '../cli/format.js';
import { commonDirectory } from '../cli/paths.js';
import { run, type CompileFn } from '../cli/run.js';

const ESC = '\u001b[';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tsgrad-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function put(relative: string, text: string): string {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function read(relative: string): string {
  return readFileSync(path.join(dir, relative), 'utf8');
}

/** Every file below `dir`, relative and sorted. */
function tree(): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  compile?: CompileFn;
  env?: Record<string, string>;
  isTTY?: boolean;
  signal?: AbortSignal;
  /** Receives the output as it comes, for tests that watch it grow. */
  captured?: Captured;
}

async function tsgrad(argv: string[], options: RunOptions = {}): Promise<Captured> {
  const captured = options.captured ?? { code: -1, stdout: '', stderr: '' };
  captured.code = await run(
    argv,
    {
      stdout: (text) => (captured.stdout += text),
      stderr: (text) => (captured.stderr += text),
      cwd: dir,
      env: options.env ?? {},
      isTTY: options.isTTY ?? false,
      version: '1.2.3-test',
      signal: options.signal,
    },
    options.compile ?? fakeCompiler().compile,
  );
  return { ...captured };
}

/**
 * Stands in for the compiler: the generated text names the source and a revision, so a test
 * can make every output "stale" by bumping the revision. Records what it was called with.
 */
function fakeCompiler(revision: number | (() => number) = 1, diagnosticsFor: (source: string) => Diagnostic[] = () => []) {
  const calls: Parameters<CompileFn>[] = [];
  const compile: CompileFn = (files, options = {}) => {
    calls.push([files, options]);
    return files.map((sourceFile) => {
      const diagnostics = diagnosticsFor(sourceFile);
      return {
        sourceFile,
        outputFile: (options.outputPath ?? defaultOutputPath)(sourceFile),
        code: diagnostics.length > 0 ? undefined : `${GENERATED_HEADER} ${path.basename(sourceFile)}\nexport const revision = ${typeof revision === 'number' ? revision : revision()};\n`,
        diagnostics,
        notes: [],
        failed: {},
        dump: options.dump && `${options.dump} of ${path.basename(sourceFile)}`,
      };
    });
  };
  return { compile, calls };
}

describe('command line', () => {
  test.each([
    [[], 'missing command'],
    [['compile'], 'no input files'],
    [['build', 'a.ts'], "unknown command 'build'"],
    [['compile', '--bogus', 'a.ts'], "unknown option '--bogus'"],
    [['compile', 'a.ts', '--out-dir'], "option '--out-dir <value>' argument missing"],
    [['compile', '--dump', 'ast', 'a.ts'], "--dump takes 'ir' or 'reverse', not 'ast'"],
    [['compile', '--dump', 'ir', '--check', 'a.ts'], '--dump and --check cannot be combined'],
    [['compile', '--check', '--watch', 'a.ts'], '--check and --watch cannot be combined'],
    [['compile', '--wrt', 'w b', 'a.ts'], "--wrt takes parameter names separated by commas, optionally after a function name and a colon (w,b or loss:w,b), not 'w b'"],
    [['compile', '--tape-budget', 'lots', 'a.ts'], "--tape-budget takes a size such as 64MiB, 512KiB or 1GB (or bytes), not 'lots'"],
  ])('%j is a usage error', async (argv, message) => {
    put('a.ts', 'export const a = 1;\n');
    const { code, stdout, stderr } = await tsgrad(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`tsgrad: ${message}\nRun 'tsgrad --help' for usage.\n`);
  });

  test.each([['--help'], ['-h']])('%s prints the usage', async (...argv) => {
    const { code, stdout, stderr } = await tsgrad(argv);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: tsgrad compile \[options\] <files, directories or globs\.\.\.>/);
    for (const text of ['--out-dir <dir>', '--check', '--dump <ir|reverse>', '--version', 'Exit codes:', 'Examples:']) {
      expect(stdout).toContain(text);
    }
  });

  // trial21: every command's --help printed the whole help.
  test.each([
    ['compile', /^Usage: tsgrad compile \[options\]/, ['--out-dir <dir>', '--dump <ir|reverse>', '--tape-budget', '--help', 'Exit codes:', 'tsgrad compile src/loss.ts'], ['--at', '--points', 'tsgrad trace', 'tsgrad check']],
    ['types', /^Usage: tsgrad types \[--check\]/, ['--check', '--help', 'tsgrad types src'], ['--out-dir', '--at', '--points', 'tsgrad compile']],
    ['trace', /^Usage: tsgrad trace <file> <function>/, ['--at <name=value,...>', '--wrt <input>', '--format', '--ascii', '--help', 'tsgrad trace src/f.ts'], ['--out-dir', '--points', 'tsgrad compile', 'tsgrad check']],
    ['check', /^Usage: tsgrad check \[--points N\]/, ['--points <N>', '--seed <S>', '--tol <T>', '--timeout <MS>', '@domain', '--help', 'tsgrad check --points'], ['--out-dir', '--at', 'tsgrad compile', 'tsgrad trace']],
  ])('%s --help prints that command\'s usage and options alone', async (command, usage, present, absent) => {
    for (const argv of [[command, '--help'], [command, '-h', 'a.ts']]) {
      const { code, stdout, stderr } = await tsgrad(argv);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(usage);
      for (const text of present) expect(stdout).toContain(text);
      for (const text of absent) expect(stdout).not.toContain(text);
    }
  });

  test.each([['--version'], ['-v']])('%s prints the version', async (flag) => {
    expect(await tsgrad([flag])).toEqual({ code: 0, stdout: '1.2.3-test\n', stderr: '' });
  });
});

describe('inputs', () => {
  test('a file that does not exist is a configuration error', async () => {
    const { code, stderr } = await tsgrad(['compile', 'src/nope.ts']);
    expect(code).toBe(2);
    expect(stderr).toBe('tsgrad: file not found: src/nope.ts\n');
  });

  test('a directory means its .ts files, without generated, declaration and node_modules files', async () => {
    put('src/a.ts', '');
    put('src/nn/b.ts', '');
    put('src/old.grad.ts', `${GENERATED_HEADER} old.ts\n`);
    put('src/types.d.ts', '');
    put('src/notes.md', '');
    put('src/node_modules/dep/index.ts', '');
    const fake = fakeCompiler();
    const { code } = await tsgrad(['compile', 'src'], { compile: fake.compile });
    expect(code).toBe(0);
    expect(fake.calls[0]![0]).toEqual([path.join(dir, 'src/a.ts'), path.join(dir, 'src/nn/b.ts')]);
  });

  test('globs expand, results are sorted and deduplicated, and a glob matching nothing is an error', async () => {
    put('src/b.ts', '');
    put('src/a.ts', '');
    put('src/a.grad.ts', `${GENERATED_HEADER} a.ts\n`);
    const fake = fakeCompiler();
    expect((await tsgrad(['compile', 'src/b.ts', 'src/*.ts'], { compile: fake.compile })).code).toBe(0);
    expect(fake.calls[0]![0]).toEqual([path.join(dir, 'src/a.ts'), path.join(dir, 'src/b.ts')]);

    const { code, stderr } = await tsgrad(['compile', 'lib/**/*.ts']);
    expect(code).toBe(2);
    expect(stderr).toBe("tsgrad: no files match 'lib/**/*.ts'\n");
  });

  test('generated files passed explicitly (a shell-expanded glob) are skipped', async () => {
    put('src/a.ts', '');
    put('src/a.grad.ts', `${GENERATED_HEADER} a.ts\n`);
    const fake = fakeCompiler();
    await tsgrad(['compile', 'src/a.ts', 'src/a.grad.ts'], { compile: fake.compile });
    expect(fake.calls[0]![0]).toEqual([path.join(dir, 'src/a.ts')]);
    expect((await tsgrad(['compile', 'src/a.grad.ts'])).code).toBe(2);
  });
});

describe('writing', () => {
  test('writes each generated module beside its source', async () => {
    put('src/a.ts', '');
    put('src/nn/b.ts', '');
    const { code, stdout, stderr } = await tsgrad(['compile', 'src']);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: 'tsgrad: wrote 2 files.\n', stderr: '' });
    expect(tree()).toEqual(['src/a.grad.ts', 'src/a.ts', 'src/nn/b.grad.ts', 'src/nn/b.ts']);
    expect(read('src/a.grad.ts')).toBe(`${GENERATED_HEADER} a.ts\nexport const revision = 1;\n`);
  });

  test('--out-dir mirrors the layout below the common directory of the inputs', async () => {
    put('src/a.ts', '');
    put('src/nn/b.ts', '');
    const fake = fakeCompiler();
    expect((await tsgrad(['compile', 'src/a.ts', 'src/nn/b.ts', '--out-dir', 'gen'], { compile: fake.compile })).code).toBe(0);
    expect(tree()).toEqual(['gen/a.grad.ts', 'gen/nn/b.grad.ts', 'src/a.ts', 'src/nn/b.ts']);
    // The compiler is told where outputs go, since the generated imports depend on it.
    expect(fake.calls[0]![1]!.outputPath!(path.join(dir, 'src/nn/b.ts'))).toBe(path.join(dir, 'gen/nn/b.grad.ts'));

    expect((await tsgrad(['compile', 'src/nn/b.ts', '--out-dir', 'single'])).code).toBe(0);
    expect(existsSync(path.join(dir, 'single/b.grad.ts'))).toBe(true);
  });

  test('refuses to overwrite a file tsgrad did not generate, and writes nothing', async () => {
    put('src/a.ts', '');
    put('src/b.ts', '');
    const handWritten = 'export function a_grad() { /* by hand */ }\n';
    put('src/a.grad.ts', handWritten);
    const { code, stdout, stderr } = await tsgrad(['compile', 'src']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`tsgrad: refusing to overwrite src/a.grad.ts: it does not start with '${GENERATED_HEADER}'`);
    expect(read('src/a.grad.ts')).toBe(handWritten);
    expect(existsSync(path.join(dir, 'src/b.grad.ts'))).toBe(false);
  });

  test('replaces a stale output and leaves an identical one untouched', async () => {
    put('src/a.ts', '');
    put('src/b.ts', '');
    await tsgrad(['compile', 'src']);
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(dir, 'src/a.grad.ts'), past, past);

    const rerun = await tsgrad(['compile', 'src']);
    expect(rerun).toEqual({ code: 0, stdout: 'tsgrad: 2 files unchanged.\n', stderr: '' });
    expect(statSync(path.join(dir, 'src/a.grad.ts')).mtime).toEqual(past);

    put('src/b.grad.ts', `${GENERATED_HEADER} b.ts\nexport const revision = 0;\n`);
    expect((await tsgrad(['compile', 'src'])).stdout).toBe('tsgrad: wrote 1 file, 1 unchanged.\n');
    expect(read('src/b.grad.ts')).toContain('revision = 1');
    expect(statSync(path.join(dir, 'src/a.grad.ts')).mtime).toEqual(past);
    // The temporary files of the atomic writes are gone.
    expect(tree()).toEqual(['src/a.grad.ts', 'src/a.ts', 'src/b.grad.ts', 'src/b.ts']);
  });

  test('--dump prints each dump and writes nothing', async () => {
    put('src/a.ts', '');
    put('src/b.ts', '');
    const fake = fakeCompiler();
    const { code, stdout } = await tsgrad(['compile', '--dump', 'reverse', 'src'], { compile: fake.compile });
    expect(code).toBe(0);
    expect(fake.calls[0]![1]!.dump).toBe('reverse');
    expect(stdout).toBe('==> src/a.ts <==\nreverse of a.ts\n\n==> src/b.ts <==\nreverse of b.ts\n');
    expect(tree()).toEqual(['src/a.ts', 'src/b.ts']);

    expect((await tsgrad(['compile', '--dump', 'ir', 'src/a.ts'])).stdout).toBe('ir of a.ts\n');
  });
});

test('--tape-budget sizes the snapshots of loops marked @checkpoint without a count', async () => {
  put('src/steps.ts', `export function steps(x: number, n: number): number {
  let y = x;
  // @checkpoint
  for (let k = 0; k < n; k++) y = Math.sin(y) + x;
  return y;
}
`);
  const { code, stderr } = await tsgrad(['compile', '--tape-budget', '64MiB', 'src/steps.ts'], { compile: compileFiles });
  // (no note: a checkpointed loop gets its f_hvp too)
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  // (a body of a few flops: blocks of 256 iterations, start's last argument)
  expect(read('src/steps.grad.ts')).toContain(`.start(tripCount(0, n, 1, false), 1, 0, ${64 * 2 ** 20}, 0, 256);`);
});

describe('--wrt', () => {
  const loss = `export function loss(w: Float64Array, b: number, x: Float64Array, y: number): number {
  let z = b;
  for (let i = 0; i < w.length; i++) z += w[i] * x[i];
  return (z - y) * (z - y);
}
export function reg(w: Float64Array, lambda: number): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i] * w[i];
  return lambda * s;
}
`;

  test('differentiates the named parameters only, of every function that has them, or of the function named', async () => {
    put('src/loss.ts', loss);
    const { code, stderr } = await tsgrad(['compile', '--wrt', 'w,b', 'src/loss.ts'], { compile: compileFiles });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const generated = read('src/loss.grad.ts');
    expect(generated).toContain('export function loss_vjp(w: Float64Array, b: number, x: Float64Array, y: number, adj: { w: Float64Array; b: number }, seed = 1): number {');
    expect(generated).toContain('grad: { w: Float64Array; b: number } }');
    // the data get no adjoint
    expect(generated).not.toMatch(/\b(x|y)_b\b/);
    expect(generated).toContain('export function reg_vjp(w: Float64Array, lambda: number, adj: { w: Float64Array }, seed = 1): number {');
    // f_grad returns the asked keys, with the right values
    const { loss_grad } = await import(path.join(dir, 'src/loss.grad.ts')) as { loss_grad: (...a: unknown[]) => { value: number; grad: Record<string, unknown> } };
    const r = loss_grad(Float64Array.of(1, 2), 0.5, Float64Array.of(3, 4), 1);
    expect(r.value).toBe((0.5 + 3 + 8 - 1) ** 2);
    expect(Object.keys(r.grad)).toEqual(['w', 'b']);
    expect(Array.from(r.grad.w as Float64Array)).toEqual([2 * 10.5 * 3, 2 * 10.5 * 4]);
    expect(r.grad.b).toBe(2 * 10.5);

    const per = await tsgrad(['compile', '--wrt', 'reg:lambda', 'src/loss.ts'], { compile: compileFiles });
    expect(per.code).toBe(0);
    const again = read('src/loss.grad.ts');
    expect(again).toContain('export function reg_vjp(w: Float64Array, lambda: number, adj: { lambda: number }, seed = 1): number {');
    // a function not named keeps all its parameters
    expect(again).toContain('adj: { w: Float64Array; b: number; x: Float64Array; y: number }');
  });

  test('a name no function has is an error (TSG3005), and writes nothing (the files of an earlier run stay)', async () => {
    put('src/loss.ts', loss);
    expect((await tsgrad(['compile', 'src/loss.ts'], { compile: compileFiles })).code).toBe(0);
    const before = read('src/loss.grad.ts');
    const { code, stderr } = await tsgrad(['compile', '--wrt', 'weights', '--wrt', 'loss:w,q', 'src/loss.ts'], { compile: compileFiles });
    expect(code).toBe(1);
    // (a name no function has is about the command line: the file, no line of it and no code frame)
    expect(stderr).toContain("src/loss.ts - error TSG3005: --wrt weights: no exported function of the inputs has a parameter 'weights'\n\n  hint:");
    expect(stderr).toContain("error TSG3005: --wrt loss:q: loss has no parameter 'q' of type number or array of numbers");
    expect(stderr).toContain('tsgrad: nothing written: --wrt options name what the inputs do not have.');
    expect(read('src/loss.grad.ts')).toBe(before);
    expect(before).toContain('export function loss_grad(');
  });
  // trial31: `--wrt k` left `scale` (void, writes out) with no output, and scale_vjp/scale_jvp
  // computed nothing, silently
  test('a list naming none of the arrays a void function writes leaves it whole (info TSG3007), or is an error when it names the function', async () => {
    put('src/model.ts', `export function scale(x: Float64Array, k: number, out: Float64Array): void {
  for (let i = 0; i < x.length; i++) out[i] = k * x[i];
}
export function energy(x: Float64Array, k: number): number {
  let e = 0;
  for (const v of x) e += 0.5 * k * v * v;
  return e;
}
`);
    const plain = await tsgrad(['compile', '--wrt', 'k', 'src/model.ts'], { compile: compileFiles });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('info TSG3007: --wrt k does not restrict scale: scale returns nothing: its outputs are the arrays it writes (out)');
    expect(plain.stderr).toContain('hint: name them too: --wrt scale:k,out');
    const generated = read('src/model.grad.ts');
    expect(generated).toContain('export function scale_vjp(x: Float64Array, k: number, out: Float64Array, adj: { x: Float64Array; k: number; out: Float64Array }, seed = 1): void {');
    expect(generated).toContain('export function energy_vjp(x: Float64Array, k: number, adj: { k: number }, seed = 1): number {');
    // the reverse sweep seeded at out adds d(sum out)/dk = sum x into adj.k
    const { scale_vjp } = await import(path.join(dir, 'src/model.grad.ts')) as { scale_vjp: (...a: unknown[]) => void };
    const adj = { x: new Float64Array(2), k: 0, out: Float64Array.of(1, 1) };
    scale_vjp(Float64Array.of(1, 2), 3, new Float64Array(2), adj);
    expect(adj.k).toBe(3);
    expect(Array.from(adj.x)).toEqual([3, 3]);

    const named = await tsgrad(['compile', '--wrt', 'scale:k', 'src/model.ts'], { compile: compileFiles });
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('error TSG3007: --wrt scale:k leaves scale no output to differentiate');
    expect(named.stderr).toContain('tsgrad: nothing written');
    expect(read('src/model.grad.ts')).toBe(generated);

    const both = await tsgrad(['compile', '--wrt', 'scale:k,out', 'src/model.ts'], { compile: compileFiles });
    expect(both.code).toBe(0);
    expect(read('src/model.grad.ts')).toContain('adj: { k: number; out: Float64Array }, seed = 1): void {');
  });
});

describe('--check', () => {
  test('exit 1 for missing and stale outputs, 0 when fresh; never writes', async () => {
    put('src/a.ts', '');
    put('src/b.ts', '');

    const missing = await tsgrad(['compile', '--check', 'src']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('missing: src/a.grad.ts\nmissing: src/b.grad.ts\ntsgrad: 2 generated files out of date; run tsgrad compile without --check to update.\n');
    expect(tree()).toEqual(['src/a.ts', 'src/b.ts']);

    await tsgrad(['compile', 'src']);
    expect(await tsgrad(['compile', '--check', 'src'])).toEqual({ code: 0, stdout: 'tsgrad: 2 generated files up to date.\n', stderr: '' });

    const stale = await tsgrad(['compile', '--check', 'src'], { compile: fakeCompiler(2).compile });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toMatch(/^stale: src\/a\.grad\.ts\nstale: src\/b\.grad\.ts\n/);
    expect(read('src/a.grad.ts')).toContain('revision = 1');
  });
});

describe('diagnostics', () => {
  const source = 'export function f(x: number): number {\n  const s = "a" + x;\n  return x;\n}\n';
  const diagnostic: Diagnostic = {
    code: 'TSG1003',
    message: 'strings cannot be differentiated',
    file: 'src/loss.ts',
    line: 2,
    column: 13,
    length: 7,
    hint: 'keep strings off the differentiated path',
  };

  test('are formatted like tsc, with a code frame and the hint', () => {
    const text = formatDiagnostic(diagnostic, { cwd: dir, colour: false, source });
    expect(text).toBe(
      [
        'src/loss.ts:2:13 - error TSG1003: strings cannot be differentiated',
        '',
        '  1 | export function f(x: number): number {',
        '> 2 |   const s = "a" + x;',
        '    |             ^^^^^^^',
        '  3 |   return x;',
        '  4 | }',
        '  5 |',
        '',
        '  hint: keep strings off the differentiated path',
        '',
      ].join('\n'),
    );
    expect(text).not.toContain(ESC);
  });

  test('show absolute paths relative to the working directory, and work without a source', () => {
    const text = formatDiagnostic({ ...diagnostic, file: path.join(dir, 'src/loss.ts'), hint: undefined }, { cwd: dir, colour: false });
    expect(text).toBe('src/loss.ts:2:13 - error TSG1003: strings cannot be differentiated\n');
  });

  test('underline a span running past the end of its line onto the next', () => {
    const text = formatDiagnostic({ ...diagnostic, length: 12 }, { cwd: dir, colour: false, source });
    expect(text).toContain(['> 2 |   const s = "a" + x;', '    |             ^^^^^^^^', '> 3 |   return x;', '    | ^^^', '  4 | }'].join('\n'));
  });

  test('leave out the code frame for a position the source does not have', () => {
    // (a file edited since the diagnostic was found): the location and hint still print
    for (const at of [{ line: 9 }, { line: 2, column: 40 }, { line: 3, column: 0 }]) {
      const text = formatDiagnostic({ ...diagnostic, ...at }, { cwd: dir, colour: false, source });
      expect(text).toBe(`src/loss.ts:${at.line}:${'column' in at ? at.column : 13} - error TSG1003: strings cannot be differentiated\n\n  hint: keep strings off the differentiated path\n`);
    }
  });

  test('are coloured when asked', () => {
    const text = formatDiagnostic(diagnostic, { cwd: dir, colour: true, source });
    expect(text).toContain(`${ESC}36msrc/loss.ts${ESC}39m`);
    expect(text).toContain(`${ESC}31merror${ESC}39m`);
    expect(text).toContain(`${ESC}90mTSG1003${ESC}39m`);
  });

  test.each([
    [{}, false, false],
    [{}, true, true],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
  ])('colour with env %j and isTTY %s: %s', (env, isTTY, expected) => {
    expect(shouldUseColour(env, isTTY)).toBe(expected);
  });

  test('summary counts errors and files', () => {
    expect(formatErrorSummary(2, 1)).toBe('Found 2 errors in 1 file.\n');
    expect(formatErrorSummary(1, 2)).toBe('Found 1 error in 2 files.\n');
  });

  test('a source with errors gives exit 1; the others are still written', async () => {
    const loss = put('src/loss.ts', source);
    put('src/ok.ts', '');
    const fake = fakeCompiler(1, (file) => (file === loss ? [{ ...diagnostic, file }, { ...diagnostic, file, line: 3, column: 10, length: 1 }] : []));
    const { code, stdout, stderr } = await tsgrad(['compile', 'src'], { compile: fake.compile });
    expect(code).toBe(1);
    expect(stdout).toBe('tsgrad: wrote 1 file.\n');
    expect(stderr).toMatch(/^src\/loss\.ts:2:13 - error TSG1003: strings cannot be differentiated\n\n {2}1 \| export/);
    expect(stderr).toContain('\n\nsrc/loss.ts:3:10 - error TSG1003');
    expect(stderr).toMatch(/\n\nFound 2 errors in 1 file\.\n$/);
    expect(stderr).not.toContain(ESC);
    expect(tree()).toEqual(['src/loss.ts', 'src/ok.grad.ts', 'src/ok.ts']);
  });

  test('one function never blocks another: the rest is written, the failed ones named, exit 1', async () => {
    put('src/m.ts', `export function good(x: number): number { return x * x; }
function helper(x: number): number { try { return x; } catch { return 0; } }
export function bad(x: number): number { return helper(x) + 1; }
export function label(x: number): string { return x > 0 ? 'pos' : 'neg'; }
export function pair(x: number): { a: number } { return { a: x }; }
`);
    put('src/consts.ts', 'export const K = 3;\nexport function name(): string { return "k"; }\n');
    const { code, stdout, stderr } = await tsgrad(['compile', 'src'], { compile: compileFiles });
    expect(code).toBe(1);
    expect(stdout).toBe('tsgrad: wrote 1 file.\n');
    // the module with nothing to differentiate gets no file
    expect(tree()).toEqual(['src/consts.ts', 'src/m.grad.ts', 'src/m.ts']);
    const generated = read('src/m.grad.ts');
    expect(generated).toContain('export function good_grad(');
    expect(generated).not.toMatch(/bad_|helper/);
    // the problem where it is, and the function it keeps from a gradient, at its call
    expect(stderr).toContain("src/m.ts:2:38 - error TSG1001: 'try' is not supported");
    expect(stderr).toContain("src/m.ts:3:49 - error TSG2003: 'bad' gets no gradient: it calls 'helper'");
    // every exported function without a gradient is named, with why
    expect(stderr).toContain("src/m.ts:4:17 - info TSG1010: 'label' returns string, not a number");
    expect(stderr).toContain("src/m.ts:5:17 - info TSG1010: 'pair' returns { a: number; }, not a number");
    expect(stderr).toContain("src/consts.ts:2:17 - info TSG1010: 'name' returns string");
    expect(stderr).toContain('src/consts.ts:1:1 - info TSG1010: nothing to differentiate here');
    expect(stderr).toMatch(/Found 2 errors in 1 file\.\n$/);
    // --quiet keeps the errors only; the file written before is unchanged
    const quiet = await tsgrad(['compile', '--quiet', 'src'], { compile: compileFiles });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).toBe('tsgrad: 1 file unchanged.\n');
    expect(quiet.stderr).not.toContain('info');
    expect(quiet.stderr).toContain('error TSG2003');
  });

  test('FORCE_COLOR colours them off a terminal; NO_COLOR turns colour off on one', async () => {
    const loss = put('src/loss.ts', source);
    const compile = fakeCompiler(1, (file) => [{ ...diagnostic, file }]).compile;
    expect((await tsgrad(['compile', 'src'], { compile, env: { FORCE_COLOR: '1' } })).stderr).toContain(ESC);
    expect((await tsgrad(['compile', 'src'], { compile, isTTY: true })).stderr).toContain(ESC);
    expect((await tsgrad(['compile', loss], { compile, isTTY: true, env: { NO_COLOR: '1' } })).stderr).not.toContain(ESC);
  });
});

test('commonDirectory finds the deepest shared directory', () => {
  expect(commonDirectory(['/a/b/c/x.ts', '/a/b/y.ts'])).toBe('/a/b');
  expect(commonDirectory(['/a/x.ts'])).toBe('/a');
  expect(commonDirectory(['/a/x.ts', '/b/y.ts'])).toBe('/');
  expect(commonDirectory(['/ab/x.ts', '/abc/y.ts'])).toBe('/');
});

describe('--watch', () => {
  async function until(condition: () => boolean): Promise<void> {
    for (const start = Date.now(); !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
      if (Date.now() - start > 10_000) throw new Error('timed out waiting');
    }
  }

  test('recompiles on change, picks up new files, survives errors, stops on abort', async () => {
    put('src/a.ts', '');
    let revision = 1;
    const controller = new AbortController();
    const output: Captured = { code: -1, stdout: '', stderr: '' };
    const compile: CompileFn = (files, options) => {
      if (revision === 3) throw new Error('compiler crashed');
      return fakeCompiler(revision).compile(files, options);
    };
    const running = tsgrad(['compile', '--watch', 'src'], { compile, signal: controller.signal, captured: output });

    await until(() => output.stdout.includes('tsgrad: watching src for changes.\n'));
    expect(read('src/a.grad.ts')).toContain('revision = 1');

    revision = 2;
    put('src/a.ts', 'export {};\n');
    await until(() => read('src/a.grad.ts').includes('revision = 2'));

    put('src/b.grad.ts', 'hand-written\n');
    put('src/b.ts', '');
    await until(() => output.stderr.includes('refusing to overwrite src/b.grad.ts'));

    revision = 3;
    rmSync(path.join(dir, 'src/b.grad.ts'));
    put('src/b.ts', 'export {};\n');
    await until(() => output.stderr.includes('tsgrad: internal error: Error: compiler crashed'));

    revision = 4;
    put('src/b.ts', 'export const b = 1;\n');
    await until(() => existsSync(path.join(dir, 'src/b.grad.ts')) && read('src/b.grad.ts').includes('revision = 4'));
    expect(read('src/a.grad.ts')).toContain('revision = 4');

    controller.abort();
    expect((await running).code).toBe(0);
  });

  test('a missing input is still a usage error', async () => {
    expect((await tsgrad(['compile', '--watch', 'src/nope.ts'])).code).toBe(2);
  });
});

describe('the built binary', () => {
  const root = path.resolve(__dirname, '..');
  const main = path.join(root, 'dist/cli/main.js');

  function node(...argv: string[]) {
    if (!existsSync(main)) throw new Error(`${main} is missing: build first (npm run build)`);
    return spawnSync(process.execPath, [main, ...argv], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  }

  test('--version prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const result = node('--version');
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.status).toBe(0);
  });

  test('sets the exit code', () => {
    const result = node('compile');
    expect(result.stderr).toContain('no input files');
    expect(result.status).toBe(2);
  });

  test('is executable, so that npx and the bin link can run it (npm run build sets the mode)', () => {
    expect(readFileSync(main, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(main).mode & 0o111).toBe(0o111);
    const result = spawnSync(main, ['--version'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
  });
});
