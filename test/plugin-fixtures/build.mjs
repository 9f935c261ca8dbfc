// Builds a fixture project with a bundler and tsgrad's plugin for it, as a user's build script
// would, then imports the bundle and prints its checks() (or the build's error) as JSON.
// Run by test/plugin-bundlers.test.ts in a child process: the bundlers and unplugin are ES
// modules, which Jest's CommonJS sandbox cannot load on Node 20.
//
//   node test/plugin-fixtures/build.mjs <esbuild|rollup|vite|vite-dev|vite-edit|webpack> <project dir> <out dir>
//
// vite-dev loads the program through Vite's dev server instead (as Vitest does), unbundled;
// vite-edit too, then edits layers.ts (which model.ts imports) and loads it again, to show
// that the gradient follows the function.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundler, project, outDir] = process.argv.slice(2);
const entry = path.join(project, 'main.ts');
const outFile = path.join(outDir, 'main.js');

const builds = {
  async esbuild() {
    const { build } = await import('esbuild');
    const { default: tsgrad } = await import('tsgrad/esbuild');
    await build({
      entryPoints: [entry], outfile: outFile, bundle: true, format: 'esm', platform: 'node',
      plugins: [tsgrad()], logLevel: 'silent', sourcemap: true,
    });
  },
  async rollup() {
    const { rollup } = await import('rollup');
    const { default: esbuild } = await import('rollup-plugin-esbuild');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const { default: tsgrad } = await import('tsgrad/rollup');
    const bundle = await rollup({
      input: entry,
      // tsgrad first: it reads the TypeScript before esbuild strips the types.
      plugins: [tsgrad(), tsExtensions(), nodeResolve({ extensions: ['.ts', '.js'] }), esbuild({ target: 'es2022' })],
      onwarn: () => {},
    });
    await bundle.write({ file: outFile, format: 'es', sourcemap: true });
    await bundle.close();
  },
  async vite() {
    const { build } = await import('vite');
    const { default: tsgrad } = await import('tsgrad/vite');
    await build({
      root: project, configFile: false, logLevel: 'silent', plugins: [tsgrad()],
      build: {
        outDir, emptyOutDir: true, minify: false, target: 'es2022', sourcemap: true,
        lib: { entry, formats: ['es'], fileName: () => 'main.js' },
      },
    });
  },
  async 'vite-dev'() {
    const server = await devServer({ watch: null });
    try {
      // the request a browser's import of main.ts makes: its error is what the overlay shows
      await server.environments.client.transformRequest('/main.ts');
      return await server.ssrLoadModule(entry);
    } finally {
      await server.close();
    }
  },
  async 'vite-edit'() {
    const server = await devServer({});
    try {
      const before = (await server.ssrLoadModule(entry)).checks()[0].numeric;
      const layers = path.join(project, 'layers.ts');
      writeFileSync(layers, readFileSync(layers, 'utf8').replace('Math.exp(-z)', 'Math.exp(-2 * z)'));
      for (const start = Date.now(); Date.now() - start < 10_000; await new Promise((r) => setTimeout(r, 100))) {
        const program = await server.ssrLoadModule(entry);
        if (program.checks()[0].numeric !== before) return program;
      }
      throw new Error('the edit was not picked up');
    } finally {
      await server.close();
    }
  },
  async webpack() {
    const { default: webpack } = await import('webpack');
    const { default: tsgrad } = await import('tsgrad/webpack');
    const stats = await new Promise((resolve, reject) => webpack({
      mode: 'none', target: 'node', context: project, entry, devtool: 'source-map',
      output: { path: outDir, filename: 'main.js', library: { type: 'module' }, module: true },
      experiments: { outputModule: true },
      resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
      module: { rules: [{ test: /\.ts$/, loader: createRequire(import.meta.url).resolve('swc-loader'), options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } } }] },
      plugins: [tsgrad()],
    }, (error, result) => (error ? reject(error) : resolve(result))));
    if (stats.hasErrors()) throw Object.assign(new Error(stats.toString({ all: false, errors: true })), { stats });
  },
};

