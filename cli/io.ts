import type { compileFiles } from '../compiler/index.js';

/** Everything the CLI touches besides the file system, injected so tests can run it in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Inputs, --out-dir and printed paths are relative to this, not to process.cwd(). */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stderr, where diagnostics go, is a terminal (for colour). */
  isTTY: boolean;
  version: string;
  /**
   * The built tsgrad's `dist` directory, whose runtime and module hooks `tsgrad check` (and
   * `tsgrad trace` of a function with registered derivatives) load the user's modules with.
   */
  distDir?: string;
  /** Ends `--watch`. The binary passes none: Ctrl-C ends the process, as with tsc --watch. */
  signal?: AbortSignal;
}

/** The compiler entry point; injectable so tests of the CLI need not wait on the compiler. */
export type CompileFn = typeof compileFiles;
