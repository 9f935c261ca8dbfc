/**
 * The evaluation trace as the AD textbooks lay it out (Griewank & Walther's tables, Baydin et
 * al.'s tables 2 and 3): inputs v₁₋ₙ … v₀, then each intermediate vᵢ with its elementary
 * operation in source terms, its value, its tangent v̇ᵢ and its adjoint v̄ᵢ; y last. Loops
 * show each pass under a heading, the first and last three when there are more than eight.
 */
import type { Entry, Evaluation, Input, Step } from '../compiler/interpret/interpret.js';
import type { Node } from '../compiler/interpret/values.js';

export type TraceFormat = 'table' | 'markdown' | 'json';

export interface TraceView {
  readonly fn: string;
  readonly at: readonly { readonly key: string; readonly value: unknown }[];
  /** What the tangent column is the derivative along (`x1`, `w[2]`), or undefined for none. */
  readonly wrt?: string;
  readonly evaluation: Evaluation;
  /** The elements of array parameters the function wrote, as it left them: its outputs besides y. */
  readonly written?: readonly Written[];
  readonly ascii: boolean;
}

/** An element of an array parameter the function wrote (`out[2]`), and the value it holds at the end. */
export interface Written {
  readonly name: string;
  readonly key: string;
  readonly element: number;
  readonly node: Node;
}

/** Passes of a loop shown before and after the gap, when a loop has more than `2 * shownPasses + 2`. */
const shownPasses = 3;
/** Elements of an input array shown at each end, likewise. */
const shownElements = 3;

type Line =
  | { kind: 'row'; depth: number; v: string; op: string; value: number; tangent: number; adjoint: number }
  | { kind: 'heading' | 'gap'; depth: number; text: string };

const subscriptDigits = '₀₁₂₃₄₅₆₇₈₉';

function vName(index: number, ascii: boolean): string {
  if (ascii) return `v_${index}`;
  return 'v' + String(index).replace('-', '₋').replace(/\d/g, (d) => subscriptDigits[Number(d)]!);
}

/** A number in the table: four decimals, or four significant digits in exponent form when far from 1. */
export function formatNumber(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  return a >= 1e-4 && a < 1e7 ? x.toFixed(4) : x.toExponential(4);
}

const infix: Partial<Record<string, string>> = { add: '+', sub: '-', mul: '*', div: '/', mod: '%', pow: '**' };

function operand(a: Step['args'][number], ascii: boolean): string {
  if (a === undefined) return 'undefined';
  if (typeof a === 'object') return a.index === undefined ? String(a.value) : vName(a.index, ascii);
  return typeof a === 'string' && !a.startsWith('[') ? JSON.stringify(a) : String(a);
}

/** `v₋₁ / v₀`, `sin(v₁)`, `-v₂`, `g(v₃, 2)`. */
function operation(step: Step, ascii: boolean): string {
  const args = step.args.map((a) => operand(a, ascii));
  const op = infix[step.prim];
  if (op && args.length === 2) return `${args[0]} ${op} ${args[1]}`;
  if (step.prim === 'neg') return `-${args[0]}`;
  return `${step.prim === 'call' ? step.callee : step.prim}(${args.join(', ')})${step.output ? ` → ${step.output}` : ''}`;
}

function inputLines(inputs: readonly Input[], ascii: boolean): Line[] {
  const lines: Line[] = [];
  const byKey = new Map<string, Input[]>();
  for (const x of inputs) byKey.set(x.key, [...(byKey.get(x.key) ?? []), x]);
  const row = (x: Input): Line => ({ kind: 'row', depth: 0, v: vName(x.node.index!, ascii), op: x.name, ...numbers(x.node) });
  for (const group of byKey.values()) {
    if (group.length <= 2 * shownElements + 2) { lines.push(...group.map(row)); continue; }
    lines.push(...group.slice(0, shownElements).map(row));
    lines.push({ kind: 'gap', depth: 0, text: `… ${group.length - 2 * shownElements} elements …` });
    lines.push(...group.slice(-shownElements).map(row));
  }
  return lines;
}

const numbers = (n: Node) => ({ value: n.value, tangent: n.tangent, adjoint: n.adjoint });

function entryLines(entries: readonly Entry[], depth: number, ascii: boolean, lines: Line[]): void {
  for (const e of entries) {
    if (e.kind === 'step') {
      lines.push({ kind: 'row', depth, v: vName(e.node.index!, ascii), op: operation(e, ascii), ...numbers(e.node) });
      continue;
    }
    const passes = e.iterations;
    const shown = passes.length > 2 * shownPasses + 2 ? [...passes.slice(0, shownPasses), undefined, ...passes.slice(-shownPasses)] : passes;
    for (const it of shown) {
      if (!it) {
        lines.push({ kind: 'gap', depth, text: `… ${passes.length - 2 * shownPasses} iterations …` });
        continue;
      }
      lines.push({ kind: 'heading', depth, text: `${e.text.startsWith('call') ? e.text : it.label}` });
      entryLines(it.entries, depth + 1, ascii, lines);
    }
  }
}

