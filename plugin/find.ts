/**
 * Finding `grad(f)` (and `jvp(f)`, `hvp(f)`, `jacobian(f)`) in a module: the calls of the `grad` imported from 'tsgrad' (by scope, so
 * a local variable named `grad` is left alone), the function each differentiates (a function
 * declaration or `const` arrow function of this module or of a relatively imported one), the
 * keys of `grad(f, keys)`, and the imports of `grad` that the replacement makes unused.
 */
import type * as t from '@babel/types';
import { hints, type TransformDiagnostic, type PluginCode } from './diagnostics.js';
import { parseModule, programPath, type NodePath } from './parse.js';
import { isRelative, resolveModule } from './resolve.js';

/** A span in the module's text: 0-based offsets, and the 1-based position of its start. */
export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
}

/** The function a `grad` call differentiates: an exported function of a module. */
export interface GradTarget {
  /** Absolute path of the module that declares it. */
  module: string;
  /** Its exported name (what the generated `<name>_grad` is named after). */
  name: string;
}

/** The build-time forms 'tsgrad' exports, each replaced by the generated `<name>_<form>`. */
export const forms = ['grad', 'jvp', 'hvp', 'jacobian'] as const;
export type Form = (typeof forms)[number];
const isForm = (name: string): name is Form => (forms as readonly string[]).includes(name);

export interface GradCall {
  /** `grad(f)`, `jvp(f)`, `hvp(f)` or `jacobian(f)`. */
  form: Form;
  /** The whole call expression, which the generated gradient replaces. */
  call: Span;
  /** The function argument, where diagnostics about it point. */
  argument: Span;
  target: GradTarget;
  /** `grad(f, ['w', 'b'])`: the parameters whose gradient is wanted. */
  keys?: { name: string; span: Span }[];
}

/** An import of `grad` that nothing needs once its calls are replaced. */
export interface Removal {
  kind: 'declaration' | 'specifier';
  /** The node itself (an ImportDeclaration or an ImportSpecifier). */
  node: Span;
  /** The text to delete: the node, with the comma that separates a specifier from the next. */
  text: { start: number; end: number };
}

export interface GradUses {
  calls: GradCall[];
  removals: Removal[];
  diagnostics: TransformDiagnostic[];
  /** This module's exports, exported name → local name. */
  exports: Map<string, string>;
  /** Where declarations can go at the top: after the hashbang and directives, if any. */
  top: { at: number; afterHashbang: boolean };
}

