/**
 * tsgrad for ESLint (flat config, ESLint 9): the rule `tsgrad/diagnostics` reports, in the file
 * being linted, what tsgrad's build would report for it (TSGxxxx, with message and hint, at its
 * span), and `tsgrad/notes` its notes (severity `info`: TSG1010…). The diagnostics are those of
 * the language-service plugin (editor.ts, which runs tsgrad's compiler on the texts): which files
 * get which is said there. A file the ESLint integration of an editor lints as the user types is
 * read as the editor holds it; the other files of the project from disk.
 *
 *   // eslint.config.js
 *   import tsParser from '@typescript-eslint/parser';
 *   import tsgrad from 'tsgrad/eslint';
 *   export default [{ files: ['**\/*.ts'], languageOptions: { parser: tsParser }, ...tsgrad.configs.recommended }];
 *
 * The project is the files of the tsconfig nearest to the linted file (`tsconfig` in the rule's
 * options to name another), as tsserver's would be: a module that calls `grad(f)` is found
 * among them. Options: `compile`, the files `tsgrad compile` is run on (patterns relative to the
 * tsconfig's folder), which get every diagnostic; `tsconfig`, a path relative to ESLint's cwd.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from '../compiler/frontend/typescript.cjs';
import type { TransformDiagnostic } from './diagnostics.js';
import { EditorDiagnostics } from './editor.js';

/** The rule's options (its one element of the options array). */
export interface TsgradEslintOptions {
  /** Patterns (`src/models/*.ts`, `**` for any folders) of the files `tsgrad compile` is run on, relative to the tsconfig's folder. */
  compile?: string[];
  /** The tsconfig whose files are the project (relative to ESLint's cwd); by default the nearest to the linted file. */
  tsconfig?: string;
}

/** The little of ESLint's rule context the rules use (ESLint 9's `RuleContext`). */
interface Context {
  filename: string;
  cwd: string;
  options: TsgradEslintOptions[];
  sourceCode: {
    text: string;
    getLocFromIndex(index: number): { line: number; column: number };
    getIndexFromLoc(loc: { line: number; column: number }): number;
  };
  report(descriptor: { loc: { start: { line: number; column: number }; end: { line: number; column: number } }; messageId: string; data: Record<string, string> }): void;
}

export interface TsgradEslintRule {
  meta: {
    type: 'problem' | 'suggestion';
    docs: { description: string };
    schema: unknown[];
    messages: Record<string, string>;
  };
  create(context: Context): Record<string, () => void>;
}

const schema = [{
  type: 'object',
  properties: {
    compile: { type: 'array', items: { type: 'string' } },
    tsconfig: { type: 'string' },
  },
  additionalProperties: false,
}];

/** A rule reporting tsgrad's errors (`notes` false) or notes (`notes` true). */
function rule(notes: boolean): TsgradEslintRule {
  return {
    meta: {
      type: notes ? 'suggestion' : 'problem',
      docs: {
        description: notes ? 'tsgrad\'s notes on the functions it compiles (what the build prints as info)'
          : 'what keeps a function that grad(f) (or tsgrad compile) differentiates from a gradient, as tsgrad\'s build reports it',
      },
      schema,
      messages: {
        diagnostic: '{{code}}: {{message}}{{hint}}',
        failed: 'tsgrad could not check this file: {{message}}',
      },
    },
    create(context) {
      return {
        Program() {
          const file = context.filename;
          if (!path.isAbsolute(file)) return; // (lintText without a filePath: '<text>')
          let found: TransformDiagnostic[];
          try {
            found = diagnosticsFor(path.resolve(file), context.sourceCode.text, context.options[0] ?? {}, context.cwd);
          } catch (e) {
            const at = { line: 1, column: 0 };
            context.report({ loc: { start: at, end: at }, messageId: 'failed', data: { message: e instanceof Error ? e.message : String(e) } });
            return;
          }
          for (const d of found) {
            if ((d.severity === 'info') !== notes) continue;
            context.report({ loc: span(context.sourceCode, d), messageId: 'diagnostic', data: { code: d.code, message: d.message, hint: d.hint ? `\nhint: ${d.hint}` : '' } });
          }
        },
      };
    },
  };
}

