/**
 * The generated module: header, imports, and for each function `f_vjp` (the contract's
 * accumulating form) and `f_grad` (a fresh gradient). Signatures are written as text, so
 * parameter types stay exactly as the source wrote them; bodies are printed by
 * @babel/generator from the adjoint IR.
 */
import * as t from '@babel/types';
import type { AdjointFunction } from '../reverse/index.js';
import type { Param } from '../ir/types.js';
import { GENERATED_HEADER } from '../api.js';
import { block } from './statements.js';
import { generate } from './generate.js';

export interface ModuleSpec {
  /** The source file name shown in the header. */
  readonly sourceName: string;
  readonly runtimeModule: string;
  readonly functions: readonly AdjointFunction[];
}

export function emitModule(spec: ModuleSpec): string {
  const pieces: string[] = [
    `${GENERATED_HEADER} ${spec.sourceName}. Do not edit: run \`tsgrad compile\` to regenerate.`,
    '// For each function f: f_grad(...) returns { value, grad }; f_vjp(..., adj, seed) adds seed * gradient into adj.',
  ];
  const runtime = [...new Set(spec.functions.flatMap((f) => f.runtime))].sort();
  if (runtime.length > 0) pieces.push(`import { ${runtime.join(', ')} } from '${spec.runtimeModule}';`);
  for (const f of spec.functions) pieces.push('', vjp(f), '', gradFn(f));
  return pieces.join('\n') + '\n';
}

/** The body of a function, printed and indented by two spaces. */
export function printBody(body: AdjointFunction['body']): string {
  const code = generate(t.program(block(body)), { comments: true, jsescOption: { minimal: true } }).code;
  return code.split('\n').map((l) => (l ? '  ' + l : l)).join('\n');
}

function paramType(p: Param): string {
  if (p.tsType !== 'other') return p.typeText;
  return ['boolean', 'string', 'number'].includes(p.typeText) ? p.typeText : 'unknown';
}

const paramList = (f: AdjointFunction) => f.params.map((p) => `${p.v.name}: ${paramType(p)}`);

function adjType(f: AdjointFunction): string {
  const fields = f.gradParams.map((p) => `${p.key}: ${p.v.type === 'f64[]' ? 'Float64Array' : 'number'}`);
  return fields.length ? `{ ${fields.join('; ')} }` : 'Record<string, never>';
}

function vjp(f: AdjointFunction): string {
  const params = [...paramList(f), `adj: ${adjType(f)}`, 'seed = 1'];
  return [
    `/** ${f.name}'s value; adds seed times its gradient into adj. */`,
    `export function ${f.name}_vjp(${params.join(', ')}): number {`,
    printBody(f.body),
    '}',
  ].join('\n');
}

function gradFn(f: AdjointFunction): string {
  const zeros = f.gradParams.map((p) => `${p.key}: ${p.v.type === 'f64[]' ? `new Float64Array(${p.v.name}.length)` : '0'}`);
  const args = [...f.params.map((p) => p.v.name), 'grad'].join(', ');
  return [
    `/** ${f.name}'s value and gradient. */`,
    `export function ${f.name}_grad(${paramList(f).join(', ')}): { value: number; grad: ${adjType(f)} } {`,
    `  const grad: ${adjType(f)} = ${zeros.length ? `{ ${zeros.join(', ')} }` : '{}'};`,
    `  const value = ${f.name}_vjp(${args});`,
    '  return { value, grad };',
    '}',
  ].join('\n');
}
