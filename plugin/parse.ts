/** Parsing modules with Babel, and its scope-aware traversal, however the CommonJS packages arrive. */
import { parse as babelParse } from '@babel/parser';
import traverseModule, { type NodePath } from '@babel/traverse';
import type * as t from '@babel/types';

type Traverse = typeof import('@babel/traverse').default;

const traverse: Traverse =
  (traverseModule as unknown as { default?: Traverse }).default ?? (traverseModule as unknown as Traverse);

/** A TypeScript (or JavaScript) module's AST; JSX is parsed in `.tsx` and `.jsx` files only. */
export function parseModule(code: string, file: string): t.File {
  const jsx = /\.[cm]?[jt]sx$/.test(file);
  return babelParse(code, {
    sourceType: 'module',
    sourceFilename: file,
    plugins: ['typescript', 'decorators-legacy', ...(jsx ? (['jsx'] as const) : [])],
  });
}

/** The program's path, with every binding and reference of the module resolved. */
export function programPath(ast: t.File): NodePath<t.Program> {
  let program: NodePath<t.Program> | undefined;
  traverse(ast, {
    Program(path) {
      program = path;
      path.stop();
    },
  });
  return program!;
}

export type { NodePath };
