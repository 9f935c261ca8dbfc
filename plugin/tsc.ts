/**
 * tsgrad for tsc: a custom transformer (`before`) that replaces `grad(f)` as the bundler
 * plugins do, for ts-patch users on TypeScript 6:
 *
 *   // tsconfig.json
 *   { "compilerOptions": { "plugins": [{ "transform": "tsgrad/tsc" }] } }
 *
 * or through the compiler API: `program.emit(undefined, undefined, undefined, false, { before: [tsgrad(program)] })`.
 * It applies the core's plan to the AST (the replaced calls, the removed imports, the inlined
 * modules parsed into synthesized nodes), so the rest of the program keeps its type
 * information and tsc's own module transforms run as usual. Diagnostics go to ts-patch's
 * `addDiagnostic` when there is one, with tsgrad's codes (`error TSG1001`) and a code frame;
 * otherwise the emit throws them.
 */
import bundled from '../compiler/frontend/typescript.cjs';
import type { Diagnostic } from '../compiler/index.js';
import { formatDiagnostic } from '../cli/format.js';
import { GradientCache } from './compile.js';
import { readSource, TsgradBuildError, type TransformDiagnostic } from './diagnostics.js';
import { writeParamNames } from './declarations.js';
import { planTransform, type Plan, type TsgradOptions } from './plan.js';
import type { DeclarationMap } from './inline.js';

type TS = typeof bundled;

/** What ts-patch passes as the third argument (`extras`). */
export interface TscExtras {
  /** The TypeScript that runs the transformer; the copy tsgrad depends on otherwise. */
  ts?: TS;
  addDiagnostic?: (diagnostic: bundled.Diagnostic) => void;
}

export default function tsgrad(program?: bundled.Program, options: TsgradOptions = {}, extras: TscExtras = {}): bundled.TransformerFactory<bundled.SourceFile> {
  const ts = extras.ts ?? bundled;
  const cache = new GradientCache();
  const { runtimeModule, types } = options;
  return (context) => (sf) => {
    if (sf.isDeclarationFile) return sf;
    const plan = planTransform(sf.text, sf.fileName, { ...(runtimeModule ? { runtimeModule } : {}), cache });
    if (!plan) return sf;
    if (types !== false) writeParamNames(plan.targets, plan.differentiated);
    if (plan.diagnostics.length > 0) {
      if (!extras.addDiagnostic) throw new TsgradBuildError(plan.diagnostics);
      // (as tsc decides: --pretty, else whether its output is a terminal)
      const option = program?.getCompilerOptions().pretty;
      const pretty = typeof option === 'boolean' ? option : ts.sys?.writeOutputIsTTY?.() === true;
      for (const d of plan.diagnostics) extras.addDiagnostic(toTsDiagnostic(ts, d, program?.getSourceFile(d.file) ?? (d.file === sf.fileName ? sf : undefined), pretty));
      return sf;
    }
    return applyPlan(ts, context, sf, plan);
  };
}

function applyPlan(ts: TS, context: bundled.TransformationContext, sf: bundled.SourceFile, plan: Plan): bundled.SourceFile {
  const replacements = new Map(plan.replacements.map((r) => [`${r.start}:${r.end}`, r.text]));
  const removed = new Set(plan.removals.map((r) => `${r.node.start}:${r.node.end}`));
  const at = (node: bundled.Node) => `${node.getStart(sf)}:${node.end}`;
  const visit = (node: bundled.Node): bundled.Node | undefined => {
    if ((ts.isImportDeclaration(node) || ts.isImportSpecifier(node)) && removed.has(at(node))) return undefined;
    if (ts.isCallExpression(node) && replacements.has(at(node))) return parseExpression(ts, replacements.get(at(node))!);
    return ts.visitEachChild(node, visit, context);
  };
  const statements = ts.visitNodes(sf.statements, visit, ts.isStatement);
  const prologue = statements.findIndex((s) => !(ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression)));
  const split = prologue === -1 ? statements.length : prologue;
  return context.factory.updateSourceFile(sf, [
    ...statements.slice(0, split),
    ...parseStatements(ts, plan.imports.join('\n')),
    ...statements.slice(split),
    ...plan.declarations.flatMap((d, i) => parseStatements(ts, d, plan.declarationMaps[i])),
  ]);
}

