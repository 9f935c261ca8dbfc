/**
 * npm dependencies. A package is followed into its code as the user's own modules are: an
 * import that TypeScript resolves to a package's declarations (`.d.ts`) is resolved to the
 * JavaScript that runs instead, typed by its JSDoc, so that tsgrad reads the bodies of the
 * functions it calls. Nothing is written into `node_modules`: what tsgrad differentiates
 * there is inlined into the generated module that calls it.
 */
import ts from './typescript.cjs';
import type { Prim } from '../rules/prims.js';
import { packagePrim } from '../rules/table.js';

/** Whether `file` belongs to an installed package. */
export function inPackage(file: string): boolean {
  return /[\\/]node_modules[\\/]/.test(file);
}

/** `@stdlib/math-base-special-erf/lib/main.js`: a package's file, as its users know it. */
export function packagePath(file: string): string {
  return file.replace(/\\/g, '/').replace(/.*\/node_modules\//, '');
}

/**
 * Module resolution as the program's, except that a package's declarations give way to its
 * JavaScript implementation when it has one (tsgrad's own runtime excepted: its kernels are
 * called, not read).
 */
export function implementationResolver(host: ts.CompilerHost, options: ts.CompilerOptions): NonNullable<ts.CompilerHost['resolveModuleNameLiterals']> {
  const cache = ts.createModuleResolutionCache(host.getCurrentDirectory(), (f) => host.getCanonicalFileName(f), options);
  const js = { ...options, allowJs: true, noDtsResolution: true };
  const jsCache = ts.createModuleResolutionCache(host.getCurrentDirectory(), (f) => host.getCanonicalFileName(f), js);
  return (literals, containingFile, redirected, _options, containingSourceFile) => literals.map((literal) => {
    const mode = ts.getModeForUsageLocation(containingSourceFile, literal, options);
    const typed = ts.resolveModuleName(literal.text, containingFile, options, host, cache, redirected, mode);
    const found = typed.resolvedModule;
    if (!found || !found.isExternalLibraryImport || !found.resolvedFileName.endsWith('.d.ts') || /^tsgrad(\/|$)/.test(literal.text)) return typed;
    // `import type { NumberArray } from 'cheminfo-types'`: only the declarations have types
    if (typeOnly(literal)) return typed;
    const code = ts.resolveModuleName(literal.text, containingFile, js, host, jsCache, redirected, mode).resolvedModule;
    if (!code || !/\.[cm]?js$/.test(code.resolvedFileName)) return typed;
    return { ...typed, resolvedModule: { ...code, isExternalLibraryImport: true } };
  });
}

/** The specifier of an import or export that names types only (`import type …`, `export type … from`). */
function typeOnly(literal: ts.StringLiteralLike): boolean {
  const decl = literal.parent;
  if (ts.isImportDeclaration(decl)) {
    const clause = decl.importClause;
    if (!clause) return false;
    if (clause.isTypeOnly) return true;
    const named = clause.namedBindings;
    return !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
  }
  if (ts.isExportDeclaration(decl)) return decl.isTypeOnly;
  // import('m').T in a type
  return ts.isLiteralTypeNode(decl) && ts.isImportTypeNode(decl.parent);
}

/**
 * The primitive a function of a package is, if it is one (its package's main export): the
 * functions that work on a number's bit representation (typed-array views onto one buffer),
 * which tsgrad does not read but treats each as the operation it is, a row of the rules table
 * (its `package`), computed by tsgrad/runtime's bits.ts.
 */
export function bitOperation(checker: ts.TypeChecker, callee: ts.Expression): Prim | undefined {
  const pkg = mainOf(checker, callee);
  return pkg ? packagePrim(pkg) : undefined;
}

/** The package whose main function (`lib/main.js`) `callee` names. */
function mainOf(checker: ts.TypeChecker, callee: ts.Expression): string | undefined {
  let symbol = checker.getSymbolAtLocation(callee);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (!decl) return undefined;
  const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]lib[\\/]main\.js$/.exec(decl.getSourceFile().fileName);
  return m?.[1]!.replace(/\\/g, '/');
}

/**
 * Elementary functions of packages that tsgrad does not follow (their argument reductions keep
 * scratch arrays at module level): the package's function gives the value, tsgrad/runtime's
 * `<name>_vjp` (runtime/elementary.ts) the derivative.
 */
const elementaryFunctions: Readonly<Record<string, { readonly name: string; readonly params: readonly string[] }>> = {
  '@stdlib/math-base-special-pow': { name: 'pow', params: ['x', 'y'] },
  '@stdlib/math-base-special-sin': { name: 'sin', params: ['x'] },
  '@stdlib/math-base-special-cos': { name: 'cos', params: ['x'] },
};

/** The elementary function of a package `callee` names, with its package. */
export function elementaryFunction(checker: ts.TypeChecker, callee: ts.Expression):
  { readonly pkg: string; readonly name: string; readonly params: readonly string[]; readonly file: string } | undefined {
  const pkg = mainOf(checker, callee);
  const known = pkg ? elementaryFunctions[pkg] : undefined;
  if (!pkg || !known) return undefined;
  let symbol = checker.getSymbolAtLocation(callee)!;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  return { pkg, ...known, file: (symbol.valueDeclaration ?? symbol.declarations![0]!).getSourceFile().fileName };
}

/** How to register a derivative for a function of a package, as a code sample. */
export function registrationHint(text: string, params: readonly string[], where: string, arrays: readonly boolean[] = []): string {
  const list = params.map((p, i) => `${p}: ${arrays[i] ? 'number[]' : 'number'}`).join(', ');
  const adj = params.map((p, i) => `${p}: ${arrays[i] ? 'Float64Array' : 'number'}`).join('; ');
  return `register the derivative of '${text}' (${where}) in your module, beside the import (or import it there from a module of yours); tsgrad then calls it instead of reading the package:\n` +
    `    export function ${text}_vjp(${list}, adj: { ${adj} }, seed = 1): number {\n` +
    params.map((p, i) => (arrays[i] ? `      for (let i = 0; i < ${p}.length; i++) adj.${p}[i] += seed * /* ∂${text}/∂${p}[i] */;\n`
      : `      adj.${p} += seed * /* ∂${text}/∂${p} */;\n`)).join('') +
    `      return ${text}(${params.join(', ')});\n    }`;
}