/** A diagnostic's span (1-based line and column, length) as ESLint's loc (0-based columns). */
function span(sourceCode: Context['sourceCode'], d: TransformDiagnostic): { start: { line: number; column: number }; end: { line: number; column: number } } {
  const text = sourceCode.text;
  const lines = text.split('\n').length;
  const line = Math.min(Math.max(d.line, 1), lines);
  let start: number;
  try {
    start = sourceCode.getIndexFromLoc({ line, column: Math.max(d.column - 1, 0) });
  } catch {
    start = sourceCode.getIndexFromLoc({ line, column: 0 });
  }
  const end = Math.min(start + Math.max(d.length, 0), text.length);
  return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) };
}

interface Project {
  engine: EditorDiagnostics;
  config: string | undefined;
  configTime: number;
  files: string[];
}

/** One engine (and its caches) per tsconfig and options, for the whole ESLint run (or an editor's session). */
const projects = new Map<string, Project>();

/** tsgrad's diagnostics for `file`, whose text is `text`, among the files of its project. */
function diagnosticsFor(file: string, text: string, options: TsgradEslintOptions, cwd: string): TransformDiagnostic[] {
  const config = options.tsconfig ? path.resolve(cwd, options.tsconfig) : ts.findConfigFile(path.dirname(file), ts.sys.fileExists);
  const compile = Array.isArray(options.compile) ? options.compile : [];
  const key = JSON.stringify([config ?? path.dirname(file), compile]);
  let project = projects.get(key);
  const configTime = config ? mtime(config) : 0;
  // (the file list again when the tsconfig changed, or a file it does not list yet is linted)
  if (!project || project.configTime !== configTime || !project.files.includes(file)) {
    const root = config ? path.dirname(config) : cwd;
    project = {
      engine: project?.configTime === configTime ? project.engine : new EditorDiagnostics({ root, compile }),
      config,
      configTime,
      files: [...new Set([...projectFiles(config), file])],
    };
    projects.set(key, project);
  }
  const read = (f: string) => (path.resolve(f) === file ? text : readText(f));
  // (tsgrad's compiler runs only in a project that uses tsgrad, or names files it compiles)
  if (compile.length === 0 && !project.files.some((f) => /['"]tsgrad['"]/.test(read(f) ?? ''))) return [];
  return project.engine.diagnosticsFor(file, { files: () => project.files, text: read });
}

/** The project's own source files: the tsconfig's, without declaration files and node_modules. */
function projectFiles(config: string | undefined): string[] {
  if (!config) return [];
  const read = ts.readConfigFile(config, ts.sys.readFile);
  if (read.error) return [];
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(config), undefined, config);
  return parsed.fileNames.filter((f) => !/\.d\.[cm]?ts$/.test(f) && !/[\\/]node_modules[\\/]/.test(f)).map((f) => path.resolve(f));
}

const texts = new Map<string, { time: number; size: number; text: string | undefined }>();

/** A file's text from disk, read again only when its time or size changed. */
function readText(file: string): string | undefined {
  const name = path.resolve(file);
  let stat;
  try {
    stat = statSync(name);
  } catch {
    return undefined;
  }
  const known = texts.get(name);
  if (known && known.time === stat.mtimeMs && known.size === stat.size) return known.text;
  let text: string | undefined;
  try {
    text = readFileSync(name, 'utf8');
  } catch {
    text = undefined;
  }
  texts.set(name, { time: stat.mtimeMs, size: stat.size, text });
  return text;
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

export interface TsgradEslintPlugin {
  meta: { name: string };
  rules: { diagnostics: TsgradEslintRule; notes: TsgradEslintRule };
  configs: { recommended: { plugins: { tsgrad: TsgradEslintPlugin }; rules: Record<string, 'error' | 'warn'> } };
}

const plugin: TsgradEslintPlugin = {
  meta: { name: 'tsgrad' },
  rules: { diagnostics: rule(false), notes: rule(true) },
  configs: undefined as unknown as TsgradEslintPlugin['configs'],
};
plugin.configs = { recommended: { plugins: { tsgrad: plugin }, rules: { 'tsgrad/diagnostics': 'error' } } };

export default plugin;
