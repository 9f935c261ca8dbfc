import codeFrameColumns from './code-frame.cjs';
import type { Diagnostic } from '../compiler/index.js';
import { displayPath } from './paths.js';

/**
 * Whether to colour what tsgrad prints. FORCE_COLOR wins over everything (set to anything
 * but `0`, even empty, it forces colour on; `0` forces it off), then a non-empty NO_COLOR
 * turns colour off (https://no-color.org), and otherwise colour follows the terminal. This is
 * the order supports-color and Node itself use, so tsgrad agrees with the tools around it.
 */
export function shouldUseColour(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}

// Plain ANSI codes rather than util.styleText: styleText checks process.stdout itself on
// newer Node versions, and the decision here must come from the injected io alone.
const ansi = { red: 31, yellow: 33, cyan: 36, grey: 90 } as const;

export function paint(colour: boolean, name: keyof typeof ansi, text: string): string {
  return colour ? `\u001b[${ansi[name]}m${text}\u001b[39m` : text;
}

export interface FormatOptions {
  cwd: string;
  colour: boolean;
  /** The text of the diagnostic's file, for the code frame; without it there is no frame. */
  source?: string;
}

/**
 * A diagnostic as tsc prints one: `src/loss.ts:4:12 - error TSG1003: message`, then the code
 * frame with the span underlined (when the source is given), then the hint. Notes read
 * `- info TSG1010: …`. Ends with a newline.
 */
export function formatDiagnostic(diagnostic: Diagnostic, options: FormatOptions): string {
  const { cwd, colour, source } = options;
  const { code, message, file, line, column, hint } = diagnostic;
  // (line 0: a diagnostic of the command line about the file, not of a place in it)
  const location = paint(colour, 'cyan', displayPath(file, cwd)) + (line < 1 ? '' :
    ':' + paint(colour, 'yellow', String(line)) +
    ':' + paint(colour, 'yellow', String(column)));
  const severity = diagnostic.severity === 'info' ? paint(colour, 'cyan', 'info') : paint(colour, 'red', 'error');
  const lines = [`${location} - ${severity} ${paint(colour, 'grey', code)}: ${message}`];
  // (no frame for a position the text does not have: the file changed since it was compiled)
  const sourceLine = source?.split('\n')[line - 1];
  if (source !== undefined && sourceLine !== undefined && line >= 1 && column >= 1 && column <= sourceLine.length + 1) {
    const frame = codeFrameColumns(
      source,
      { start: { line, column }, end: endPosition(source, diagnostic) },
      { highlightCode: colour, forceColor: colour },
    );
    lines.push('', frame);
  }
  if (hint) lines.push('', `  hint: ${hint}`);
  return lines.join('\n') + '\n';
}

/**
 * Where the span ends, as a line and column. The length counts characters and may run onto
 * later lines; the code frame needs the real end position, or it underlines past the line.
 */
function endPosition(source: string, { line, column, length }: Diagnostic): { line: number; column: number } {
  const lines = source.split('\n');
  let endLine = line;
  let remaining = column - 1 + Math.max(length, 1);
  while (endLine < lines.length && remaining > (lines[endLine - 1]?.length ?? 0)) {
    remaining -= (lines[endLine - 1]?.length ?? 0) + 1;
    endLine++;
  }
  const end = Math.min(remaining, lines[endLine - 1]?.length ?? 0);
  // Babel's frame takes the end column as exclusive on the first line of a span but as a
  // count of characters on its last line.
  return { line: endLine, column: endLine === line ? end + 1 : end };
}

/** tsc's closing line: `Found 2 errors in 1 file.` */
export function formatErrorSummary(errors: number, files: number): string {
  return `Found ${count(errors, 'error')} in ${count(files, 'file')}.\n`;
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
