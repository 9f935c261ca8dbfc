/**
 * Generated modules, inlined into the module that uses them. Each becomes a function that
 * builds it once, on first use, and returns its exports:
 *
 *   var __tsgrad_model_exports;
 *   function __tsgrad_model() {
 *     if (__tsgrad_model_exports) return __tsgrad_model_exports;
 *     const tape = __tsgrad_runtime.tape;
 *     ...the generated code of model.ts, as `tsgrad compile` writes it, without `export`...
 *     return (__tsgrad_model_exports = { loss_vjp, loss_grad });
 *   }
 *
 * so the generated names stay in their own scope, and hoisting makes the gradient usable
 * anywhere in the module. What the generated code imports comes through namespace imports at
 * the top of the module (the runtime, the source modules of the functions it calls) or from
 * the other inlined modules, looked up when called (generated modules may import each other).
 */
import path from 'node:path';
import MagicString from 'magic-string';
import remappingModule from '@jridgewell/remapping';
import ts from '../compiler/frontend/typescript.cjs';
import type * as t from '@babel/types';
import type { FileResult } from '../compiler/index.js';
import { parseModule } from './parse.js';
import { isRelative, resolveModule } from './resolve.js';

export interface InlinedModule {
  /** The expression that evaluates to the module's exports: `__tsgrad_model()`. */
  access: string;
  exports: Set<string>;
  /** For each generated `<f>_grad`, the keys of its gradient. */
  gradKeys: Map<string, string[]>;
}

export interface Inlined {
  /** Import declarations for the top of the module. */
  imports: string[];
  /** The inlined modules' declarations, for the end of the module. */
  declarations: string[];
  /** The source map of each declaration (when its generated module has one). */
  maps: (DeclarationMap | undefined)[];
  /** By source file. */
  modules: Map<string, InlinedModule>;
}

const runtimeBinding = '__tsgrad_runtime';

type Remapping = typeof import('@jridgewell/remapping').default;
const remapping: Remapping =
  (remappingModule as unknown as { default?: Remapping }).default ?? (remappingModule as unknown as Remapping);

/** A declaration's source map, decoded: its lines map to the statements of the source modules they come from. */
export interface DeclarationMap {
  sources: string[];
  sourcesContent: (string | null)[];
  mappings: ([number] | [number, number, number, number] | [number, number, number, number, number])[][];
}

/**
 * Inlines the generated modules of `results` into `into`, whose exports (exported name →
 * local name) are `ownExports`. `results` must all have code. Top-level names come from
 * `names`, shared with whatever else the caller adds to the module. `wanted`: by source file,
 * the generated functions the module uses (`loss_grad`); only they and what they call (in
 * their module or another generated one) are inlined, with only the imports those use (a
 * bundler cannot drop the rest: they are the members of the object the module's function
 * returns). Without it, every generated function is.
 */
