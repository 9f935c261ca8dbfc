/**
 * From TypeScript sources to importable JavaScript: compiles the benchmark modules with the
 * built compiler (dist/), then transpiles the sources, the generated .grad.ts modules and the
 * hand-written adjoints with TypeScript's transpileModule into a temporary directory that
 * mirrors the repository's layout, so that relative `.js` imports stay valid. The runtime
 * import `tsgrad/runtime` becomes the built dist/runtime/index.js, so generated code, kernels
 * and the bench's tape instrumentation share one runtime instance.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** The repository root (bench/lib/ is two levels below it). */
export const root = resolve(dirname(new URL(import.meta.url).pathname), '..', '..');

export const runtimeUrl = pathToFileURL(join(root, 'dist', 'runtime', 'index.js')).href;

/** The built compiler, loaded from dist/ (run `npx tsc -p tsconfig.build.json` if it is stale). */
export async function loadCompiler() {
  return import(pathToFileURL(join(root, 'dist', 'compiler', 'index.js')).href);
}

/** TypeScript → JavaScript (ESNext modules, ES2022), with `tsgrad/runtime` pointing at dist/. */
export function transpile(source, fileName) {
  const out = ts.transpileModule(source, {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
  });
  return out.outputText.replace(/(from\s+|import\s+)(['"])tsgrad\/runtime\2/g, `$1$2${runtimeUrl}$2`);
}

/**
 * Compiles `sources` (absolute paths of source modules) and the modules they call, and writes
 * JavaScript for all of them, their generated modules and `extraTs` (hand-written adjoints)
 * under a new temporary directory. Returns the directory, the compile diagnostics per source
 * file and `urlOf(path)`, the file URL of the JavaScript for a repository path (`x.ts` or
 * `x.grad.ts`).
 */
/** The directories build() made, removed when the process exits. */
const leftovers = new Set();

export async function build(sources, extraTs = [], options = {}) {
  const { compileFiles, defaultOutputPath } = await loadCompiler();
  const outDir = mkdtempSync(join(tmpdir(), 'tsgrad-bench-'));
  // (removed when the process ends, however it ends short of a signal: a run that throws, or a
  // script that forgets, leaves nothing in the temporary directory; 153 were found after a day)
  if (leftovers.size === 0) process.on('exit', () => { for (const d of leftovers) rmSync(d, { recursive: true, force: true }); });
  leftovers.add(outDir);
  // the repository's packages, for modules that import them (the corpus: isnumber,
  // validate.io-array, …); removing outDir removes the link, not what it points to
  symlinkSync(join(root, 'node_modules'), join(outDir, 'node_modules'), 'dir');
  const jsPath = (tsPath) => join(outDir, relative(root, tsPath)).replace(/\.ts$/, '.js');
  const write = (tsPath, code) => {
    const file = jsPath(tsPath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, transpile(code, tsPath));
    // The generated TypeScript too, for reading beside a profile of its JavaScript.
    if (tsPath.endsWith('.grad.ts')) writeFileSync(file.replace(/\.js$/, '.ts'), code);
  };

  const started = performance.now();
  // Generated modules are never written beside their sources: only their text is used. The
  // output path is the default one so that their relative imports match the mirrored layout.
  const results = compileFiles(sources, { ...options, outputPath: defaultOutputPath });
  const compileMs = performance.now() - started;

  const diagnostics = new Map();
  const dirs = new Set();
  for (const r of results) {
    const file = resolve(r.sourceFile);
    dirs.add(dirname(file));
    diagnostics.set(file, r.diagnostics);
    if (r.code !== undefined) write(resolve(r.outputFile), r.code);
  }
  // Every source module of the directories involved (imports of modules without functions to
  // differentiate, such as constants, are not compiled but must still load).
  for (const dir of dirs) {
    for (const name of readdirSync(dir)) {
      if (name.endsWith('.ts') && !name.endsWith('.grad.ts') && !name.endsWith('.d.ts')) {
        const file = join(dir, name);
        write(file, readFileSync(file, 'utf8'));
      }
    }
  }
  for (const file of extraTs) write(file, readFileSync(file, 'utf8'));

  return {
    outDir,
    compileMs,
    diagnostics,
    urlOf: (tsPath) => pathToFileURL(jsPath(resolve(root, tsPath))).href,
  };
}
