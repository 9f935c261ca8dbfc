/**
 * What the build integration reports on top of the compiler's diagnostics: problems with a
 * `grad(f)` call itself, at the call's position in the module that contains it. Same shape
 * and formatting as the compiler's, so adapters report both alike.
 */
import { readFileSync } from 'node:fs';
import type { Code, Diagnostic } from '../compiler/index.js';
import { codes } from '../compiler/diagnostics.js';
import { formatDiagnostic } from '../cli/format.js';

/** The codes about `grad(f)` calls (their messages live with all others in compiler/diagnostics.ts). */
export const pluginCodes = {
  TSG3001: codes.TSG3001,
  TSG3002: codes.TSG3002,
  TSG3003: codes.TSG3003,
  TSG3004: codes.TSG3004,
} as const;

export type PluginCode = keyof typeof pluginCodes;

export const hints = {
  exported: 'tsgrad generates gradients of the exported functions of a module that return a number',
} as const;

/** A compiler diagnostic, or one about a `grad(f)` call (TSG3xxx). */
export type TransformDiagnostic = Omit<Diagnostic, 'code'> & { code: Code | PluginCode };

/**
 * Diagnostics as one build error message: each as the CLI prints it (`file:line:col - error
 * TSGxxxx: message`, code frame, hint), paths relative to `cwd`, without colour (bundlers
 * colour their own output).
 */
export function formatDiagnostics(diagnostics: readonly TransformDiagnostic[], cwd = process.cwd()): string {
  // formatDiagnostic only prints the code, so the plugin's codes pass through it unchanged.
  return diagnostics
    .map((d) => formatDiagnostic(d as Diagnostic, { cwd, colour: false, source: readSource(d.file) }))
    .join('\n')
    .trimEnd();
}

/**
 * Thrown by adapters that have no error channel of their own (the Jest and tsc ones). Its
 * stack is empty: where in tsgrad it was thrown is of no use to the user, and Jest prints a
 * stack below the message (the frames, or a stack without frames once more).
 */
export class TsgradBuildError extends Error {
  constructor(readonly diagnostics: readonly TransformDiagnostic[], cwd?: string) {
    super(formatDiagnostics(ordered(diagnostics), cwd));
    this.name = 'TsgradBuildError';
    this.stack = '';
  }
}

/**
 * Errors before notes, and a mistake before the callers it keeps from a gradient (TSG2003,
 * whose message names the mistake): the first is where the user has to look.
 */
export function ordered(diagnostics: readonly TransformDiagnostic[]): TransformDiagnostic[] {
  const rank = (d: TransformDiagnostic) => (d.severity === 'info' ? 2 : d.code === 'TSG2003' ? 1 : 0);
  return diagnostics.map((d, i) => [d, i] as const).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([d]) => d);
}

/** One diagnostic as a bundler takes a located error. */
export interface LocatedError {
  /** `TSGxxxx: message`, and the hint on a line of its own: the location and frame are apart. */
  text: string;
  hint?: string;
  /** Absolute path of the file of the mistake (which may be a helper the module imports). */
  file: string;
  /** 1-based line, 0-based column: as Rollup's `loc`, Vite's and esbuild's `location` count. */
  line: number;
  column: number;
  length: number;
  /** The source line, for bundlers that draw their own frame (esbuild). */
  lineText: string;
  /** The code frame, without colour ('' when the file cannot be read). */
  frame: string;
  /** The whole diagnostic as the CLI prints it: location, frame, hint. */
  formatted: string;
}

export function locatedErrors(diagnostics: readonly TransformDiagnostic[], cwd = process.cwd()): LocatedError[] {
  return ordered(diagnostics).map((d) => {
    const source = readSource(d.file);
    const plain = formatDiagnostic({ ...d, hint: undefined } as Diagnostic, { cwd, colour: false, source });
    // formatDiagnostic without a hint: the location line, a blank line, the frame
    const frame = plain.split('\n').slice(2).join('\n').trimEnd();
    return {
      text: `${d.code}: ${d.message}`,
      ...(d.hint ? { hint: d.hint } : {}),
      file: d.file,
      line: d.line,
      column: d.column - 1,
      length: d.length,
      lineText: source?.split('\n')[d.line - 1]?.replace(/\r$/, '') ?? '',
      frame,
      formatted: formatDiagnostic(d as Diagnostic, { cwd, colour: false, source }).trimEnd(),
    };
  });
}

/**
 * The error for bundlers that stop at the first one a plugin raises (Rollup, Vite's build
 * and dev server): located at the first diagnostic (`id`, `loc`, `frame`, which Vite's overlay
 * shows), whose text and hint are its message; any others follow in the message, each once, as
 * the CLI prints it. Its `id` stays the file of the mistake where the bundler would set it to
 * the module being transformed (the importer). Its stack is empty: tsgrad's frames are of no
 * use to the user, and Rollup's CLI, Rolldown's summary and Vite's overlay print a stack
 * beside the message (a stack repeating the message would print it twice).
 */
export function bundlerError(diagnostics: readonly TransformDiagnostic[], cwd = process.cwd()):
  Error & { id: string; loc: { file: string; line: number; column: number }; frame: string } {
  const [first, ...others] = locatedErrors(diagnostics, cwd);
  const message = [first!.text + (first!.hint ? `\n  hint: ${first!.hint}` : ''), ...others.map((o) => o.formatted)].join('\n\n');
  const error = new Error(message) as Error & { id: string; loc: { file: string; line: number; column: number }; frame: string };
  error.name = 'TsgradError';
  error.stack = '';
  Object.defineProperty(error, 'id', { get: () => first!.file, set: () => {}, enumerable: true, configurable: true });
  error.loc = { file: first!.file, line: first!.line, column: first!.column };
  error.frame = first!.frame;
  return error;
}

export function readSource(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
