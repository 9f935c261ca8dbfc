/**
 * What `tsgrad check`'s two checks (of `f_grad`, and of `f_jacobian` for functions that write
 * arrays) share: the verdict, the parameters' domains, drawing points where f's value is a
 * number, and the table.
 */
import { calleesOf } from '../compiler/interpret/interpret.js';
import type { Func } from '../compiler/ir/types.js';
import { statements } from '../compiler/ir/walk.js';
import type { CheckCommand } from './args.js';
import { defaultDomain, type Domain, optionsValue, type Param, parameterDefaults, readDomains, rng, sampleDomain, stringChoices } from './domains.js';
import { CliError, errorMessage, isStackOverflow } from './errors.js';

export type Fn = (...args: unknown[]) => unknown;

/** One function's verdict: the largest errors over its points (NaN where nothing was compared). */
export interface Verdict {
  name: string;
  points: number;
  revFd: number;
  revFwd: number;
  /**
   * Where the forward-mode derivative came from: the generated `f_jvp`, tsgrad's IR
   * interpreter, or `f_jacobian` by columns (forward) against by rows (reverse).
   */
  fwd: 'jvp' | 'interpreter' | 'jacobian' | 'none';
  /** `timed out`: its check did not end within `--timeout` (a loop that never ends at a point drawn). */
  status: 'ok' | 'FAIL' | 'error' | 'timed out' | 'not checked';
  /** Why, when not ok (the first disagreement, with its point), or a note. */
  note?: string;
}

/** Points drawn for each one asked for, at most, before giving up on f's value being a number. */
export const DRAWS_PER_POINT = 10;

/** A function's parameters and where to draw them from, or why they cannot be drawn. */
export interface Sampling {
  readonly params: readonly Param[];
  readonly domains: ReadonlyMap<string, Domain>;
  readonly domain: (p: Param) => Domain;
  /** Moved by differences (a number, or an array's elements), and so compared. */
  readonly moved: (p: Param) => boolean;
  readonly draw: () => unknown[];
  readonly random: () => number;
}

