/**
 * The exported forms of a function that takes an array of rows (`A: number[][]`, Param.rows):
 * its derivatives are built over one flat copy of the rows and their starts (frontend/row-arrays.ts)
 * and emitted under the name `f$flat` (`f$flat_vjp`, …), private to the module; `f_grad`, `f_vjp`,
 * `f_jvp`, `f_hvp` and `f_hessian` take the rows as `f` does, copy them (one pass over the
 * elements, beside a function that reads them all), call those, and give the rows' adjoints
 * back with the rows' shape: `f_vjp` adds them into the caller's `adj.A`, `f_grad` and `f_hvp`
 * return new rows (`number[]` where every row is one, else windows of one Float64Array).
 */
import type { AdjointFunction, Import } from '../reverse/index.js';
import type { TangentFunction } from '../forward/index.js';
import type { HvpFunction } from '../second/index.js';
import { type Param, paramLengthText } from '../ir/types.js';
import { type Declaration, adjType, aliasGuard, freshNames, paramList, returnType, tangentType } from './module.js';

/** The name the derivatives over the flat copy are emitted under. */
export const flatFormName = (f: string): string => `${f}$flat`;

/** An exported function with an array of rows among its parameters: its forms are wrappers. */
export const takesRows = (f: AdjointFunction): boolean => f.exported && f.params.some((p) => p.rows);

/** The function whose forms the wrappers call: f's, named `f$flat`, not exported. */
export const flatForms = (f: AdjointFunction): AdjointFunction => ({ ...f, name: flatFormName(f.name), exported: false });

/** What wrappers' code calls of the runtime. */
export function rowsImports(code: string): Import[] {
  return ['rowStarts', 'flatRows', 'addRows', 'rowsOf', 'listRows', 'flatKey', 'f64Zeros'].filter((n) => code.includes(`${n}(`)).map((name) => ({ name, from: 'runtime' as const }));
}

