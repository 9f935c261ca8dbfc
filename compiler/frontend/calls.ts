/**
 * Calls to functions: which function a call reaches, where its derivative comes from, and
 * which of its array parameters it writes.
 *
 * A function `g` has a *registered derivative* when its module also exports `g_vjp` with the
 * contract's signature (`...params, adj, seed`): tsgrad then calls that instead of reading
 * g's body (a lookup table, an iterative solver, a library function, tsgrad/runtime's
 * kernels). Otherwise g must have a body tsgrad can differentiate.
 */
import { dirname, join } from 'node:path';
import ts from './typescript.cjs';
import { type Callee, isArrayCtor } from '../ir/types.js';
import type { FunctionBuilder } from './builder.js';
import { absentPart, classifyType, generatorCalled, taggedUnion, isAssignmentOperator, isIncrement, isNullablePart, isOptionalCallback, isOptionalNumber, nullableNumber, resizingMethods, skipParens, valuePart } from './facts.js';
import { inPackage, packagePath, registrationHint } from './packages.js';
import { inOutVjpName, optionsCopyName, projectedName } from '../ir/names.js';
import { writtenThroughBindings } from './param-bindings.js';
import { type FunctionNode, type FunctionValue, factoryProblem, functionOfDeclaration, importedProperty, propertyOfImported } from './values.js';
import { numberFields, objectOfNumbers, type OptionField } from './object-numbers.js';
import { helperOptionFields, optionsParamProblem } from './helper-options.js';
import { objectProblem } from './nested-objects.js';
import { isOptionalArray } from './optional-array-params.js';
import { valueClassProblem } from './value-classes.js';
import { callbackOtherUse } from './statements/local-closures.js';
import { isNestedNumberArray, tupleWidth } from './nested-arrays.js';
import { hasNoinlineTag } from './statements/noinline.js';

export interface ResolvedCall {
  readonly callee: Callee;
  /** The callee's declaration, when tsgrad differentiates its body. */
  readonly node?: FunctionNode;
  /** Its name and captured bindings, when tsgrad differentiates its body. */
  readonly fn?: FunctionValue;
  readonly writes: readonly number[];
  /** Of those, the ones it never reads (pure outputs: their old contents do not matter to it). */
  readonly pure: readonly number[];
  /** Per parameter, its default value in the callee's declaration (`k = 2`), if it has one. */
  readonly defaults: readonly (ts.Expression | undefined)[];
  /** The callee's parameters, for its defaults that read earlier ones (`k = x * 2`). */
  readonly declared: readonly ts.ParameterDeclaration[];
  /** Per parameter, of an object of numbers (`p: { k: number; c: number }`) a helper of the module takes: its properties, one number each. */
  readonly objects?: readonly (readonly string[] | undefined)[];
  /** Of those, a helper's options object (`opts: { eps?: number } = {}`, helper-options.ts): its properties, each maybe undefined. */
  readonly options?: readonly (readonly OptionField[] | undefined)[];
  /** A helper of another module of the project its module lowers for this caller (its copy taking objects, or its traces of properties). */
  readonly across?: true;
  /**
   * Per parameter, an array of rows (`A: number[][]`) of a helper of this module: passed as the
   * caller holds it, its flat array then its row starts (two arguments), to a call always inlined.
   */
  readonly rows?: readonly (true | undefined)[];
}

/**
 * The function a name resolves to (following imports, aliases `const f = g`, and the functions
 * packages keep in variables: see values.ts).
 */
export function functionDeclaration(checker: ts.TypeChecker, symbol: ts.Symbol | undefined): FunctionValue | undefined {
  if (!symbol) return undefined;
  const s = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return functionOfDeclaration(checker, s.valueDeclaration ?? s.declarations?.[0], s.getName()) ?? importedProperty(checker, symbol);
}

