/**
 * The state of lowering one function: its variables, the block being filled, and the
 * helpers that append equations. Lowering of expressions and statements builds on it.
 */
import ts from './typescript.cjs';
import { type ArrayCtor, type Atom, type Block, type Loc, type NamedConstant, type Stmt, type Table, type Type, type Var, constantText, isArrayType } from '../ir/types.js';
import type { Prim } from '../rules/prims.js';
import { rules } from '../rules/table.js';
import { Names } from '../ir/names.js';
import { writes } from '../ir/walk.js';
import { DiagnosticError, type Code } from '../diagnostics.js';
import type { Captured, FunctionValue } from './values.js';

export { isArrayType };

export const varAtom = (v: Var): Atom => ({ kind: 'var', v });
export const constAtom = (value: number | boolean | string, named?: NamedConstant): Atom =>
  named === undefined ? { kind: 'const', value } : { kind: 'const', value, named };

export function atomType(a: Atom): Type {
  if (a.kind === 'var') return a.v.type;
  if (typeof a.value === 'boolean') return 'bool';
  if (typeof a.value === 'string') return 'str';
  return Number.isInteger(a.value) && a.named === undefined ? 'int' : 'f64';
}

/** The type of `prim(args)`: integers stay integers under + - * % min max abs (`keepsIntegers` rows). */
export function resultType(prim: Prim, args: readonly Atom[]): Type {
  const rule = rules[prim];
  if (rule.kind === 'zero') return rule.type;
  // an element of an integer typed array is an integer
  if (rule.kind === 'load') return args[0] && atomType(args[0]) === 'int[]' ? 'int' : 'f64';
  // (a copy of an array or of a boolean is one too)
  if (prim === 'copy' && args[0] && (isArrayType(atomType(args[0])) || atomType(args[0]) === 'bool')) return atomType(args[0]);
  if (rule.keepsIntegers && args.every((a) => atomType(a) === 'int')) return 'int';
  return 'f64';
}

/** A place in a block being lowered: see Builder.mark. */
export interface Mark {
  readonly block: Stmt[];
  readonly at: number;
}

export class FunctionBuilder {
  readonly names: Names;
  readonly vars: Var[] = [];
  /**
   * The constructor of each array variable where it is known: an array parameter's (`Array` for
   * a number[]), an allocated array's. A store into a plain `Array` past its end grows it.
   */
  readonly ctors = new Map<Var, ArrayCtor>();
  /** The module-level constant tables the function reads, by declaration. */
  readonly tables = new Map<ts.Node, Table>();
  private readonly blocks: Stmt[][] = [[]];
  /**
   * Values already computed, one table per open block: an equation that was computed before
   * (and whose operands were not written since) is reused, so `x[i] * x[i]` loads once. `null`
   * marks a loop's block: what was computed outside the loop is not reused inside it (a later
   * iteration may have changed it).
   */
  private readonly computed: (Map<string, Computed> | null)[] = [new Map()];
  /** Each variable's number in the tables' keys: operands compared by identity, never by name. */
  private readonly ids = new Map<Var, number>();
  /**
   * Loads of an array parameter reused across a write to another array parameter: the
   * parameters written since. Reusing one assumes the two are different arrays (`distinct`).
   */
  private readonly assumed = new Map<Computed, Set<Var>>();
  /** Pairs of array parameters (loaded, written) the trace assumes are different arrays. */
  readonly distinct: [Var, Var][] = [];
  /** The literal each value was first tested against with === or !==, and the equation of each value. */
  private readonly testedWith = new Map<Var, string>();
  private readonly origins = new Map<Var, Computed>();
  /** What the free names of the function stand for (a factory's parameters: values.ts). */
  captured?: ReadonlyMap<ts.Symbol, Captured>;
  /** The function being lowered, as its recursive calls name it. */
  self?: FunctionValue;
  /** The statement being lowered, for positions and `// grad of:` comments. */
  loc: Loc = { line: 0, column: 0, text: '' };

  constructor(
    readonly sf: ts.SourceFile,
    readonly file: string,
    reserved: Iterable<string>,
  ) {
    this.names = new Names(new Set(reserved));
  }

