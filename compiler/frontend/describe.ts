/**
 * What a piece of source is, in the user's words, for diagnostics about constructs tsgrad
 * does not support: never TypeScript's AST names (`SpreadElement`), always what the user
 * wrote or what they would call it.
 */
import ts from './typescript.cjs';

/** A short quote of the node's text: `'{ ...p, x }'`, cut at 40 characters and at the first line. */
export function quote(node: ts.Node, sf: ts.SourceFile): string {
  const text = node.getText(sf).split('\n')[0]!.trim();
  return `'${text.length > 40 ? `${text.slice(0, 37)}...` : text}'`;
}

/** The construct a node is, as a person names it, with what to write instead. */
export function construct(node: ts.Node, sf: ts.SourceFile): { what: string; hint: string } {
  const k = ts.SyntaxKind;
  const q = quote(node, sf);
  switch (node.kind) {
    case k.SpreadElement: return { what: `the spread ${q}`, hint: 'pass the elements one by one, or fold them in a loop (Math.max(...xs), Math.min(...xs) and Math.hypot(...xs) are supported)' };
    case k.ObjectLiteralExpression: return { what: `the object ${q}`, hint: 'differentiated code works on numbers and arrays of numbers: pass or return the fields as numbers' };
    case k.TemplateExpression: case k.NoSubstitutionTemplateLiteral: case k.StringLiteral:
      return { what: `the string ${q}`, hint: 'keep strings out of the computation of a differentiated result' };
    case k.RegularExpressionLiteral: return { what: `the regular expression ${q}`, hint: 'keep strings and regular expressions out of differentiated code' };
    case k.AwaitExpression: return { what: `'await'`, hint: 'differentiated functions are synchronous: await the inputs in the caller' };
    case k.YieldExpression: return { what: `'yield'`, hint: 'differentiated functions are not generators: collect the values in an array' };
    case k.DeleteExpression: return { what: `'delete'`, hint: 'differentiated code does not change objects' };
    case k.VoidExpression: return { what: `'void'`, hint: 'write the expression as a statement of its own' };
    case k.TaggedTemplateExpression: return { what: `the tagged template ${q}`, hint: 'keep strings out of differentiated code' };
    case k.ElementAccessExpression: return { what: `the element access ${q}`, hint: 'index arrays of numbers with a number' };
    case k.NonNullExpression: case k.AsExpression: case k.SatisfiesExpression: case k.TypeAssertionExpression:
      return { what: `the type assertion ${q}`, hint: 'declare the variable with the type it has instead' };
    case k.ForInStatement: return { what: `'for … in'`, hint: 'loop over indices: for (let i = 0; i < a.length; i++)' };
    case k.WithStatement: return { what: `'with'`, hint: 'name the object\'s members directly' };
    case k.DebuggerStatement: return { what: `'debugger'`, hint: 'remove it: breakpoints can be set in the generated code, which is plain TypeScript' };
    case k.EmptyStatement: return { what: 'an empty statement', hint: 'remove the stray semicolon' };
    case k.ImportDeclaration: case k.ExportDeclaration: case k.ExportAssignment:
      return { what: 'an import or export inside a function', hint: 'imports and exports go at module level' };
    case k.EnumDeclaration: case k.ModuleDeclaration:
      return { what: `a declaration of an enum or namespace (${q})`, hint: 'declare it at module level' };
    default:
      return { what: q, hint: 'differentiated functions use numbers, arrays of numbers, Math, loops, branches and calls of such functions: see the README\'s "The language tsgrad differentiates"' };
  }
}