export function inlineModules(
  results: readonly FileResult[], into: string, ownExports: Map<string, string>, runtimeModule: string, names = new Names(),
  wanted?: ReadonlyMap<string, ReadonlySet<string>>,
): Inlined {
  const unique = [...new Map(results.map((r) => [r.sourceFile, r])).values()];
  const accessors = new Map(unique.map((r) => [r.sourceFile, names.claim(label(r.sourceFile, into))]));
  const byOutput = new Map(unique.map((r) => [stripExtension(r.outputFile), r.sourceFile]));
  const namespaces = new Map<string, { binding: string; specifier: string }>();
  const namespace = (key: string, specifier: string, base: string) => {
    if (!namespaces.has(key)) namespaces.set(key, { binding: names.claim(`src_${base}`), specifier });
    return namespaces.get(key)!.binding;
  };
  let usesRuntime = false;

  const inlined: Inlined = { imports: [], declarations: [], maps: [], modules: new Map() };
  const javascript = /\.[cm]?jsx?$/.test(into);
  const parsed = unique.map((result) => {
    // Generated code is TypeScript; a JavaScript module gets it without the types.
    const stripped = javascript ? stripTypes(result.code!, result.outputFile) : undefined;
    const code = stripped ? stripped.code : result.code!;
    return { result, stripped, code, ast: parseModule(code, result.outputFile) };
  });
  const generatedOf = (result: FileResult, specifier: string) =>
    isRelative(specifier) ? byOutput.get(stripExtension(path.resolve(path.dirname(result.outputFile), specifier))) : undefined;
  const kept = wanted && reachable(parsed, wanted, generatedOf);
  for (const { result, stripped, code, ast } of parsed) {
    const keep = kept?.get(result.sourceFile);
    const isKept = (name: string) => !keep || keep.has(name);
    const edit = new MagicString(code);
    const bindings: string[] = [];
    for (const declaration of ast.program.body.filter((s): s is t.ImportDeclaration => s.type === 'ImportDeclaration')) {
      edit.remove(declaration.start!, lineEnd(code, declaration.end!));
      const specifier = declaration.source.value;
      const imported = declaration.specifiers.filter((s) => isKept(s.local.name)).map((s) => ({
        local: s.local.name,
        name: s.type === 'ImportSpecifier' ? (s.imported.type === 'Identifier' ? s.imported.name : s.imported.value) : s.local.name,
      }));
      if (imported.length === 0) continue;
      const fromFile = isRelative(specifier) ? path.resolve(path.dirname(result.outputFile), specifier) : undefined;
      const generated = generatedOf(result, specifier);
      if (specifier === runtimeModule) {
        usesRuntime = true;
        bindings.push(destructure(imported, runtimeBinding));
      } else if (generated !== undefined) {
        // Looked up at call time: the other module may not be built yet (or be building this one).
        for (const { local, name } of imported) bindings.push(`const ${local} = (...args) => ${accessors.get(generated)}().${name}(...args);`);
      } else if (fromFile === undefined) {
        bindings.push(destructure(imported, namespace(specifier, specifier, specifier)));
      } else if (resolveModule(specifier, result.outputFile) === into) {
        // The module's own functions are in scope already, under their local names.
        for (const { local, name } of imported) {
          const own = ownExports.get(name) ?? name;
          if (own !== local) bindings.push(`const ${local} = ${own};`);
        }
      } else {
        bindings.push(destructure(imported, namespace(fromFile, relativeSpecifier(into, fromFile), label(fromFile, into))));
      }
    }
    const exports = new Set<string>();
    const returned: string[] = [];
    const gradKeys = new Map<string, string[]>();
    for (const s of ast.program.body) {
      const declared = topLevelNames(s);
      if (declared.length > 0 && !declared.some(isKept)) {
        // with its doc comment (the module's header, removed below, aside)
        const start = Math.max(s.leadingComments?.[0]?.start ?? s.start!, /^(\/\/.*\n)+/.exec(code)?.[0].length ?? 0);
        edit.remove(Math.min(start, s.start!), lineEnd(code, s.end!));
      }
      if (s.type !== 'ExportNamedDeclaration' || !s.declaration) continue;
      if (declared.some(isKept)) edit.remove(s.start!, s.declaration.start!);
      for (const name of declaredNames(s.declaration)) {
        exports.add(name);
        if (isKept(name)) returned.push(name);
      }
      if (s.declaration.type === 'FunctionDeclaration' && s.declaration.id?.name.endsWith('_grad')) {
        gradKeys.set(s.declaration.id.name, gradKeysOf(s.declaration));
      }
    }
    const access = accessors.get(result.sourceFile)!;
    const cache = `${access}_exports`;
    // (the generated module's header comment goes; the rest is wrapped, in magic-string, for the map)
    const header = /^(\/\/.*\n)+/.exec(code);
    if (header) edit.remove(0, header[0].length);
    edit.trim();
    edit.indent('  ');
    edit.prepend(indent([`if (${cache}) return ${cache};`, ...bindings].join('\n')) + '\n');
    edit.append(`\n  return (${cache} = { ${returned.join(', ')} });`);
    edit.prepend([
      `// tsgrad: the gradients of ${relativeSpecifier(into, result.sourceFile)}, generated at build time (\`tsgrad compile\` writes the same code).`,
      `var ${cache};`,
      `function ${access}() {`,
    ].join('\n') + '\n');
    edit.append('\n}');
    inlined.declarations.push(edit.toString());
    inlined.maps.push(result.map && declarationMap(edit, result, stripped?.map));
    inlined.modules.set(result.sourceFile, { access: `${access}()`, exports, gradKeys });
  }
  if (usesRuntime) inlined.imports.push(`import * as ${runtimeBinding} from '${runtimeModule}';`);
  for (const { binding, specifier } of namespaces.values()) inlined.imports.push(`import * as ${binding} from '${specifier}';`);
  return inlined;
}