function allLines(view: TraceView): Line[] {
  const { evaluation, ascii } = view;
  const lines = inputLines(evaluation.inputs, ascii);
  entryLines(evaluation.entries, 0, ascii, lines);
  // the elements it wrote, as it left them (the first and last three of each array when there are more), then y
  const byKey = new Map<string, Written[]>();
  for (const w of view.written ?? []) byKey.set(w.key, [...(byKey.get(w.key) ?? []), w]);
  const row = (w: Written): Line => ({ kind: 'row', depth: 0, v: w.name, op: w.node.index === undefined ? formatNumber(w.node.value) : vName(w.node.index, ascii), ...numbers(w.node) });
  for (const group of byKey.values()) {
    if (group.length <= 2 * shownElements + 2) { lines.push(...group.map(row)); continue; }
    lines.push(...group.slice(0, shownElements).map(row), { kind: 'gap', depth: 0, text: `… ${group.length - 2 * shownElements} elements …` }, ...group.slice(-shownElements).map(row));
  }
  const y = evaluation.result;
  if (y) lines.push({ kind: 'row', depth: 0, v: resultName(view), op: y.index === undefined ? String(y.value) : vName(y.index, ascii), ...numbers(y) });
  return lines;
}

function headers(view: TraceView): string[] {
  const { ascii, wrt } = view;
  const tangent = wrt === undefined ? [] : [ascii ? `tangent d/d${wrt}` : `tangent v̇ = ∂v/∂${wrt}`];
  const y = resultName(view);
  // (no y, no adjoints: a function that only writes arrays has one row of its Jacobian per element)
  const adjoint = view.evaluation.result ? [ascii ? `adjoint d${y}/dv` : `adjoint v̄ = ∂${y}/∂v`] : [];
  return ['', 'operation', 'value', ...tangent, ...adjoint];
}

function cells(line: Line & { kind: 'row' }, view: TraceView): string[] {
  const tangent = view.wrt === undefined ? [] : [formatNumber(line.tangent)];
  return [line.v, line.op, formatNumber(line.value), ...tangent, ...(view.evaluation.result ? [formatNumber(line.adjoint)] : [])];
}

function title(view: TraceView): string {
  const at = view.at.map(({ key, value }) => `${key} = ${formatValue(value)}`).join(', ');
  return `${view.fn}(${at})`;
}

function formatValue(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (ArrayBuffer.isView(v) || Array.isArray(v)) {
    const a = Array.from(v as ArrayLike<number>);
    return `[${a.length > 8 ? [...a.slice(0, 3), '…', ...a.slice(-3)].join(', ') : a.join(', ')}]`;
  }
  return JSON.stringify(v) ?? String(v);
}

/**
 * x̄₁: the adjoint of an input, named as the parameter (`x1_bar` with --ascii); undefined for a
 * name of several letters (`logEll`), over which a combining bar would cover only the first.
 */
function bar(name: string, ascii: boolean): string | undefined {
  if (ascii) return `${name}_bar`;
  return /^[A-Za-z]\d*$/.test(name) ? name.charAt(0) + '\u0304' + name.slice(1) : undefined;
}

/** The result's name in the table: y, or the function's name when a parameter is called y. */
function resultName(view: TraceView): string {
  return view.evaluation.inputs.some((x) => x.key === 'y') ? view.fn : 'y';
}

function summary(view: TraceView): string[] {
  const { evaluation, ascii, wrt } = view;
  const y = evaluation.result;
  const writes = writtenSummary(view);
  if (!y) {
    if (!view.written?.length) return [`${view.fn} returns no number here and writes no element of an array parameter: no derivatives`];
    return [`${view.fn} returns no number: its outputs are the elements it writes, ${namesOf(view.written)}`, ...writes];
  }
  const r = resultName(view);
  const out = [`${r} = ${formatNumber(y.value)}`];
  if (wrt !== undefined) out.push(`${r === 'y' ? (ascii ? 'y_dot = ' : 'ẏ = ') : ''}${ascii ? `d${r}/d` : `∂${r}/∂`}${wrt} = ${formatNumber(y.tangent)}`);
  out.push(...writes);
  const byKey = new Map<string, Input[]>();
  for (const x of evaluation.inputs) byKey.set(x.key, [...(byKey.get(x.key) ?? []), x]);
  for (const [key, group] of byKey) {
    const d = ascii ? `d${r}/d${key}` : `∂${r}/∂${key}`;
    const named = bar(key, ascii);
    const lhs = named === undefined ? d : `${named} = ${d}`;
    if (group.length === 1 && group[0]!.element === undefined) out.push(`${lhs} = ${formatNumber(group[0]!.node.adjoint)}`);
    else out.push(`${lhs} = ${formatValue(group.map((x) => Number(formatNumber(x.node.adjoint))))}`);
  }
  return out;
}

/** `out[0], out[1], out[2]` (the first and last three, when more). */
function namesOf(written: readonly Written[]): string {
  const names = written.map((w) => w.name);
  return (names.length > 8 ? [...names.slice(0, 3), '…', ...names.slice(-3)] : names).join(', ');
}