  newVar(base: string, type: Type, kind: Var['kind'], mutable: boolean, more: Pick<Var, 'undefinable' | 'element'> = {}): Var {
    const v = kind === 'temp' ? { ...this.names.temp(type), mutable, ...more } : this.names.variable(base, type, kind, mutable, false, more);
    this.vars.push(v);
    return v;
  }

  /**
   * A variable lowering introduces (`result`, jump flags; a parameter's argument before its
   * default or flag, `k_arg`, with kind 'param'), named clear of the source's.
   */
  generatedVar(base: string, type: Type, mutable: boolean, kind: 'local' | 'param' = 'local', more: Pick<Var, 'undefinable'> = {}): Var {
    const v = this.names.variable(base, type, kind, mutable, true, more);
    this.vars.push(v);
    return v;
  }

  emit(s: Stmt): void {
    // `x = x` (a branch of `x = c ? x : …`) changes nothing, and its reverse must not either
    if (s.kind === 'assign' && !s.decl && s.value.kind === 'var' && s.value.v === s.target) return;
    this.blocks[this.blocks.length - 1]!.push(s);
    if (s.kind === 'alloc') this.ctors.set(s.target, s.ctor);
    // (a push grows the array, and so may a store into an array that is not known to be typed)
    if (s.kind === 'store' || s.kind === 'fill' || s.kind === 'push') this.written(s.array, s.kind === 'push' || (s.kind === 'store' && (this.ctors.get(s.array) ?? 'Array') === 'Array'));
    if (s.kind === 'call') for (const i of s.writes) { const a = s.args[i]; if (a?.kind === 'var') this.written(a.v, true); }
  }

  /**
   * `out = prim(args)`, into `target` when given (a named source constant), else a temp.
   * `narrows: false`: a test tsc does not narrow by (each test of a chain in the else of the one before).
   */
  eq(prim: Prim, args: Atom[], target?: Var, narrows = true): Atom {
    // a comparison of two constants (a factory's argument against a literal) is its answer:
    // tsc rejects comparing two literals that cannot be equal (TS2367)
    const rule = rules[prim];
    if (rule.kind === 'zero' && rule.type === 'bool' && rule.value && !target && args.length === 2 && args.every((a) => a.kind === 'const' && typeof a.value === 'number')) {
      return constAtom(rule.value(...args.map((a) => (a as { value: number }).value)));
    }
    if ((prim === 'eq' || prim === 'ne') && narrows) args = this.untested(args);
    const key = this.keyOf(prim, args);
    if (!target) {
      const hit = this.lookup(key);
      if (hit) {
        for (const w of this.assumed.get(hit) ?? []) this.distinct.push([(args[0] as { v: Var }).v, w]);
        return hit.value;
      }
    }
    const out = target ?? this.newVar('t', resultType(prim, args), 'temp', false);
    this.emit({ kind: 'eq', out, prim, args, loc: this.loc });
    const atom = varAtom(out);
    if (!isArrayType(out.type)) {
      const level = this.computed[this.computed.length - 1];
      const entry: Computed = { key, prim, args, value: atom };
      // (a value computed again replaces the one before: its assumptions go with it)
      const before = level?.get(key);
      if (before) this.assumed.delete(before);
      level?.set(key, entry);
      this.origins.set(out, entry);
    }
    return atom;
  }

  /** The key of `prim(args)` in the tables: the operation, and its operands by identity. */
  private keyOf(prim: Prim, args: readonly Atom[]): string {
    let key = prim;
    for (const a of args) {
      if (a.kind === 'const') { key += ` #${constKey(a)}`; continue; }
      let id = this.ids.get(a.v);
      if (id === undefined) this.ids.set(a.v, (id = this.ids.size));
      key += ` ${id}`;
    }
    return key;
  }

  /** The value computed before by `key`, when its operands were not written since. */
  private lookup(key: string): Computed | undefined {
    for (let i = this.computed.length - 1; i >= 0; i--) {
      const level = this.computed[i];
      if (!level) break;
      const hit = level.get(key);
      if (hit) return hit;
    }
    return undefined;
  }