export function sampling(file: string, name: string, fn: Func | undefined, params: readonly Param[], command: CheckCommand): Sampling | string {
  let domains: Map<string, Domain>;
  try {
    domains = readDomains(file, name);
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  const unknown = [...domains.keys()].filter((k) => !params.some((p) => p.key === k));
  if (unknown.length > 0) return `@domain names no parameter ${unknown.map((k) => `'${k}'`).join(', ')}`;
  const flatRows = params.find((p) => !p.rows && domains.get(p.key)?.rows !== undefined);
  if (flatRows) return `@domain ${flatRows.key} gives a count of rows, and '${flatRows.key}' is not an array of rows (number[][]): give its length alone (@domain ${flatRows.key} [-1, 1] length 3)`;
  // a string parameter is drawn from the values its type lists ('gauss' | 'laplace'), and one of
  // an enum, numeric or string, from its members' values (a numeric one with @domain from that)
  const choices = new Map<string, readonly unknown[] | undefined>(params.filter((p) => p.v.type === 'str' || (p.values !== undefined && !domains.has(p.key)))
    .map((p) => [p.key, p.values ?? stringChoices(file, p.typeText)]));
  const unsampled = [...choices].find(([, values]) => values === undefined);
  if (unsampled) return `cannot sample the string parameter '${unsampled[0]}': give it a type that lists its values ('a' | 'b')`;
  const random = rng(command.seed);
  const defaults = parameterDefaults(file, name);
  const domain = (p: Param) => domains.get(p.key) ?? (p.v.type === 'f64' || p.v.type === 'int' ? defaults.get(p.key) : undefined) ?? defaultDomain(fn, p);
  return {
    params, domains, domain, random,
    // (an integer parameter, or one marked `fixed`, is not moved: its derivative is not compared)
    moved: (p) => p.differentiable && !domain(p).int && !domain(p).fixed,
    draw: () => params.map((p) => (choices.has(p.key) ? pick(choices.get(p.key)!, random)
      : p.options ? optionsValue(file, p, () => sampleDomain(defaultDomain(fn, undefined), random), random) : sampleParam(p, domain(p), random))),
  };
}

/**
 * Where a function's check has got to: the point drawn last (`at (x = 0.25)`), which the note of
 * a check stopped by `--timeout` names.
 */
export interface Progress {
  at?: string;
}

/**
 * A point of f's domain where f's value is a number (a function of `number | undefined` is
 * redrawn where it is not), with the outputs there; `undefined` after `budget.left` draws, with
 * the last value in `budget.last`. Each point drawn is written to `progress` before f runs at
 * it. Throws what f throws.
 */
export function drawPoint<T>(s: Sampling, evaluate: (args: unknown[]) => T | undefined, budget: { left: number; last?: unknown }, progress: Progress): { args: unknown[]; outputs: T } | undefined {
  while (budget.left > 0) {
    budget.left--;
    const args = s.draw();
    progress.at = where(s.params, args);
    const outputs = evaluate(args);
    if (outputs !== undefined) return { args, outputs };
  }
  return undefined;
}

/** The note of a function that was not a number at any point drawn. */
export function neverANumber(name: string, draws: number, last: unknown): string {
  return `${name} is not a number at any of the ${draws} points tried (${String(last)}): give its parameters' domains with @domain tags (tsgrad --help)`;
}

function pick<T>(values: readonly T[], random: () => number): T {
  return values[Math.min(values.length - 1, Math.floor(random() * values.length))]!;
}

function sampleParam(p: Param, d: Domain, random: () => number): unknown {
  if (p.v.type === 'bool') return random() < 0.5;
  if (p.rows) {
    // (rows as the generated forms give them back: number[] where the declared rows are, else Float64Array)
    // (ragged rows: `lengths 1, 3, 2`, one length a row)
    const row = (k: number) => Array.from({ length: d.lengths?.[k] ?? d.length ?? 3 }, () => sampleDomain(d, random));
    return Array.from({ length: d.rows ?? 3 }, (_, k) => (p.rows!.rowType === 'number[]' ? row(k) : Float64Array.from(row(k))));
  }
  if (p.v.type === 'f64[]' || p.v.type === 'int[]') {
    const values = Array.from({ length: d.length ?? 4 }, () => sampleDomain(d, random));
    return p.tsType === 'number[]' ? values : p.v.type === 'int[]' ? Int32Array.from(values) : Float64Array.from(values);
  }
  return sampleDomain(d, random);
}

/** Fresh arrays for every call (an array of rows, fresh rows): a function may write into its array parameters. */
export function copies(args: readonly unknown[]): unknown[] {
  const copy = (a: unknown): unknown => (Array.isArray(a) ? a.map(copy) : ArrayBuffer.isView(a) ? (a as Float64Array).slice() : a);
  return args.map(copy);
}

/** An array of rows (`number[][]`, `Float64Array[]`): the one kind of argument whose elements are arrays. */
export const isRows = (a: unknown): a is ArrayLike<number>[] => Array.isArray(a) && a.length > 0 && typeof a[0] !== 'number';

/** Where element j of an array of rows is, counted row after row: its row and column. */
export function rowAndColumn(rows: readonly ArrayLike<number>[], j: number): [number, number] {
  let r = 0;
  while (j >= rows[r]!.length) j -= rows[r++]!.length;
  return [r, j];
}

/** The elements of an array (of an array of rows, row after row). */
export function elementsOf(a: ArrayLike<number> | readonly ArrayLike<number>[]): ArrayLike<number> {
  return isRows(a) ? a.flatMap((row) => Array.from(row)) : (a as ArrayLike<number>);
}

/** `args` with input i (element j of an array, of an array of rows counted row after row) moved by k. */
export function movedBy(args: readonly unknown[], i: number, j: number | undefined, k: number): unknown[] {
  const moved = copies(args);
  const a = moved[i];
  if (j === undefined) moved[i] = (a as number) + k;
  else if (isRows(a)) {
    const [r, c] = rowAndColumn(a, j);
    (a[r] as number[])[c] = a[r]![c]! + k;
  } else (a as number[])[j] = (a as number[])[j]! + k;
  return moved;
}

export function show(v: unknown): string {
  if (typeof v === 'number') return v.toPrecision(6);
  if (isRows(v)) return `[${v.map(show).join(', ')}]`;
  if (ArrayBuffer.isView(v) || Array.isArray(v)) return `[${Array.from(v as ArrayLike<number>, (x) => x.toPrecision(4)).join(', ')}]`;
  // (an options object)
  if (typeof v === 'object' && v !== null) {
    const fields = Object.entries(v).map(([k, x]) => `${k}: ${typeof x === 'string' ? JSON.stringify(x) : show(x)}`);
    return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
  }
  return String(v);
}

/** `at (x = 0.25, w = [1.000, 2.000])`. */
export function where(params: readonly Param[], args: readonly unknown[]): string {
  return `at (${params.map((p, i) => `${p.key} = ${show(args[i])}`).join(', ')})`;
}

/**
 * The note of a check stopped by what was thrown, after `head` (`threw at (…)`, `f_jvp threw at
 * (…)`): the error's message, and where it is the stack overflowing, why and what to do
 * (stop 37: a recursion whose depth is a parameter drawn without a domain, `pow(x, n)` with
 * n = −0.99, never reached its base case). `inDerivative`: f itself ran at that point, and one
 * of its derivatives, whose frames are larger, did not.
 */
export function threwNote(name: string, head: string, error: unknown, inDerivative = false): string {
  if (!isStackOverflow(error)) return `${head}: ${errorMessage(error)}`;
  if (inDerivative) {
    return `${head}: ${errorMessage(error)}, where ${name} itself did not: the derivatives of a recursion take larger frames than it does, so the stack holds fewer of its levels (a few thousand on Node's default stack): give its parameters' domains with @domain tags where the recursion is shallower (tsgrad --help), or run node with a larger --stack-size`;
  }
  return `${head}: ${errorMessage(error)}: the point drawn makes a recursion in ${name} too deep for the stack, or endless (a depth or count drawn from [-1, 1], where no domain is given, may never reach its base case): give its parameters' domains with @domain tags (@domain n int [0, 10]; tsgrad --help)`;
}

/**
 * What the smaller steps and the undefined moved points came to, for the note of a function
 * that agrees: `smaller` components agreed only at a smaller step (down to h/`factor`), and
 * `skipped` were not compared (the first of them `firstSkipped`).
 */
export class Tally {
  smaller = 0;
  factor = 1;
  skipped = 0;
  firstSkipped = '';

  agreedAt(n: number): void {
    if (n <= 0) return;
    this.smaller++;
    this.factor = Math.max(this.factor, 10 ** n);
  }

  notCompared(what: string): void {
    if (this.skipped++ === 0) this.firstSkipped = what;
  }

  /** Components not compared because f's value there is too large for differences to resolve them (unresolvable). */
  huge = 0;
  firstHuge = '';

  tooLarge(what: string): void {
    if (this.huge++ === 0) this.firstHuge = what;
  }

  /** (`outputs`: of f_jacobian's check, whose components are an output's derivatives, skipped per output) */
  notes(name: string, outputs = false): string[] {
    const out: string[] = [];
    if (this.smaller > 0) out.push(`differences agree at a smaller step for ${this.smaller} component${this.smaller === 1 ? '' : 's'} (down to h/${this.factor})`);
    if (this.skipped > 0) out.push(`${this.skipped} component${this.skipped === 1 ? '' : 's'} not compared: ${name} is not a number at a moved point (${this.firstSkipped})`);
    if (this.huge > 0) {
      const what = outputs ? `an output of ${name} is` : `${name}'s value is`;
      const still = outputs ? "the other outputs' derivatives by differences, and reverse against forward mode, still compared" : 'reverse against forward mode still compared';
      out.push(`${this.huge} component${this.huge === 1 ? '' : 's'} not compared by differences: ${what} too large for differences to resolve the derivative (${this.firstHuge}); ${still}; @domain tags narrow the points drawn`);
    }
    return out;
  }
}

/**
 * Whether `fn` or a function it calls allocates a Float32Array or calls Math.fround. (Float32Array
 * parameters do not count: check passes them Float64Arrays, so moving an element is exact.)
 */
export function roundsToFloat32(fn: Func, func: (c: { file: string; name: string }) => Func | undefined): boolean {
  const funcs = [fn, ...calleesOf(fn, func).map((c) => (c.vjp === 'generated' ? func(c) : undefined))];
  return funcs.some((g) => g !== undefined && ([...statements(g.body)].some((s) => (s.kind === 'alloc' && s.ctor === 'Float32Array') || (s.kind === 'eq' && s.prim === 'fround'))));
}

/**
 * The table, a row at a time as each function's check ends (a long check shows the ones before
 * it): the function column is as wide as the longest name, known before any is checked; the
 * others as wide as what they hold (`5.6e-17 (interpreter)`).
 */
export function tableLayout(names: readonly string[]): { head: string; row: (v: Verdict) => string } {
  const e = (x: number) => (Number.isNaN(x) ? '—' : x.toExponential(1));
  const head = ['function', 'points', 'rev vs fd', 'rev vs fwd', 'status'];
  const width = [Math.max(head[0]!.length, ...names.map((n) => n.length)), head[1]!.length, head[2]!.length, '5.6e-17 (interpreter)'.length, 0];
  const line = (cells: string[]) => cells.map((t, c) => (c === 1 || c === 2 ? t.padStart(width[c]!) : t.padEnd(width[c]!))).join('   ').trimEnd() + '\n';
  return {
    head: line(head) + line(width.map((w, c) => '-'.repeat(c === 4 ? head[4]!.length : w))),
    row: (v) => line([v.name, String(v.points), v.points === 0 ? '—' : e(v.revFd), v.fwd === 'none' || v.points === 0 ? '—' : `${e(v.revFwd)} (${v.fwd})`, v.status]),
  };
}

/** The notes under the table: why each function that is not ok is not, and what was noted of the others. */
export function tableNotes(verdicts: readonly Verdict[]): string {
  const notes = verdicts.filter((v) => v.note).map((v) => `  ${v.name}: ${v.note}\n`);
  return notes.length > 0 ? '\n' + notes.join('') : '';
}