export function resolveCall(b: FunctionBuilder, checker: ts.TypeChecker, call: ts.CallExpression, projection?: string): ResolvedCall {
  const calleeExpr = skipParens(call.expression);
  const symbol = checker.getSymbolAtLocation(calleeExpr);
  // a parameter of the factory that made the function being lowered, or the function itself
  const bound = symbol && b.captured?.get(symbol);
  const local = bound?.kind === 'function' ? bound.fn : undefined;
  const found = local ?? functionDeclaration(checker, symbol) ??
    (!symbol && ts.isPropertyAccessExpression(calleeExpr) ? propertyOfImported(checker, calleeExpr.expression, calleeExpr.name.text) : undefined);
  // (a function a factory made calls itself with the same bindings, under its own name)
  // (another variable made by the same factory has the same node and bindings of its own)
  const self = found && b.self?.captured && found.node === b.self.node && (!found.captured || found.captured === b.self.captured) ? b.self : undefined;
  const text = calleeExpr.getText(b.sf);
  if (!found && projection !== undefined) {
    return b.fail(call, 'TSG2002', `'${text}' returns an object, and tsgrad can read one of its numbers only of a function it can follow`,
      'call a function declared with `function` or `const f = (…) => …` in this project');
  }
  if (!found) {
    const spec = symbol && importSpecifierOf(checker, symbol);
    if (spec !== undefined && !spec.startsWith('.') && ts.isIdentifier(calleeExpr)) {
      const registered = registeredHere(checker, b.sf, calleeExpr);
      const vjp = registered && functionDeclaration(checker, checker.getSymbolsInScope(b.sf, ts.SymbolFlags.Function | ts.SymbolFlags.Alias)
        .find((s) => s.getName() === `${text}_vjp`));
      if (registered && vjp) {
        // a package's function known by its registered derivative only: `g_vjp(...params, adj, seed)`
        const params = vjp.node.parameters.slice(0, -2).map((p) => ({ key: p.name.getText(), array: paramKind(checker, p) !== 'number' }));
        return {
          callee: { name: text, file: registered, exported: true, vjp: 'custom', specifier: spec, params, returnsNumber: true,
            importDefault: isDefaultImport(symbol!), vjpFile: registered },
          writes: [], pure: [], defaults: params.map(() => undefined), declared: [],
        };
      }
      // a value of a package tsgrad cannot read as a function (`module.exports = makeF()`): called as
      // it is, with numbers; TSG2001 after activity analysis if a differentiated value flows through it
      const signature = checker.getResolvedSignature(call)?.parameters.map((p) => p.getName()) ?? [];
      const named = call.arguments.map((a, i) => (ts.isIdentifier(a) ? a.text : `x${i + 1}`));
      const keys = signature.length === call.arguments.length ? signature : named.map((n, i) => (named.indexOf(n) === i ? n : `x${i + 1}`));
      const result = checker.getTypeAtLocation(call);
      if (call.arguments.every((a) => classifyType(checker.getTypeAtLocation(a), checker) === 'number') &&
          (result.flags & ts.TypeFlags.Any || classifyType(result, checker) === 'number')) {
        return {
          callee: { name: text, file: b.file, exported: true, vjp: 'none', specifier: spec, params: keys.map((key) => ({ key, array: false })),
            returnsNumber: true, ...(isDefaultImport(symbol!) ? { importDefault: true } : {}) },
          writes: [], pure: [], defaults: keys.map(() => undefined), declared: [],
        };
      }
      return b.fail(call, 'TSG2002', `'${text}' of the package '${spec}' is not a function tsgrad can follow`, registrationHint(text, keys, spec));
    }
    // (`import { sq } from './util'` that the project's tsconfig cannot resolve, an extensionless
    // relative import under moduleResolution nodenext, TS2835: it said 'sq' was not a function
    // tsgrad can follow, trial38)
    const unresolved = symbol && unresolvedImport(checker, symbol);
    if (unresolved) {
      const [, base, ext] = /^(.*?)(\.[cm]?[jt]sx?)?$/.exec(unresolved.specifier)!;
      const fixed = ext === '.ts' ? `${base}.js` : `${unresolved.specifier}.js`;
      const exists = ts.sys.fileExists(join(dirname(b.sf.fileName), `${ext === '.ts' ? base : unresolved.specifier}.ts`));
      return b.fail(call, 'TSG2002', `'${text}' is imported from '${unresolved.specifier}', a module TypeScript cannot resolve under this project's tsconfig${exists ? ' (a relative import names the compiled file, with its extension, under module resolution node16/nodenext: TS2835)' : ''}, so tsgrad cannot find the function`,
        exists ? `write the import with the extension: import ${unresolved.name} from '${fixed}'` : `import it from a module that exists (a relative path with its extension: '${fixed}'), or check the tsconfig's paths`);
    }
    const missing = symbol && missingDefault(checker, symbol);
    if (missing) {
      return b.fail(call, 'TSG2002', `'${text}' is imported as the default export of '${missing.specifier}', which has none${missing.exports.length > 0 ? ` (it exports ${missing.exports.map((n) => `'${n}'`).join(', ')})` : ''} (TypeScript's error TS1192): the import is not a function when the module runs`,
        missing.exports.length === 1 ? `import the function by its name: import { ${missing.exports[0]} as ${text} } from '${missing.specifier}'` : `import the function by its name: import { name as ${text} } from '${missing.specifier}', or give '${missing.specifier}' a default export`);
    }
    const property = propertyOfFunction(checker, calleeExpr, symbol);
    if (property) {
      const enclosing = ts.findAncestor(call, (n) => ts.isFunctionDeclaration(n) && n.name !== undefined) as ts.FunctionDeclaration | undefined;
      const outer = enclosing?.name?.text ?? 'f';
      return b.fail(call, 'TSG2002', `'${text}' is ${property.path === text ? 'the' : `'${property.path}', the`} property '${property.key}' of the function '${property.owner}'${property.specifier ? ` (of '${property.specifier}')` : ''}, set on it at run time: tsgrad follows functions that are declared, exported or kept in variables, not properties set on a function`,
        `register the derivative of '${outer}', which calls it (export a function ${outer}_vjp beside '${outer}'), or call instead a function its module exports under its own name`);
    }
    // (`Array.from({ length: n }, (_, i) => …)`: a mapping callback)
    if (ts.isPropertyAccessExpression(calleeExpr) && calleeExpr.name.text === 'from' && ts.isIdentifier(calleeExpr.expression) &&
        ['Array', 'Float64Array', 'Float32Array'].includes(calleeExpr.expression.text) && call.arguments.length >= 2) {
      const ctor = calleeExpr.expression.text === 'Array' ? 'Float64Array' : calleeExpr.expression.text;
      // (Array.from and Float64Array.from with a mapping function are lowered as xs.map(…) is, statements/array-callbacks.ts, when the source is an array of numbers or { length: n })
      return b.fail(call, 'TSG1008', ctor === 'Float32Array'
        ? `'${text}' with a mapping function is not supported: tsgrad calls the mapping function of Array.from and Float64Array.from, not of ${text}, which rounds what it stores`
        : `'${text}' with a mapping function is supported over an array of numbers tsgrad knows or over { length: n }, and '${call.arguments[0]!.getText(b.sf)}' is neither`,
        `allocate and fill in a loop: const a = new ${ctor}(n); for (let i = 0; i < n; i++) a[i] = …`);
    }
    // (`Array.from(e)` of something newArray cannot copy: arrays.ts copies arrays, windows, literals and new arrays)
    if (ts.isPropertyAccessExpression(calleeExpr) && calleeExpr.name.text === 'from' && ts.isIdentifier(calleeExpr.expression) &&
        isArrayCtor(calleeExpr.expression.text) && call.arguments.length === 1) {
      const generator = generatorCalled(checker, call.arguments[0]!);
      if (generator) return b.fail(call.arguments[0]!, 'TSG1008', `'${generator}' is a generator function (function*), which tsgrad does not differentiate: '${text}' copies an array of numbers`, `compute the values in a loop instead (the generator's loop, each yield's value pushed: const a: number[] = []; … a.push(v)), or have a function fill and return an array`);
      return b.fail(call, 'TSG1008', `'${text}' copies an array of numbers tsgrad knows, and '${call.arguments[0]!.getText(b.sf)}' is none`,
        `pass an array variable or parameter, a window (x.subarray(a, b)), an array literal, or a new array (xs.slice(), a helper's returned array)`);
    }
    // (`x.toFixed(3)`, `x.toString()`: a method of a number, which makes a string)
    if (ts.isPropertyAccessExpression(calleeExpr) && classifyType(checker.getTypeAtLocation(calleeExpr.expression), checker) === 'number' &&
        ['toFixed', 'toPrecision', 'toExponential', 'toString', 'toLocaleString'].includes(calleeExpr.name.text)) {
      return b.fail(call, 'TSG1006', `'${text}' makes a string of a number: string operations are not differentiable`,
        calleeExpr.name.text === 'toFixed' ? `round the number itself: Math.round(x * 1e3) / 1e3 for 3 decimals` : 'compute numbers from numbers, and format them outside the differentiated function');
    }
    // (`MASS.get(el)` of a Map: the Map is what tsgrad does not read, not a function; trial35 finding 8)
    const collection = ts.isPropertyAccessExpression(calleeExpr) ? checker.getTypeAtLocation(calleeExpr.expression).getSymbol()?.getName() : undefined;
    if (ts.isPropertyAccessExpression(calleeExpr) && collection && ['Map', 'ReadonlyMap', 'WeakMap', 'Set', 'ReadonlySet', 'WeakSet'].includes(collection)) {
      const owner = calleeExpr.expression.getText(b.sf);
      const map = collection.includes('Map');
      // (its entries, where it is made of a literal list of [key, value] pairs: `new Map([['H', 1.008], …])`)
      const decl = ts.isIdentifier(calleeExpr.expression) ? checker.getSymbolAtLocation(calleeExpr.expression)?.valueDeclaration : undefined;
      const made = decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isNewExpression(decl.initializer) ? decl.initializer.arguments?.[0] : undefined;
      const pairs = made && ts.isArrayLiteralExpression(made) && made.elements.every((p) => ts.isArrayLiteralExpression(p) && p.elements.length === 2 && ts.isStringLiteral(p.elements[0]!))
        ? made.elements.map((p) => { const [k, v] = (p as ts.ArrayLiteralExpression).elements; return `${/^[A-Za-z_$][\w$]*$/.test((k as ts.StringLiteral).text) ? (k as ts.StringLiteral).text : k!.getText()}: ${v!.getText()}`; })
        : undefined;
      const entries = pairs && pairs.length > 0 ? `{ ${pairs.slice(0, 4).join(', ')}${pairs.length > 4 ? ', …' : ''} }` : '{ a: 1.5, b: 2 }';
      const key = call.arguments[0] ? call.arguments[0].getText(b.sf) : 'key';
      return b.fail(call, 'TSG2002', `'${owner}' is a ${collection}, and tsgrad does not read ${map ? 'Maps' : 'Sets'} ('${owner}.${calleeExpr.name.text}(…)')`,
        map ? `keep the numbers in a module-level constant object and read it by key: const ${owner} = ${entries} as const; … ${owner}[${key}] (${key} typed as a union of its keys), or pass the number as a parameter`
          : 'test membership with a comparison (k === \'a\' || k === \'b\') or a switch, or pass a boolean flag as a parameter');
    }
    // (`new Harmonic(k).total(rs)`, a method of an instance of a class that is not a value class
    // (inheritance, #private members): why, as for the instance in a local (local-types.ts); it
    // was the generic message above, trial38)
    const classType = ts.isPropertyAccessExpression(calleeExpr) ? checker.getTypeAtLocation(calleeExpr.expression) : undefined;
    const classProblem = classType && valueClassProblem(checker, classType);
    if (classType && classProblem) {
      const cls = classType.getSymbol()?.getName() ?? 'default';
      return b.fail(call, 'TSG1003', `'${(calleeExpr as ts.PropertyAccessExpression).expression.getText(b.sf)}' is an instance of the class '${cls}', which tsgrad cannot read as an object of numbers: ${classProblem.problem}`, classProblem.hint);
    }
    // (a function a factory makes, `mk(x)(y)`, `ease(t)` after `const ease = bezier(…)`: what keeps tsgrad from it)
    const factory = factoryProblem(checker, calleeExpr);
    if (factory) {
      const at = factory.at.getSourceFile() === b.sf && factory.at.pos >= call.pos && factory.at.end <= call.end ? factory.at : call;
      return b.fail(at, 'TSG2002', `'${text}' is made by a factory tsgrad cannot follow: ${factory.problem}`, factory.hint);
    }
    // (`Int32Array.from({ length: n }, (_, i) => …)`: a typed array other than Float64Array made
    // by a mapping function; trial41 finding 2 was given the advice about the user's own functions)
    const typed = ts.isPropertyAccessExpression(calleeExpr) && ts.isIdentifier(calleeExpr.expression) && calleeExpr.name.text === 'from' &&
      /^(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32)Array$/.test(calleeExpr.expression.text) ? calleeExpr.expression.text : undefined;
    if (typed) return b.fail(call, 'TSG1008', `'${text}' is not supported: tsgrad follows Array.from and Float64Array.from, and makes an integer array with new ${typed}(n)`, typedFromHint(call, typed));
    // (trial46 finding 11: `Array(3)`, an array of holes as `new Array(3)` is; `Math.max.apply(null, xs)`)
    if (ts.isIdentifier(calleeExpr) && calleeExpr.text === 'Array') {
      return b.fail(call, 'TSG1008', `'${call.getText(b.sf)}' is not an array initializer tsgrad supports (an array of holes, undefined until written)`,
        'use new Float64Array(n) (or another typed array), new Array(n).fill(0), [] or an array literal');
    }
    const via = ts.isPropertyAccessExpression(calleeExpr) ? calleeExpr.name.text : undefined;
    const applied = (via === 'apply' || via === 'call') && ts.isPropertyAccessExpression(calleeExpr) && ts.isPropertyAccessExpression(calleeExpr.expression) ? calleeExpr.expression : undefined;
    if (applied && ts.isIdentifier(applied.expression) && applied.expression.text === 'Math') {
      const arrayArg = via === 'apply' ? call.arguments[1] : undefined;
      return b.fail(call, 'TSG2002', `'${text}' calls Math.${applied.name.text} through '${via}', which tsgrad does not follow`,
        arrayArg ? `spread the array: Math.${applied.name.text}(...${arrayArg.getText(b.sf)})` : `call it directly: Math.${applied.name.text}(${call.arguments.slice(1).map((a) => a.getText(b.sf)).join(', ')})`);
    }
    // (trial47 finding 7: `Lerp2.mix(…)`, a static method a subclass inherits)
    if (ts.isPropertyAccessExpression(calleeExpr) && ts.isIdentifier(calleeExpr.expression)) {
      const method = checker.getSymbolAtLocation(calleeExpr.name)?.valueDeclaration;
      const owner = method && ts.isMethodDeclaration(method) && ts.isClassDeclaration(method.parent) ? method.parent.name?.text : undefined;
      if (owner && owner !== calleeExpr.expression.text && (ts.getCombinedModifierFlags(method as ts.Declaration) & ts.ModifierFlags.Static)) {
        // (`this` in it is the class it is called on: Maker2.make reads Maker2.k, which Maker.make would not)
        let readsThis = false;
        const visit = (n: ts.Node): void => { if (n.kind === ts.SyntaxKind.ThisKeyword) readsThis = true; else if (!readsThis && !(ts.isFunctionLike(n) && !ts.isArrowFunction(n))) ts.forEachChild(n, visit); };
        if ((method as ts.MethodDeclaration).body) visit((method as ts.MethodDeclaration).body!);
        const sub = calleeExpr.expression.text;
        return b.fail(call, 'TSG2002', `'${text}' is the static method '${calleeExpr.name.text}' of '${owner}', inherited by '${sub}', and tsgrad follows a static method only through the class that declares it`,
          readsThis ? `'this' in it is the class it is called on (${sub} here): give ${sub} a static ${calleeExpr.name.text} of its own, or pass what differs as a parameter of ${owner}.${calleeExpr.name.text}` : `call ${owner}.${calleeExpr.name.text}(…)`);
      }
    }
    // (trial46 finding 13: `new Gain(g).apply(x)` of `const Gain = class { … }`)
    const created = ts.isPropertyAccessExpression(calleeExpr) ? skipParens(calleeExpr.expression) : undefined;
    if (created && ts.isNewExpression(created) && ts.isIdentifier(created.expression)) {
      const decl = checker.getSymbolAtLocation(created.expression)?.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isClassExpression(skipParens(decl.initializer))) {
        return b.fail(call, 'TSG2002', `'${created.expression.text}' is a class expression, which tsgrad does not read as a value class`,
          `declare it as a class: class ${created.expression.text} { … }`);
      }
    }
    // (`((t) => t * t)(x)`: an arrow called where it is written; trial48 finding 8)
    const callee = skipParens(call.expression);
    if (ts.isArrowFunction(callee) || ts.isFunctionExpression(callee)) {
      return b.fail(call, 'TSG2002', `'${text}' is a function called where it is written, which tsgrad does not follow`,
        `name it first and call it by its name: const f = ${callee.getText(b.sf)}; f(${call.arguments.map((a) => a.getText(b.sf)).join(', ')})`);
    }
    return b.fail(call, 'TSG2002', `'${text}' is not a function tsgrad can follow`,
      'call a function declared with `function` or `const f = (…) => …` in this project, an alias of one (`const f = g`), ' +
      'the function an IIFE returns, or the function a factory returns when it is called with such functions and constants');
  }
  const { node } = self ?? found;
  let { name } = self ?? found;
  const sf = node.getSourceFile();
  const file = sf.fileName;
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
  // (a function a factory makes is its variable's: one factory makes others of the same node)
  // (and calls itself under its own name)
  const variable = found.captured && !self && symbol ? declarationOf(checker, symbol) : undefined;
  const exportedAs = exports.filter((e) => (variable ? declarationOf(checker, e) === variable : functionDeclaration(checker, e)?.node === node && (!self || e.getName() === self.name)))
    .map((e) => e.getName());
  const exported = exportedAs.length > 0;
  // `function g(…) {…} export default g` (every module of simple-statistics, CommonJS ported to
  // ESM): the function is known to its module by the name it is exported under
  const renamed = !inPackage(file) && sf !== b.sf && exported && !exportedAs.includes(name);
  // (`export default pos; export { pos as positive }`: by the name the caller imports it under,
  // else by one the generated code can import `name_vjp` under, a name before 'default')
  if (renamed) {
    const imported = importedName(calleeExpr, symbol);
    const named = exportedAs.filter((n) => n !== 'default');
    name = imported !== undefined && named.includes(imported) ? imported : named[0] ?? 'default';
  }
  // (`function fact(…) {…} export default fact`, called as `fact` in its own module, by itself
  // or another function: the function its module exports, under the name it exports it by, so
  // that its derivatives are emitted once (default_vjp, default_fwd…), not again as a private
  // copy's (fact_vjp, fact_fwd…))
  if (sf === b.sf && exported && !exportedAs.includes(name)) name = exportedAs.find((n) => n !== 'default') ?? 'default';
  // a function of a package: the user may register its derivative in their own module
  const fromPackage = inPackage(file) && !inPackage(b.file);
  const registered = fromPackage ? registeredHere(checker, b.sf, calleeExpr) : undefined;
  const custom = registered !== undefined || exports.some((e) => e.getName() === `${name}_vjp`);
  const readable = node.body !== undefined && !sf.isDeclarationFile;
  const sameModuleFile = sf === b.sf;
  const opaque = !custom && !readable;
  // A function tsgrad cannot read may still be called with inputs that do not depend on the
  // differentiated ones (checked after activity analysis), if the generated code can import it.
  if (opaque && (sameModuleFile ? !exported : !importSpecifierOf(checker, symbol!))) {
    return b.fail(call, 'TSG2001', `no derivative for '${text}': its body is not available to tsgrad`,
      inPackage(file) ? registrationHint(text, node.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : 'x')), packagePath(sf.fileName)) : `export a function ${name}_vjp(...params, adj, seed) beside it to register its derivative, or pass it only values that do not depend on the differentiated parameters`);
  }
  if (custom && !exported && !registered) {
    return b.fail(call, 'TSG2002', `'${name}' has a registered derivative but is not exported`, `export ${name} and ${name}_vjp`);
  }
  const signature = checker.getSignatureFromDeclaration(node);
  const returnType = signature && checker.getReturnTypeOfSignature(signature);
  const returned = returnKind(checker, node);
  // (of a function returning `number | undefined`, a caller reads whether it returned a number
  // and the number, each a call of its own: nullable.ts)
  const part = isNullablePart(projection);
  const returnsNumber = projection === valuePart || (projection !== undefined && !part) || returned.returnsNumber;
  const returnsBoolean = projection === absentPart || (projection === undefined && returned.returnsBoolean);
  if (part && (!readable || custom)) {
    return b.fail(call, 'TSG2002', `'${text}' returns ${checker.typeToString(returnType!)}, and tsgrad reads such a result only of a function whose body it reads`,
      `test for the missing value inside a function of this project, and return a number`);
  }
  if (projection !== undefined && (!readable || custom)) {
    return b.fail(call, 'TSG2002', `'${text}' returns an object, and tsgrad can read one of its numbers only of a function whose body it reads`,
      'read the numbers in a function of this project that returns an object literal of numbers');
  }
  if (returnsBoolean && !readable) {
    return b.fail(call, 'TSG2002', `'${text}' returns a boolean and tsgrad cannot read its body`, 'write the test in the function, or in a function of this project');
  }
  if (returnType && nullableNumber(returnType) && !part) {
    return b.fail(call, 'TSG2002', `'${text}' returns ${checker.typeToString(returnType)}: tsgrad differentiates calls of functions that return a number`,
      `differentiate '${text}' itself (its gradient is defined where it returns a number), or call a function that always returns a number`);
  }
  const returnsArray = !!returnType && readable && !custom && ['Float64Array', 'number[]'].includes(classifyType(returnType, checker));
  if (!returnsNumber && !returnsBoolean && !returnsArray && !(returnType && returnType.flags & ts.TypeFlags.Void)) {
    return b.fail(call, 'TSG2002', `'${text}' returns neither a number, a boolean nor void`, 'tsgrad differentiates through functions that return a number, a boolean (a test) or nothing (writing into array parameters): return the number you need');
  }
  // (optional callbacks, the last parameters, are left out: the callee is differentiated for
  // calls without them, and a caller passes them on only where they are left out too)
  const objects: (readonly string[] | undefined)[] = [];
  const options: (readonly OptionField[] | undefined)[] = [];
  const rows: (true | undefined)[] = [];
  // An exported function of this module that takes an options object (`colebrook(Re, eps, opts:
  // { tol?: number } = {})`), called by another function: the call reaches its private copy,
  // `colebrook$options`, which takes the options one property at a time as a helper does
  // (helper-options.ts). Its own `colebrook_vjp` keeps the object, whose numbers have no
  // derivative there; through the copy, a number a caller passes in the object has one.
  const ownBody = sf === b.sf && readable && !custom && !inPackage(file) && !found.captured;
  // A helper of another module of the project, whose body tsgrad reads, that takes an object of
  // numbers (`add(a: Vec2, b: Vec2)` of a vec.ts) or returns one: its module lowers the same
  // private copy (`add$options`) or trace of one property (`add.x`) for this caller as for its own
  // functions (link/modules.ts asks it to), and the call is inlined here, where the object's
  // numbers are (a call left as a call is refused: link/problems.ts's objectCallsAcross)
  const across = sf !== b.sf && readable && !custom && !inPackage(file) && !found.captured && !self && exported;
  const takesObject = node.parameters.some((p) => !isOptionalCallback(p, checker) && objectOfNumbers(checker, p) !== undefined);
  // (its options object one property at a time too where the call is read one property at a time,
  // `step(s, { dt }).x`: the trace of that property takes them so, trial40 finding 1)
  const ownOptions = ownBody || (across && (takesObject || projection !== undefined));
  // (so does one taking an object of numbers, `step(s: State, dt)`: its copy takes the numbers
  // one property at a time, as a helper of the module does; a call read one property at a time,
  // `s = step(s, dt)`, is inlined, and needs no copy)
  const viaCopy = (ownBody || across) && exported && node.parameters.some((p) => !isOptionalCallback(p, checker) &&
    ((ownOptions && helperOptionFields(checker, p) !== undefined) || objectOfNumbers(checker, p) !== undefined));
  if (viaCopy && projection === undefined) name = optionsCopyName(name);
  const params = node.parameters.filter((p) => !isOptionalCallback(p, checker)).map((p, i) => {
    // an options object of a helper of this module: one number, string or flag per property, maybe undefined
    const optionFields = ownOptions && (!exported || viaCopy) ? helperOptionFields(checker, p) : undefined;
    if (optionFields) {
      objects[i] = optionFields.map((f) => f.name);
      options[i] = optionFields;
      return { key: ts.isIdentifier(p.name) ? p.name.text : `arg${i + 1}`, array: false };
    }
    // an object of numbers, taken by a helper of this module that tsgrad reads: one number per property
    const fields = (sf === b.sf || across) && (!exported || viaCopy) && readable && !custom && !inPackage(file) ? objectOfNumbers(checker, p) : undefined;
    if (fields) {
      objects[i] = fields;
      return { key: ts.isIdentifier(p.name) ? p.name.text : `arg${i + 1}`, array: false };
    }
    // (`kind?: 'l1' | 'l2'`, `strict?: boolean`: a string or a flag, or undefined where a call leaves it out)
    const optionalKind = p.questionToken !== undefined ? classifyType(checker.getNonNullableType(checker.getTypeAtLocation(p)), checker) : undefined;
    const kind = optionalKind === 'string' || optionalKind === 'boolean' ? optionalKind : paramKind(checker, p);
    // (`w?: Float64Array`, `w = new Float64Array(n)`: an array, or undefined where left out)
    if (isOptionalArray(p, checker)) return { key: (p.name as ts.Identifier).text, array: true };
    // (`A: number[][]` of a helper of this module: the caller's flat array and row starts, inlined; local-rows.ts)
    if (ts.isIdentifier(p.name) && !p.questionToken && !p.initializer && rowsType(checker, p)) {
      if (sf !== b.sf || !readable || custom || found.captured) {
        return b.fail(call, 'TSG2002', `'${text}' takes an array of rows (${p.getText(sf)})${sf !== b.sf ? ' and is declared in another module' : custom ? ' and has a registered derivative' : ''}: tsgrad passes an array of rows whole only to a helper declared in the calling module, whose body it inlines there`,
          `declare '${text}' in this module, or pass its rows one at a time (${text}(${p.name.text}[i]))`);
      }
      if (hasNoinlineTag(node)) {
        return b.fail(call, 'TSG2002', `'${text}' takes an array of rows (${p.getText(sf)}) and is tagged @noinline: tsgrad passes an array of rows whole only to a helper it inlines, its body reading the caller's flat array of the rows`,
          `remove the @noinline tag of '${text}', or pass its rows one at a time (${text}(${p.name.text}[i]))`);
      }
      rows[i] = true;
      return { key: p.name.text, array: true };
    }
    if (!ts.isIdentifier(p.name) || kind === 'other' || p.dotDotDotToken) {
      // `alpha?: number` without a default: optional numbers are taken by exported functions only
      // `n?: number` without a default: a number or undefined (a call that leaves it out passes
      // undefined, as JavaScript does; lowerCall)
      if (ts.isIdentifier(p.name) && isOptionalNumber(p, checker)) return { key: p.name.text, array: false };
      // (`xs: A` of `<A extends { length: number }>`: tsgrad reads a type parameter by its
      // constraint, when that is a number or an array of numbers)
      const generic = p.type !== undefined && (checker.getTypeAtLocation(p).flags & ts.TypeFlags.TypeParameter) !== 0;
      // (`sumBy<T>(xs: readonly T[], f: (x: T, i: number) => number)`: a helper taking a callback,
      // lowered where it is called when it can be, local-closures.ts callbackHelperCall; here,
      // one it could not: said of the callback, whichever parameter comes first, trial38)
      const callback = node.parameters.find((q) => !isOptionalCallback(q, checker) && checker.getNonNullableType(checker.getTypeAtLocation(q)).getCallSignatures().length > 0);
      if (callback) {
        const arg = call.arguments[node.parameters.indexOf(callback)];
        const bare = arg && skipParens(arg);
        const arrow = bare && (ts.isArrowFunction(bare) || ts.isFunctionExpression(bare)) ? bare : undefined;
        const body = arrow && ts.isArrowFunction(arrow) && !ts.isBlock(arrow.body) ? arrow.body.getText(b.sf).replace(/\s+/g, ' ') : undefined;
        const loop = `write the loop of '${text}' where it is called, with the callback's body in place of its calls${body ? ` (${body})` : ''}`;
        const takes = `'${text}' takes a function (${callback.getText(sf).replace(/\s+/g, ' ')})`;
        const how = 'tsgrad lowers a helper taking a function where it is called, the function bound, when the helper is declared in the calling module and each function it is given is written at the call or declared by name';
        if (sf !== b.sf) return b.fail(call, 'TSG2002', `${takes} and is declared in another module: ${how}`, `declare '${text}' in this module, or ${loop}`);
        // (given one that could be bound, which the helper uses otherwise: `const g = f`, or passed to what takes no function)
        const other = arrow || (bare && ts.isIdentifier(bare)) ? callbackOtherUse(checker, node, callback) : undefined;
        if (other) {
          const line = sf.getLineAndCharacterOfPosition(other.getStart()).line + 1;
          return b.fail(call, 'TSG2002', `${takes}, and uses '${other.text}' on line ${line} ('${other.parent.getText(sf).replace(/\s+/g, ' ')}') other than by calling it or passing it on to a helper of this module that takes a function: tsgrad binds a helper's function parameter to the function given where the helper only calls it or passes it on`,
            `call '${other.text}' where it is used (${other.text}(x)), or pass it on to a helper that takes a function; or ${loop}`);
        }
        const given = bare ? `'${bare.getText(b.sf).replace(/\s+/g, ' ')}'` : 'nothing';
        // (a choice of two functions, `soft ? harmonic : quartic`: an arrow that chooses)
        const choice = bare && ts.isConditionalExpression(bare) && ts.isIdentifier(skipParens(bare.whenTrue)) && ts.isIdentifier(skipParens(bare.whenFalse))
          ? `(x) => (${bare.condition.getText(b.sf)} ? ${skipParens(bare.whenTrue).getText(b.sf)}(x) : ${skipParens(bare.whenFalse).getText(b.sf)}(x))` : '(x) => …';
        return b.fail(call, 'TSG2002', `${takes} and is given ${given}, not a function written at the call or declared by name: ${how}`,
          `pass an arrow written at the call, ${choice}, or a declared function's name; or ${loop}`);
      }
      // (`...vs: number[]`: the numbers as one array, which tsgrad passes; trial42 repro/rest_parameter_hint.ts)
      if (p.dotDotDotToken && ts.isIdentifier(p.name)) {
        const given = call.arguments.slice(node.parameters.indexOf(p)).map((a) => a.getText(b.sf)).join(', ');
        return b.fail(call, 'TSG2002', `'${text}' takes a rest parameter (${p.getText(sf)}), and tsgrad passes a helper's parameters one by one, not gathered into an array`,
          `declare it as one array parameter (${p.name.text}: ${p.type ? p.type.getText(sf) : 'number[]'}) and pass the values as an array: ${text}([${given}])`);
      }
      // (`([x, y]: V2) => …`: the array pattern, not the array, is what tsgrad does not pass; trial48 finding 2)
      if (ts.isArrayBindingPattern(p.name) && !generic) {
        const names = p.name.elements.map((el) => (ts.isOmittedExpression(el) ? '' : el.getText(sf))).join(', ');
        return b.fail(call, 'TSG2002', `'${text}' takes its parameter as the pattern [${names}] (${p.getText(sf)}), and tsgrad passes a helper's parameters by name`,
          `take the array by name and destructure it in the body: (p${p.type ? `: ${p.type.getText(sf)}` : ''}) => { const [${names}] = p; … }`);
      }
      // (options objects tsgrad does not pass, `opts: Opts = { eps: 1 }`, nested options: said as such)
      const options = !generic && sf === b.sf && !exported ? optionsParamProblem(checker, p) : undefined;
      if (options) return b.fail(call, 'TSG2002', `'${text}' takes an options object tsgrad cannot pass: ${options.message}`, options.hint);
      // (an object with an array inside, `b: { pos: number[]; vel: V }`: what is inside it, nested-objects.ts)
      const inside = objectProblem(checker, checker.getTypeAtLocation(p));
      if (inside && !generic) {
        return b.fail(call, 'TSG2002', `'${text}' has a parameter tsgrad cannot pass (${p.getText(sf)}): an object whose property '${inside.path}' is ${inside.what}, and tsgrad passes an object made of numbers and of objects of numbers only`,
          `keep '${inside.path}' out of the object: pass it as a parameter of its own, beside an object of numbers`);
      }
      // (overloads whose implementation takes a union, `norm2(x: number | Float64Array)`: tsgrad
      // compiles the implementation, trial44 finding 4)
      const overloads = ts.isFunctionDeclaration(node) && node.name ? (checker.getSymbolAtLocation(node.name)?.declarations ?? []).filter((d) => ts.isFunctionDeclaration(d) && !d.body) as ts.FunctionDeclaration[] : [];
      if (overloads.length > 1 && !generic) {
        const name = (node as ts.FunctionDeclaration).name!.text;
        const forms = overloads.map((o) => `${name}${o.parameters.map((q) => q.type ? q.type.getText(sf).replace(/\W+/g, '_').replace(/^_|_$/g, '').replace(/^./, (c) => c.toUpperCase()) : '').join('')}(${o.parameters.map((q) => q.getText(sf)).join(', ')})`);
        return b.fail(call, 'TSG2002', `'${text}' is compiled as its implementation, whose parameter (${p.getText(sf)}) is a union tsgrad cannot pass; its overload signatures are not separate functions to tsgrad`,
          `write one function per overload, ${forms.join(' and ')}, and call each where its type is known`);
      }
      // (`p: Potential`, a class another extends or an abstract one: why, value-classes.ts)
      const classProblem = !generic ? valueClassProblem(checker, checker.getTypeAtLocation(p)) : undefined;
      if (classProblem) return b.fail(call, 'TSG2002', `'${text}' has a parameter tsgrad cannot pass (${p.getText(sf)}): ${classProblem.problem}`, classProblem.hint);
      // (an array of rows given for a parameter of another type, `rows: ArrayLike<ArrayLike<number>>`)
      const given = call.arguments[node.parameters.indexOf(p)];
      const givenType = given && checker.getTypeAtLocation(given);
      if (!generic && givenType && isNestedNumberArray(givenType, checker) && tupleWidth(givenType, checker) === undefined && ts.isIdentifier(p.name)) {
        return b.fail(call, 'TSG2002', `'${text}' is given the array of rows '${given!.getText(b.sf)}' for its parameter (${p.getText(sf)}), which is not an array of rows: tsgrad passes an array of rows whole only to a helper of the calling module whose parameter is one (number[][], readonly number[][], Float64Array[])`,
          `declare the parameter as an array of rows (${p.name.text}: number[][])${sf !== b.sf ? ` in a helper of this module` : ''}, or pass its rows one at a time (${text}(${given!.getText(b.sf)}[i]))`);
      }
      // (a union of objects told apart by a tag, `s: Shape` switched on `s.kind`: said so; trial48 finding 3)
      const union = !generic ? taggedUnion(checker, checker.getTypeAtLocation(p)) : undefined;
      if (union) {
        return b.fail(call, 'TSG2002', `'${text}' has a parameter tsgrad cannot pass (${p.getText(sf)}): a union of object types told apart by '${union.tag}', and tsgrad holds an object as the numbers it is made of, of one type`,
          `pass the tag as a string and the numbers beside it (${union.tag}: ${union.values}, then the numbers), switching on ${union.tag} in '${text}'`);
      }
      return b.fail(call, 'TSG2002', `'${text}' has a parameter tsgrad cannot pass (${p.getText(sf)})${generic ? ': its type is a type parameter, which tsgrad reads by its constraint when that is a number or an array of numbers (T extends number, A extends ArrayLike<number>)' : ''}`,
        generic ? `constrain it to an array of numbers (<${p.type!.getText(sf)} extends ArrayLike<number>>), or declare the parameter with the array type itself (${ts.isIdentifier(p.name) ? p.name.text : 'xs'}: ArrayLike<number>, Float64Array or number[])`
          : numberFields(checker, checker.getTypeAtLocation(p)) && exported ? `'${text}' is exported, and an exported function's object parameter passes through undifferentiated: call a helper of this module that is not exported (it may take the object), or pass the numbers as parameters of their own`
          : 'callees take numbers, arrays of numbers, strings and booleans (and a helper of this module that is not exported, objects of numbers)');
    }
    // (a string: passed through to an inlined callee, never differentiated)
    if (kind === 'string') return { key: p.name.text, array: false, string: true as const };
    // (a boolean, `on: boolean`: the same, a flag with no derivative)
    if (kind === 'boolean') return { key: p.name.text, array: false, boolean: true as const };
    return { key: p.name.text, array: kind !== 'number' };
  });
  const sameModule = sf === b.sf;
  if (part && !sameModule && !inPackage(file)) {
    return b.fail(call, 'TSG2002', `'${text}' returns ${checker.typeToString(returnType!)} and is a function of another module: tsgrad reads such a result of a helper of the same module or of a package`,
      `move the helper into this module, or test for the missing value in '${text}' and return a number`);
  }
  if (projection !== undefined && !sameModule && !inPackage(file) && !across) {
    return b.fail(call, 'TSG2002', `'${text}' returns an object and is a function of another module: tsgrad reads the numbers of an object returned by a helper of the same module`,
      `move the helper into this module, or export from its module one function per number (${projection})`);
  }
  // `L.g(…)` after `import * as L from './m.js'`: the specifier is the namespace import's
  const namespace = ts.isPropertyAccessExpression(calleeExpr) && ts.isIdentifier(calleeExpr.expression)
    ? checker.getSymbolAtLocation(calleeExpr.expression) : undefined;
  const specifier = sameModule ? undefined : importSpecifierOf(checker, namespace ?? symbol!) ?? importSpecifierOf(checker, symbol!) ??
    aliasSpecifier(checker, symbol!);
  // (named as the source names it, when the generated code calls it: a package's default export)
  const byDefault = !sameModule && !namespace && (opaque || custom) && inPackage(file) && isDefaultImport(symbol!);
  // A function of a package is inlined into the generated module (nothing is written into
  // node_modules): the generated code never names it, unless the user registered its
  // derivative, then it is imported as the source imports it.
  const packaged = inPackage(file) && !custom;
  // The generated module refers to an imported callee by its own name (and `name_vjp`): a
  // function of this module with that name would clash with it.
  // The generated module refers to a callee it does not inline by the callee's own name (and
  // `name_vjp`): a callee it cannot name so (a function of this module has that name, or it is
  // exported only as `default` or under another name) is inlined, as a package's function is.
  let inlineOnly: string | undefined;
  const declaredName = found.name;
  if (!sameModule && !packaged && !registered && b.sf.statements.some((st) => declaresName(st, name) || declaresName(st, `${name}_vjp`) || declaresName(st, inOutVjpName(name)))) {
    inlineOnly = `'${text}' is '${name}' of another module, and this module declares '${name}' too: tsgrad could not inline it here, and the generated code cannot import it under its own name`;
  }
  // (`const lerp = interpolateNumber(2, 5)` of a factory imported from another module of the project)
  const madeBy = symbol?.valueDeclaration && ts.isVariableDeclaration(symbol.valueDeclaration) && symbol.valueDeclaration.initializer &&
    ts.isCallExpression(skipParens(symbol.valueDeclaration.initializer)) ? skipParens(symbol.valueDeclaration.initializer) as ts.CallExpression : undefined;
  if (!sameModule && !specifier && madeBy) {
    const where = sf.fileName.replace(/.*[\\/]/, '');
    return b.fail(call, 'TSG2002', `'${text}' holds a function that '${madeBy.expression.getText()}' of ${where} makes: tsgrad differentiates a function a factory makes in the factory's own module`,
      `make it there and import it: export const ${text} = ${madeBy.getText()}; in ${where}`);
  }
  if (!sameModule && !specifier) {
    return b.fail(call, 'TSG2002', `'${text}' must be imported with an import declaration to be called`, 'import it at the top of the module: import { name } from \'./module.js\'');
  }
  // the generated code imports a callee (and its vjp) by the callee's own name
  // (not a private copy its module lowers for this caller, `add$options`, never imported: calls.ts's `across`)
  if (!sameModule && !packaged && !byDefault && exported && !(across && viaCopy) && (name === 'default' || !exportedAs.includes(name))) {
    inlineOnly ??= `'${text}' is ${name === 'default' ? 'the default export' : `'${name}'`} of ${sf.fileName.replace(/.*[\\/]/, '')}${name === 'default' ? '' : ', exported only under another name'}: tsgrad could not inline it here, and the generated code imports a callee it does not inline under its own name`;
  }
  // (a helper taking an array of rows is always inlined: a call left as a call, recursive, is refused at link)
  const rowsParam = rows.findIndex((r) => r);
  if (rowsParam >= 0 && inlineOnly === undefined) {
    const p = node.parameters[rowsParam]!;
    inlineOnly = `'${text}' takes an array of rows (${p.getText(sf)}), which tsgrad passes whole only to a helper it inlines, and this call stays a call`;
  }
  // a registered derivative, or a body tsgrad cannot read, is never inlined: it must be named
  if (inlineOnly !== undefined && (custom || opaque)) {
    return b.fail(call, 'TSG2002', inlineOnly.replace(/: tsgrad could not inline it here.*$/, ''),
      ownNameHint(name, 'rename or export it under its own name'));
  }
  // (a helper growing an array parameter, `out.push(v)`: differentiated only inlined, link/problems.ts)
  const grown = readable && !custom ? grownParams(checker, node) : [];
  const passed: Callee['params'] = grown.length > 0 ? params.map((p, i) => (grown.includes(i) ? { ...p, grown: true as const } : p)) : params;
  const writes = !readable
    ? params.flatMap((p, i) => (p.array && /^out/.test(p.key) ? [i] : []))
    : writtenParams(checker, node, new Set());
  const read = readable ? readParams(checker, node, new Set()) : [];
  // (its numbers are read one at a time, each by an inlined call of its own: writes would run
  // once per number; fuzz seed 80 #286, `const o = ob0(rs.subarray(3, 5), …)` adding into
  // ps[1] twice, found with the objects feature)
  if (projection !== undefined && writes.length > 0) {
    const w = node.parameters[writes[0]!]?.name.getText(sf) ?? 'an array';
    return b.fail(call, 'TSG2002', `'${text}' returns an object and writes into its array parameter '${w}': tsgrad reads the object's numbers one at a time, each through a call of its own, so the writes would run once per number`,
      `write the array in a helper of its own (a void function) called first, and return the object from a helper that writes nothing`);
  }
  return {
    callee: {
      // a default import is named as the source names it
      // (in its own module, a function exported only under other names is a private one there)
      name: byDefault || registered ? calleeExpr.getText(b.sf) : projection !== undefined ? projectedName({ of: name, key: projection }) : name, file,
      exported: (sameModule ? exportedAs.includes(name) : exported) || byDefault,
      vjp: custom ? 'custom' : opaque ? 'none' : 'generated', ...(specifier ? { specifier } : {}), params: passed, returnsNumber,
      ...(byDefault ? { importDefault: true } : {}), ...(registered ? { vjpFile: registered } : {}),
      ...(returnsBoolean ? { returnsBoolean: true as const } : {}),
      ...(projection !== undefined ? { projection: { of: name, key: projection } } : {}),
      ...(returnsArray ? { returnsArray: true as const } : {}),
      ...(inlineOnly !== undefined && !custom && !opaque ? { inlineOnly: { message: inlineOnly,
        ...(rowsParam >= 0 && inlineOnly.includes('an array of rows') ? { why: true as const, hint: `write a recursion as a loop; or let '${text}' take the matrix as one flat array (${node.parameters[rowsParam]!.name.getText(sf)}: Float64Array, its element [i][j] at [i * n + j]), which a recursive helper may take; or pass different arrays for arrays it reads and writes` }
          : { hint: ownNameHint(declaredName, 'export it under its own name too') }) } } : {}),
      ...(readable && mayThrow(checker, node, new Set()) ? { mayThrow: true as const } : {}),
    },
    ...(custom || opaque ? {} : { node, fn: viaCopy ? { ...(self ?? found), name } : self ?? found }),
    writes,
    pure: writes.filter((i) => !read.includes(i)),
    // (an array's default is computed by the callee, passed undefined: optional-arrays.ts)
    defaults: node.parameters.slice(0, params.length).map((p, i) => (isOptionalArray(p, checker) || options[i] ? undefined : p.initializer)),
    declared: node.parameters.slice(0, params.length),
    ...(objects.length > 0 ? { objects } : {}),
    ...(options.length > 0 ? { options } : {}),
    ...(across && (viaCopy || projection !== undefined) ? { across: true as const } : {}),
    ...(rows.length > 0 ? { rows } : {}),
  };
}

