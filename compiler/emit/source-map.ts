/**
 * The generated module's source map: each statement of a generated body maps to the source
 * statement it comes from (forward sweep) or differentiates (reverse sweep), as Babel's
 * generator marks them from the nodes' `loc`; the other lines of a generated function (its
 * signature, `f_grad`'s few lines) map to the source function's declaration; comment lines to
 * nothing (a breakpoint there would stop at the next statement). A statement
 * inlined from a helper of another module maps into that module's file.
 */
import type { Loc } from '../ir/types.js';

/** A decoded segment: [column] or [column, source, line, column] (all 0-based). */
export type Segment = [number] | [number, number, number, number] | [number, number, number, number, number];

/** A source map (version 3) with its mappings decoded; `sources` are absolute paths. */
export interface GeneratedMap {
  version: 3;
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  /** One array per line of the generated code. */
  mappings: Segment[][];
}

/** A function body as printed (indented by two spaces), with Babel's decoded map of it. */
export interface PrintedBody {
  text: string;
  map: { sources: (string | null)[]; mappings: Segment[][] };
}

/** Where a function's declaration is in the module (`end`: just past its closing brace), and the source function. */
export interface PrintedFunction {
  start: number;
  end: number;
  loc: Loc | undefined;
}

/**
 * Maps `code` from where its functions are in it and where its bodies are (each found after the
 * previous one: they were printed in order). `sourceFile` is the module's own source.
 */
export function moduleMap(code: string, sourceFile: string, functions: readonly PrintedFunction[], bodies: readonly PrintedBody[]): GeneratedMap {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const isComment = (line: number): boolean => /^\s*(\/\/|\/\*)/.test(code.slice(lineStarts[line], lineStarts[line + 1]));
  const sources = [sourceFile];
  const sourceIndex = (file: string): number => {
    const i = sources.indexOf(file);
    return i !== -1 ? i : sources.push(file) - 1;
  };
  const mappings: Segment[][] = lineStarts.map(() => []);
  let cursor = 0;
  for (const body of bodies) {
    if (body.text === '') continue;
    const at = code.indexOf(body.text, cursor);
    if (at === -1) continue;
    cursor = at + body.text.length;
    const first = lineAt(at);
    body.map.mappings.forEach((segments, i) => {
      const line = mappings[first + i];
      // (a comment's line: the generator marks it with the statement before; a breakpoint there would stop at the next)
      if (!line || isComment(first + i)) return;
      for (const s of segments) {
        if (s.length === 1) continue;
        const file = body.map.sources[s[1]];
        // (printed bodies are indented by two spaces)
        line.push([s[0] + 2, sourceIndex(file ?? sourceFile), s[2], s[3]]);
      }
    });
  }
  for (const f of functions) {
    if (!f.loc || f.loc.line < 1) continue;
    const source = sourceIndex(f.loc.file ?? sourceFile);
    for (let line = lineAt(f.start), last = lineAt(f.end - 1); line <= last; line++) {
      // a line of the signature or of `f_grad`, or a body's line the generator left unmarked
      if (mappings[line]!.length === 0 && code[lineStarts[line]!] !== '\n' && !isComment(line)) mappings[line]!.push([0, source, f.loc.line - 1, f.loc.column - 1]);
    }
  }
  for (const line of mappings) line.sort((a, b) => a[0] - b[0]);
  return { version: 3, sources, names: [], mappings };
}
