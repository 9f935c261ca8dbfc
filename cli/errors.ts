import { types } from 'node:util';

const usageHint = "Run 'tsgrad --help' for usage.";

/**
 * A problem with how tsgrad was invoked or set up (a bad option, a missing input, an output
 * file tsgrad may not overwrite): reported as one message, exit code 2. Anything else that is
 * thrown is a bug and is left to crash loudly.
 */
export class CliError extends Error {
  /** Whether to point the user at `--help` (for mistakes on the command line itself). */
  readonly showUsage: boolean;

  constructor(message: string, options: { showUsage?: boolean } = {}) {
    super(message);
    this.name = 'CliError';
    this.showUsage = options.showUsage ?? false;
  }

  /** As printed on stderr: each line prefixed with `tsgrad: `. */
  format(): string {
    const lines = this.message.split('\n').map((line) => `tsgrad: ${line}\n`);
    return lines.join('') + (this.showUsage ? usageHint + '\n' : '');
  }
}

// Errors from Node's built-ins may come from another realm (Jest's sandbox, vm contexts),
// where `instanceof Error` is false; `isNativeError` recognises them anyway.

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return types.isNativeError(error) ? error.message : String(error);
}

/** Whether `error` is JavaScript's stack overflow (`RangeError: Maximum call stack size exceeded`). */
export function isStackOverflow(error: unknown): boolean {
  return types.isNativeError(error) && error.name === 'RangeError' && /call stack/i.test(error.message);
}

/** The `code` of a Node system error (`ENOENT`, `EACCES`...), if it is one. */
export function errorCode(error: unknown): string | undefined {
  const code = types.isNativeError(error) ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
