/**
 * Where `tsgrad check` samples each parameter: from `@domain` tags in the function's doc
 * comment, else defaults.
 *
 *   /**
 *    * @domain x (0, 10)            an open interval: points keep clear of the ends
 *    * @domain n int [1, 5]         integers, both ends included
 *    * @domain w [-1, 1] length 3   an array of 3 elements in the interval
 *    * @domain out [0, 0] length 5  one number (a closed interval of it): an output buffer's zeros
 *    * @domain A [-1, 1] rows 2 length 3    an array of rows (number[][]): 2 rows of 3
 *    * @domain A [-1, 1] lengths 1, 3, 2   ragged rows: one length a row (3 rows here)
 *    * @domain eps fixed            held at its default, not moved by differences (a tolerance)
 *    * @domain eps fixed (0, 1e-6)  drawn from the interval, then held likewise
 *    *\/
 *
 * Defaults: numbers in [-1, 1], or in (0.1, 2) when the function takes a logarithm, a square
 * root, a power or an inverse hyperbolic cosine (whose derivatives need positive arguments);
 * arrays of 4 elements in the same interval; integers (a parameter typed as an integer array's
 * element, a count) in [1, 4]; booleans either way; a parameter with a number as its default
 * (`stride = 2`), that number (parameterDefaults).
 */
import { readFileSync } from 'node:fs';
import ts from '../compiler/frontend/typescript.cjs';
import type { Func } from '../compiler/ir/types.js';
import { statements } from '../compiler/ir/walk.js';
import { rules } from '../compiler/rules/table.js';
import { CliError } from './errors.js';

/** What sampling needs of a parameter (a Func's Param has it; so does `declaredParams`). */
export type Param = Pick<Func['params'][number], 'key' | 'differentiable' | 'tsType' | 'values' | 'options' | 'defaulted' | 'rows' | 'startsOf'> & { readonly typeText?: string } & { readonly v: Pick<Func['params'][number]['v'], 'type'> };

/**
 * The parameters of function `name` as declared (for a function with a registered derivative,
 * whose body tsgrad does not read): numbers and arrays of numbers; undefined when it has
 * another kind of parameter, or is not a function declaration.
 */
export function declaredParams(file: string, name: string): Param[] | undefined {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const decl = source.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === name && s.body !== undefined);
  if (!decl) return undefined;
  const out: Param[] = [];
  for (const p of decl.parameters) {
    if (!ts.isIdentifier(p.name)) return undefined;
    const type = p.type?.getText(source).replace(/\s+/g, '') ?? '';
    if (type === 'number') out.push({ key: p.name.text, differentiable: true, tsType: 'number', v: { type: 'f64' } });
    else if (/^(readonly)?number\[\]$/.test(type)) out.push({ key: p.name.text, differentiable: true, tsType: 'number[]', v: { type: 'f64[]' } });
    else if (/^(Float64Array|Float32Array|ArrayLike<number>)(<.*>)?$/.test(type)) out.push({ key: p.name.text, differentiable: true, tsType: 'Float64Array', v: { type: 'f64[]' } });
    else return undefined;
  }
  return out;
}

export interface Domain {
  readonly lo: number;
  readonly hi: number;
  /** Open at that end: sampled points keep a margin from it. */
  readonly openLo: boolean;
  readonly openHi: boolean;
  readonly int: boolean;
  /**
   * Drawn, then held: not moved by differences, so its derivative is not compared (a tolerance
   * deciding where an adaptive rule stops: f is piecewise constant in it, trial39 finding 5).
   */
  readonly fixed?: boolean;
  /** Of an array parameter: its length; of an array of rows, each row's. */
  readonly length?: number;
  /** Of an array of rows (`A: number[][]`): how many. */
  readonly rows?: number;
  /** Of an array of rows whose rows differ in length (`lengths 1, 3, 2`): each row's, one a row. */
  readonly lengths?: readonly number[];
}

const pattern = /^([A-Za-z_$][\w$]*)\s+(?:(int)\s+|(fixed)\s*)?(?:([[(])\s*([-+\d.eE]+)\s*,\s*([-+\d.eE]+)\s*([\])])(?:\s+rows\s+(\d+))?(?:\s+length\s+(\d+)|\s+lengths\s+(\d+(?:\s*,\s*\d+)*))?)?\s*$/;
const forms = 'write @domain x (0, 10), @domain n int [1, 5], @domain w [-1, 1] length 3, @domain A [-1, 1] rows 2 length 3, @domain A [-1, 1] lengths 1, 3, 2 (ragged rows) or @domain eps fixed';

