/**
 * Every diagnostic tsgrad can report, in one place. Codes are stable: tests and users
 * match on them. 1xxx: the source language; 2xxx: calls and derivatives; 3xxx: `grad(f)`
 * calls seen by the build integration; 9xxx: internal.
 */
export const codes = {
  TSG1001: 'unsupported statement',
  TSG1002: 'unsupported expression',
  TSG1003: 'unsupported type',
  TSG1004: 'unsupported operator',
  TSG1005: 'unknown Math member',
  TSG1006: 'non-numeric value on a differentiated path',
  TSG1007: 'unsupported declaration',
  TSG1008: 'unsupported array use',
  TSG1009: 'unsupported control flow',
  TSG1010: 'exported function without a gradient',
  TSG2001: 'no derivative for callee',
  TSG2002: 'unsupported call',
  TSG2003: 'callee that cannot be differentiated',
  TSG2004: 'function without a forward-mode derivative (jvp)',
  TSG2005: 'function without a second-order derivative (hvp)',
  TSG3001: 'unsupported grad() call',
  TSG3002: 'function without a generated gradient',
  TSG3003: 'unknown parameter in grad(f, keys)',
  TSG3004: 'module not found',
  TSG3005: 'unknown parameter in --wrt',
  TSG3006: '--wrt on a function whose derivative others call',
  TSG3007: '--wrt that names none of the arrays a void function writes',
  TSG9001: 'internal error',
} as const;

export type Code = keyof typeof codes;

export interface Diagnostic {
  code: Code;
  message: string;
  /** Absolute or project-relative path of the source file. */
  file: string;
  /** 1-based line and column of the offending node's first character; 0 and 0 for a diagnostic of the command line about the file (a --wrt name no function has), which has no place in it. */
  line: number;
  column: number;
  /** Length of the offending text in characters (for the code frame's underline). */
  length: number;
  /** What the user can do about it. */
  hint?: string;
  /** `info`: says what tsgrad did, and fails nothing (an exported function that gets no gradient). Default `error`. */
  severity?: 'error' | 'info';
}

/** Thrown inside a phase to abort the current function with one diagnostic. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(`${diagnostic.code}: ${diagnostic.message}`);
  }
}

/** A diagnostic from what a phase threw: its own, or an internal error. */
export function asDiagnostic(e: unknown, file: string): Diagnostic {
  // (a phase after lowering may not know the file: the function's)
  if (e instanceof DiagnosticError) return e.diagnostic.file ? e.diagnostic : { ...e.diagnostic, file };
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'TSG9001', message: `internal error: ${message}`, file, line: 1, column: 1, length: 0,
    hint: 'this is a bug in tsgrad; please report it with the input' };
}