/** The declaration a symbol names, through imports and aliases. */
function declarationOf(checker: ts.TypeChecker, symbol: ts.Symbol): ts.Declaration | undefined {
  const s = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return s.valueDeclaration ?? s.declarations?.[0];
}

/**
 * `toWords.assign(…)`, or `sincos(…)` after `var sincos = sincos__.assign`, where `toWords` is a
 * function (a package's default export, on which its index.js hangs another with `setReadOnly`):
 * the property's path, key and owner, and the owner's import specifier.
 */
function propertyOfFunction(checker: ts.TypeChecker, callee: ts.Expression, symbol: ts.Symbol | undefined): { path: string; key: string; owner: string; specifier?: string } | undefined {
  let access: ts.Expression = callee;
  const decl = symbol?.valueDeclaration;
  if (ts.isIdentifier(callee) && decl && ts.isVariableDeclaration(decl) && decl.initializer) access = skipParens(decl.initializer);
  if (!ts.isPropertyAccessExpression(access) || !ts.isIdentifier(access.expression)) return undefined;
  const owner = checker.getSymbolAtLocation(access.expression);
  if (!owner || !functionDeclaration(checker, owner)) return undefined;
  const specifier = importSpecifierOf(checker, owner);
  return { path: access.getText(), key: access.name.text, owner: access.expression.text, ...(specifier ? { specifier } : {}) };
}