/** Undefined when the module does not import a value from 'tsgrad' (the common, fast case). */
export function findGradUses(code: string, file: string): GradUses | undefined {
  if (!/['"]tsgrad['"]/.test(code)) return undefined;
  let ast: t.File;
  try {
    ast = parseModule(code, file);
  } catch {
    // Not ours to report: the bundler's own parser says what is wrong with the syntax.
    return undefined;
  }
  const imports = ast.program.body.filter(
    (s): s is t.ImportDeclaration => s.type === 'ImportDeclaration' && s.source.value === 'tsgrad' && s.importKind !== 'type',
  );
  if (imports.length === 0) return undefined;

  const program = programPath(ast);
  const directive = ast.program.directives.at(-1);
  const top = directive ? { at: directive.end!, afterHashbang: false }
    : { at: ast.program.interpreter?.end ?? 0, afterHashbang: ast.program.interpreter != null };
  const uses: GradUses = { calls: [], removals: [], diagnostics: [], exports: exportsOf(ast.program), top };
  const fail: Fail = (node, diagnosticCode, message, hint) =>
    uses.diagnostics.push({ code: diagnosticCode, message, file, ...position(node), ...(hint ? { hint } : {}) });
  const context: Context = { file, fail, exports: uses.exports, text: (node) => code.slice(node.start!, node.end!) };

  for (const declaration of imports) {
    const removable: t.ImportSpecifier[] = [];
    for (const specifier of declaration.specifiers) {
      if (specifier.type === 'ImportDefaultSpecifier') continue;
      if (specifier.type === 'ImportSpecifier' && (specifier.importKind === 'type' || !isForm(importedName(specifier)))) continue;
      const form = specifier.type === 'ImportSpecifier' ? importedName(specifier) as Form : undefined;
      const binding = program.scope.getBinding(specifier.local.name);
      if (!binding) continue;
      let allCalls = true;
      for (const reference of binding.referencePaths) {
        if (isTypeOnly(reference)) continue;
        const direct = specifier.type === 'ImportNamespaceSpecifier' ? undefined : directCall(reference);
        const call = specifier.type === 'ImportNamespaceSpecifier' ? namespaceGradCall(reference) : direct && { path: direct, form: undefined };
        if (call) {
          const found = gradCall(call.path, call.form ?? form!, context);
          if (found) uses.calls.push(found);
        } else if (specifier.type === 'ImportSpecifier') {
          allCalls = false;
          fail(reference.node, 'TSG3001', `'${specifier.local.name}' must be called: ${form}(f)`,
            `tsgrad replaces each ${form}(f) call at build time; ${form} itself does not exist at run time`);
        } else {
          allCalls = false; // other uses of the namespace: keep the import
        }
      }
      if (allCalls && specifier.type === 'ImportSpecifier') removable.push(specifier);
      if (allCalls && specifier.type === 'ImportNamespaceSpecifier') uses.removals.push(wholeDeclaration(declaration));
    }
    uses.removals.push(...removals(declaration, removable));
  }
  uses.calls.sort((a, b) => a.call.start - b.call.start);
  return uses;
}

type Fail = (node: t.Node, code: PluginCode, message: string, hint?: string) => void;

interface Context {
  file: string;
  fail: Fail;
  /** This module's exports, exported name → local name. */
  exports: Map<string, string>;
  text: (node: t.Node) => string;
}


function gradCall(path: NodePath<t.CallExpression>, form: Form, context: Context): GradCall | undefined {
  const { fail } = context;
  const [fn, keys, ...rest] = path.node.arguments;
  if (form !== 'grad' && (!fn || keys !== undefined || fn.type === 'SpreadElement' || fn.type === 'ArgumentPlaceholder')) {
    fail(path.node, 'TSG3001', `${form} takes one function: ${form}(f)`, form === 'jvp' || form === 'hvp' ? `the direction is an argument of what ${form}(f) returns: ${form}(f)(...args, ${form === 'jvp' ? 'tangent' : 'v'})` : undefined);
    return undefined;
  }
  if (!fn || rest.length > 0 || fn.type === 'SpreadElement' || keys?.type === 'SpreadElement' || fn.type === 'ArgumentPlaceholder') {
    fail(path.node, 'TSG3001', 'grad takes a function and, optionally, an array of parameter names: grad(f) or grad(f, [\'w\', \'b\'])');
    return undefined;
  }
  const target = resolveTarget(path, fn, form, context);
  const keyList = keys === undefined ? undefined : parseKeys(keys, fail);
  if (!target || (keys !== undefined && !keyList)) return undefined;
  return { form, call: span(path.node), argument: span(fn), target, ...(keyList ? { keys: keyList } : {}) };
}

/** The module and exported name of the function `fn` names. */
function resolveTarget(path: NodePath, fn: t.Node, form: Form, context: Context): GradTarget | undefined {
  const { file, fail, exports } = context;
  const unsupported = () =>
    fail(fn, 'TSG3001', `${form} takes a function declared at the top level of a module, by name: '${context.text(fn)}' is not one`,
      'declare it as `export function f(...)` or `export const f = (...) => ...`, in this module or an imported one');
  let namespace: string | undefined;
  let name: string;
  if (fn.type === 'Identifier') {
    name = fn.name;
  } else if (fn.type === 'MemberExpression' && !fn.computed && fn.object.type === 'Identifier' && fn.property.type === 'Identifier') {
    namespace = fn.object.name;
    name = fn.property.name;
  } else {
    unsupported();
    return undefined;
  }
  const binding = path.scope.getBinding(namespace ?? name);
  if (!binding) {
    fail(fn, 'TSG3001', `cannot find '${namespace ?? name}'`);
    return undefined;
  }
  const declarator = binding.path;
  if (binding.kind === 'module') {
    const specifier = declarator.node as t.ImportSpecifier | t.ImportDefaultSpecifier | t.ImportNamespaceSpecifier;
    const source = (declarator.parent as t.ImportDeclaration).source.value;
    if (namespace !== undefined ? specifier.type !== 'ImportNamespaceSpecifier' : specifier.type !== 'ImportSpecifier') {
      if (specifier.type === 'ImportDefaultSpecifier') {
        fail(fn, 'TSG3001', `'${name}' is a default import; tsgrad differentiates named exports`, `export it by name and import { ${name} } from '${source}'`);
      } else unsupported();
      return undefined;
    }
    const exported = specifier.type === 'ImportSpecifier' ? importedName(specifier) : name;
    if (!isRelative(source)) {
      fail(fn, 'TSG3001', `'${name}' comes from the package '${source}': tsgrad differentiates the modules of your project`,
        'import the function from a relative path (./model), or compile the package\'s source with `tsgrad compile`');
      return undefined;
    }
    const module = resolveModule(source, file);
    if (!module) {
      fail(fn, 'TSG3004', `cannot find the TypeScript source of '${source}'`, 'tsgrad compiles .ts files: ./model, ./model.js and ./model.ts all name model.ts');
      return undefined;
    }
    return { module, name: exported };
  }
  if (namespace !== undefined || !binding.scope.path.isProgram() || !isFunctionBinding(declarator)) {
    unsupported();
    return undefined;
  }
  const exported = [...exports].find(([, local]) => local === name)?.[0];
  if (exported === undefined) {
    fail(fn, 'TSG3002', `'${name}' is not exported`, hints.exported);
    return undefined;
  }
  return { module: file, name: exported };
}

function isFunctionBinding(path: NodePath): boolean {
  if (path.isFunctionDeclaration()) return true;
  if (!path.isVariableDeclarator() || (path.parent as t.VariableDeclaration).kind !== 'const') return false;
  const init = path.node.init;
  return init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression';
}

/** `['w', 'b']`, possibly `as const` or `satisfies ...`. */
function parseKeys(node: t.Node, fail: Fail): { name: string; span: Span }[] | undefined {
  let list = node;
  while (list.type === 'TSAsExpression' || list.type === 'TSSatisfiesExpression' || list.type === 'TSNonNullExpression') list = list.expression;
  const keys = list.type === 'ArrayExpression' ? list.elements.map((e) => (e?.type === 'StringLiteral' ? { name: e.value, span: span(e) } : undefined)) : [undefined];
  if (keys.some((k) => k === undefined)) {
    fail(node, 'TSG3003', 'the parameter names of grad(f, keys) must be written out as an array of strings: [\'w\', \'b\']',
      'the plugin reads them at build time');
    return undefined;
  }
  return keys as { name: string; span: Span }[];
}

/** `grad(...)` where the reference is the callee. */
function directCall(reference: NodePath): NodePath<t.CallExpression> | undefined {
  const parent = reference.parentPath;
  return parent?.isCallExpression() && parent.node.callee === reference.node ? parent : undefined;
}

/** `tsgrad.grad(...)` (or `.jvp`, `.hvp`, `.jacobian`) through `import * as tsgrad from 'tsgrad'`. */
function namespaceGradCall(reference: NodePath): { path: NodePath<t.CallExpression>; form: Form } | undefined {
  const member = reference.parentPath;
  if (!member?.isMemberExpression() || member.node.computed || member.node.object !== reference.node) return undefined;
  if (member.node.property.type !== 'Identifier' || !isForm(member.node.property.name)) return undefined;
  const path = directCall(member);
  return path && { path, form: member.node.property.name };
}

/** A reference in a type (`typeof grad`), which type stripping removes anyway. */
function isTypeOnly(reference: NodePath): boolean {
  return reference.findParent((p) => p.isTSType() || p.isTSTypeQuery() || p.isTSQualifiedName()) !== null;
}

/** What to delete so that the declaration no longer imports `specifiers`. */
function removals(declaration: t.ImportDeclaration, specifiers: t.ImportSpecifier[]): Removal[] {
  if (specifiers.length === 0) return [];
  if (specifiers.length === declaration.specifiers.length) return [wholeDeclaration(declaration)];
  const all = declaration.specifiers;
  const out: Removal[] = [];
  for (const specifier of specifiers) {
    const i = all.indexOf(specifier);
    const next = all[i + 1];
    const previous = all[i - 1];
    // Take the comma after it, or before it when it is the last one.
    const text = next ? { start: specifier.start!, end: next.start! }
      : previous?.type === 'ImportSpecifier' ? { start: previous.end!, end: specifier.end! }
      : undefined;
    if (text) out.push({ kind: 'specifier', node: span(specifier), text });
  }
  return out;
}

function wholeDeclaration(declaration: t.ImportDeclaration): Removal {
  return { kind: 'declaration', node: span(declaration), text: { start: declaration.start!, end: declaration.end! } };
}

/** Exported name → local name, for the module's own `export function f`, `export const f`, `export { f as g }`. */
function exportsOf(program: t.Program): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of program.body) {
    if (s.type !== 'ExportNamedDeclaration' || s.exportKind === 'type') continue;
    const d = s.declaration;
    if (d?.type === 'FunctionDeclaration' && d.id) out.set(d.id.name, d.id.name);
    if (d?.type === 'VariableDeclaration') {
      for (const v of d.declarations) if (v.id.type === 'Identifier') out.set(v.id.name, v.id.name);
    }
    if (!s.source) {
      for (const e of s.specifiers) {
        if (e.type === 'ExportSpecifier' && e.exportKind !== 'type') {
          out.set(e.exported.type === 'Identifier' ? e.exported.name : e.exported.value, e.local.name);
        }
      }
    }
  }
  return out;
}

function importedName(specifier: t.ImportSpecifier): string {
  return specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
}

function span(node: t.Node): Span {
  return { start: node.start!, end: node.end!, line: node.loc!.start.line, column: node.loc!.start.column + 1 };
}

function position(node: t.Node): { line: number; column: number; length: number } {
  const s = span(node);
  return { line: s.line, column: s.column, length: s.end - s.start };
}
