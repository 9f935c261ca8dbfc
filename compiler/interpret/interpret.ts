/**
 * An interpreter of the trace (the SSA IR, callees inlined) that records the evaluation trace
 * as the AD textbooks write it (Griewank & Walther; Baydin et al., tables 2 and 3): every
 * elementary operation a numbered intermediate vᵢ with its value and its tangent v̇ᵢ (forward
 * mode: dual numbers, v̇ᵢ = Σ ∂φᵢ/∂vⱼ · v̇ⱼ), and, after `reverseSweep`, its adjoint v̄ᵢ.
 *
 * Values and partials come from the rules table (the same rows the reverse phase reads), but
 * nothing here goes through the reverse phase or the emitted code: it is an independent
 * check of both. Loads, copies and assignments name an existing value, as in the textbooks;
 * every other operation on numbers is a new intermediate, each loop iteration its own.
 */
import type { Prim } from '../rules/prims.js';
import { ruleOf } from '../rules/table.js';
import { num, type TExpr } from '../ir/target.js';
import type { Atom, Block, Call, Callee, Func, Var } from '../ir/types.js';
import { statements } from '../ir/walk.js';
import { sortPermutation } from '../../runtime/sorting.js';
import { evaluate } from './evaluate.js';
import { ArrayRef, constant, isNode, plain, type Node, type Value } from './values.js';

/** One line of the table: `vᵢ = prim(args)`. */
export interface Step {
  readonly kind: 'step';
  readonly node: Node;
  /** The primitive, or `call` of a function with a registered derivative. */
  readonly prim: Prim | 'call';
  readonly args: readonly (Node | number | boolean | string | undefined)[];
  readonly callee?: string;
  /** Of a call that writes arrays: the element this step is (`out[2]`). */
  readonly output?: string;
}

/** The passes of a loop (or the body of a call interpreted in place), each with its own steps. */
export interface Loop {
  readonly kind: 'loop';
  /** `for i`, `while`, `call g`. */
  readonly text: string;
  readonly iterations: Iteration[];
}

export interface Iteration {
  /** `i = 3`, `pass 2`. */
  readonly label: string;
  readonly entries: Entry[];
}

export type Entry = Step | Loop;

export interface Input {
  /** The parameter's name, with the element for an array's: `x1`, `w[2]`. */
  readonly name: string;
  readonly key: string;
  readonly element?: number;
  readonly node: Node;
}

export interface Evaluation {
  readonly inputs: readonly Input[];
  readonly entries: readonly Entry[];
  /** The returned number (undefined when the function returns undefined or null, or nothing). */
  readonly result: Node | undefined;
  /** Every intermediate, in the order computed (the reverse sweep runs over it backwards). */
  readonly nodes: readonly Node[];
  /** Each array parameter as the function left it, by key (an element it wrote holds another node than its input's). */
  readonly arrays: ReadonlyMap<string, ArrayRef>;
}

/** A function with a registered derivative (or none): its value and its vjp, as JavaScript. */
export interface External {
  readonly value: (...args: unknown[]) => unknown;
  readonly vjp?: (...args: unknown[]) => unknown;
}

export interface InterpretOptions {
  /** The tangent of an input (a number parameter, or an array's element): the direction of v̇. */
  readonly seed?: (key: string, element: number | undefined) => number;
  /** A function the trace still calls (recursion, `@noinline`), to interpret in turn. */
  readonly func?: (callee: Callee) => Func | undefined;
  /** A function with a registered derivative, loaded. */
  readonly external?: (callee: Callee) => External | undefined;
  /** Refuse to go on past this many intermediates (a long loop). */
  readonly maxNodes?: number;
}

/** Something the interpreter cannot evaluate; the message says what, in the user's terms. */
export class InterpretError extends Error {}

/** The function threw (`throw new RangeError(…)` in the source). */
export class ThrownError extends Error {}