async function devServer(watch) {
  const { createServer } = await import('vite');
  const { default: tsgrad } = await import('tsgrad/vite');
  return createServer({
    root: project, configFile: false, logLevel: 'silent', plugins: [tsgrad()],
    server: { middlewareMode: true, ws: false, ...watch }, appType: 'custom',
  });
}

/** Rollup resolves `./layers.js` to the `./layers.ts` that is there, as TypeScript does. */
function tsExtensions() {
  return {
    name: 'ts-extensions',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const ts = path.resolve(path.dirname(importer), source.slice(0, -3) + '.ts');
      return existsSync(ts) ? ts : null;
    },
  };
}

let program;
try {
  program = (await builds[bundler]()) ?? (await import(pathToFileURL(outFile).href));
} catch (error) {
  console.log(JSON.stringify({ ok: false, message: String(error?.message ?? error), ...(await reported(error)) }));
  process.exit(0);
}

/**
 * What the bundler reports of a failed build, alike for all: `errors`, each where it is
 * (absolute file, 1-based line, 0-based column, as the bundlers count), with its code frame
 * (esbuild: the source line it draws its frame from) and stack; `printed`, the text the user
 * reads (esbuild: its log of the errors; webpack: its stats; Rollup: the error's message and
 * stack; Vite's build: the summary of its thrown error; the dev server: what its overlay shows,
 * the error of the transform the browser's request runs).
 */
async function reported(error) {
  const at = (file, line, column, frame, text, stack) => ({ file: file && path.resolve(file), line, column, frame, text, stack: stack ?? '' });
  if (bundler === 'esbuild' && Array.isArray(error.errors)) {
    const { formatMessages } = await import('esbuild');
    return {
      errors: error.errors.map((e) => at(e.location?.file, e.location?.line, e.location?.column, e.location?.lineText, e.text)),
      printed: (await formatMessages(error.errors, { kind: 'error' })).join(''),
    };
  }
  if (bundler === 'webpack' && error.stats) {
    const json = error.stats.toJson({ all: false, errors: true, errorDetails: true, errorStack: true, moduleTrace: false });
    return {
      errors: json.errors.map((e) => ({ ...at(undefined, undefined, undefined, undefined, e.message, e.stack), module: e.moduleName, details: e.details ?? '' })),
      printed: error.stats.toString({ all: false, errors: true, colors: false }),
    };
  }
  const errors = bundler === 'vite' ? error.errors ?? [] : [error];
  return {
    errors: errors.map((e) => at(e.loc?.file ?? e.id, e.loc?.line, e.loc?.column, e.frame, e.message, e.stack)),
    printed: bundler === 'vite' ? error.message : `${error.message}\n${error.stack ?? ''}`,
  };
}
console.log(JSON.stringify({ ok: true, checks: program.checks(), mapped: mappedAdjoints() }));

/**
 * Where the bundle's map takes the reverse sweep's `w_b[i] += …` of model.ts's
 * `z += w[i] * x[i]` (the lines of the bundle that add into w's adjoint): `model.ts:6` each.
 * Undefined without a bundle (vite-dev).
 */
function mappedAdjoints() {
  if (!existsSync(outFile + '.map')) return undefined;
  const { TraceMap, originalPositionFor } = createRequire(import.meta.url)('@jridgewell/trace-mapping');
  const map = new TraceMap(readFileSync(outFile + '.map', 'utf8'), outFile + '.map');
  const lines = readFileSync(outFile, 'utf8').split('\n');
  return lines.flatMap((line, i) => {
    if (!/\bw_b\[i\]!? \+= /.test(line)) return [];
    const { source, line: at } = originalPositionFor(map, { line: i + 1, column: line.search(/\S/) });
    return [`${source === null ? null : path.basename(source)}:${at}`];
  });
}