/**
 * `import g from './m.js'` of a TypeScript module of the project that has no default export (a
 * port of CommonJS's `module.exports = g` written as `export function g`): its specifier and the
 * functions it exports.
 */
function missingDefault(checker: ts.TypeChecker, symbol: ts.Symbol): { specifier: string; exports: string[] } | undefined {
  const clause = symbol.declarations?.[0];
  if (!clause || !ts.isImportClause(clause) || clause.name === undefined || !ts.isStringLiteral(clause.parent.moduleSpecifier)) return undefined;
  const target = checker.getSymbolAtLocation(clause.parent.moduleSpecifier);
  const file = target?.valueDeclaration;
  if (!target || !file || !ts.isSourceFile(file) || file.isDeclarationFile || inPackage(file.fileName)) return undefined;
  const exports = checker.getExportsOfModule(target);
  if (exports.some((e) => e.getName() === 'default' || e.getName() === 'export=')) return undefined;
  return { specifier: clause.parent.moduleSpecifier.text, exports: exports.filter((e) => functionDeclaration(checker, e) !== undefined).map((e) => e.getName()) };
}

/** `export var dot = vec4.dot` (or `const f = g` of an import): the specifier of the import the alias reads. */
function aliasSpecifier(checker: ts.TypeChecker, symbol: ts.Symbol): string | undefined {
  let s: ts.Symbol | undefined = symbol;
  for (let hop = 0; s && hop < 20; hop++) {
    if (s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
    const decl = s.valueDeclaration;
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return undefined;
    const init = skipParens(decl.initializer);
    const head = ts.isPropertyAccessExpression(init) && ts.isIdentifier(init.expression) ? init.expression : ts.isIdentifier(init) ? init : undefined;
    const next = head && checker.getSymbolAtLocation(head);
    if (!next) return undefined;
    const spec = importSpecifierOf(checker, next);
    if (spec !== undefined) return spec;
    s = ts.isIdentifier(init) ? next : checker.getSymbolAtLocation(init);
  }
  return undefined;
}

/**
 * A function of a package that returns a boolean, called with an array (`isAnyArray(input)`):
 * called as it is, where the source calls it. No derivative passes through a boolean, so tsgrad
 * needs neither its body nor a derivative, and the test is exactly the package's.
 */
export function packagePredicate(checker: ts.TypeChecker, call: ts.CallExpression, isArray: (arg: ts.Expression) => boolean): ResolvedCall | undefined {
  const calleeExpr = skipParens(call.expression);
  if (!ts.isIdentifier(calleeExpr)) return undefined;
  if (!call.arguments.some(isArray)) return undefined;
  const symbol = checker.getSymbolAtLocation(calleeExpr);
  const found = functionDeclaration(checker, symbol);
  if (!symbol || !found || !inPackage(found.node.getSourceFile().fileName)) return undefined;
  const signature = checker.getResolvedSignature(call);
  if (!signature || classifyType(checker.getReturnTypeOfSignature(signature), checker) !== 'boolean') return undefined;
  const specifier = importSpecifierOf(checker, symbol);
  if (specifier === undefined || specifier.startsWith('.')) return undefined;
  const params = call.arguments.map((a, i) => {
    const p = found.node.parameters[i];
    return { key: p && ts.isIdentifier(p.name) ? p.name.text : `x${i + 1}`, array: isArray(a) };
  });
  return {
    callee: {
      name: calleeExpr.text, file: found.node.getSourceFile().fileName, exported: true, vjp: 'none', specifier, params,
      returnsNumber: false, returnsBoolean: true, ...(isDefaultImport(symbol) ? { importDefault: true } : {}),
    },
    writes: [], pure: [], defaults: params.map(() => undefined), declared: [],
  };
}

/**
 * What a function returns, by its signature; for JavaScript whose JSDoc return type TypeScript
 * cannot resolve (@stdlib's `@returns {NonNegativeInteger}`, `{integer}`), by the values of its
 * `return` statements when they are all numbers (or all booleans).
 */
export function returnKind(checker: ts.TypeChecker, fn: FunctionNode): { returnsNumber: boolean; returnsBoolean: boolean } {
  const signature = checker.getSignatureFromDeclaration(fn);
  const type = signature && checker.getReturnTypeOfSignature(signature);
  if (!type) return { returnsNumber: false, returnsBoolean: false };
  if (type.flags & ts.TypeFlags.Any && isJavaScript(fn.getSourceFile()) && fn.body) {
    const kinds = new Set<string>();
    let untyped = false;
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n) && n !== fn) return;
      if (ts.isReturnStatement(n)) {
        const value = n.expression && checker.getTypeAtLocation(n.expression);
        // (a value of unknown type, as another such function's result, leaves it to the others)
        if (!value || !(value.flags & ts.TypeFlags.Any)) kinds.add(value ? classifyType(value, checker) : 'void');
        else untyped = true;
      }
      ts.forEachChild(n, visit);
    };
    visit(fn.body);
    // (and a number when every value returned is of unknown type, as an untyped parameter is)
    return { returnsNumber: (kinds.size === 1 && kinds.has('number')) || (kinds.size === 0 && untyped), returnsBoolean: kinds.size === 1 && kinds.has('boolean') };
  }
  return { returnsNumber: (type.flags & ts.TypeFlags.NumberLike) !== 0, returnsBoolean: classifyType(type, checker) === 'boolean' };
}

