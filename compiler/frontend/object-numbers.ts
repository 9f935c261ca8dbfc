/**
 * Objects of numbers (`{ ra: number; dec: number }`): what a helper returns, a local object
 * literal, a helper's object parameter; tsgrad holds one number per property.
 */
import ts from './typescript.cjs';

/**
 * The properties of an object type whose every property is a number (what a helper such as
 * `sunCoords(d)` returns: `{ ra: number; dec: number }`), in declaration order; undefined for
 * any other type.
 */
export function numberFields(checker: ts.TypeChecker, type: ts.Type): string[] | undefined {
  if (!(type.flags & ts.TypeFlags.Object) || type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return undefined;
  if (checker.isArrayType(type) || checker.isTupleType(type) || checker.getIndexInfosOfType(type).length > 0) return undefined;
  const props = checker.getPropertiesOfType(type);
  if (props.length === 0) return undefined;
  for (const p of props) {
    if (p.flags & ts.SymbolFlags.Optional || !(checker.getTypeOfSymbol(p).flags & ts.TypeFlags.NumberLike)) return undefined;
  }
  return props.map((p) => p.getName());
}