/** The `@domain` tags of function `name` in `file`, by parameter. A malformed tag is a usage error (exit 2) that quotes it. */
export function readDomains(file: string, name: string): Map<string, Domain> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = new Map<string, Domain>();
  const visit = (node: ts.Node): void => {
    const named = (ts.isFunctionDeclaration(node) && node.name?.text === name) ||
      (ts.isVariableStatement(node) && node.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name));
    if (named) {
      for (const tag of ts.getJSDocTags(node)) {
        if (tag.tagName.text !== 'domain') continue;
        const text = (ts.getTextOfJSDocComment(tag.comment) ?? '').trim();
        const m = pattern.exec(text);
        const { line } = source.getLineAndCharacterOfPosition(tag.getStart());
        // (`@domain eps fixed`: the interval of its default, one number)
        if (m && m[3] && !m[4]) {
          const held = parameterDefaults(file, name).get(m[1]!);
          if (!held) throw new CliError(`${file}:${line + 1}: '@domain ${text}' holds '${m[1]}' at its default, and it has no number as its default: write @domain ${m[1]} fixed (0, 1e-6)`);
          out.set(m[1]!, { ...held, int: false, fixed: true });
          continue;
        }
        const lo = Number(m?.[5]);
        const hi = Number(m?.[6]);
        // (a closed interval of one number, `[0, 0]`, is that number: an output buffer's zeros)
        if (!m || !(lo < hi || (lo === hi && m[4] === '[' && m[7] === ']'))) throw new CliError(`${file}:${line + 1}: '@domain ${text}' is not a domain: ${forms}`);
        const lengths = m[10]?.split(',').map((l) => Number(l.trim()));
        // (`rows R lengths …`: the count said twice must agree)
        if (lengths && m[8] && Number(m[8]) !== lengths.length) throw new CliError(`${file}:${line + 1}: '@domain ${text}' gives ${m[8]} rows and ${lengths.length} lengths: give one length a row, without 'rows' (@domain ${m[1]} [${m[5]}, ${m[6]}] lengths ${lengths.join(', ')})`);
        out.set(m[1]!, { lo, hi, openLo: m[4] === '(', openHi: m[7] === ')', int: m[2] !== undefined, ...(m[3] ? { fixed: true } : {}), ...(m[8] ? { rows: Number(m[8]) } : {}), ...(m[9] ? { length: Number(m[9]) } : {}), ...(lengths ? { rows: lengths.length, lengths } : {}) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/**
 * The parameters of function `name` in `file` whose default is a number (`stride = 2`,
 * `eps = 1e-8`, `k = -1`): each is drawn as that number, not from [-1, 1], where a stride or a
 * tolerance can make the function loop forever or mean nothing. An integer default (a stride, a
 * count) is an integer domain of one number, not moved by differences (x[i + 0.001] is no
 * number); another (`eps = 1e-8`) is moved like any number. A `@domain` tag overrides either
 * (`@domain eps fixed`: held at its default).
 */
export function parameterDefaults(file: string, name: string): Map<string, Domain> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = new Map<string, Domain>();
  const visit = (node: ts.Node): void => {
    let fn: ts.SignatureDeclaration | undefined;
    if (ts.isFunctionDeclaration(node) && node.name?.text === name) fn = node;
    else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) fn = node.initializer;
    for (const p of fn?.parameters ?? []) {
      const value = p.initializer && numericLiteral(p.initializer);
      if (ts.isIdentifier(p.name) && value !== undefined && Number.isFinite(value)) {
        out.set(p.name.text, { lo: value, hi: value, openLo: false, openHi: false, int: Number.isInteger(value) });
      }
    }
    if (!fn) ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The value of `2`, `-1`, `+0.5`, `1e-8` (in parentheses too); undefined for any other expression. */
function numericLiteral(e: ts.Expression): number | undefined {
  if (ts.isParenthesizedExpression(e)) return numericLiteral(e.expression);
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (ts.isPrefixUnaryExpression(e) && (e.operator === ts.SyntaxKind.MinusToken || e.operator === ts.SyntaxKind.PlusToken)) {
    const v = numericLiteral(e.operand);
    return v === undefined ? undefined : e.operator === ts.SyntaxKind.MinusToken ? -v : v;
  }
  return undefined;
}

/**
 * The values a string parameter's type lists (`kind: 'gauss' | 'laplace'`, or a type alias of
 * such a union declared in `file`), to draw the parameter from; undefined for any other type
 * (a plain `string` cannot be sampled).
 */
export function stringChoices(file: string, typeText: string | undefined): string[] | undefined {
  if (typeText === undefined) return undefined;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const aliases = new Map(source.statements.filter(ts.isTypeAliasDeclaration).map((d) => [d.name.text, d.type]));
  const parsed = ts.createSourceFile('type.ts', `type T = ${typeText};`, ts.ScriptTarget.Latest, true).statements[0];
  if (!parsed || !ts.isTypeAliasDeclaration(parsed)) return undefined;
  const out: string[] = [];
  const collect = (t: ts.TypeNode, depth: number): boolean => {
    if (ts.isParenthesizedTypeNode(t)) return collect(t.type, depth);
    if (ts.isUnionTypeNode(t)) return t.types.every((m) => collect(m, depth));
    if (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)) { out.push(t.literal.text); return true; }
    if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && !t.typeArguments && depth < 8) {
      const target = aliases.get(t.typeName.text);
      return target !== undefined && collect(target, depth + 1);
    }
    return false;
  };
  return collect(parsed.type, 0) && out.length > 0 ? [...new Set(out)] : undefined;
}

/**
 * What an options object parameter (`opts: { depth?: number; mode: 'a' | 'b' } = {}`) is passed:
 * nothing where it may be left out (optional, or defaulted to `{}`), so that the function's own
 * defaults apply; else an object of its required properties, a number drawn from `numbers`, a
 * boolean either, a string from the values its type lists. Optional properties are left out.
 */
export function optionsValue(file: string, p: Param, numbers: () => number, random: () => number): Record<string, unknown> | undefined {
  if (p.defaulted) return undefined;
  const parsed = ts.createSourceFile('type.ts', `type T = ${p.typeText ?? '{}'};`, ts.ScriptTarget.Latest, true).statements[0];
  const out: Record<string, unknown> = {};
  if (!parsed || !ts.isTypeAliasDeclaration(parsed) || !ts.isTypeLiteralNode(parsed.type)) return out;
  for (const m of parsed.type.members) {
    if (!ts.isPropertySignature(m) || m.questionToken || !m.type || !(ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) continue;
    const type = m.type.getText();
    const choices = type === 'number' || type === 'boolean' ? undefined : stringChoices(file, type);
    out[m.name.text] = type === 'number' ? numbers() : type === 'boolean' ? random() < 0.5 : choices?.[Math.min(choices.length - 1, Math.floor(random() * choices.length))];
  }
  return out;
}

/** The default domain of a parameter of `fn`. */
export function defaultDomain(fn: Func | undefined, param: Param | undefined): Domain {
  if (param?.v.type === 'int' || param?.v.type === 'int[]') return { lo: 1, hi: 4, openLo: false, openHi: false, int: true, ...(param.v.type === 'int[]' ? { length: 4 } : {}) };
  const positive = fn !== undefined && [...statements(fn.body)].some((s) => s.kind === 'eq' && rules[s.prim].positive === true);
  const range = positive ? { lo: 0.1, hi: 2, openLo: true, openHi: false } : { lo: -1, hi: 1, openLo: false, openHi: false };
  // (an array of rows: a 3×3 matrix)
  const shape = param?.rows ? { rows: 3, length: 3 } : param?.v.type === 'f64[]' ? { length: 4 } : {};
  return { ...range, int: false, ...shape };
}

/** A point of the domain: uniform, a 2% margin from an open end. */
export function sampleDomain(d: Domain, random: () => number): number {
  if (d.int) {
    const lo = Math.ceil(d.openLo ? d.lo + 1e-9 : d.lo);
    const hi = Math.floor(d.openHi ? d.hi - 1e-9 : d.hi);
    return lo + Math.floor(random() * (hi - lo + 1));
  }
  const margin = 0.02 * (d.hi - d.lo);
  const lo = d.openLo ? d.lo + margin : d.lo;
  const hi = d.openHi ? d.hi - margin : d.hi;
  return lo + random() * (hi - lo);
}

/** A small deterministic generator (mulberry32), so that a seed reproduces a run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
