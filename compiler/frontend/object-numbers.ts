/**
 * Objects of numbers (`{ ra: number; dec: number }`): what a helper returns, a local object
 * literal, a helper's object parameter; tsgrad holds one number per property.
 */
import ts from './typescript.cjs';
import { valueClassFields } from './value-classes.js';
import { nestedFields } from './nested-objects.js';

/**
 * The properties of an object type whose every property is a number (what a helper such as
 * `sunCoords(d)` returns: `{ ra: number; dec: number }`), in declaration order; undefined for
 * any other type. Of one whose properties are such objects too (`{ zc: C; gamma: C }`), the
 * paths of its numbers (zc.re, zc.im, …: nested-objects.ts).
 */
export function numberFields(checker: ts.TypeChecker, type: ts.Type, depth = 0): string[] | undefined {
  // (an instance of a value class: its number fields, value-classes.ts)
  const fields = valueClassFields(checker, type);
  if (fields !== null) return fields;
  if (!(type.flags & ts.TypeFlags.Object) || type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return undefined;
  if (checker.isArrayType(type) || checker.isTupleType(type) || checker.getIndexInfosOfType(type).length > 0) return undefined;
  const props = checker.getPropertiesOfType(type);
  if (props.length === 0) return undefined;
  for (const p of props) {
    if (p.flags & ts.SymbolFlags.Optional) return undefined;
    if (!(checker.getTypeOfSymbol(p).flags & ts.TypeFlags.NumberLike)) return nestedFields(checker, props, depth);
  }
  return props.map((p) => p.getName());
}

/** A property of an options object: its name, what it holds, whether it may be left out, and its type written out. */
export interface OptionField {
  readonly name: string;
  readonly kind: 'number' | 'boolean' | 'string';
  readonly optional: boolean;
  readonly typeText: string;
}

/**
 * The properties of an options object type (`{ units?: Units; strict?: boolean; k?: number }`,
 * as @turf/distance and fmin take), in declaration order, when every one is a number, a boolean
 * or a string (a union of string literals), maybe optional; undefined for any other type.
 */
export function optionFields(checker: ts.TypeChecker, type: ts.Type): OptionField[] | undefined {
  if (!(type.flags & ts.TypeFlags.Object) || type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return undefined;
  if (checker.isArrayType(type) || checker.isTupleType(type) || checker.getIndexInfosOfType(type).length > 0) return undefined;
  const props = checker.getPropertiesOfType(type);
  if (props.length === 0) return undefined;
  const fields: OptionField[] = [];
  for (const p of props) {
    const t = checker.getNonNullableType(checker.getTypeOfSymbol(p));
    const members = t.isUnion() ? t.types : [t];
    const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
    // (a property typed by an alias tsgrad reads as `any`, `units?: Units` of a package's
    // JavaScript: read as a string, which it may only be compared, tested and passed as; used
    // as a number it is refused)
    if (t.flags & ts.TypeFlags.Any) fields.push({ name: p.getName(), kind: 'string', optional, typeText: 'any' });
    else if (members.every((m) => m.flags & ts.TypeFlags.NumberLike)) fields.push({ name: p.getName(), kind: 'number', optional, typeText: 'number' });
    else if (members.every((m) => m.flags & ts.TypeFlags.BooleanLike)) fields.push({ name: p.getName(), kind: 'boolean', optional, typeText: 'boolean' });
    else if (members.every((m) => m.flags & ts.TypeFlags.StringLike)) {
      // (written out: `"km" | "mi"`, so that the generated module needs no import of the alias)
      const literals = members.every((m) => m.isStringLiteral()) ? [...new Set(members.map((m) => JSON.stringify((m as ts.StringLiteralType).value)))] : undefined;
      fields.push({ name: p.getName(), kind: 'string', optional, typeText: literals ? literals.join(' | ') : 'string' });
    } else return undefined;
  }
  return fields;
}

/** The options object type written out (`{ units?: "km" | "mi" }`). */
export function optionsTypeText(fields: readonly OptionField[]): string {
  return `{ ${fields.map((f) => `${/^[A-Za-z_$][\w$]*$/.test(f.name) ? f.name : JSON.stringify(f.name)}${f.optional ? '?' : ''}: ${f.typeText}`).join('; ')} }`;
}

/** The properties of a parameter that is an object of numbers (`s: { x: number; v: number }`, required, no default). */
export function objectOfNumbers(checker: ts.TypeChecker, p: ts.ParameterDeclaration): string[] | undefined {
  return (ts.isIdentifier(p.name) || ts.isObjectBindingPattern(p.name)) && !p.dotDotDotToken && !p.questionToken && !p.initializer
    ? numberFields(checker, checker.getTypeAtLocation(p)) : undefined;
}