function parseStatements(ts: TS, text: string, map?: DeclarationMap): bundled.Statement[] {
  const parsed = ts.createSourceFile('tsgrad-inlined.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  if (map) mapStatements(ts, parsed, map);
  for (const s of parsed.statements) synthesize(ts, s, text);
  return [...parsed.statements];
}

/**
 * Gives each statement of an inlined declaration the source position its line maps to (in
 * the model's file, which the emitted map then names), as tsc's emitter reads a node's
 * source map range.
 */
function mapStatements(ts: TS, parsed: bundled.SourceFile, map: DeclarationMap): void {
  const sources = map.sources.map((file, i) => {
    const text = map.sourcesContent[i];
    return text == null ? undefined : { source: ts.createSourceMapSource(file, text), lineStarts: [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)] };
  });
  const visit = (node: bundled.Node): void => {
    if (ts.isStatement(node)) {
      const { line } = parsed.getLineAndCharacterOfPosition(node.getStart(parsed));
      const segment = map.mappings[line]?.find((g) => g.length >= 4);
      const to = segment && sources[segment[1]!];
      if (segment && to) {
        const pos = to.lineStarts[segment[2]!]! + segment[3]!;
        ts.setSourceMapRange(node, { pos, end: pos, source: to.source });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(parsed);
}

function parseExpression(ts: TS, text: string): bundled.Expression {
  const [statement] = parseStatements(ts, `(${text});`);
  return ((statement as bundled.ExpressionStatement).expression as bundled.ParenthesizedExpression).expression;
}

type Mutable = { pos: number; end: number; flags: number };

/**
 * Makes parsed nodes look created by the factory (no position in any file), so the printer
 * takes their text from the nodes rather than from the file being emitted, and the checker
 * treats them as new code; keeps the comments of statements as synthetic comments.
 */
function synthesize(ts: TS, node: bundled.Node, text: string): void {
  if (ts.isStatement(node) || ts.isClassElement(node)) {
    for (const c of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      const body = c.kind === ts.SyntaxKind.MultiLineCommentTrivia ? text.slice(c.pos + 2, c.end - 2) : text.slice(c.pos + 2, c.end);
      ts.addSyntheticLeadingComment(node, c.kind, body, c.hasTrailingNewLine);
    }
  }
  ts.forEachChild(
    node,
    (child) => synthesize(ts, child, text),
    (children) => {
      Object.assign(children, { pos: -1, end: -1 });
      for (const child of children) synthesize(ts, child, text);
    },
  );
  const mutable = node as unknown as Mutable;
  mutable.pos = -1;
  mutable.end = -1;
  mutable.flags |= ts.NodeFlags.Synthesized;
}

/**
 * A tsgrad diagnostic as a TypeScript one, which tsc prints as its own: `model.ts:2:3 - error
 * TSG1001: …` and its code frame under `--pretty` (a terminal's default), `model.ts(2,3): error
 * TSG1001: …` otherwise, the code frame then in the message, as tsc draws none there. The hint
 * ends the message.
 */
function toTsDiagnostic(ts: TS, d: TransformDiagnostic, file: bundled.SourceFile | undefined, pretty: boolean): bundled.Diagnostic {
  const start = file ? ts.getPositionOfLineAndCharacter(file, d.line - 1, d.column - 1) : undefined;
  // formatDiagnostic's lines after the first: the frame (where the text has the position) and the hint
  const [, ...frameAndHint] = formatDiagnostic(d as Diagnostic, { cwd: process.cwd(), colour: false, source: file?.text ?? readSource(d.file) }).trimEnd().split('\n');
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return {
    category: d.severity === 'info' ? ts.DiagnosticCategory.Message : ts.DiagnosticCategory.Error,
    // tsc prints `error TS${code}`: with tsgrad's code after its `TS`, `error TSG1001` (tsc only prints a code, and sorts by it)
    code: d.code.slice(2) as unknown as number,
    file,
    start,
    length: d.length,
    messageText: d.message + (file ? '' : ` (${d.file}:${d.line}:${d.column})`) + (pretty && file ? hint : frameAndHint.length > 0 ? `\n${frameAndHint.join('\n')}` : hint),
    source: 'tsgrad',
  };
}
