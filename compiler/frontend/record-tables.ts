/**
 * Module-level constant tables of records (trial48 finding 11):
 *
 *   const STAGES = [{ gain: 1.5, pole: 0.2 }, { gain: 0.8, pole: 0.5 }] as const;
 *   … STAGES[i].gain …, STAGES.length, for (const { gain, pole } of STAGES), for (const s of STAGES) … s.pole …
 *
 * Each field is a column of constants, copied into the generated module as a table of numbers
 * (`STAGES_gain`, `STAGES_pole`; a key that is no identifier spelled with `_`: `T_x_shift` of
 * `'x-shift'`: emit/module.ts tableLines) and read by index as one is. A
 * record itself is no value tsgrad holds: `const s = STAGES[i]` is refused (facts.ts
 * moduleTable's message), with the hint to read its fields where they are used.
 */
import ts from './typescript.cjs';
import type { Atom, Var } from '../ir/types.js';
import { atomType, constAtom, varAtom } from './builder.js';
import { moduleRecordTable, skipParens } from './facts.js';
import type { ExprContext } from './expressions.js';

export type RecordTable = Exclude<ReturnType<typeof moduleRecordTable>, undefined | { error: string }>;

/** The record table `e` names (not one its module writes into: that is refused where it is read, as a table is). */
export function recordTable(cx: ExprContext, e: ts.Expression): RecordTable | undefined {
  const id = skipParens(e);
  if (!ts.isIdentifier(id)) return undefined;
  // (a local or parameter of that name is no table)
  const s = cx.checker.getSymbolAtLocation(id);
  if (s && cx.scope.has(s)) return undefined;
  const t = moduleRecordTable(id, cx.checker);
  return t && !('error' in t) ? t : undefined;
}

/** A field's key as part of a name: `x_shift` of `'x-shift'`. */
export const fieldName = (key: string): string => key.replace(/[^\w$]/g, '_');

/** The column of field `key` of table `t`: the generated module's table `T_key`, declared once per function. */
export function recordColumn(cx: ExprContext, t: RecordTable, key: string): Var {
  const j = t.keys.indexOf(key);
  const at = t.firsts[j]!;
  let entry = cx.b.tables.get(at);
  if (!entry) {
    entry = { v: cx.b.newVar(`${t.name}_${fieldName(key)}`, 'f64[]', 'local', false), ctor: 'Array', values: t.columns[j]! };
    cx.b.tables.set(at, entry);
  }
  return entry.v;
}

/** `T[i].key` of a record table: element i of the column of key; `T.length`: its number of records. */
export function recordRead(cx: ExprContext, e: ts.PropertyAccessExpression | ts.ElementAccessExpression, lower: (x: ts.Expression) => Atom): Atom | undefined {
  const { b } = cx;
  // (the field: `.gain`, or `['x-shift']` by a string literal)
  const at = ts.isPropertyAccessExpression(e) ? e.name : skipParens(e.argumentExpression);
  if (!ts.isIdentifier(at) && !ts.isStringLiteral(at)) return undefined;
  const key = at.text;
  if (ts.isPropertyAccessExpression(e) && key === 'length') {
    const t = recordTable(cx, e.expression);
    return t ? constAtom(t.rows) : undefined;
  }
  const row = skipParens(e.expression);
  if (!ts.isElementAccessExpression(row)) return undefined;
  const t = recordTable(cx, row.expression);
  if (!t) return undefined;
  if (!t.keys.includes(key)) {
    return b.fail(at, 'TSG1008', `'${key}' is not a field of the records of '${t.name}' (${t.keys.join(', ')})`, `read one of its fields: ${t.name}[i].${t.keys[0]}`);
  }
  const index = lower(row.argumentExpression);
  if (atomType(index) !== 'int' && atomType(index) !== 'f64') {
    return b.fail(row.argumentExpression, 'TSG1008', 'an array index must be a number', `index the records with an integer expression: ${t.name}[i].${key}`);
  }
  return b.eq('load', [varAtom(recordColumn(cx, t, key)), index]);
}

/**
 * The names `for (const { gain, pole: p } of T)` binds (each a field), or of `for (const s of
 * T)` every field, for the object binding of s (`s.gain`); a failure where the pattern is not
 * one of fields.
 */
export function recordNames(cx: ExprContext, t: RecordTable, name: ts.BindingName): { key: string; name: ts.Identifier }[] | undefined {
  const { b } = cx;
  if (ts.isIdentifier(name)) return undefined;
  if (!ts.isObjectBindingPattern(name)) {
    return b.fail(name, 'TSG1009', `'for … of' over '${t.name}', a table of records ({ ${t.keys.join(', ')} }), takes each record by its fields`, `name its fields: for (const { ${t.keys.join(', ')} } of ${t.name})`);
  }
  return name.elements.map((el) => {
    const key = el.propertyName && (ts.isIdentifier(el.propertyName) || ts.isStringLiteral(el.propertyName)) ? el.propertyName.text : ts.isIdentifier(el.name) ? el.name.text : undefined;
    if (el.dotDotDotToken || !ts.isIdentifier(el.name) || key === undefined || !t.keys.includes(key)) {
      return b.fail(el, 'TSG1009', `'${el.getText(b.sf)}' is not one of the fields of the records of '${t.name}' (${t.keys.join(', ')})`, `name its fields: for (const { ${t.keys.join(', ')} } of ${t.name})`);
    }
    return { key, name: el.name };
  });
}