/** The loop that fills a typed array as `T.from({ length: n }, (_, i) => e)` would: with the user's length and element where they are written so. */
function typedFromHint(call: ts.CallExpression, typed: string): string {
  const [source, map] = call.arguments;
  const lengthOf = source && ts.isObjectLiteralExpression(source) ? source.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'length')?.initializer : undefined;
  const n = lengthOf ? lengthOf.getText() : source ? `${source.getText()}.length` : 'n';
  const name = ts.isVariableDeclaration(call.parent) && ts.isIdentifier(call.parent.name) ? call.parent.name.text : 'a';
  const arrow = map && (ts.isArrowFunction(map) || ts.isFunctionExpression(map)) ? map : undefined;
  const index = arrow?.parameters[1] && ts.isIdentifier(arrow.parameters[1].name) ? arrow.parameters[1].name.text : 'i';
  const element = arrow && ts.isArrowFunction(arrow) && !ts.isBlock(arrow.body) && (!arrow.parameters[0] || arrow.parameters[0].name.getText() === '_' || lengthOf) ? arrow.body.getText() : '…';
  return `make it and fill it with a loop: const ${name} = new ${typed}(${n}); for (let ${index} = 0; ${index} < ${name}.length; ${index}++) ${name}[${index}] = ${element};`;
}

