/**
 * Array parameters that callers may leave out: `w?: Float64Array`, `w: number[] | undefined`, or
 * with a default (`w = new Float64Array(n)`). The function reads them as statements/optional-arrays.ts
 * lowers them; a call that leaves one out (or passes `undefined`) passes undefined (lowerCall).
 */
import ts from './typescript.cjs';
import { classifyType } from './facts.js';

/** Whether `p` is an array parameter of numbers that may be left out (not one that may be null). */
export function isOptionalArray(p: ts.ParameterDeclaration, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(p.name) || p.dotDotDotToken) return false;
  const type = checker.getTypeAtLocation(p);
  const members = type.isUnion() ? type.types : [type];
  if (members.some((m) => m.flags & ts.TypeFlags.Null)) return false;
  const maybe = p.questionToken !== undefined || p.initializer !== undefined || members.some((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void));
  const kind = classifyType(checker.getNonNullableType(type), checker);
  return maybe && (kind === 'Float64Array' || kind === 'number[]');
}
