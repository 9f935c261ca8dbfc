import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GENERATED_HEADER, type Diagnostic } from '../compiler/index.js';
import type { CompileCommand } from './args.js';
import { CliError } from './errors.js';
import { count, formatDiagnostic, formatErrorSummary, shouldUseColour } from './format.js';
import { expandInputs } from './inputs.js';
import type { CliIO, CompileFn } from './io.js';
import { displayPath, outputPathFor } from './paths.js';
import { outputState, writeAtomically, type OutputState } from './write.js';
import { isOwnMap, withSourceMap } from './source-map.js';

interface Output {
  file: string;
  code: string;
  state: OutputState;
}

/**
 * One run of `tsgrad compile`: compile every input, report diagnostics, then print the dumps,
 * check the files on disk, or write them. Exit status 1 if any source has errors; files whose
 * sources compiled are still written, as tsc emits despite errors.
 */
export async function compileOnce(command: CompileCommand, io: CliIO, compile: CompileFn): Promise<number> {
  const sources = await expandInputs(command.inputs, io.cwd);
  const outDir = command.outDir === undefined ? undefined : path.resolve(io.cwd, command.outDir);
  const results = compile(sources, { dump: command.dump, outputPath: outputPathFor(sources, outDir), ...(command.wrt ? { wrt: command.wrt } : {}),
    ...(command.tapeBudget ? { tapeBudget: command.tapeBudget } : {}), ...(command.sourceMap ? { sourceMap: true } : {}) });

  const diagnostics = results.flatMap((result) => result.diagnostics);
  reportDiagnostics(diagnostics, io);
  if (!command.quiet) reportNotes(results.flatMap((result) => result.notes), io);
  let status = diagnostics.length > 0 ? 1 : 0;

  // a mistake on the command line (`--wrt f:wieghts`) writes nothing: it would replace files
  // with ones that lack the function it names
  const usage = diagnostics.filter((d) => d.code === 'TSG3005' || d.code === 'TSG3006' || d.code === 'TSG3007');
  if (command.dump !== undefined) {
    printDumps(results, io);
  } else if (usage.length > 0) {
    io.stderr(`tsgrad: nothing written: ${usage.length === 1 ? 'the --wrt option names' : '--wrt options name'} what the inputs do not have.\n`);
  } else {
    const outputs = results.flatMap(({ outputFile, code, map }) => {
      if (code === undefined) return [];
      if (!command.sourceMap || !map) return [{ file: outputFile, code, state: outputState(outputFile, code, shown(outputFile, io)) }];
      const { code: mapped, mapFile, mapText } = withSourceMap(outputFile, code, map);
      return [
        { file: outputFile, code: mapped, state: outputState(outputFile, mapped, shown(outputFile, io)) },
        { file: mapFile, code: mapText, state: outputState(mapFile, mapText, shown(mapFile, io), (text) => isOwnMap(text, outputFile)) },
      ];
    });
    refuseForeign(outputs, io);
    status = Math.max(status, command.check ? check(outputs, io) : write(outputs, io));
  }

  if (diagnostics.length > 0) {
    const files = new Set(diagnostics.map((diagnostic) => path.resolve(io.cwd, diagnostic.file)));
    io.stderr(formatErrorSummary(diagnostics.length, files.size));
  }
  return status;
}

function reportDiagnostics(diagnostics: Diagnostic[], io: CliIO): void {
  const colour = shouldUseColour(io.env, io.isTTY);
  const sources = new Map<string, string | undefined>();
  for (const diagnostic of diagnostics) {
    const file = path.resolve(io.cwd, diagnostic.file);
    if (!sources.has(file)) sources.set(file, readIfPresent(file));
    io.stderr(formatDiagnostic(diagnostic, { cwd: io.cwd, colour, source: sources.get(file) }) + '\n');
  }
}

/** One line each (and the hint): what tsgrad did not differentiate, and why. */
function reportNotes(notes: Diagnostic[], io: CliIO): void {
  const colour = shouldUseColour(io.env, io.isTTY);
  for (const note of notes) io.stderr(formatDiagnostic(note, { cwd: io.cwd, colour }));
}

function printDumps(results: ReturnType<CompileFn>, io: CliIO): void {
  const sections = results.flatMap(({ sourceFile, dump }) => {
    if (dump === undefined) return [];
    const text = dump.endsWith('\n') ? dump : dump + '\n';
    // Name the file only when there are several, as `head` does.
    return [results.length > 1 ? `==> ${shown(sourceFile, io)} <==\n${text}` : text];
  });
  io.stdout(sections.join('\n'));
}

/** Checked before anything is written, so a refusal leaves the outputs as they were. */
function refuseForeign(outputs: Output[], io: CliIO): void {
  const foreign = outputs.filter((output) => output.state === 'foreign');
  if (foreign.length === 0) return;
  throw new CliError(
    foreign
      .map(({ file }) => `refusing to overwrite ${shown(file, io)}: it does not start with '${GENERATED_HEADER}', so tsgrad did not generate it (move it, or choose another --out-dir)`)
      .join('\n'),
  );
}

function check(outputs: Output[], io: CliIO): number {
  const outdated = outputs.filter(({ state }) => state === 'missing' || state === 'stale');
  for (const { file, state } of outdated) io.stdout(`${state}: ${shown(file, io)}\n`);
  if (outdated.length > 0) {
    io.stdout(`tsgrad: ${count(outdated.length, 'generated file')} out of date; run tsgrad compile without --check to update.\n`);
    return 1;
  }
  io.stdout(`tsgrad: ${count(outputs.length, 'generated file')} up to date.\n`);
  return 0;
}

function write(outputs: Output[], io: CliIO): number {
  const changed = outputs.filter(({ state }) => state !== 'unchanged');
  for (const { file, code } of changed) writeAtomically(file, code, shown(file, io));
  const unchanged = outputs.length - changed.length;
  if (changed.length > 0) {
    io.stdout(`tsgrad: wrote ${count(changed.length, 'file')}${unchanged > 0 ? `, ${unchanged} unchanged` : ''}.\n`);
  } else if (unchanged > 0) {
    io.stdout(`tsgrad: ${count(unchanged, 'file')} unchanged.\n`);
  }
  return 0;
}

function shown(file: string, io: CliIO): string {
  return displayPath(file, io.cwd);
}

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