  /**
   * tsc narrows a value tested with === against a literal (`t === 1` gives t the type 1 where
   * the test held) and then rejects testing it against another literal (TS2367). A reused value
   * (`j % 2`, computed once) tested against a second literal is computed again for that test.
   */
  private untested(args: Atom[]): Atom[] {
    const literal = args.find((a) => a.kind === 'const');
    if (!literal) return args;
    const text = constKey(literal);
    return args.map((a) => {
      if (a.kind !== 'var') return a;
      const first = this.testedWith.get(a.v);
      if (first === undefined) this.testedWith.set(a.v, text);
      const origin = this.origins.get(a.v);
      const current = origin && this.lookup(origin.key)?.value;
      if (first === undefined || first === text || current?.kind !== 'var' || current.v !== a.v) return a;
      const out = this.newVar('t', a.v.type, 'temp', false);
      this.emit({ kind: 'eq', out, prim: origin!.prim, args: origin!.args, loc: this.loc });
      this.testedWith.set(out, text);
      return varAtom(out);
    });
  }

  /** Where the statements lowered next start, in the current block (see `before`). */
  mark(): Mark {
    const block = this.blocks[this.blocks.length - 1]!;
    return { block, at: block.length };
  }

  /**
   * `a` as it was at `mark`: where a statement lowered since then assigns the variable `a` reads
   * (`s + (s = y) * s`, `s * ++s`: JavaScript reads an operand before it evaluates the next), a
   * copy taken at the mark; else `a` itself. (Not a computed value of the tables: the copy sits
   * before statements the tables have seen.)
   */
  before(mark: Mark, a: Atom): Atom {
    if (a.kind !== 'var' || isArrayType(a.v.type)) return a;
    if (!mark.block.slice(mark.at).some((s) => writes(s).has(a.v))) return a;
    const out = this.newVar('t', a.v.type, 'temp', false);
    mark.block.splice(mark.at, 0, { kind: 'eq', out, prim: 'copy', args: [a], loc: this.loc });
    return varAtom(out);
  }

  /**
   * Operands lowered left to right, each read as it was before the ones after it ran: an operand
   * that assigns a variable an earlier one read (`s + (s = y) * s`, `Math.hypot(s, (s = 2 * s), s)`,
   * `[s, (s = y), s]`, a local function that assigns it) leaves that earlier read its old value,
   * as in JavaScript.
   */
  inOrder<E>(items: readonly E[], lower: (e: E, i: number) => Atom): Atom[] {
    const atoms: Atom[] = [];
    const marks: Mark[] = [];
    for (const [i, x] of items.entries()) {
      atoms.push(lower(x, i));
      marks.push(this.mark());
    }
    // (from the last: a copy put at a later mark leaves the earlier marks where they were)
    for (let i = atoms.length - 2; i >= 0; i--) atoms[i] = this.before(marks[i]!, atoms[i]!);
    return atoms;
  }

  assign(target: Var, value: Atom, decl = false): void {
    // (`var fact: any = false`, a number elsewhere: false is 0 in what it is used for, see anyType)
    if ((target.type === 'f64' || target.type === 'int') && value.kind === 'const' && typeof value.value === 'boolean') value = constAtom(value.value ? 1 : 0);
    this.emit({ kind: 'assign', target, value, decl, loc: this.loc });
    this.written(target);
  }

  /**
   * Forgets the computed values that read `v`, and those that read an array `v` may be another
   * name of (an array variable that is rebound, `cur = next`, may hold any array, and any array
   * may be held by one): its elements, and its length where the write may have `resized` it
   * (a push), at every level. Loads of the other array parameters are kept, noting that reusing
   * them assumes they are not `v`.
   */
  written(v: Var, resized = false): void {
    const array = isArrayType(v.type);
    const mayAlias = (w: Var) => w !== v && isArrayType(w.type) && (v.mutable || w.mutable);
    const otherParam = (w: Var) => w !== v && v.kind === 'param' && w.kind === 'param' && isArrayType(w.type);
    for (const level of this.computed) {
      if (!level) continue;
      for (const [key, entry] of level) {
        const vars = entry.args.flatMap((a) => (a.kind === 'var' ? [a.v] : []));
        if (vars.includes(v) || (array && (entry.prim !== 'length' || resized) && vars.some(mayAlias))) level.delete(key);
        else if (array && entry.prim === 'load' && vars.some(otherParam)) this.assumed.set(entry, new Set([...(this.assumed.get(entry) ?? []), v]));
      }
    }
  }