/**
 * By source file, the top-level names of each generated module that `wanted` needs: the
 * wanted functions, what they refer to, transitively, and what they import from the other
 * generated modules (statements that declare nothing are kept, with what they refer to).
 */
function reachable(parsed: readonly { result: FileResult; ast: t.File }[], wanted: ReadonlyMap<string, ReadonlySet<string>>,
  generatedOf: (result: FileResult, specifier: string) => string | undefined): Map<string, Set<string>> {
  const modules = new Map(parsed.map(({ result, ast }) => {
    const refs = new Map<string, Set<string>>();
    const imports = new Map<string, { module: string; name: string }>();
    const roots: string[] = [];
    const top = new Set(ast.program.body.flatMap(topLevelNames));
    for (const s of ast.program.body) {
      if (s.type === 'ImportDeclaration') {
        const generated = generatedOf(result, s.source.value);
        for (const sp of s.specifiers) {
          if (generated !== undefined && sp.type === 'ImportSpecifier') imports.set(sp.local.name, { module: generated, name: sp.imported.type === 'Identifier' ? sp.imported.name : sp.imported.value });
        }
        continue;
      }
      const used = new Set([...identifiersIn(s)].filter((n) => top.has(n)));
      const declared = topLevelNames(s);
      for (const name of declared) refs.set(name, used);
      if (declared.length === 0) roots.push(...used);
    }
    return [result.sourceFile, { refs, imports, roots }] as const;
  }));
  const kept = new Map([...modules.keys()].map((m) => [m, new Set<string>()]));
  const work: [string, string][] = [];
  for (const [module, { roots }] of modules) {
    for (const name of [...(wanted.get(module) ?? []), ...roots]) work.push([module, name]);
  }
  for (let item = work.pop(); item; item = work.pop()) {
    const [module, name] = item;
    const set = kept.get(module);
    const info = modules.get(module);
    if (!set || !info || set.has(name)) continue;
    set.add(name);
    const from = info.imports.get(name);
    if (from) work.push([from.module, from.name]);
    for (const ref of info.refs.get(name) ?? []) work.push([module, ref]);
  }
  return kept;
}

/** The names a top-level statement of a generated module declares (its import bindings, for an import). */
function topLevelNames(s: t.Statement): string[] {
  if (s.type === 'ImportDeclaration') return s.specifiers.map((sp) => sp.local.name);
  const declaration = s.type === 'ExportNamedDeclaration' ? s.declaration : s;
  if (!declaration) return [];
  if (declaration.type === 'FunctionDeclaration' || declaration.type === 'VariableDeclaration') return declaredNames(declaration);
  if (declaration.type === 'ClassDeclaration' && declaration.id) return [declaration.id.name];
  return [];
}

/** Every identifier's name in a node (property names too: a few more kept than needed, never fewer). */
function identifiersIn(node: t.Node, out = new Set<string>()): Set<string> {
  if (node.type === 'Identifier') out.add(node.name);
  for (const key of Object.keys(node) as (keyof t.Node)[]) {
    if (key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments' || key === 'loc') continue;
    const value = node[key] as unknown;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as t.Node).type === 'string') identifiersIn(child as t.Node, out);
    }
  }
  return out;
}

