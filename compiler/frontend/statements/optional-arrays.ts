/**
 * Optional array parameters: `weights?: Float64Array`, `w: number[] | undefined`, and arrays
 * with a default (`w = new Float64Array(0)`). As an optional number (params.ts), the argument
 * (`weights_arg`, maybe undefined) is a parameter of its own, and the body reads a local array
 * variable bound to it: the argument itself where one is given, else an empty array (an
 * optional one, with a flag saying it holds undefined, which `if (weights)`, `weights ?`,
 * `weights !== undefined`, `weights == null` and `weights ?? d` read) or the default (a
 * defaulted one). Its key in `grad` is the argument's gradient, an empty Float64Array where
 * it is left out (it has no elements to differentiate).
 */
import ts from '../typescript.cjs';
import type { Param, Var } from '../../ir/types.js';
import { constAtom, isArrayType, varAtom } from '../builder.js';
import { classifyType, typedArrayName } from '../facts.js';
import type { LoweringState } from './state.js';
import { writtenArrays } from '../calls.js';
import { isOptionalArray } from '../optional-array-params.js';
import { newArray } from './arrays.js';

/** What lowers an optional array parameter where the function starts (optionalArrayValue). */
export interface OptionalArray {
  readonly arg: Var;
  readonly local: Var;
  /** Set where the argument is undefined (an optional array; a defaulted one has none). */
  readonly flag?: Var;
  readonly node: ts.ParameterDeclaration & { name: ts.Identifier };
}

/**
 * Of an array parameter that may be left out (`w?: Float64Array`, `w: number[] | undefined`,
 * `w = new Float64Array(n)`): its Param (the argument, keyed by the source's name), the body's
 * variable bound in scope; undefined for any other parameter.
 */
export function optionalArrayParam(cx: LoweringState, p: ts.ParameterDeclaration, list: OptionalArray[]): Param | undefined {
  const { b, checker } = cx;
  if (!ts.isIdentifier(p.name) || !isOptionalArray(p, checker)) return undefined;
  const present = checker.getNonNullableType(checker.getTypeAtLocation(p));
  const kind = classifyType(present, checker) as 'Float64Array' | 'number[]';
  const name = p.name.text;
  const symbol = checker.getSymbolAtLocation(p.name)!;
  if (writes(cx, symbol)) {
    return b.fail(p, 'TSG1008', `the ${p.initializer ? 'array parameter with a default' : 'optional array'} '${name}' is written or assigned: tsgrad reads such a parameter, and writes none`,
      `write into a local copy (const copy = ${name} ? Float64Array.from(${name}) : new Float64Array(n)), or make '${name}' a required parameter`);
  }
  // (`w?.length`, `w?.reduce(…)` are undefined where it is left out, which the empty array the
  // body then reads would not give: only `w?.[i]`, an element past the end of it, is)
  const chained = optionalMember(cx, symbol);
  if (chained) {
    return b.fail(chained, 'TSG1002', `'${chained.getText(b.sf)}' is undefined where the optional array '${name}' is left out, which tsgrad does not follow`,
      `test it first: ${name} ? ${chained.getText(b.sf).replace('?.', '.')} : …`);
  }
  const arg = b.generatedVar(`${name}_arg`, 'f64[]', false, 'param');
  b.ctors.set(arg, kind === 'number[]' ? 'Array' : typedArrayName(present) ?? 'Float64Array');
  const local = b.newVar(name, 'f64[]', 'local', true);
  const flag = p.initializer ? undefined : b.generatedVar(`${name}_undefined`, 'bool', true);
  cx.scope.set(symbol, { kind: 'var', v: local });
  if (flag) cx.undefinedFlags.set(local, flag);
  list.push({ arg, local, ...(flag ? { flag } : {}), node: p as OptionalArray['node'] });
  const typeText = p.type ? printed(checker, present, p.type) : typedArrayName(present) ?? (kind === 'number[]' ? 'number[]' : 'Float64Array');
  return { v: arg, key: name, tsType: kind, differentiable: true, typeText, defaulted: true };
}

/** The type as the generated signature declares it: as written, without `| undefined`. */
function printed(checker: ts.TypeChecker, present: ts.Type, node: ts.TypeNode): string {
  if (ts.isUnionTypeNode(node)) {
    const kept = node.types.filter((t) => t.kind !== ts.SyntaxKind.UndefinedKeyword && !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.UndefinedKeyword));
    if (kept.length === 1 && !ts.isUnionTypeNode(kept[0]!) && !ts.isTypeReferenceNode(kept[0]!)) return kept[0]!.getText();
  } else if (!ts.isTypeReferenceNode(node) || ['Float64Array', 'Float32Array'].includes(node.getText())) return node.getText();
  return (typedArrayName(present) ?? checker.typeToString(present, undefined, ts.TypeFormatFlags.NoTruncation)).replace(/<ArrayBufferLike>/g, '');
}

/**
 * Where the function starts: `w_undefined = w_arg === undefined`, then `w` bound to the
 * argument, or, where it is undefined, to an empty array (an optional one) or the default.
 */
export function optionalArrayValue(cx: LoweringState, o: OptionalArray): void {
  const { b } = cx;
  b.loc = b.locOf(o.node);
  const missing = b.eq('eq', [varAtom(o.arg), constAtom(NaN, { name: 'undefined' })]);
  if (o.flag) b.assign(o.flag, missing, true);
  const ctor = b.ctors.get(o.arg) ?? 'Float64Array';
  b.emit({ kind: 'alloc', target: o.local, ctor, length: constAtom(0), loc: b.loc });
  const init = o.node.initializer;
  const then = init ? b.block(() => {
    const made = newArray(cx, init, o.node.name.text, 'f64[]', false);
    if (!made || !isArrayType(made.type)) {
      return b.fail(init, 'TSG1007', `the default of the array parameter '${o.node.name.text}' is not a new array tsgrad makes`,
        'give it a new array (new Float64Array(n), [], [a, b], Float64Array.from(x)), or make it optional (w?: Float64Array) and test it');
    }
    b.assign(o.local, varAtom(made));
  }) : [];
  // (the argument itself, which nothing writes: its adjoint is adj's array for it)
  const bound = b.block(() => b.assign(o.local, varAtom(o.arg)));
  b.emit({ kind: 'if', cond: missing, then, else: bound, loc: b.loc });
}

/** Whether the function writes into the array `symbol` names (by any name, or through a callee) or assigns the name. */
function writes(cx: LoweringState, symbol: ts.Symbol): boolean {
  const written = cx.written ??= writtenArrays(cx.checker, cx.fn);
  return cx.assigned.has(symbol) || (written.get(symbol) ?? []).length > 0;
}

/** The first `w?.name` (a property or a method of `w` read by optional chaining) in the function. */
function optionalMember(cx: LoweringState, symbol: ts.Symbol): ts.PropertyAccessExpression | undefined {
  let found: ts.PropertyAccessExpression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isPropertyAccessExpression(n) && n.questionDotToken && ts.isIdentifier(n.expression) && cx.checker.getSymbolAtLocation(n.expression) === symbol) {
      found = n;
      return;
    }
    ts.forEachChild(n, visit);
  };
  if (cx.fn.body) visit(cx.fn.body);
  return found;
}