function declaresName(st: ts.Statement, name: string): boolean {
  if (ts.isFunctionDeclaration(st)) return st.name?.text === name;
  if (ts.isVariableStatement(st)) return st.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name);
  return false;
}

/**
 * `import { g } from './helpers.js'` (or, in JavaScript, `var g = require('./helpers.js')`):
 * the module specifier `g` came through.
 */
function importSpecifierOf(checker: ts.TypeChecker, symbol: ts.Symbol): string | undefined {
  void checker;
  for (const d of symbol.declarations ?? []) {
    // (`var g = require('m').g`: a property of m's export, read by name)
    const property = d && ts.isVariableDeclaration(d) && d.initializer && ts.isPropertyAccessExpression(skipParens(d.initializer)) ? (skipParens(d.initializer) as ts.PropertyAccessExpression).expression : undefined;
    const required = requireSpecifier(d) ?? (property && requiredSpecifier(property));
    if (required !== undefined) return required;
    let n: ts.Node = d;
    while (n && !ts.isImportDeclaration(n)) n = n.parent;
    if (n && ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) return n.moduleSpecifier.text;
  }
  return undefined;
}

/** An imported name whose module the program cannot resolve: its specifier and imported name. */
function unresolvedImport(checker: ts.TypeChecker, symbol: ts.Symbol): { specifier: string; name: string } | undefined {
  if (!(symbol.flags & ts.SymbolFlags.Alias)) return undefined;
  for (const d of symbol.declarations ?? []) {
    const decl = ts.findAncestor(d, ts.isImportDeclaration);
    if (!decl || !ts.isStringLiteral(decl.moduleSpecifier) || checker.getSymbolAtLocation(decl.moduleSpecifier)) continue;
    const name = ts.isImportSpecifier(d) ? `{ ${d.propertyName ? `${d.propertyName.text} as ` : ''}${d.name.text} }` : ts.isNamespaceImport(d) ? `* as ${d.name.text}` : symbol.getName();
    return { specifier: decl.moduleSpecifier.text, name };
  }
  return undefined;
}