/** The wrappers of f: `f_vjp`, `f_grad` (of a function returning a number), `f_jvp`, `f_hvp` and `f_hessian` where f has them, `f_jacobian` where it writes arrays. */
export function rowsWrappers(f: AdjointFunction, jvp: TangentFunction | undefined, hvp: HvpFunction | undefined, jacobian: boolean): Declaration[] {
  const inner = flatFormName(f.name);
  const rows = f.params.filter((p) => p.rows);
  const fresh = freshNames(f.params.map((p) => p.v.name));
  const [flat, value, r] = ['flat', 'value', 'r'].map(fresh) as [string, string, string];
  const positional = publicParams(f, paramList(f, 'positional'));
  const optional = publicParams(f, paramList(f));
  const starts = (p: Param) => p.rows!.starts.name;
  const guard = (form: string) => [aliasGuard(f, `${f.name}_${form}`).trimEnd()].filter((l) => l);
  const prologue = [
    ...rows.map((p) => `  // ${p.key}'s rows copied into one flat array, row i at ${starts(p)}[i] … ${starts(p)}[i + 1] - 1: ${inner}'s forms read that`),
    ...rows.map((p) => `  const ${starts(p)} = rowStarts(${p.v.name});`),
  ];
  const args = f.params.map((p) => (p.rows ? `flatRows(${p.v.name}, ${starts(p)})` : p.v.name));
  const call = (form: string, ...extra: string[]) => `${inner}_${form}(${[...args, ...extra].join(', ')})`;
  const outType = (p: Param) => (p.rows!.rowType === 'number[]' ? 'number[][]' : 'Float64Array[]');
  const cut = (p: Param, x: string) => `${p.rows!.rowType === 'number[]' ? 'listRows' : 'rowsOf'}(${x}, ${starts(p)})`;
  const publicAdj = adjType(f).replace(/(\w+): Float64Array/g, (m, key: string) => {
    const p = f.gradParams.find((q) => q.key === key);
    return p?.rows ? `${key}: ${outType(p)}` : m;
  });
  const publicTangent = tangentType(f).replace(/(\w+)\?: Float64Array( \| number\[\])?/g, (m, key: string) =>
    (f.gradParams.find((q) => q.key === key)?.rows ? `${key}?: ArrayLike<ArrayLike<number>>` : m));
  const flatZeros = (p: Param) => `f64Zeros(${starts(p)}[${p.v.name}.length]!)`;
  // (each tangent of a row array flattened, the other keys passed as given)
  const flatTangent = (t: string) => f.gradParams.filter((p) => p.rows).reduce((e, p) => `flatKey(${e}, '${p.key}', ${starts(p)})`, t);
  // (an array of rows left out by --wrt has no key to cut)
  const cutGrad = (g: string) => (f.gradParams.some((p) => p.rows) ? `{ ...${g}, ${f.gradParams.filter((p) => p.rows).map((p) => `${p.key}: ${cut(p, `${g}.${p.key}`)}`).join(', ')} }` : g);
  const out: Declaration[] = [];

  // f_vjp: the flat adjoints of the rows start at zero and are added into adj's rows; adj's other keys are passed on
  const fields = f.gradParams.map((p) => `${p.key}: ${p.rows ? flatZeros(p) : `adj.${p.key}`}`);
  out.push({
    doc: `/** ${f.name}'s value; adds seed times its gradient into adj (${rows.map((p) => `adj.${p.key}: rows shaped as ${p.key}'s`).join(', ')}). */`,
    code: [
      `export function ${f.name}_vjp(${[...positional, `adj: ${publicAdj}`, 'seed = 1'].join(', ')}): ${returnType(f)} {`,
      ...guard('vjp'),
      ...prologue,
      `  const ${flat} = { ${fields.join(', ')} };`,
      `  ${f.returnsNumber ? `const ${value} = ` : ''}${call('vjp', flat, 'seed')};`,
      ...f.gradParams.map((p) => (p.rows ? `  addRows(adj.${p.key}, ${flat}.${p.key}, ${starts(p)});` : p.v.type === 'f64[]' ? '' : `  adj.${p.key} = ${flat}.${p.key};`)).filter((l) => l),
      ...(f.returnsNumber ? [`  return ${value};`] : []),
      '}',
    ].join('\n'),
  });
  if (f.exported && f.returnsNumber) {
    const zeros = f.gradParams.map((p) => `${p.key}: ${p.rows ? flatZeros(p) : p.v.type === 'f64[]' ? `f64Zeros(${paramLengthText(p)})` : '0'}`);
    out.push({
      doc: `/** ${f.name}'s value and gradient. */`,
      code: [
        `export function ${f.name}_grad(${optional.join(', ')}): { value: ${returnType(f)}; grad: ${publicAdj} } {`,
        ...prologue,
        `  const ${flat} = { ${zeros.join(', ')} };`,
        `  const ${value} = ${call('vjp', flat)};`,
        `  return { ${value === 'value' ? value : `value: ${value}`}, grad: ${cutGrad(flat)} };`,
        '}',
      ].join('\n'),
    });
  }
  if (jvp) {
    const t = jvp.tangentParam;
    out.push({
      doc: `/** ${f.name}'s value and its derivative along ${t} (forward mode); a missing key of ${t} is zero. */`,
      code: [
        `export function ${f.name}_jvp(${[...positional, `${t}: ${publicTangent}`].join(', ')}): ${f.returnsNumber ? `{ value: ${returnType(f)}; tangent: number }` : 'void'} {`,
        ...guard('jvp'),
        ...prologue,
        `  ${f.returnsNumber ? 'return ' : ''}${call('jvp', flatTangent(t))};`,
        '}',
      ].join('\n'),
    });
  }
  if (hvp) {
    const v = hvp.directionParam;
    out.push({
      doc: `/** ${f.name}'s value, gradient, and Hessian times ${v} (forward over reverse); a missing key of ${v} is zero. */`,
      code: [
        `export function ${f.name}_hvp(${[...positional, `${v}: ${publicTangent}`].join(', ')}): { value: ${returnType(f)}; grad: ${publicAdj}; hvp: ${publicAdj} } {`,
        ...guard('hvp'),
        ...prologue,
        `  const ${r} = ${call('hvp', flatTangent(v))};`,
        `  return { value: ${r}.value, grad: ${cutGrad(`${r}.grad`)}, hvp: ${cutGrad(`${r}.hvp`)} };`,
        '}',
      ].join('\n'),
    });
    out.push({
      doc: `/** ${f.name}'s value, gradient and dense Hessian (row-major n×n over the keys of grad in order, a row array's elements row after row), from n Hessian-vector products. */`,
      code: [
        `export function ${f.name}_hessian(${optional.join(', ')}): { value: ${returnType(f)}; grad: ${publicAdj}; hessian: Float64Array } {`,
        ...prologue,
        `  const ${r} = ${call('hessian')};`,
        `  return { ...${r}, grad: ${cutGrad(`${r}.grad`)} };`,
        '}',
      ].join('\n'),
    });
  }
  if (jacobian) {
    // (its rows and columns are numbers: nothing to shape back; a row array's columns are its elements row after row)
    const modes = jvp ? `'auto' | 'forward' | 'reverse'` : `'auto' | 'reverse'`;
    const mode = fresh('mode');
    out.push({
      doc: `/** ${f.name}'s Jacobian (as ${inner}_jacobian's: row-major, its columns the keys of grad, an array of rows' elements row after row). */`,
      code: [
        `export function ${f.name}_jacobian(${[...positional, `${mode}: ${modes} = 'auto'`].join(', ')}): ${f.returnsNumber ? `{ value: ${returnType(f)}; jacobian: Float64Array; rows: number; columns: number }` : '{ jacobian: Float64Array; rows: number; columns: number }'} {`,
        ...prologue,
        `  return ${call('jacobian', mode)};`,
        '}',
      ].join('\n'),
    });
  }
  return out;
}

/** f's parameters as the source declares them: an array of rows as its type, its starts left out. */
function publicParams(f: AdjointFunction, list: readonly string[]): string[] {
  return f.params.flatMap((p, i) => (p.startsOf !== undefined ? [] : p.rows ? [`${p.v.name}: ${p.rows.typeText}`] : [list[i]!]));
}
