/**
 * tsgrad in the editor: a TypeScript language-service plugin that adds tsgrad's diagnostics
 * (TSGxxxx, what the build would report) to those of the file being edited, as the user types.
 *
 *   // tsconfig.json
 *   { "compilerOptions": { "plugins": [{ "name": "tsgrad/ts-plugin" }] } }
 *
 * Options beside the name: `"compile": ["src/models/*.ts"]`, the files `tsgrad compile` is run
 * on (relative to the tsconfig), which then get every diagnostic and note it prints. Which
 * files get which diagnostics: see editor.ts.
 *
 * tsserver loads this module with `require` (hence CommonJS) and passes its own TypeScript to
 * `init`: the diagnostics it returns are made with that one. tsgrad's compiler, loaded on the
 * first file that needs it, reads the texts with the TypeScript tsgrad depends on (6.0). Errors
 * are logged to tsserver's log (`[tsgrad]`), never thrown into the editor.
 */
import path = require('node:path');
import type * as TS from 'typescript';

type Editor = typeof import('./editor.js');
type EditorDiagnostics = InstanceType<Editor['EditorDiagnostics']>;
type Found = ReturnType<EditorDiagnostics['diagnosticsFor']>[number];

interface Config {
  name?: string;
  compile?: string[];
}

function init(modules: { typescript: typeof TS }): TS.server.PluginModule {
  const ts = modules.typescript;
  const instances = new Set<{ configure: (config: Config) => void }>();

  function create(info: TS.server.PluginCreateInfo): TS.LanguageService {
    const ls = info.languageService;
    const log = (message: string) => info.project.projectService.logger.info(`[tsgrad] ${message}`);
    let config: Config = info.config ?? {};
    let engine: EditorDiagnostics | undefined;
    instances.add({ configure: (c) => { config = c; engine = undefined; } });
    const loader = new Loader(log, () => info.project.refreshDiagnostics?.());

    /** tsgrad's errors (`info` false) or notes (`info` true) for a file. */
    const tsgrad = (fileName: string, notes: boolean): TS.DiagnosticWithLocation[] => {
      try {
        const program = ls.getProgram();
        const sf = program?.getSourceFile(fileName);
        if (!program || !sf || sf.isDeclarationFile) return [];
        const own = program.getSourceFiles().filter((f) => !f.isDeclarationFile && !program.isSourceFileFromExternalLibrary(f) && !/[\\/]node_modules[\\/]/.test(f.fileName));
        const patterns = Array.isArray(config.compile) ? config.compile.filter((p): p is string => typeof p === 'string') : [];
        // (the compiler is loaded only for a project that uses tsgrad)
        if (patterns.length === 0 && !own.some((f) => /['"]tsgrad['"]/.test(f.text))) return [];
        const editor = loader.get();
        if (!editor) return [];
        engine ??= new editor.EditorDiagnostics({ root: configDirectory(info.project), compile: patterns });
        const byName = new Map(own.map((f) => [path.resolve(f.fileName), f] as const));
        const started = performance.now();
        const cpu = process.cpuUsage();
        const found = engine.diagnosticsFor(sf.fileName, { files: () => [...byName.keys()], text: (f) => byName.get(path.resolve(f))?.text });
        const { user, system } = process.cpuUsage(cpu);
        log(`${found.length} diagnostics for ${sf.fileName} in ${(performance.now() - started).toFixed(1)} ms (CPU ${((user + system) / 1000).toFixed(1)} ms)`);
        return found.filter((d) => (d.severity === 'info') === notes).map((d) => toDiagnostic(ts, sf, d));
      } catch (e) {
        log(`failed on ${fileName}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        return [];
      }
    };

    const proxy = Object.create(null) as Record<string, unknown>;
    for (const [name, method] of Object.entries(ls)) proxy[name] = typeof method === 'function' ? method.bind(ls) : method;
    const service = proxy as unknown as TS.LanguageService;
    service.getSemanticDiagnostics = (fileName) => [...ls.getSemanticDiagnostics(fileName), ...tsgrad(fileName, false)];
    service.getSuggestionDiagnostics = (fileName) => [...ls.getSuggestionDiagnostics(fileName), ...tsgrad(fileName, true)];
    return service;
  }

  return {
    create,
    onConfigurationChanged: (config: Config) => { for (const i of instances) i.configure(config ?? {}); },
  };
}

/**
 * Loads the compiler side (an ES module) on first use: with `require` where Node can require an
 * ES module (20.19 and later, 22.12 and later), else with `import()`, the diagnostics then
 * appearing once it is loaded.
 */
class Loader {
  private editor: Editor | undefined;
  private failed = false;
  private loading = false;

  constructor(private readonly log: (message: string) => void, private readonly loaded: () => void) {}

  get(): Editor | undefined {
    if (this.editor || this.failed || this.loading) return this.editor;
    try {
      this.editor = require('./editor.js') as Editor;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code !== 'ERR_REQUIRE_ESM' && code !== 'ERR_REQUIRE_ASYNC_MODULE') return this.fail(e);
      this.loading = true;
      import('./editor.js').then((m) => {
        this.editor = m;
        this.loading = false;
        this.loaded();
      }, (err: unknown) => this.fail(err));
    }
    return this.editor;
  }

  private fail(e: unknown): undefined {
    this.failed = true;
    this.loading = false;
    this.log(`could not load tsgrad's compiler: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    return undefined;
  }
}

/** The tsconfig's folder (the `compile` patterns are relative to it), else the project's. */
function configDirectory(project: TS.server.Project): string {
  const file = project.getCompilerOptions().configFilePath;
  return typeof file === 'string' ? path.dirname(file) : project.getCurrentDirectory();
}

function toDiagnostic(ts: typeof TS, sf: TS.SourceFile, d: Found): TS.DiagnosticWithLocation {
  const lines = sf.getLineStarts();
  const lineStart = lines[Math.min(Math.max(d.line - 1, 0), lines.length - 1)] ?? 0;
  const start = Math.min(lineStart + Math.max(d.column - 1, 0), sf.text.length);
  return {
    file: sf,
    start,
    length: Math.max(0, Math.min(d.length, sf.text.length - start)),
    messageText: `${d.code}: ${d.message}${d.hint ? `\nhint: ${d.hint}` : ''}`,
    category: d.severity === 'info' ? ts.DiagnosticCategory.Suggestion : ts.DiagnosticCategory.Error,
    // (a number, as the protocol has it: the editor shows `tsgrad(1001)`; the message starts with the code itself)
    code: Number(d.code.slice(3)),
    source: 'tsgrad',
  };
}

export = init;