/** The code without types, and its map to the code with them. */
function stripTypes(code: string, file: string): { code: string; map: string | undefined } {
  const out = ts.transpileModule(code, {
    fileName: file,
    compilerOptions: {
      target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true, newLine: ts.NewLineKind.LineFeed, sourceMap: true,
    },
  });
  return { code: out.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'), map: out.sourceMapText };
}

/** A declaration's map: through the edits (and the removal of types) to the generated module, then its map to the sources. */
function declarationMap(edit: MagicString, result: FileResult, stripped: string | undefined): DeclarationMap {
  const own = edit.generateDecodedMap({ hires: true, source: result.outputFile });
  const generated = { ...result.map!, file: result.outputFile };
  const composed = remapping([own as never, ...(stripped ? [stripped] : []), generated as never], () => null, { decodedMappings: true });
  return {
    sources: composed.sources.map((f) => f ?? ''),
    sourcesContent: composed.sourcesContent ?? composed.sources.map(() => null),
    mappings: composed.mappings as DeclarationMap['mappings'],
  };
}

/**
 * `const tape = __tsgrad_runtime.tape, sum = __tsgrad_runtime.sum;`: a member read of a
 * namespace import, which bundlers resolve to the one export (destructuring the namespace
 * would keep every export of the runtime in the bundle, kernels and all).
 */
function destructure(imported: { local: string; name: string }[], from: string): string {
  return `const ${imported.map(({ local, name }) => `${local} = ${from}.${name}`).join(', ')};`;
}

/** The keys of `grad` in `f_grad`'s declared return type `{ value: number; grad: { w: ...; b: ... } }`. */
function gradKeysOf(fn: t.FunctionDeclaration): string[] {
  const returned = fn.returnType?.type === 'TSTypeAnnotation' ? fn.returnType.typeAnnotation : undefined;
  if (returned?.type !== 'TSTypeLiteral') return [];
  const grad = returned.members.find((m) => m.type === 'TSPropertySignature' && m.key.type === 'Identifier' && m.key.name === 'grad');
  const type = grad?.type === 'TSPropertySignature' ? grad.typeAnnotation?.typeAnnotation : undefined;
  if (type?.type !== 'TSTypeLiteral') return [];
  return type.members.flatMap((m) => (m.type === 'TSPropertySignature' && m.key.type === 'Identifier' ? [m.key.name] : []));
}

function declaredNames(declaration: t.Declaration): string[] {
  if (declaration.type === 'FunctionDeclaration' && declaration.id) return [declaration.id.name];
  if (declaration.type === 'VariableDeclaration') {
    return declaration.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
  }
  return [];
}

/** Identifier-safe, readable and deterministic: `model`, `nn_layers`, `up_lib_model`. */
function label(file: string, into: string): string {
  return stripExtension(path.relative(path.dirname(into), file))
    .split(/[\\/]/)
    .map((part) => (part === '..' ? 'up' : part))
    .join('_');
}

/** `./model.ts`, `../lib/model.js`: `to` as imported from `from`, keeping its extension. */
function relativeSpecifier(from: string, to: string): string {
  const rel = path.relative(path.dirname(from), to).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function stripExtension(file: string): string {
  return file.replace(/\.(m|c)?[jt]sx?$/, '');
}

function indent(text: string): string {
  return text.split('\n').map((l) => (l ? '  ' + l : l)).join('\n');
}

function lineEnd(code: string, at: number): number {
  return code[at] === '\n' ? at + 1 : at;
}

/** Names claimed in one module: `__tsgrad_` and the wanted name, with a counter on collision. */
export class Names {
  private readonly taken = new Set<string>();

  claim(wanted: string): string {
    const base = `__tsgrad_${wanted.replace(/[^A-Za-z0-9_$]/g, '_')}`;
    let name = base;
    for (let i = 2; this.taken.has(name); i++) name = `${base}_${i}`;
    this.taken.add(name);
    return name;
  }
}
