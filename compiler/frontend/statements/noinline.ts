/**
 * The `@noinline` tag of a function, read from its doc comment.
 */
import ts from '../typescript.cjs';
import type { FunctionNode } from '../values.js';

/**
 * `/** @noinline *\/` on the function (or on the `const` declaring an arrow function, or just
 * before the arrow), read from the text of the doc comment nearest to it: the program is parsed
 * without JSDoc (a tenth of a compile). A tag is `@noinline` after white space, outside
 * `code spans`, and not the start of a longer name.
 */
export function hasNoinlineTag(fn: FunctionNode): boolean {
  const holders: ts.Node[] = [fn];
  if (!ts.isFunctionDeclaration(fn) && fn.parent && ts.isVariableDeclaration(fn.parent)) {
    holders.push(fn.parent);
    const list = fn.parent.parent;
    const statement = list.parent;
    // (a statement's doc comment belongs to its declaration only when it has one)
    if (ts.isVariableDeclarationList(list) && ts.isVariableStatement(statement) && list.declarations.length === 1) holders.push(statement);
  }
  const text = fn.getSourceFile().text;
  return holders.some((h) => {
    // the comments before the node: on the line of the token before it, then on later lines
    const at = h.getFullStart();
    const ranges = [...(ts.getTrailingCommentRanges(text, at) ?? []), ...(ts.getLeadingCommentRanges(text, at) ?? [])];
    const docs = ranges.filter((r) => r.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**', r.pos) && r.end - r.pos > 4);
    const last = docs[docs.length - 1];
    const doc = last && text.slice(last.pos + 3, last.end - 2).replace(/`[^`]*`/g, '');
    return doc !== undefined && /(^|\s)@noinline(?![\w-])/.test(doc);
  });
}
