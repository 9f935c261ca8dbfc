/**
 * Objects whose properties are objects of numbers, nested to any depth (`{ zc: C; gamma: C }`,
 * `{ pos: { x: number; y: number }; vel: Vec }`): flattened to their leaf numbers, each named
 * by its path (`zc.re`), so that what holds an object of numbers (object-numbers.ts: a local,
 * a helper's parameter, a helper's result read one number at a time) holds one of these too.
 * Here: the paths of a type, and the reads of a part of one (`m.zc.re`, `m.zc` passed on,
 * `f(x).zc`).
 */
import ts from './typescript.cjs';
import type { Atom } from '../ir/types.js';
import { varAtom } from './builder.js';
import { skipParens } from './facts.js';
import { numberFields } from './object-numbers.js';
import { type Binding, type ExprContext, objectLiteralNumbers, onceArguments, projectCall } from './expressions.js';

/** How deep tsgrad follows objects inside objects (a recursive type never ends). */
const maxDepth = 8;

/** A leaf's path as a part of a name (`zc.re` → `zc_re`: `m_zc_re`, the key `p_zc_re`). */
export const flatName = (path: string): string => path.replace(/\./g, '_').replace(/#/g, '$');

/**
 * The leaf paths of an object type some of whose properties are objects of numbers (numberFields
 * of the properties: `{ zc: C; gamma: C }` → zc.re, zc.im, gamma.re, gamma.im), in declaration
 * order; undefined when a property is anything else (an array, an optional, a string), when a
 * property's name has a dot, or when two paths would make the same name (`a_b` and `a.b`).
 */
export function nestedFields(checker: ts.TypeChecker, props: readonly ts.Symbol[], depth: number): string[] | undefined {
  if (depth >= maxDepth) return undefined;
  const paths: string[] = [];
  for (const p of props) {
    if (p.flags & ts.SymbolFlags.Optional || p.getName().includes('.')) return undefined;
    const t = checker.getTypeOfSymbol(p);
    if (t.flags & ts.TypeFlags.NumberLike) {
      paths.push(p.getName());
      continue;
    }
    const inner = numberFields(checker, t, depth + 1);
    if (!inner) return undefined;
    for (const f of inner) paths.push(`${p.getName()}.${f}`);
  }
  return new Set(paths.map(flatName)).size === paths.length ? paths : undefined;
}

/** The paths of `fields` below the property `name` (`zc` of zc.re, zc.im, gamma.re: re, im). */
export function subFields(fields: readonly string[], name: string): string[] {
  return fields.filter((f) => f.startsWith(`${name}.`)).map((f) => f.slice(name.length + 1));
}

/** `m.zc.re` as the object at its root (`m`) and the path read off it (zc, re). */
function chain(e: ts.Expression): { root: ts.Expression; path: string[] } {
  let x = skipParens(e);
  const path: string[] = [];
  while (ts.isPropertyAccessExpression(x)) {
    path.unshift(x.name.text);
    x = skipParens(x.expression);
  }
  return { root: x, path };
}

/** The object of numbers a local holds (not an options object). */
function heldObject(cx: ExprContext, e: ts.Expression): (Binding & { kind: 'object' }) | undefined {
  if (!ts.isIdentifier(e)) return undefined;
  const symbol = cx.checker.getSymbolAtLocation(e);
  const binding = symbol && cx.scope.get(symbol);
  return binding?.kind === 'object' && !binding.options ? binding : undefined;
}

/** Whether the leaves `paths` of the object at `root` can be read: a local holding it, or a helper's call returning it. */
function readable(cx: ExprContext, root: ts.Expression, paths: readonly string[]): boolean {
  const held = heldObject(cx, root);
  if (held) return paths.every((p) => held.fields.has(p));
  if (!ts.isCallExpression(root)) return false;
  const made = numberFields(cx.checker, cx.checker.getTypeAtLocation(root));
  return !!made && paths.every((p) => made.includes(p));
}

/** The leaves `paths` of the object at `root` (readable): its local's numbers, or one call of the helper per number. */
function leaves(cx: ExprContext, root: ts.Expression, paths: readonly string[]): Atom[] {
  const held = heldObject(cx, root);
  if (held) return paths.map((p) => varAtom(held.fields.get(p)!));
  return onceArguments(cx, root, () => paths.map((p) => projectCall(cx, root as ts.CallExpression, p)));
}

/**
 * Whether `e` is a part of an object of numbers that is itself an object with the properties
 * `fields` (`m.zc`, `f(x).zc`, `s.a.b`), which nestedObject reads.
 */
export function isNestedObject(cx: ExprContext, e: ts.Expression, fields: readonly string[]): boolean {
  const { root, path } = chain(e);
  return path.length > 0 && readable(cx, root, fields.map((f) => `${path.join('.')}.${f}`));
}

/**
 * The numbers of `e`, a part of an object of numbers (`m.zc` of `const m = material(s)`, or
 * `material(s).zc`), at `fields`, the part's own paths (re, im); undefined when `e` is not one.
 */
export function nestedObject(cx: ExprContext, e: ts.Expression, fields: readonly string[]): Atom[] | undefined {
  if (!isNestedObject(cx, e, fields)) return undefined;
  const { root, path } = chain(e);
  return leaves(cx, root, fields.map((f) => `${path.join('.')}.${f}`));
}

/**
 * `m.zc.re`, `f(x).zc.re`: a number read two or more properties deep; undefined for a read one
 * property deep (expressions.ts reads those) and for what is not a leaf of an object of numbers.
 * A read of a part that is an object (`m.zc` in arithmetic) is refused, naming its numbers.
 */
export function nestedRead(cx: ExprContext, e: ts.PropertyAccessExpression): Atom | undefined {
  const { root, path } = chain(e);
  if (path.length < 2 && !heldObject(cx, root)) return undefined;
  const full = path.join('.');
  if (readable(cx, root, [full])) return path.length < 2 ? undefined : leaves(cx, root, [full])[0];
  const held = heldObject(cx, root);
  const all = held ? [...held.fields.keys()] : ts.isCallExpression(root) ? numberFields(cx.checker, cx.checker.getTypeAtLocation(root)) ?? [] : [];
  const inner = subFields(all, full);
  if (inner.length === 0) return undefined;
  const text = e.getText(cx.b.sf);
  return cx.b.fail(e, 'TSG1006', `'${text}' is an object of numbers ({ ${inner.join(', ')} }), not a number`,
    `read its numbers (${text}.${inner[0]}), or pass it whole to a helper of the module that takes such an object`);
}

/**
 * Why an object type is not an object of numbers (nested ones included), when it is an object
 * with properties whose first property that is neither a number nor such an object says so: its
 * path and what it is (`pts`, 'an array'); undefined for any other type (not a plain object, or
 * one whose properties are all fine: numberFields reads it).
 */
export function objectProblem(checker: ts.TypeChecker, type: ts.Type, depth = 0, outer: readonly ts.Type[] = []): { path: string; what: string } | undefined {
  if (!(type.flags & ts.TypeFlags.Object) || type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return undefined;
  if (checker.isArrayType(type) || checker.isTupleType(type) || checker.getIndexInfosOfType(type).length > 0 || ((type.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Class) !== 0) return undefined;
  if ((type.getSymbol()?.getName() ?? '').endsWith('Array')) return undefined;
  const props = checker.getPropertiesOfType(type);
  if (props.length === 0 || numberFields(checker, type, depth)) return undefined;
  if (depth >= maxDepth) return { path: props[0]!.getName(), what: `nested more than ${maxDepth} levels deep` };
  for (const p of props) {
    const t = checker.getTypeOfSymbol(p);
    const name = p.getName();
    if (p.flags & ts.SymbolFlags.Optional) return { path: name, what: 'optional' };
    if (name.includes('.')) return { path: name, what: 'named with a dot' };
    if (t.flags & ts.TypeFlags.NumberLike) continue;
    if (numberFields(checker, t, depth + 1)) continue;
    // (`interface Node { v: number; next: Node }`: never ends)
    if (t === type || outer.includes(t)) return { path: name, what: `of the type '${checker.typeToString(t)}', which holds itself` };
    const inner = objectProblem(checker, t, depth + 1, [...outer, type]);
    if (inner) return { path: `${name}.${inner.path}`, what: inner.what };
    const text = checker.typeToString(t);
    const what = checker.isArrayType(t) || checker.isTupleType(t) || /Array$/.test(t.getSymbol()?.getName() ?? '') ? `an array (${text})`
      : t.getCallSignatures().length > 0 ? `a function (${text})`
      : t.flags & ts.TypeFlags.StringLike ? 'a string'
      : t.flags & ts.TypeFlags.BooleanLike ? 'a boolean'
      : t.isUnion() ? `of the union type '${text}'`
      : `of type '${text}'`;
    return { path: name, what };
  }
  // (every property reads, yet the whole does not: two paths make the same name, a_b and a.b)
  return { path: props.map((p) => p.getName()).join(', '), what: 'such that two of its numbers would get the same name (a_b and a.b)' };
}

/**
 * `st.pos.x = …`, a number of an object inside a local object assigned: refused (an inner object
 * is held as copies of its numbers, and JavaScript shares it with every name it was read from or
 * given to: `const p = { x, y }; const st = { pos: p }; st.pos.x = 1` changes `p.x`); undefined
 * when `e` is not such a number.
 */
export function nestedWrite(cx: ExprContext, e: ts.Expression): never | undefined {
  const { root, path } = chain(e);
  const held = path.length > 1 ? heldObject(cx, root) : undefined;
  if (!held?.fields.has(path.join('.'))) return undefined;
  const name = root.getText(cx.b.sf);
  const inner = path.slice(0, -1).join('.');
  const others = subFields([...held.fields.keys()], inner).filter((f) => f !== path[path.length - 1]);
  return cx.b.fail(e, 'TSG1002', `assignment to '${e.getText(cx.b.sf)}', a number of the object '${name}.${inner}' inside '${name}': tsgrad holds an inner object as copies of its numbers, and JavaScript shares it with the names it came from`,
    `rebuild the object instead, declared with let: ${name} = { …, ${inner.split('.')[0]}: { ${path[path.length - 1]}: …${others.length > 0 ? `, ${others.map((f) => `${f}: ${name}.${inner}.${f}`).join(', ')}` : ''} } }`);
}

/**
 * `b.vel = { x: …, y: … }`, an inner object of a held object (a local, or a helper's object
 * parameter it changes in place) assigned a new object literal: each of its numbers assigned,
 * all computed first. A new literal is shared with no other name, so copies of its numbers are
 * what JavaScript gives (trial36); false when `left` is not such an inner object or `right` not
 * a literal.
 */
export function nestedAssign(cx: ExprContext, left: ts.Expression, right: ts.Expression): boolean {
  const { root, path } = chain(left);
  const held = path.length > 0 ? heldObject(cx, root) : undefined;
  const inner = path.join('.');
  const fields = held ? subFields([...held.fields.keys()], inner) : [];
  const literal = skipParens(right);
  if (!held || fields.length === 0) return false;
  const targets = fields.map((f) => held.fields.get(`${inner}.${f}`)!);
  const name = root.getText(cx.b.sf);
  if (!ts.isObjectLiteralExpression(literal)) {
    const given = literal.getText(cx.b.sf);
    return cx.b.fail(right, 'TSG1002', `'${left.getText(cx.b.sf)}' is assigned '${given}', which JavaScript then shares with '${name}': tsgrad holds an inner object as copies of its numbers`,
      `assign a new object literal of its numbers: ${left.getText(cx.b.sf)} = { ${fields.map((f) => `${f}: ${ts.isIdentifier(literal) ? `${given}.${f}` : '…'}`).join(', ')} }`);
  }
  if (targets.some((v) => !v.mutable)) {
    return cx.b.fail(left, 'TSG1003', `'${left.getText(cx.b.sf)}' is assigned, and '${name}' is an object tsgrad holds as constants here (an instance of a class, or a parameter it passes through)`,
      `make '${name}' a local object literal of numbers, or return a new object and rebind it: ${name} = { …, ${path[0]}: { … } }`);
  }
  const hint = `assign an object literal of its numbers: ${left.getText(cx.b.sf)} = { ${fields.map((f) => `${f}: …`).join(', ')} }`;
  const values = objectLiteralNumbers(cx, literal, fields, hint);
  const missing = fields.find((f) => !values.has(f));
  if (missing !== undefined) return cx.b.fail(literal, 'TSG1002', `the object assigned to '${left.getText(cx.b.sf)}' has no number '${missing}'`, hint);
  // (every number of the new object computed before any is assigned: `{ x: b.vel.y, y: b.vel.x }`)
  const kept = fields.map((f) => { const a = values.get(f)!; return a.kind === 'var' && a.v.mutable ? cx.b.eq('copy', [a]) : a; });
  targets.forEach((v, i) => cx.b.assign(v, kept[i]!));
  return true;
}

/**
 * Whether the function declaring `symbol` (a local object) assigns one of its properties
 * (`s.a = …`, `s.a++`): such an object is not put inside another (`{ pos: s }`), which in
 * JavaScript would share it and see the writes.
 */
export function writtenInPlace(checker: ts.TypeChecker, symbol: ts.Symbol): boolean {
  let scope: ts.Node | undefined = symbol.valueDeclaration;
  while (scope && !ts.isFunctionLike(scope) && !ts.isSourceFile(scope)) scope = scope.parent;
  if (!scope) return false;
  const isProperty = (x: ts.Expression): boolean => {
    const { root, path } = chain(x);
    return path.length > 0 && ts.isIdentifier(root) && checker.getSymbolAtLocation(root) === symbol;
  };
  const visit = (n: ts.Node): boolean => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && isProperty(n.left)) return true;
    if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken) && isProperty(n.operand)) return true;
    return ts.forEachChild(n, visit) === true;
  };
  return visit(scope);
}

/**
 * Of a property read off an object tsgrad does not hold because of what is inside it
 * (`mk(x).vel.x`, `mk` returning `{ pos: number[]; vel: V }`): why, for the refusal; undefined
 * when the object at the root of the read is not such an object.
 */
export function unreadObject(checker: ts.TypeChecker, e: ts.Expression): { message: string; hint: string } | undefined {
  const { root, path } = chain(e);
  const problem = path.length > 0 ? objectProblem(checker, checker.getTypeAtLocation(root)) : undefined;
  if (!problem) return undefined;
  return {
    message: `'${root.getText()}' is an object whose property '${problem.path}' is ${problem.what}, and tsgrad reads an object made of numbers and of objects of numbers only`,
    hint: `keep '${problem.path}' out of the object: pass it to and return it from helpers as a value of its own, beside an object of numbers`,
  };
}
