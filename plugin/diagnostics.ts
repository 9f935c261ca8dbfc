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

/** Thrown by adapters that have no error channel of their own (the Jest and tsc ones). */
export class TsgradBuildError extends Error {
  constructor(readonly diagnostics: readonly TransformDiagnostic[], cwd?: string) {
    super(formatDiagnostics(diagnostics, cwd));
    this.name = 'TsgradBuildError';
  }
}

export function readSource(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
