/**
 * @babel/code-frame's `codeFrameColumns`, required when the first code frame is printed
 * rather than at every start of the CLI (and through `require`, so that Node does not scan the
 * CommonJS package for its export names as it would for an ES import).
 */
type CodeFrame = typeof import('@babel/code-frame');

let loaded: CodeFrame | undefined;

function codeFrameColumns(...args: Parameters<CodeFrame['codeFrameColumns']>): string {
  loaded ??= require('@babel/code-frame') as CodeFrame;
  return loaded.codeFrameColumns(...args);
}

export = codeFrameColumns;
