/**
 * Local functions taking or returning an object of numbers (trial34: `const step = (o: Osc): Osc
 * => { … return { x: …, v }; }` and `s = step(s)` in a time loop, closing over `k`, `c`, `dt`).
 * A local function is lowered where it is called (local-functions.ts); an object parameter is
 * bound to the caller's object itself, its numbers the caller's variables, so that a property
 * the function assigns (`o.v += …`) is the caller's, as JavaScript's shared object gives it;
 * an object literal or a helper's result passed is bound to new variables holding its numbers.
 * The object it returns is read as a helper's is (expressions.ts objectArgument: a literal, a
 * name holding one, a call returning one), once per call. Refused with the reason (TSG1003): a
 * parameter both assigned again (`o = …`) and changed in place, or changed in place when the
 * caller holds its object as constants.
 */
import ts from '../typescript.cjs';
import type { Atom, Var } from '../../ir/types.js';
import { skipParens } from '../facts.js';
import { type Binding, objectArgument } from '../expressions.js';
import { numberFields } from '../object-numbers.js';
import { writesObject } from '../object-mutation.js';
import type { LoweringState } from './state.js';

/** The binding of the local function's object parameter `p` for the argument `arg`; undefined when `p` is not an object of numbers. */
export function localObjectParam(cx: LoweringState, p: ts.ParameterDeclaration & { name: ts.Identifier }, arg: ts.Expression, name: string): Binding | undefined {
  const { b, checker } = cx;
  const type = checker.getTypeAtLocation(p);
  const fields = numberFields(checker, type);
  if (!fields) return undefined;
  const symbol = checker.getSymbolAtLocation(p.name)!;
  const written = writesObject(checker, p.parent, symbol);
  const assigned = cx.assigned.has(symbol);
  const typeText = checker.typeToString(type);
  if (written && assigned) {
    return b.fail(p, 'TSG1003', `the parameter '${p.name.text}' of the local function '${name}' is both changed in place and assigned another object`,
      `change its properties only (${p.name.text}.${fields[0]} = …), or return a new object and assign it in the caller: s = ${name}(s)`);
  }
  const bare = skipParens(arg);
  const held = ts.isIdentifier(bare) ? cx.scope.get(checker.getSymbolAtLocation(bare)!) : undefined;
  if (held?.kind === 'object' && !held.options && !assigned && fields.every((f) => held.fields.has(f))) {
    // (the caller's object itself: what the function assigns of it, the caller sees)
    const fixed = fields.find((f) => !held.fields.get(f)!.mutable);
    if (written && fixed !== undefined) {
      return b.fail(arg, 'TSG1003', `the local function '${name}' changes its parameter '${p.name.text}' in place, and '${bare.getText(b.sf)}' is an object tsgrad holds as constants here (an instance of a class, or a parameter it passes through)`,
        `make '${bare.getText(b.sf)}' a local object literal of numbers (const ${bare.getText(b.sf)} = { ${fields.map((f) => `${f}: …`).join(', ')} }), or return the new numbers from '${name}'`);
    }
    return { kind: 'object', fields: new Map(fields.map((f) => [f, held.fields.get(f)!])), typeText };
  }
  const values = objectArgument(cx, arg, fields, name);
  const mutable = written || assigned;
  const numbers = new Map<string, Var>();
  fields.forEach((f, i) => {
    const v = b.newVar(`${p.name.text}_${f}`, 'f64', 'local', mutable);
    if (mutable) b.assign(v, values[i]!, true);
    else b.eq('copy', [values[i]!], v);
    numbers.set(f, v);
  });
  return { kind: 'object', fields: numbers, typeText };
}

/** The numbers of `fields` the object a local function returns holds (`return { x: …, v }`, `return o`, `return other(o)`). */
export function localObjectResult(cx: LoweringState, result: ts.Expression, fields: readonly string[], name: string): Atom[] {
  return objectArgument(cx, result, fields, name,
    `return an object literal of numbers (return { ${fields.map((f) => `${f}: …`).join(', ')} }), a name holding one, or a helper's call returning one`);
}
