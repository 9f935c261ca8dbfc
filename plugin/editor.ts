/**
 * tsgrad's diagnostics for an editor, as the user types: what the build would report, computed
 * from the editor's texts (saved or not) and kept until one of the files they come from changes.
 * The language-service plugin (ts-plugin.cts) asks for a file's; this module knows nothing of
 * the language service.
 *
 * A file gets diagnostics when
 * - it calls `grad(f)` (imported from 'tsgrad'): the problems of the call itself (TSG3xxx) and
 *   those that keep `f` from a gradient, at their place when they are in this file, else at the
 *   call's argument, naming the file, line and column where they are;
 * - it declares a function that a `grad(f)` of the project differentiates, or a module that
 *   function calls: the problems that keep it from a gradient (only those, as the build fails
 *   only for them);
 * - it matches one of the plugin's `compile` patterns (the files `tsgrad compile` is run on):
 *   every diagnostic and note `tsgrad compile` prints for it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { compileTargets, GradientCache } from './compile.js';
import type { TransformDiagnostic } from './diagnostics.js';
import { findGradUses, type GradUses } from './find.js';
import { planTransform } from './plan.js';

/** The files of the editor's project and their current texts. */
export interface EditorProject {
  /** Absolute paths of the project's own source files (no declaration files, nothing of node_modules). */
  files(): readonly string[];
  /** A file's text as the editor has it, or undefined for one it does not hold (then read from disk). */
  text(file: string): string | undefined;
}

export interface EditorOptions {
  /** Patterns (`src/models/*.ts`, `**` for any folders) of files compiled whole, relative to `root`. */
  compile?: readonly string[];
  /** The folder the patterns are relative to (the tsconfig's). */
  root: string;
  /** As the plugins' runtimeModule (it changes nothing in the diagnostics but the cache keys). */
  runtimeModule?: string;
}

interface Cached {
  /** A hash of the texts of the file and of the files the result came from. */
  key: string;
  /** Those files, besides the file itself. */
  dependencies: readonly string[];
  diagnostics: readonly TransformDiagnostic[];
}

export class EditorDiagnostics {
  private readonly cache = new GradientCache();
  private readonly uses = new Map<string, { text: string; uses: GradUses | undefined }>();
  private readonly plans = new Map<string, Cached>();
  private readonly whole = new Map<string, Cached>();
  private compile: RegExp[];

  constructor(private options: EditorOptions) {
    this.compile = (options.compile ?? []).map((p) => globRegExp(path.resolve(options.root, p)));
  }

  /** Whether `file` is one of those the `compile` patterns name. */
  compiles(file: string): boolean {
    const name = path.resolve(file).replace(/\\/g, '/');
    return this.compile.some((r) => r.test(name));
  }

  /** tsgrad's errors and notes (severity `info`) for `file`, from the current texts of `project`. */
  diagnosticsFor(file: string, project: EditorProject): TransformDiagnostic[] {
    const target = path.resolve(file);
    const read = (f: string) => project.text(f);
    const out: TransformDiagnostic[] = [];
    const seen = new Set<string>();
    const add = (d: TransformDiagnostic) => {
      const id = `${d.code}:${d.line}:${d.column}:${d.message}`;
      if (seen.has(id)) return;
      seen.add(id);
      out.push(d);
    };
    for (const user of project.files()) {
      const text = project.text(user);
      if (text === undefined || !this.usesOf(user, text)) continue;
      const plan = this.planOf(user, text, read);
      if (user !== target && !plan.dependencies.includes(target)) continue;
      for (const d of plan.diagnostics) if (path.resolve(d.file) === target) add(d);
    }
    if (this.compiles(target)) {
      const text = project.text(target);
      if (text !== undefined) for (const d of this.wholeOf(target, text, read).diagnostics) add(d);
    }
    return out.sort((a, b) => a.line - b.line || a.column - b.column);
  }

  private usesOf(file: string, text: string): GradUses | undefined {
    const known = this.uses.get(file);
    if (known?.text === text) return known.uses;
    const uses = findGradUses(text, file);
    this.uses.set(file, { text, uses });
    return uses;
  }

  /** What the build reports for a module that calls `grad(f)`, and where the problems elsewhere show in it. */
  private planOf(file: string, text: string, read: (f: string) => string | undefined): Cached {
    const known = this.plans.get(file);
    if (known && known.key === hashTexts(file, text, known.dependencies, read)) return known;
    const runtimeModule = this.options.runtimeModule ?? 'tsgrad/runtime';
    const plan = planTransform(text, file, { cache: this.cache, readFile: read, runtimeModule, types: false })!;
    const diagnostics = [...plan.diagnostics];
    const uses = this.usesOf(file, text)!;
    if (uses.calls.length > 0) {
      // The problems of f's module (or of what f calls) show at the grad(f) call too. (The
      // compile is the one planTransform just made, from the cache.)
      const compiled = compileTargets(uses.calls.map((c) => c.target.module), runtimeModule, this.cache, [], 0, read);
      for (const call of uses.calls) {
        const result = compiled.results.find((r) => r.sourceFile === call.target.module);
        const why = result?.failed[call.target.name] ?? (result && result.code === undefined ? result.diagnostics : []);
        for (const d of why) {
          if (path.resolve(d.file) === file) continue;
          diagnostics.push({
            ...d, file, line: call.argument.line, column: call.argument.column, length: call.argument.end - call.argument.start,
            message: `'${call.target.name}' cannot be differentiated: ${d.message} (${relative(file, d.file)}:${d.line}:${d.column})`,
          });
        }
      }
    }
    const dependencies = [...new Set([...plan.dependencies, ...plan.diagnostics.map((d) => path.resolve(d.file))])].filter((f) => f !== file).sort();
    const cached = { key: hashTexts(file, text, dependencies, read), dependencies, diagnostics };
    this.plans.set(file, cached);
    return cached;
  }

  /** What `tsgrad compile <file>` reports: every error, and the notes. */
  private wholeOf(file: string, text: string, read: (f: string) => string | undefined): Cached {
    const known = this.whole.get(file);
    if (known && known.key === hashTexts(file, text, known.dependencies, read)) return known;
    const compiled = compileTargets([file], this.options.runtimeModule ?? 'tsgrad/runtime', this.cache, [], 0, read);
    const result = compiled.results.find((r) => r.sourceFile === file);
    const diagnostics = result ? [...result.diagnostics, ...result.notes].filter((d) => path.resolve(d.file) === file) : [];
    const dependencies = compiled.dependencies.filter((f) => f !== file);
    const cached = { key: hashTexts(file, text, dependencies, read), dependencies, diagnostics };
    this.whole.set(file, cached);
    return cached;
  }
}

function hashTexts(file: string, text: string, dependencies: readonly string[], read: (f: string) => string | undefined): string {
  const hash = createHash('sha1').update(file).update('\0').update(text);
  // (a file the editor does not hold is read from disk by the compile: its name alone keys it,
  // as the build's own cache would see a change there at the next build)
  for (const d of dependencies) hash.update('\0').update(d).update('\0').update(read(d) ?? '\u0000disk');
  return hash.digest('hex');
}

function relative(from: string, to: string): string {
  return path.relative(path.dirname(from), to).replace(/\\/g, '/');
}

/** A path pattern as a regular expression: `**` any folders, `*` any name part, `?` one character. */
export function globRegExp(pattern: string): RegExp {
  const p = pattern.replace(/\\/g, '/');
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*' && p[i + 1] === '*') {
      const slash = p[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += /[.+^${}()|[\]\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${out}$`);
}