export function interpret(fn: Func, args: readonly unknown[], options: InterpretOptions = {}): Evaluation {
  const nodes: Node[] = [];
  const inputs: Input[] = [];
  const seed = options.seed ?? (() => 0);
  const input = (key: string, value: unknown, element?: number): Node => {
    if (typeof value !== 'number') throw new InterpretError(`${key}${element === undefined ? '' : `[${element}]`} must be a number, not ${String(value)}`);
    const node: Node = { value, tangent: seed(key, element), adjoint: 0, parents: [] };
    inputs.push({ name: element === undefined ? key : `${key}[${element}]`, key, ...(element === undefined ? {} : { element }), node });
    return node;
  };
  const bound = fn.params.map((p, i) => bindParam(p, args[i], input));
  // inputs are v₁₋ₙ … v₀, as in the textbooks
  inputs.forEach((x, i) => (x.node.index = i + 1 - inputs.length));
  const machine = new Machine(nodes, options);
  const entries: Entry[] = [];
  const result = machine.call(fn, bound, entries);
  const arrays = new Map(fn.params.flatMap((p, i) => { const b = bound[i]; return b instanceof ArrayRef ? [[p.key, b] as const] : []; }));
  return { inputs, entries, result: isNode(result) ? result : typeof result === 'number' ? constant(result) : undefined, nodes, arrays };
}

/** The reverse sweep: ȳ = 1, then each vᵢ, last first, passes v̄ᵢ · ∂φᵢ/∂vⱼ to its arguments. */
export function reverseSweep(evaluation: Evaluation): void {
  for (const n of evaluation.nodes) n.adjoint = 0;
  for (const x of evaluation.inputs) x.node.adjoint = 0;
  if (!evaluation.result) return;
  evaluation.result.adjoint = 1;
  for (let i = evaluation.nodes.length - 1; i >= 0; i--) {
    const n = evaluation.nodes[i]!;
    if (n.adjoint === 0) continue; // (as activity analysis: a value y does not depend on gets no adjoint)
    for (const p of n.parents) p.node.adjoint += n.adjoint * p.partial;
  }
}

