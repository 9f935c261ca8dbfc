/**
 * Parse and lower: ts-morph loads the source modules with the type checker, and each
 * exported function that returns `number` is lowered to a trace. A function that uses what
 * tsgrad does not support yields a diagnostic instead.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Project, ts } from 'ts-morph';
import type { Func } from '../ir/types.js';
import { DiagnosticError, type Diagnostic } from '../diagnostics.js';
import { FunctionLowering, type FunctionNode } from './statements.js';

export interface ModuleTrace {
  readonly file: string;
  readonly funcs: readonly Func[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A TypeScript program over `files`, with the options of the nearest tsconfig.json. */
export function loadProgram(files: readonly string[]): Project {
  const config = findTsconfig(files[0] ? dirname(resolve(files[0])) : process.cwd());
  const project = config
    ? new Project({ tsConfigFilePath: config, skipAddingFilesFromTsConfig: true })
    : new Project({
        compilerOptions: {
          strict: true, target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
        },
      });
  for (const f of files) project.addSourceFileAtPath(resolve(f));
  project.resolveSourceFileDependencies();
  return project;
}

function findTsconfig(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const candidate = join(d, 'tsconfig.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/** Lowers every exported function of `file` that returns a number. */
export function lowerModule(project: Project, file: string): ModuleTrace {
  const sf = project.getSourceFileOrThrow(resolve(file)).compilerNode;
  const checker = project.getTypeChecker().compilerObject;
  const funcs: Func[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { name, node } of exportedFunctions(sf, checker)) {
    try {
      funcs.push(new FunctionLowering(node, name, sf, file, checker).lower());
    } catch (e) {
      if (e instanceof DiagnosticError) diagnostics.push(e.diagnostic);
      else throw e;
    }
  }
  return { file, funcs, diagnostics };
}

/** Exported function declarations and `const f = (…) => …` whose result type is `number`. */
export function exportedFunctions(sf: ts.SourceFile, checker: ts.TypeChecker): { name: string; node: FunctionNode }[] {
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  if (!moduleSymbol) return [];
  const out: { name: string; node: FunctionNode }[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const s = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decl = s.valueDeclaration;
    if (!decl || decl.getSourceFile() !== sf) continue;
    let node: FunctionNode | undefined;
    if (ts.isFunctionDeclaration(decl) && decl.body) node = decl;
    else if (ts.isVariableDeclaration(decl) && decl.initializer &&
             (ts.isArrowFunction(decl.initializer) || ts.isFunctionExpression(decl.initializer))) node = decl.initializer;
    if (!node) continue;
    const signature = checker.getSignatureFromDeclaration(node);
    if (!signature || !(checker.getReturnTypeOfSignature(signature).flags & ts.TypeFlags.NumberLike)) continue;
    if (node.asteriskToken || node.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) continue;
    out.push({ name: exported.getName(), node });
  }
  return out.sort((a, b) => a.node.getStart() - b.node.getStart());
}