/** `var g = require('m')`: 'm'. */
function requireSpecifier(d: ts.Declaration): string | undefined {
  return ts.isVariableDeclaration(d) && d.initializer ? requiredSpecifier(d.initializer) : undefined;
}

/** `require('m')`: 'm'. */
function requiredSpecifier(e: ts.Expression): string | undefined {
  const init = skipParens(e);
  if (!ts.isCallExpression(init) || !ts.isIdentifier(init.expression) || init.expression.text !== 'require') return undefined;
  const [arg] = init.arguments;
  return arg && ts.isStringLiteralLike(arg) ? arg.text : undefined;
}

/** `import g from 'm'`, or `var g = require('m')`: the module's default export (or `export =`). */
function isDefaultImport(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => ts.isImportClause(d) || requireSpecifier(d) !== undefined);
}

/**
 * A parameter's kind. One without a type (`any`, or JavaScript without a JSDoc type) that the
 * function indexes, loops over or reads the length of (`vals[i]`, `for (const v of vals)`,
 * `e.length`) is an array of numbers; in JavaScript, any other is taken for a number.
 */
/** `e` names a parameter of its function that is an array of rows (`A: number[][]`). */
function rowsParameterName(checker: ts.TypeChecker, e: ts.Expression): boolean {
  const bare = skipParens(e);
  const decl = ts.isIdentifier(bare) ? checker.getSymbolAtLocation(bare)?.valueDeclaration : undefined;
  return !!decl && ts.isParameter(decl) && rowsType(checker, decl);
}

/** `A: number[][]`, `readonly Float64Array[]`: a parameter that is an array of rows of numbers (not of tuples). */
function rowsType(checker: ts.TypeChecker, p: ts.ParameterDeclaration): boolean {
  const type = checker.getTypeAtLocation(p);
  return isNestedNumberArray(type, checker) && tupleWidth(type, checker) === undefined;
}

export function paramKind(checker: ts.TypeChecker, p: ts.ParameterDeclaration): ReturnType<typeof classifyType> {
  const type = checker.getTypeAtLocation(p);
  const kind = classifyType(type, checker);
  // (`@param {Array} x` of a package's JavaScript, `any[]`: read as the JSDoc's `any` is, by its use)
  const anyArray = checker.isArrayType(type) && !!(checker.getTypeArguments(type as ts.TypeReference)[0]!.flags & ts.TypeFlags.Any);
  if (anyArray && isJavaScript(p.getSourceFile())) return indexedParameter(checker, p) ? 'number[]' : kind;
  if (kind !== 'other' || !(type.flags & ts.TypeFlags.Any)) return kind;
  if (indexedParameter(checker, p)) return 'number[]';
  return isJavaScript(p.getSourceFile()) ? 'number' : kind;
}

/** The function indexes the parameter (`p[i]`), loops over it (`for (const v of p)`) or reads its length. */
function indexedParameter(checker: ts.TypeChecker, p: ts.ParameterDeclaration): boolean {
  const symbol = ts.isIdentifier(p.name) ? checker.getSymbolAtLocation(p.name) : undefined;
  const body = (p.parent as ts.SignatureDeclaration & { body?: ts.Node }).body;
  if (!symbol || !body) return false;
  const visit = (n: ts.Node): boolean => {
    if (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === symbol) {
      let e: ts.Node = n;
      while (e.parent && ts.isParenthesizedExpression(e.parent)) e = e.parent;
      const parent = e.parent;
      if (parent && ts.isElementAccessExpression(parent) && parent.expression === e) return true;
      if (parent && ts.isForOfStatement(parent) && parent.expression === e) return true;
      if (parent && ts.isPropertyAccessExpression(parent) && parent.expression === e && parent.name.text === 'length') return true;
    }
    return ts.forEachChild(n, visit) === true;
  };
  return visit(body);
}

export function isJavaScript(sf: ts.SourceFile): boolean {
  return /\.[cm]?js$/.test(sf.fileName);
}

/**
 * The derivative a user registered for a function of a package they call as `g`: a function
 * `g_vjp` of their module, declared there or imported into it. Its file, if there is one.
 */
function registeredHere(checker: ts.TypeChecker, sf: ts.SourceFile, calleeExpr: ts.Expression): string | undefined {
  if (!ts.isIdentifier(calleeExpr)) return undefined;
  const local = `${calleeExpr.text}_vjp`;
  const symbol = checker.getSymbolsInScope(sf, ts.SymbolFlags.Function | ts.SymbolFlags.Alias).find((s) => s.getName() === local);
  const found = functionDeclaration(checker, symbol);
  return found?.node.body ? found.node.getSourceFile().fileName : undefined;
}

/** Whether `fn` may run a `throw` statement: its own, or one of a function it calls. */
export function mayThrow(checker: ts.TypeChecker, fn: FunctionNode, visiting: Set<FunctionNode>): boolean {
  if (visiting.has(fn) || !fn.body) return false;
  visiting.add(fn);
  const visit = (n: ts.Node): boolean => {
    if (ts.isThrowStatement(n)) return true;
    if (ts.isCallExpression(n)) {
      const target = functionDeclaration(checker, checker.getSymbolAtLocation(skipParens(n.expression)));
      if (target && mayThrow(checker, target.node, visiting)) return true;
    }
    return ts.forEachChild(n, visit) === true;
  };
  return visit(fn.body);
}

/**
 * Indices of the array parameters whose elements `fn` may read: any use of the parameter but
 * the target of a plain element assignment, `.length`, `.fill`, `.push`, and passing it where
 * a callee only writes (followed through the call graph; a callee without a body reads all but
 * its `out…` parameters).
 */
export function readParams(checker: ts.TypeChecker, fn: FunctionNode, visiting: Set<FunctionNode>): number[] {
  if (visiting.has(fn) || !fn.body) return fn.parameters.map((_, i) => i);
  visiting.add(fn);
  const params = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? checker.getSymbolAtLocation(p.name) : undefined));
  const read = new Set<number>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      const i = params.indexOf(checker.getSymbolAtLocation(n));
      if (i >= 0 && !(n.parent && ts.isParameter(n.parent)) && readsThrough(n)) read.add(i);
    }
    ts.forEachChild(n, visit);
  };
  const readsThrough = (id: ts.Identifier): boolean => {
    let e: ts.Node = id;
    while (e.parent && (ts.isParenthesizedExpression(e.parent) || ts.isNonNullExpression(e.parent))) e = e.parent;
    const parent = e.parent;
    if (!parent) return true;
    if (ts.isElementAccessExpression(parent) && parent.expression === e) {
      const outer = parent.parent;
      return !(outer && ts.isBinaryExpression(outer) && outer.left === parent && outer.operatorToken.kind === ts.SyntaxKind.EqualsToken);
    }
    if (ts.isPropertyAccessExpression(parent) && parent.expression === e) {
      const name = parent.name.text;
      if (name === 'length') return false;
      return !((name === 'fill' || name === 'push') && parent.parent && ts.isCallExpression(parent.parent));
    }
    if (ts.isCallExpression(parent) && parent.arguments.includes(e as ts.Expression)) {
      const j = parent.arguments.indexOf(e as ts.Expression);
      const target = functionDeclaration(checker, checker.getSymbolAtLocation(skipParens(parent.expression)));
      if (!target) return true;
      if (!target.node.body) {
        const p = target.node.parameters[j];
        return !(p && ts.isIdentifier(p.name) && /^out/.test(p.name.text));
      }
      return readParams(checker, target.node, visiting).includes(j);
    }
    return true;
  };
  visit(fn.body);
  visiting.delete(fn);
  return [...read].sort((a, b) => a - b);
}

/**
 * Indices of the array parameters `fn` writes: element assignments, `fill`, `push`, or
 * passing them where a callee writes (followed through the call graph).
 */
export function writtenParams(checker: ts.TypeChecker, fn: FunctionNode, visiting: Set<FunctionNode>): number[] {
  if (visiting.has(fn) || !fn.body) return [];
  visiting.add(fn);
  const params = fn.parameters.map((p) => (ts.isIdentifier(p.name) ? checker.getSymbolAtLocation(p.name) : undefined));
  const written = writtenArrays(checker, fn.body, visiting);
  visiting.delete(fn);
  return params.flatMap((s, i) => (s && written.has(s) ? [i] : []));
}

/**
 * The parameters a helper grows (`out.push(v)` of `out: number[]`, itself or through a callee
 * it passes the array to): tsgrad differentiates that by inlining the helper into the function
 * that declares the array, whose own `push` it is then.
 */
