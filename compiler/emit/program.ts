/**
 * Emission over a program: the generated module of every module that is not a package's, with
 * what its report says, from the derivatives the phases before built.
 */
import { resolve } from 'node:path';
import type { CompileFilesOptions, FileResult } from '../api.js';
import { defaultOutputPath } from '../api.js';
import { asDiagnostic } from '../diagnostics.js';
import type { loadProgram } from '../frontend/index.js';
import { printFunc } from '../ir/print.js';
import type { Func } from '../ir/types.js';
import { type LinkedProgram, type Report, key, relativeSource } from '../link/index.js';
import type { TangentFunction } from '../forward/index.js';
import type { AdjointFunction } from '../reverse/index.js';
import type { ReversedProgram } from '../reverse/program.js';
import type { HvpFunction } from '../second/index.js';
import { emitModule, emitModuleWithMap, printBody } from './module.js';

/** Every derivative built for the program, by function key. */
export interface Derivatives {
  readonly reversed: ReversedProgram;
  readonly tangents: ReadonlyMap<string, TangentFunction>;
  readonly hvps: ReadonlyMap<string, HvpFunction>;
  /** The second-order forms of callees (g_vjp_d, …) a function's module carries for the hvps that call them. */
  readonly secondForms: ReadonlyMap<string, readonly HvpFunction[]>;
}

export function emitProgram(program: ReturnType<typeof loadProgram>, linked: LinkedProgram, derivatives: Derivatives,
  reports: ReadonlyMap<string, Report>, options: CompileFilesOptions): FileResult[] {
  const outputPath = options.outputPath ?? defaultOutputPath;
  const { plan, adjoints } = derivatives.reversed;
  // (a package's module is read for its functions, inlined into their callers: nothing is written into node_modules)
  return [...linked.modules.values()].filter((m) => !m.package).map((m) => {
    const outputFile = outputPath(m.file);
    const { diagnostics, notes, failed } = reports.get(m.key)!;
    // (and the private copies of the tests they call as they are; m.funcs: the module's functions
    // in their order, then the copies of package functions it calls that tsgrad cannot inline: link/adopt.ts)
    const emitted = m.trace ? [...m.funcs.values()].filter((f) => plan.emitted.has(key(m.file, f.name)) || plan.primals.has(key(m.file, f.name)))
      .map((f) => adjoints.get(key(m.file, f.name)) ?? derivatives.reversed.primals.get(key(m.file, f.name))!) : [];
    const dump = options.dump === 'ir' ? [...m.funcs.values()].map(printFunc).join('\n\n')
      : options.dump === 'reverse' ? emitted.filter((f) => !f.primalOnly).map(printAdjoint).join('\n\n') : undefined;
    const result: FileResult = { sourceFile: m.file, outputFile, diagnostics, notes, failed, ...(dump === undefined ? {} : { dump }) };
    if (emitted.length === 0) {
      if (m.input && diagnostics.length === 0) {
        notes.push({ code: 'TSG1010', severity: 'info', file: m.file, line: 1, column: 1, length: 0,
          message: 'nothing to differentiate here: no exported function returns a number or writes into an array parameter, so no file is written' });
      }
      return result;
    }
    const byName = <T>(of: ReadonlyMap<string, T>) =>
      new Map(emitted.flatMap((f) => { const d = of.get(key(m.file, f.name)); return d ? [[f.name, d] as const] : []; }));
    try {
      const spec = {
        sourceFile: resolve(m.file),
        sourceName: relativeSource(outputFile, m.file),
        sourceSpecifier: sourceSpecifier(outputFile, m.file),
        specifierOf: (target: string, generated: boolean) => sourceSpecifier(outputFile, generated ? outputPath(target) : target),
        runtimeModule: options.runtimeModule ?? 'tsgrad/runtime',
        functions: emitted,
        tangents: byName(derivatives.tangents),
        hvps: byName(derivatives.hvps),
        secondForms: byName(derivatives.secondForms),
        jacobians: new Map(emitted.flatMap((f) => { const w = writtenOutputs(m.funcs.get(f.name)); return w.length > 0 ? [[f.name, w] as const] : []; })),
      };
      if (!options.sourceMap) return { ...result, code: emitModule(spec) };
      const { code, map } = emitModuleWithMap(spec);
      map.sourcesContent = map.sources.map((f) => program.getSourceFile(f)?.text ?? null);
      return { ...result, code, map };
    } catch (e) {
      return { ...result, diagnostics: [...diagnostics, asDiagnostic(e, m.file)] };
    }
  });
}

/**
 * The keys of the array parameters an exported function writes, its outputs besides its value:
 * such a function gets an `f_jacobian` (emit/module.ts). One that writes none gets none: its
 * Jacobian is its gradient, a single row, which `f_grad` gives.
 */
function writtenOutputs(fn: Func | undefined): string[] {
  if (!fn?.exported) return [];
  return fn.params.filter((p) => p.differentiable && p.v.type === 'f64[]' && fn.writes.includes(p.v)).map((p) => p.key);
}

/** `./loss.js`: how the generated file imports its source module. */
function sourceSpecifier(from: string, to: string): string {
  const rel = relativeSource(from, to).replace(/\.(m|c)?tsx?$/, '.js');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** The adjoint IR of a function, printed as the statements it becomes (and its split forms, when callers call them). */
function printAdjoint(f: AdjointFunction): string {
  const params = f.params.map((p) => p.v.name).join(', ');
  return [
    `vjp ${f.name}(${params}, adj, seed)${f.forwardInput === undefined ? '' : ` (forward mode: one active input, ${f.forwardInput})`} {\n${printBody(f.body)}\n}`,
    ...(f.split ? [`fwd ${f.name}(${params}) {\n${printBody(f.split.forward)}\n}`, `rev ${f.name}(${params}, adj, seed) {\n${printBody(f.split.reverse)}\n}`] : []),
  ].join('\n\n');
}