  /** Lowers `fill` into a fresh block and returns it. */
  /** Lowers `fill` into a fresh block and returns it; `loop`: the block repeats. */
  block(fill: () => void, loop = false): Block {
    this.blocks.push([]);
    if (loop) this.computed.push(null);
    this.computed.push(new Map());
    fill();
    this.computed.pop();
    if (loop) this.computed.pop();
    return this.blocks.pop()!;
  }

  /** 0 while lowering the function's top-level block. */
  get depth(): number {
    return this.blocks.length - 1;
  }

  get body(): Block {
    return this.blocks[0]!;
  }

  locOf(node: ts.Node, text = node.getText(this.sf)): Loc {
    const { line, character } = this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf));
    const loc = { line: line + 1, column: character + 1, text: oneLine(text) };
    return this.inlinedFrom === undefined ? loc : { ...loc, fn: this.inlinedFrom };
  }

  /** The local helper whose body is being lowered in place, if any: its statements' `// grad of (name):` comments say so. */
  inlinedFrom?: string;

  /**
   * Refuses `node`. The diagnostic underlines the node, or of a statement that holds others its
   * head alone (`try`, `for (…)`, `function inner`: not the 30 lines of its body, which the code
   * frame would mark line by line); `at` narrows it to a span inside (`u = v` in a loop).
   */
  fail(node: ts.Node, code: Code, message: string, hint: string, at?: { start: number; end: number }): never {
    const { start, end } = at ?? headSpan(node, this.sf);
    const { line, character } = this.sf.getLineAndCharacterOfPosition(start);
    const diag = { code, message, file: this.file, line: line + 1, column: character + 1, length: end - start };
    throw new DiagnosticError(hint === undefined ? diag : { ...diag, hint });
  }

  /**
   * The source span of what an IR statement of this function was made from (`loc`), when it is
   * found at its place in this file; undefined for a statement inlined from elsewhere.
   */
  spanOfLoc(loc: Loc): { start: number; end: number } | undefined {
    if (loc.file !== undefined || loc.text.endsWith('...')) return undefined;
    let start: number;
    try {
      start = this.sf.getPositionOfLineAndCharacter(loc.line - 1, loc.column - 1);
    } catch {
      return undefined;
    }
    // (loc.text has its white space folded: walk the source to its end)
    let end = start;
    for (const ch of loc.text) {
      if (ch === ' ') { while (end < this.sf.text.length && /\s/.test(this.sf.text[end]!)) end++; continue; }
      if (this.sf.text[end] !== ch) return undefined;
      end++;
    }
    return { start, end };
  }
}

/** The span a diagnostic about `node` underlines: see FunctionBuilder.fail. */
export function headSpan(node: ts.Node, sf: ts.SourceFile): { start: number; end: number } {
  const start = node.getStart(sf);
  const upTo = (n: ts.Node) => ({ start, end: n.getFullStart() });
  if (ts.isTryStatement(node)) return { start, end: start + 'try'.length };
  if (ts.isDoStatement(node)) return { start, end: start + 'do'.length };
  if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name) return { start, end: node.name.getEnd() };
  if (ts.isForStatement(node) || ts.isForInStatement(node) || ts.isForOfStatement(node) || ts.isWhileStatement(node)) return upTo(node.statement);
  if (ts.isIfStatement(node)) return upTo(node.thenStatement);
  if (ts.isSwitchStatement(node)) return upTo(node.caseBlock);
  if (ts.isLabeledStatement(node)) return { start, end: node.label.getEnd() + 1 };
  return { start, end: node.getEnd() };
}

/** A computed value: `value` holds `prim(args)`; `key` finds it in its table. */
interface Computed {
  readonly key: string;
  readonly prim: Prim;
  readonly args: readonly Atom[];
  readonly value: Atom;
}

/** A constant's text in keys and tests: its value, or the constant the source named. */
function constKey(a: Atom & { kind: 'const' }): string {
  return a.named ? constantText(a.named) : typeof a.value === 'string' ? JSON.stringify(a.value) : String(a.value);
}

/** A statement's text on one line, for comments: `s += w[i] * x[i]`. */
export function oneLine(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim().replace(/;$/, '');
  return t.length > 100 ? t.slice(0, 97) + '...' : t;
}