export function grownParams(checker: ts.TypeChecker, fn: FunctionNode, visiting: Set<FunctionNode> = new Set()): number[] {
  if (visiting.has(fn) || !fn.body) return [];
  visiting.add(fn);
  const grown = new Set<ts.Symbol>();
  const mark = (e: ts.Expression) => {
    const bare = skipParens(e);
    const s = ts.isIdentifier(bare) ? checker.getSymbolAtLocation(bare) : undefined;
    if (s) grown.add(s);
  };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const callee = skipParens(n.expression);
      if (ts.isPropertyAccessExpression(callee) && resizingMethods.has(callee.name.text)) mark(callee.expression);
      const target = functionDeclaration(checker, checker.getSymbolAtLocation(callee));
      if (target) for (const i of grownParams(checker, target.node, visiting)) if (n.arguments[i]) mark(n.arguments[i]!);
    }
    ts.forEachChild(n, visit);
  };
  visit(fn.body);
  visiting.delete(fn);
  return fn.parameters.flatMap((p, i) => (ts.isIdentifier(p.name) && grown.has(checker.getSymbolAtLocation(p.name)!) ? [i] : []));
}

/**
 * The array variables and parameters `body` writes into (by their own name, or through a window
 * or another name declared from them), and where: element assignments, `fill`, `push`, or
 * passing them where a callee writes.
 */
export function writtenArrays(checker: ts.TypeChecker, body: ts.Node, visiting: Set<FunctionNode> = new Set()): Map<ts.Symbol, ts.Node[]> {
  /** Each array written, with where. */
  const written = new Map<ts.Symbol, ts.Node[]>();
  const mark = (e: ts.Expression) => {
    for (const x of [skipParens(e), arrayRoot(e, checker)]) {
      const s = ts.isIdentifier(x) ? checker.getSymbolAtLocation(x) : undefined;
      // (not a write into what the variable was bound to when it holds a copy by then)
      if (s && !copiedBefore(checker, s, e)) written.set(s, [...(written.get(s) ?? []), e]);
    }
  };
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind)) {
      const left = skipParens(n.left);
      if (ts.isElementAccessExpression(left)) mark(left.expression);
      // [a[i], a[j]] = [a[j], a[i]]
      if (ts.isArrayLiteralExpression(left)) for (const t of left.elements) if (ts.isElementAccessExpression(skipParens(t))) mark((skipParens(t) as ts.ElementAccessExpression).expression);
    }
    // `++a[i]`, `a[i]--` (not `-a[i]`, which reads)
    if (isIncrement(n) && ts.isElementAccessExpression(skipParens(n.operand))) {
      mark((skipParens(n.operand) as ts.ElementAccessExpression).expression);
    }
    if (ts.isCallExpression(n)) {
      const callee = skipParens(n.expression);
      if (ts.isPropertyAccessExpression(callee) && ['fill', 'push', 'set', 'sort', 'reverse', 'copyWithin'].includes(callee.name.text)) {
        mark(callee.expression);
      }
      const target = functionDeclaration(checker, checker.getSymbolAtLocation(callee));
      if (target) {
        for (const i of writtenParams(checker, target.node, visiting)) {
          const arg = n.arguments[i];
          if (arg) mark(arg);
        }
        if (!target.node.body) {
          target.node.parameters.forEach((p, i) => {
            if (ts.isIdentifier(p.name) && /^out/.test(p.name.text) && n.arguments[i]) mark(n.arguments[i]!);
          });
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(body);
  // (and the parameters written through array variables bound to them: param-bindings.ts)
  const fn = ts.isFunctionLike(body) ? body : body.parent && ts.isFunctionLike(body.parent) ? body.parent : undefined;
  if (fn) for (const [p, ws] of writtenThroughBindings(checker, fn, written)) written.set(p, [...(written.get(p) ?? []), ...ws]);
  return written;
}

/**
 * The array an expression reaches: through `.subarray(…)` and local names of windows and
 * aliases (`const w = x.subarray(1, 3)`, `const v = x`), a write to it writes that array.
 */
function arrayRoot(e: ts.Expression, checker: ts.TypeChecker, depth = 0): ts.Expression {
  const inner = skipParens(e);
  if (depth > 20) return inner;
  if (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'subarray') {
    return arrayRoot(inner.expression.expression, checker, depth + 1);
  }
  // (`A[i]` of a parameter `A: number[][]`: a row of A's flat array, so a write into it is into A; local-rows.ts)
  if (ts.isElementAccessExpression(inner) && rowsParameterName(checker, inner.expression)) return skipParens(inner.expression);
  if (ts.isIdentifier(inner)) {
    const symbol = checker.getSymbolAtLocation(inner);
    const decl = symbol?.valueDeclaration;
    // (`let a = x; a = Float64Array.from(a); a[0] = …`: past the copy, a write into a is into a's own array)
    if (symbol && copiedBefore(checker, symbol, e)) return inner;
    // (`for (const row of A)` of a parameter `A: number[][]`: each row a window of A's flat array)
    const loop = decl && ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && ts.isForOfStatement(decl.parent.parent) ? decl.parent.parent : undefined;
    if (loop && loop.initializer === decl!.parent && rowsParameterName(checker, loop.expression)) return skipParens(loop.expression);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && !ts.isSourceFile(decl.parent.parent.parent)) {
      const init = skipParens(decl.initializer);
      if (ts.isElementAccessExpression(init) && rowsParameterName(checker, init.expression)) return skipParens(init.expression);
      if (ts.isIdentifier(init) || ts.isCallExpression(init)) {
        const root = arrayRoot(init, checker, depth + 1);
        if (root !== init || ts.isIdentifier(init)) return root;
      }
    }
  }
  return inner;
}

/**
 * Whether the array variable or parameter `s` holds, at `at`, a new array its function made:
 * the first statement after its declaration (of a parameter, the body's first) that names it
 * rebinds it to a new array (`a = Float64Array.from(a)`, `Array.from(a)`, `a.slice()`, `[...a]`,
 * `new Float64Array(n)`), the function assigns it nowhere else, and `at` comes after that.
 */
export function copiedBefore(checker: ts.TypeChecker, s: ts.Symbol, at: ts.Node): boolean {
  const decl = s.valueDeclaration;
  if (!decl) return false;
  let list: readonly ts.Statement[] | undefined;
  let fn: ts.Node | undefined;
  if (ts.isParameter(decl)) {
    fn = decl.parent;
    const body = (fn as ts.FunctionLikeDeclaration).body;
    list = body && ts.isBlock(body) ? body.statements : undefined;
  } else if (ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && ts.isVariableStatement(decl.parent.parent) && ts.isBlock(decl.parent.parent.parent)) {
    const block = decl.parent.parent.parent;
    list = block.statements.slice(block.statements.indexOf(decl.parent.parent) + 1);
    fn = ts.findAncestor(block, ts.isFunctionLike);
  }
  if (!list || !fn) return false;
  const names = (n: ts.Node): boolean => (ts.isIdentifier(n) && checker.getSymbolAtLocation(n) === s) || ts.forEachChild(n, names) === true;
  const first = list.find(names);
  const e = first && ts.isExpressionStatement(first) ? skipParens(first.expression) : undefined;
  if (!e || !ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !names(e.left) || !ts.isIdentifier(skipParens(e.left)) ||
      !makesArray(skipParens(e.right)) || at.getStart() < first!.getEnd()) return false;
  // (assigned nowhere else: a later `a = x` would bind it to the parameter again)
  let others = 0;
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && isAssignmentOperator(n.operatorToken.kind) && n !== e && names(n.left) &&
        (ts.isArrayLiteralExpression(skipParens(n.left)) || (ts.isIdentifier(skipParens(n.left)) && checker.getSymbolAtLocation(skipParens(n.left)) === s))) others++;
    ts.forEachChild(n, visit);
  };
  visit(fn);
  return others === 0;
}

/** An expression that makes a new array: `Float64Array.from(…)`, `Array.from(…)`, `x.slice(…)`, `[…]`, `new Float64Array(…)`. */
function makesArray(e: ts.Expression): boolean {
  if (ts.isArrayLiteralExpression(e) || ts.isNewExpression(e)) return true;
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression)) return false;
  const method = e.expression.name.text;
  return method === 'slice' || ((method === 'from' || method === 'of') && ts.isIdentifier(e.expression.expression) && /Array$/.test(e.expression.expression.text));
}

/** The name a module exports the callee under, as this call names it: `import { a as b }`: 'a'; a default import: 'default'; `L.g`: 'g'. */
function importedName(calleeExpr: ts.Expression, symbol: ts.Symbol | undefined): string | undefined {
  if (ts.isPropertyAccessExpression(calleeExpr)) return calleeExpr.name.text;
  const decl = symbol && symbol.flags & ts.SymbolFlags.Alias ? symbol.declarations?.[0] : undefined;
  if (!decl) return undefined;
  if (ts.isImportSpecifier(decl) || ts.isExportSpecifier(decl)) return (decl.propertyName ?? decl.name).text;
  if (ts.isImportClause(decl)) return 'default';
  return undefined;
}

/**
 * The hint to export a callee under its own name, which the generated code imports with its
 * vjp. An anonymous default export (`export default function (x) …`) has none to export it
 * under (`export { default }` is not valid): it is told to take one.
 */
function ownNameHint(name: string, ask: string): string {
  if (name === 'default') {
    return "give it a name and export it under that name too (export function g(…) { … } export default g): the generated code then imports 'g' and 'g_vjp'";
  }
  return `${ask} (\`export { ${name} }\`)${ask.startsWith('rename') ? '' : ', or rename it'}: the generated code ${ask.startsWith('rename') ? '' : 'then '}imports '${name}' and '${name}_vjp'`;
}