/** `∂out/∂x1 = [0, 1.7552, -2.1612]`: the written elements' tangents along --wrt (a column of the Jacobian). */
function writtenSummary(view: TraceView): string[] {
  if (view.wrt === undefined) return [];
  const byKey = new Map<string, Written[]>();
  for (const w of view.written ?? []) byKey.set(w.key, [...(byKey.get(w.key) ?? []), w]);
  return [...byKey].map(([key, group]) => `${view.ascii ? `d${key}/d` : `∂${key}/∂`}${view.wrt} = ${formatValue(group.map((w) => Number(formatNumber(w.node.tangent))))}`);
}

/** The terminal table: columns padded, numbers right-aligned, loop passes indented under their headings. */
export function renderTable(view: TraceView): string {
  const lines = allLines(view);
  const head = headers(view);
  const rows = lines.map((l) => (l.kind === 'row' ? cells(l, view) : undefined));
  const indent = (l: Line) => '  '.repeat(l.depth);
  const width = head.map((h, c) => Math.max(length(h), ...lines.map((l, i) => (rows[i] ? length(rows[i]![c]!) + (c === 0 ? indent(l).length : 0) : 0))));
  const pad = (text: string, c: number) => (c >= 2 ? ' '.repeat(width[c]! - length(text)) + text : text + ' '.repeat(width[c]! - length(text)));
  const out = [title(view), '', head.map(pad).join('   ').trimEnd(), width.map((w) => '─'.repeat(w)).join('   ').replace(/─/g, view.ascii ? '-' : '─')];
  lines.forEach((l, i) => {
    if (l.kind === 'row') out.push(rows[i]!.map((t, c) => pad(c === 0 ? indent(l) + t : t, c)).join('   ').trimEnd());
    else out.push(indent(l) + (l.kind === 'heading' ? `${l.text}:` : view.ascii ? l.text.replace(/…/g, '...') : l.text));
  });
  out.push('', ...summary(view));
  return out.join('\n') + '\n';
}

/** A GitHub-flavoured markdown table (loop headings and gaps as rows of their own). */
export function renderMarkdown(view: TraceView): string {
  const head = headers(view);
  const out = [`**${title(view)}**`, '', `| ${head.map((h) => h || 'v').join(' | ')} |`, `| ${head.map((_, c) => (c >= 2 ? '---:' : '---')).join(' | ')} |`];
  for (const l of allLines(view)) {
    const lead = '&nbsp;&nbsp;'.repeat(l.depth);
    if (l.kind === 'row') out.push(`| ${cells(l, view).map((t, c) => (c === 0 ? lead + t : c === 1 ? `\`${t}\`` : t)).join(' | ')} |`);
    else out.push(`| ${lead}${l.kind === 'heading' ? `*${l.text}*` : l.text} |${' |'.repeat(head.length - 1)}`);
  }
  out.push('', ...summary(view).map((s) => `${s}  `));
  return out.join('\n') + '\n';
}

/** Everything, full precision, loops truncated as in the table (`omitted` says how many passes were left out). */
export function renderJson(view: TraceView): string {
  const { evaluation } = view;
  const step = (n: Node) => ({ value: n.value, ...(view.wrt === undefined ? {} : { tangent: n.tangent }), adjoint: n.adjoint });
  const entries = (list: readonly Entry[]): unknown[] => list.map((e) => {
    if (e.kind === 'step') return { v: e.node.index, op: operation(e, true), ...step(e.node) };
    const passes = e.iterations;
    const cut = passes.length > 2 * shownPasses + 2;
    const shown = cut ? [...passes.slice(0, shownPasses), ...passes.slice(-shownPasses)] : passes;
    return { loop: e.text, iterations: passes.length, ...(cut ? { omitted: { after: shownPasses, count: passes.length - 2 * shownPasses } } : {}),
      passes: shown.map((it) => ({ label: it.label, steps: entries(it.entries) })) };
  });
  const gradient: Record<string, number | number[]> = {};
  for (const x of evaluation.inputs) {
    if (x.element === undefined) gradient[x.key] = x.node.adjoint;
    else ((gradient[x.key] ??= []) as number[])[x.element] = x.node.adjoint;
  }
  const y = evaluation.result;
  const json = {
    function: view.fn,
    at: Object.fromEntries(view.at.map(({ key, value }) => [key, ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value])),
    ...(view.wrt === undefined ? {} : { wrt: view.wrt }),
    inputs: evaluation.inputs.map((x) => ({ v: x.node.index, name: x.name, ...step(x.node) })),
    trace: entries(evaluation.entries),
    written: (view.written ?? []).map((w) => ({ name: w.name, v: w.node.index ?? null, ...step(w.node) })),
    y: y ? { v: y.index ?? null, value: y.value, ...(view.wrt === undefined ? {} : { tangent: y.tangent }) } : null,
    gradient: y ? gradient : null,
  };
  return JSON.stringify(json, null, 2) + '\n';
}

/** Characters as a terminal shows them: combining marks take no column. */
function length(text: string): number {
  return text.replace(/[\u0300-\u036f]/g, '').length;
}