/** Typed arrays whose elements are not doubles. */
const narrow = new Set(['Float32Array', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array']);

function bindParam(p: Func['params'][number], value: unknown, input: (key: string, value: unknown, element?: number) => Node): Value {
  const type = p.v.type;
  if (value === undefined) return undefined;
  if (type === 'f64[]' || type === 'int[]') {
    if (!(value instanceof Float64Array || Array.isArray(value) || ArrayBuffer.isView(value))) throw new InterpretError(`${p.key} must be an array`);
    const items = Array.from(value as ArrayLike<number>);
    const ctor = value instanceof Float32Array ? 'Float32Array' : ArrayBuffer.isView(value) && narrow.has(value.constructor.name) ? value.constructor.name : undefined;
    const typed = ArrayBuffer.isView(value);
    if (type === 'int[]') return new ArrayRef(items, 0, undefined, ctor, typed);
    return new ArrayRef(items.map((x, j) => (p.differentiable ? input(p.key, x, j) : constant(x))), 0, undefined, ctor, typed);
  }
  if (type === 'f64') return p.differentiable ? input(p.key, value) : constant(value as number);
  return value as Value;
}

const lit = (v: unknown): TExpr =>
  typeof v === 'number' ? num(v) : typeof v === 'boolean' ? { k: 'bool', value: v } : typeof v === 'string' ? { k: 'str', value: v } : { k: 'name', name: 'undefined' };

class Machine {
  constructor(private readonly nodes: Node[], private readonly options: InterpretOptions) {}

  /** Runs a function's body with its parameters bound; returns what it returns. */
  call(fn: Func, args: readonly Value[], sink: Entry[]): Value {
    const env = new Map<Var, Value>();
    fn.params.forEach((p, i) => env.set(p.v, args[i]));
    for (const t of fn.tables ?? []) {
      env.set(t.v, t.ctor === 'Object'
        ? { kind: 'object', values: new Map(t.values.map((v, i) => [t.keys![i]!, v])) }
        : new ArrayRef(t.values.map(constant)));
    }
    this.block(fn.body, env, sink);
    if (fn.absent && env.get(fn.absent.flag)) return undefined;
    return fn.result ? this.atom(fn.result, env) : undefined;
  }

  private atom(a: Atom, env: Map<Var, Value>): Value {
    if (a.kind === 'const') return a.named?.name === 'undefined' ? undefined : a.value;
    return env.get(a.v);
  }

  private node(value: number, parents: { node: Node; partial: number }[]): Node {
    if (this.nodes.length >= (this.options.maxNodes ?? 2_000_000)) {
      throw new InterpretError(`the trace passed ${this.nodes.length} intermediate values: evaluate at a point that does less work`);
    }
    let tangent = 0;
    // (a parent whose tangent is zero adds nothing, even where its partial is infinite; nor one
    // whose partial is zero, even where its tangent is: exp(−∞/γ) of an infinite sentinel, as f_jvp)
    for (const p of parents) if (p.node.tangent !== 0 && p.partial !== 0) tangent += p.partial * p.node.tangent;
    const node: Node = { index: this.nodes.length + 1, value, tangent, adjoint: 0, parents };
    this.nodes.push(node);
    return node;
  }

  private block(block: Block, env: Map<Var, Value>, sink: Entry[]): void {
    for (const s of block) {
      switch (s.kind) {
        case 'eq': env.set(s.out, this.eq(s.out, s.prim, s.args, s.args.map((a) => this.atom(a, env)), sink)); break;
        case 'assign': env.set(s.target, this.atom(s.value, env)); break;
        case 'store': {
          const a = this.array(env, s.array);
          a.set(this.int(this.atom(s.index, env)), this.stored(a.ctor, this.atom(s.value, env), sink));
          break;
        }
        case 'alloc': {
          const length = s.elements?.length ?? this.int(this.atom(s.length, env));
          const fill = s.fill ? this.atom(s.fill, env) : s.ctor === 'Array' ? undefined : s.target.type === 'int[]' ? 0 : constant(0);
          const ctor = narrow.has(s.ctor) ? s.ctor : undefined;
          const data = s.elements ? s.elements.map((e) => this.atom(e, env)) : Array.from({ length }, () => fill);
          const values = s.target.type === 'f64[]' ? data.map((v) => (typeof v === 'number' ? constant(v) : v)) : data;
          env.set(s.target, new ArrayRef(values.map((v) => this.stored(ctor, v, sink)), 0, undefined, ctor, s.ctor !== 'Array'));
          break;
        }
        case 'fill': {
          const a = this.array(env, s.array);
          const v = this.atom(s.value, env);
          const fill = this.stored(a.ctor, typeof v === 'number' && s.array.type === 'f64[]' ? constant(v) : v, sink);
          for (let i = 0; i < a.length; i++) a.set(i, fill);
          break;
        }
        case 'push': this.array(env, s.array).data.push(this.atom(s.value, env)); break;
        case 'call': {
          const out = this.callStmt(s, env, sink);
          if (s.out) env.set(s.out, out);
          break;
        }
        case 'if': this.block(this.truthy(this.atom(s.cond, env)) ? s.then : s.else, env, sink); break;
        case 'for': {
          const loop: Loop = { kind: 'loop', text: `for ${s.index.name}`, iterations: [] };
          const from = this.int(this.atom(s.from, env));
          const to = this.int(this.atom(s.to, env));
          const more = (i: number) => (s.step > 0 ? (s.inclusive ? i <= to : i < to) : (s.inclusive ? i >= to : i > to));
          for (let i = from; more(i); i += s.step) {
            env.set(s.index, i);
            const iteration: Iteration = { label: `${s.index.name} = ${i}`, entries: [] };
            this.block(s.body, env, iteration.entries);
            loop.iterations.push(iteration);
          }
          if (loop.iterations.some((it) => it.entries.length > 0)) sink.push(loop);
          break;
        }
        case 'while': {
          const loop: Loop = { kind: 'loop', text: 'while', iterations: [] };
          for (let pass = 1; ; pass++) {
            const iteration: Iteration = { label: `pass ${pass}`, entries: [] };
            loop.iterations.push(iteration);
            this.block(s.pre, env, iteration.entries);
            if (!this.truthy(this.atom(s.cond, env))) break;
            this.block(s.body, env, iteration.entries);
          }
          if (loop.iterations.at(-1)!.entries.length === 0) loop.iterations.pop();
          if (loop.iterations.some((it) => it.entries.length > 0)) sink.push(loop);
          break;
        }
        case 'throw': {
          const message = (s.message ?? []).map((m) => (typeof m === 'string' ? m : String(plain(this.atom(m, env))))).join('');
          throw new ThrownError(`${s.error ?? 'throw'}${s.error ? `: ${message}` : ` ${JSON.stringify(message)}`}`);
        }
        case 'log': break; // (the trace is the output; the function's own logging is not)
      }
    }
  }

  private eq(out: Var, prim: Prim, atoms: readonly Atom[], args: Value[], sink: Entry[]): Value {
    switch (prim) {
      case 'copy': return args[0];
      case 'load': {
        const v = this.arrayValue(args[0]).get(this.int(args[1]));
        // (past the end: undefined, as in JavaScript, which a test for it reads; arithmetic makes it NaN)
        return v;
      }
      case 'length': return this.arrayValue(args[0]).length;
      case 'argsort': {
        // (sorted by the runtime's own function, on the values the elements hold now)
        const a = this.arrayValue(args[0]);
        const offset = this.int(args[1]);
        const length = this.int(args[2]);
        const step = this.int(args[5]);
        const keys = Array.from({ length }, (_, i) => Number(plain(a.get(offset + i * step))));
        const p = sortPermutation(keys, 0, length, this.int(args[3]), this.truthy(args[4]));
        return new ArrayRef(Array.from(p), 0, undefined, 'Int32Array', true);
      }
      case 'field': {
        const o = args[0] as unknown;
        const v = typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[String(args[1])] : undefined;
        return v === undefined ? undefined : typeof v === 'number' ? constant(v) : v as Value;
      }
      case 'lookup': {
        const table = args[0];
        const v = typeof table === 'object' && table !== null && 'kind' in table ? table.values.get(String(args[1])) : undefined;
        return v === undefined ? undefined : constant(v);
      }
      default: break;
    }
    const rule = ruleOf(prim);
    const values = args.map((a) => (isNode(a) ? a.value : a));
    // (an array parameter that may be left out, `w?: Float64Array`, compared with undefined: by identity)
    if ((prim === 'eq' || prim === 'ne') && values.some((v) => v instanceof ArrayRef)) return (values[0] === values[1]) === (prim === 'eq');
    if (values.some((v) => typeof v === 'object' && v !== null)) throw new InterpretError(`'${prim}' of an array`);
    if (!rule.value) throw new InterpretError(`'${prim}' has no value on numbers`);
    const value = rule.value(...(values as number[]));
    if (out.type !== 'f64') return value;
    // the partials, evaluated as the generated code computes them: a constant of the source is
    // a number to the rules (they fold `x ** 2`); a variable is a name
    const exprs: TExpr[] = atoms.map((a, i) => (a.kind === 'const' ? lit(values[i]) : { k: 'name', name: `$${i}` }));
    const env = new Map<string, number | boolean | string | undefined>(values.map((v, i) => [`$${i}`, v as number | boolean | string | undefined]));
    env.set('$out', value);
    // v / v and v − v of one value (under two names) are the constants 1 and 0, as the reverse
    // phase takes them: term by term the chain rule would give ∞ − ∞ where asin(v / v) follows
    const same = rule.constantOnSameOperands === true && isNode(args[0]) && args[0] === args[1];
    const partials = same ? [] : rule.kind === 'smooth' ? rule.partials(exprs, { k: 'name', name: '$out' }).map((e) => Number(evaluate(e, env))) : [];
    const parents = args.flatMap((a, i) => (isNode(a) && partials[i] !== undefined ? [{ node: a, partial: partials[i]! }] : []));
    const node = this.node(Number(value), parents);
    sink.push({ kind: 'step', node, prim, args: args.map((a) => (isNode(a) ? a : (a as number | boolean | string | undefined))) });
    return node;
  }

  /**
   * A value as an element of a typed array holds it: a Float32Array rounds it (an elementary
   * step, fround, derivative 1), an integer array wraps or clamps it.
   */
  private stored(ctor: string | undefined, v: Value, sink: Entry[]): Value {
    if (ctor === undefined) return v;
    if (ctor === 'Float32Array') {
      if (!isNode(v)) return typeof v === 'number' ? Math.fround(v) : v;
      if (Object.is(Math.fround(v.value), v.value)) return v;
      if (v.index === undefined) return constant(Math.fround(v.value));
      const node = this.node(Math.fround(v.value), [{ node: v, partial: 1 }]);
      sink.push({ kind: 'step', node, prim: 'fround', args: [v] });
      return node;
    }
    const Typed = (globalThis as unknown as Record<string, new (a: number[]) => ArrayLike<number>>)[ctor];
    const x = isNode(v) ? v.value : v;
    return Typed && typeof x === 'number' ? new Typed([x])[0] : v;
  }

  private callStmt(s: Call, env: Map<Var, Value>, sink: Entry[]): Value {
    const args = s.args.map((a, i) => {
      const v = this.atom(a, env);
      const w = s.windows?.[i];
      return w && v instanceof ArrayRef ? v.window(this.int(this.atom(w.offset, env)), this.int(this.atom(w.length, env))) : v;
    });
    const callee = s.callee;
    if (callee.vjp === 'generated') {
      const fn = this.options.func?.(callee);
      if (!fn) throw new InterpretError(`the call of '${callee.name}' (line ${s.loc.line}) cannot be interpreted: tsgrad has no trace of it`);
      const loop: Loop = { kind: 'loop', text: `call ${callee.name}`, iterations: [{ label: `${callee.name} (line ${s.loc.line})`, entries: [] }] };
      const result = this.call(fn, args, loop.iterations[0]!.entries);
      if (loop.iterations[0]!.entries.length > 0) sink.push(loop);
      return result;
    }
    const external = this.options.external?.(callee);
    if (!external) throw new InterpretError(`the call of '${callee.name}' (line ${s.loc.line}) cannot be interpreted: its module could not be loaded`);
    if (s.writes.length > 0) return this.writingCall(s, args, external, sink);
    const values = args.map(plain);
    const value = external.value(...values);
    if (!s.out || s.out.type !== 'f64' || typeof value !== 'number') return value as Value;
    const parents: { node: Node; partial: number }[] = [];
    if (callee.vjp === 'custom' && args.some((a) => isNode(a) || a instanceof ArrayRef)) {
      if (!external.vjp) throw new InterpretError(`'${callee.name}' has no '${callee.name}_vjp' to load`);
      const adj: Record<string, number | Float64Array> = {};
      callee.params.forEach((p, i) => {
        if (p.string || p.boolean) return;
        const a = args[i];
        adj[p.key] = p.array ? new Float64Array(a instanceof ArrayRef ? a.length : 0) : 0;
      });
      external.vjp(...values, adj, 1);
      callee.params.forEach((p, i) => {
        const a = args[i];
        const d = adj[p.key];
        if (isNode(a) && typeof d === 'number') parents.push({ node: a, partial: d });
        if (a instanceof ArrayRef && d instanceof Float64Array) {
          for (let j = 0; j < a.length; j++) { const e = a.get(j); if (isNode(e)) parents.push({ node: e, partial: d[j]! }); }
        }
      });
    }
    const node = this.node(value, parents);
    sink.push({ kind: 'step', node, prim: 'call', callee: callee.name, args: args.map((a) => (isNode(a) ? a : a instanceof ArrayRef ? `[${a.length}]` : (a as number | boolean | string | undefined))) });
    return node;
  }

  /**
   * A call of a registered derivative that writes arrays (`matvec(A, x, out)`, a kernel): the
   * function writes the values; the vjp, called once per written element with that element's
   * adjoint 1 (and once for a returned number, with seed 1), gives that element's row of the
   * Jacobian: each written element is a new intermediate whose parents are the arguments'
   * elements (an array written in place included: its old elements).
   */
  private writingCall(s: Call, args: Value[], external: External, sink: Entry[]): Value {
    const callee = s.callee;
    const fresh = () => args.map(plain).map((v) => (ArrayBuffer.isView(v) ? (v as Float64Array).slice() : Array.isArray(v) ? [...v] : v));
    const after = fresh();
    const value = external.value(...after);
    const active = callee.vjp === 'custom' && args.some((a) => isNode(a) || (a instanceof ArrayRef && Array.from({ length: a.length }, (_, j) => a.get(j)).some((e) => isNode(e) && e.index !== undefined)));
    if (active && !external.vjp) throw new InterpretError(`'${callee.name}' has no '${callee.name}_vjp' to load`);
    const row = (seedKey: string | undefined, element: number, seed: number): { node: Node; partial: number }[] => {
      const adj: Record<string, number | Float64Array> = {};
      callee.params.forEach((p, i) => { if (!p.string && !p.boolean) adj[p.key] = p.array ? new Float64Array(args[i] instanceof ArrayRef ? (args[i] as ArrayRef).length : 0) : 0; });
      if (seedKey !== undefined) (adj[seedKey] as Float64Array)[element] = 1;
      external.vjp!(...fresh(), adj, seed);
      const parents: { node: Node; partial: number }[] = [];
      callee.params.forEach((p, i) => {
        const a = args[i];
        const d = adj[p.key];
        if (isNode(a) && typeof d === 'number' && d !== 0) parents.push({ node: a, partial: d });
        if (a instanceof ArrayRef && d instanceof Float64Array) {
          for (let j = 0; j < a.length; j++) { const e = a.get(j); if (isNode(e) && d[j] !== 0) parents.push({ node: e, partial: d[j]! }); }
        }
      });
      return parents;
    };
    // every row is taken before any element is replaced: they are of the arguments as they were
    const updates: [ArrayRef, number, Node][] = [];
    for (const w of s.writes) {
      const target = args[w];
      const key = callee.params[w]?.key;
      if (!(target instanceof ArrayRef) || key === undefined) continue;
      const written = after[w] as ArrayLike<number>;
      for (let k = 0; k < target.length; k++) {
        const node = this.node(written[k]!, active ? row(key, k, 0) : []);
        sink.push({ kind: 'step', node, prim: 'call', callee: callee.name, output: `${key}[${k}]`, args: args.map((a) => (isNode(a) ? a : a instanceof ArrayRef ? `[${a.length}]` : (a as number | boolean | string | undefined))) });
        updates.push([target, k, node]);
      }
    }
    let out: Value = value as Value;
    if (s.out && s.out.type === 'f64' && typeof value === 'number') {
      out = this.node(value, active ? row(undefined, 0, 1) : []);
      sink.push({ kind: 'step', node: out, prim: 'call', callee: callee.name, args: args.map((a) => (isNode(a) ? a : a instanceof ArrayRef ? `[${a.length}]` : (a as number | boolean | string | undefined))) });
    }
    for (const [target, k, node] of updates) target.set(k, node);
    return out;
  }

  private array(env: Map<Var, Value>, v: Var): ArrayRef {
    return this.arrayValue(env.get(v));
  }

  private arrayValue(v: Value): ArrayRef {
    if (!(v instanceof ArrayRef)) throw new InterpretError(`expected an array, found ${String(plain(v))}`);
    return v;
  }

  private int(v: Value): number {
    return Number(isNode(v) ? v.value : v);
  }

  private truthy(v: Value): boolean {
    return Boolean(isNode(v) ? v.value : v);
  }
}

/** The calls a function's trace still makes, its callees' included (to load their modules first). */
export function calleesOf(fn: Func, func: (callee: Callee) => Func | undefined, seen = new Set<Func>()): Callee[] {
  if (seen.has(fn)) return [];
  seen.add(fn);
  const out: Callee[] = [];
  for (const s of statements(fn.body)) {
    if (s.kind !== 'call') continue;
    out.push(s.callee);
    const g = s.callee.vjp === 'generated' ? func(s.callee) : undefined;
    if (g) out.push(...calleesOf(g, func, seen));
  }
  return out;
}
