/**
 * Arrays whose elements are arrays of numbers (`number[][]`, `Float64Array[]`, `[number, number][]`).
 * A parameter of such a type is read as an array of rows (row-arrays.ts), except an array of
 * tuples, and so is a local one (local-rows.ts); an array nested deeper (`number[][][]`) is not
 * read: what to say of those, with the flat row-major layout that works instead (k numbers per
 * element of a k-tuple).
 */
import ts from './typescript.cjs';
import { classifyType } from './facts.js';

/** An array whose elements are arrays of numbers (`number[][]`, `Float64Array[]`, `readonly (readonly number[])[]`, `[number, number][]`). */
export function isNestedNumberArray(type: ts.Type, checker: ts.TypeChecker): boolean {
  const members = type.isUnion() ? type.types : [type];
  return members.length > 0 && members.every((m) => {
    if (!checker.isArrayType(m) && !checker.isTupleType(m)) return false;
    const element = checker.getIndexTypeOfType(m, ts.IndexKind.Number);
    const kind = element && classifyType(element, checker);
    return kind !== undefined && kind !== 'other' && kind !== 'number' && kind !== 'boolean' && kind !== 'string';
  });
}

/** How deeply arrays nest in `type` (`number[]` 1, `number[][]` 2, `number[][][]` 3); 0 for a type that is no array. */
export function nestingDepth(type: ts.Type, checker: ts.TypeChecker): number {
  const members = type.isUnion() ? type.types : [type];
  let depth = 0;
  for (const m of members) {
    if (checker.isArrayType(m) || checker.isTupleType(m)) {
      const element = checker.getIndexTypeOfType(m, ts.IndexKind.Number);
      depth = Math.max(depth, 1 + (element ? nestingDepth(element, checker) : 0));
    } else if (['Float64Array', 'number[]', 'intArray'].includes(classifyType(m, checker))) depth = Math.max(depth, 1);
  }
  return depth;
}

/** Of an array of fixed-length tuples of numbers (`[number, number][]`): the tuples' length; else undefined. */
export function tupleWidth(type: ts.Type, checker: ts.TypeChecker): number | undefined {
  if (type.isUnion() || !checker.isArrayType(type)) return undefined;
  const element = checker.getTypeArguments(type as ts.TypeReference)[0];
  if (!element || !checker.isTupleType(element)) return undefined;
  const target = (element as ts.TypeReference).target as ts.TupleType;
  if (target.hasRestElement || target.minLength !== target.fixedLength) return undefined;
  return target.fixedLength;
}

/** What to say of `name`, of the nested array type `type` (`local`: a variable the function declares, else a parameter). */
export function nestedArrayDiagnostic(name: string, typeText: string, type: ts.Type, checker: ts.TypeChecker, local: boolean): { message: string; hint: string } {
  const k = tupleWidth(type, checker);
  const depth = nestingDepth(type, checker);
  if (!local && depth > 2) {
    return {
      message: `'${name}' has type '${typeText}', arrays nested ${depth} deep, which tsgrad does not read: it reads an array of rows of numbers (number[][], Float64Array[]) and no deeper`,
      hint: `pass an array of rows (number[][]) with the outer levels flattened into its rows (${name}[k][i] as row k * rows + i), or one array of rows per outer element`,
    };
  }
  const of = k === 2 ? 'pairs' : k === 3 ? 'triples' : k !== undefined ? `${k}-tuples` : 'arrays';
  const message = `'${name}' has type '${typeText}', an array of ${of}, which tsgrad does not read`;
  if (local) {
    const xs = Array.from({ length: k ?? 2 }, (_, j) => ['x', 'y', 'z'][j] ?? `v${j}`).join(', ');
    return {
      message,
      hint: k !== undefined
        ? `use one flat array of ${k} numbers per element, row-major (const ${name}: number[] = []; ${name}.push(${xs}) for ${name}.push([${xs}]); ${name}[i][j] is ${name}[${k} * i + j]; their number is ${name}.length / ${k}), or one array per column`
        : `use one flat array, row-major (${name}[i][j] at ${name}[i * columns + j], each row's numbers pushed in turn), or one array per column`,
    };
  }
  return {
    message,
    hint: k !== undefined
      ? `flatten it into one Float64Array or number[] (row-major, ${k} numbers per element: ${name}[i][j] at a[${k} * i + j]), or pass one array per column`
      : `flatten it into one Float64Array or number[] (row-major: ${name}[i][j] at a[i * columns + j]) and pass the number of columns, or pass the rows as parameters of their own`,
  };
}

/**
 * A tuple's layout: each element a number (null) or a nested tuple of numbers, so that
 * `[number, [number, number]]` is `[null, [null, null]]`, 3 numbers in a row.
 */
export type TupleShape = readonly (TupleShape | null)[];

/** Of an array of fixed-length tuples of numbers and of such tuples (`[number, [number, number]][]`): the tuples' shape; else undefined. */
export function tupleShape(type: ts.Type, checker: ts.TypeChecker): TupleShape | undefined {
  if (type.isUnion() || !checker.isArrayType(type)) return undefined;
  const element = checker.getTypeArguments(type as ts.TypeReference)[0];
  return element && shapeOf(element, checker);
}

function shapeOf(tuple: ts.Type, checker: ts.TypeChecker): TupleShape | undefined {
  if (!checker.isTupleType(tuple)) return undefined;
  const target = (tuple as ts.TypeReference).target as ts.TupleType;
  if (target.hasRestElement || target.minLength !== target.fixedLength) return undefined;
  const shape: (TupleShape | null)[] = [];
  for (const t of checker.getTypeArguments(tuple as ts.TypeReference)) {
    if (t.flags & ts.TypeFlags.NumberLike) shape.push(null);
    else {
      const nested = shapeOf(t, checker);
      if (!nested) return undefined;
      shape.push(nested);
    }
  }
  return shape;
}

/** How many numbers a tuple of this shape holds. */
export function shapeSize(shape: TupleShape): number {
  return shape.reduce((n, s) => n + (s ? shapeSize(s) : 1), 0);
}

/** Where element `j` of a tuple of this shape starts among its numbers. */
export function shapeOffset(shape: TupleShape, j: number): number {
  return shapeSize(shape.slice(0, j));
}
