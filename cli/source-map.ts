/**
 * `tsgrad compile --source-map`: the generated module's map written beside it
 * (`loss.grad.ts.map`, named by a `//# sourceMappingURL=` comment at its end), its sources
 * relative to it, so that a bundler or debugger reading the generated file finds the model.
 */
import path from 'node:path';
import { SourceMap } from 'magic-string';
import type { CompileResult } from '../compiler/index.js';

type GeneratedMap = NonNullable<CompileResult['map']>;

export function withSourceMap(outputFile: string, code: string, map: GeneratedMap): { code: string; mapFile: string; mapText: string } {
  const mapFile = `${outputFile}.map`;
  const sources = map.sources.map((source) => path.relative(path.dirname(outputFile), source).split(path.sep).join('/'));
  const text = new SourceMap({ file: path.basename(outputFile), sources, names: [], mappings: map.mappings }).toString();
  return { code: `${code}//# sourceMappingURL=${path.basename(mapFile)}\n`, mapFile, mapText: text + '\n' };
}

/** Whether a file at a map's path is one tsgrad wrote there (the map of the generated module beside it), which it may replace. */
export function isOwnMap(text: string, outputFile: string): boolean {
  return text.startsWith(`{"version":3,"file":${JSON.stringify(path.basename(outputFile))},`);
}
