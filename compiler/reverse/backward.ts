/**
 * The reverse sweep: the statements of each block in reverse order, each equation adding
 * `arg_b += out_b * ∂out/∂arg` from the rules table, each overwrite restoring the value it
 * destroyed (when the sweep reads it) and passing its adjoint on.
 *
 * Values the sweep reads are available as follows: mutable variables by restoring them from
 * the tape at each overwrite; temporaries of the function's top-level block because they are
 * `const`s in the same scope; temporaries of nested blocks by recomputing them just before
 * their last use when nothing they read was overwritten in between, else from the tape.
 */
import { type Atom, type Block, type Call, type Eq, type Func, type Param, type Stmt, type Var, type Window, isArrayType, isUndefinedAtom } from '../ir/types.js';
import {
  ADJ, type DeclType, type DerivedVar, type LocalVar, type TExpr, type TStmt, type TVar, add, anyChild, anyNested, anyOwnExpr, atomExpr, bin, call, cond, declare, div, eachStmt, fnCallee, helperCall, index, located, mathCall, member, methodCall, mul, neg, not, num, popOps, primal, ref, runtime, sub, tape, unnamed, update, use,
} from '../ir/target.js';
import { type Reciprocal, type Rule, partialsOf, rules, timesPartial } from '../rules/table.js';
import { Names, runtimeFn, vjpForm } from '../ir/names.js';
import { adjointVars } from './adjoints.js';
import { callModeNote, splitAdjFields, splitAdjParams } from './split.js';
import { arrayAliases, statements, unreadDeclarations, writes } from '../ir/walk.js';
import { elementTargetsOf, varsReadOf } from './refs.js';
import type { RewriteFacts } from './rewrites.js';
import { type Permutation, permutations } from './permute.js';
import { skipWhileZero, sometimesUnread } from './idle-branches.js';
import { commutes } from './ascend.js';
import { type ReverseForm, type Uses, adjointUses, callActive, invertsFromNewValue, loopBlocks, outAtHand, reverseForms, topLevelTemps } from './choices.js';
import type { Step } from './availability.js';
import type { Literal } from './paths.js';
import type { DroppedRecords, TapePlan, TapeRecord } from './plan.js';
import { guardFree } from '../analyze/reached.js';
import { hasDynamicArrays } from '../analyze/writes.js';
import { storesInRange } from '../analyze/in-range.js';

/** `array`, or `array.subarray(offset, offset + length)` for a window. */
const windowed = (array: TExpr, w: Window | undefined): TExpr =>
  w ? methodCall('subarray', array, atomExpr(w.offset), add(atomExpr(w.offset), atomExpr(w.length))) : array;

/** A call's i-th argument as the callee gets it (a window as a subarray of its array). */
export const argExpr = (s: Call, i: number): TExpr => windowed(atomExpr(s.args[i]!), s.windows?.[i]);

/** The forward value of `eq`, as the rules table computes it. */
export const evalEq = (eq: Eq): TExpr => rules[eq.prim].eval(eq.args.map(atomExpr));

/**
 * `const t = …` of `eq` in `fn`. An operation that folds to one of its operands (`n + 0` is `n`),
 * whose result is tested against a literal, is declared `number`: `const t = n` would take n's
 * narrowed type where a test held (`n === 0` makes it 0), and tsc would reject t's test against
 * another literal (TS2367).
 */
export function declareEq(eq: Eq, fn: Func, type?: DeclType): TStmt {
  const init = evalEq(eq);
  const folded = type === undefined && eq.prim !== 'copy' && init.k === 'name' && (eq.out.type === 'f64' || eq.out.type === 'int') && literalTested(fn).has(eq.out);
  return declare('const', primal(eq.out), init, folded ? 'number' : type);
}

const literalTests = new WeakMap<Func, ReadonlySet<Var>>();
/** The variables of `fn` tested with === or !== against a literal. */
function literalTested(fn: Func): ReadonlySet<Var> {
  let tested = literalTests.get(fn);
  if (!tested) {
    const vs = new Set<Var>();
    for (const s of statements(fn.body)) {
      if (s.kind !== 'eq' || (s.prim !== 'eq' && s.prim !== 'ne') || !s.args.some((a) => a.kind === 'const')) continue;
      for (const a of s.args) if (a.kind === 'var') vs.add(a.v);
    }
    literalTests.set(fn, (tested = vs));
  }
  return tested;
}

export interface Part {
  readonly stmt: Stmt;
  readonly index: number;
  readonly code: TStmt[];
}

/**
 * The backward sweep of one function. What it reads is decided before it and never written: the
 * plan and its record, the adjoints' names (adjoints.ts), the facts of the IR. What it keeps
 * while it builds is the state of the code built so far: which temporaries' adjoints that code
 * has declared (`declared`: a first contribution declares, the others add), the names of the
 * code's own locals (`names`: a call site's adj object, a reversed loop's counter, a reciprocal:
 * one per piece of code emitted, so given out as it is emitted), and its outputs (callSites,
 * the parts and loops the rewrites after it find by identity).
 */
export class BackwardSweep {
  /** The adjoint's name of every variable that may have one (adjoints.ts), decided before the sweep. */
  private readonly adj: ReadonlyMap<Var, TVar>;
  /** Temporaries by defining equation. */
  private readonly defs: ReadonlyMap<Var, Eq | Call>;
  /** The call sites' adj objects, allocated once per call of the generated function. */
  readonly callSites: TStmt[] = [];
  /** How many adjoint contributions each temporary receives, and whether any is nested (choices.ts adjointUses). */
  private readonly uses: ReadonlyMap<Var, Uses>;
  /** Temporaries whose adjoint has been declared in the reverse code built so far. */
  private readonly declared = new Set<Var>();
  private readonly topLevel: Set<Var>;
  /** Local arrays are rebound or created in loops: their adjoints follow the objects. */
  readonly dynamicArrays: boolean;
  /**
   * The reverse code of each statement, by identity (the code of an `if`'s or a loop's includes
   * that of the statements in its blocks). Nothing in the compiler reads it back: a test reads
   * off it what each statement's reverse reads, to check analyze/reverse-reads.ts's prediction
   * (test/support/sweep-reads.ts).
   */
  readonly partCode = new Map<Stmt, readonly TStmt[]>();
  /** The adjoint array variables of arrays (`h_b` of `h`, record.shadows): reading one needs its array bound. */
  private readonly shadowVars: ReadonlySet<TVar>;
  /** Array variables that may hold the same array (`h = g`): a store under one name writes them all. */
  private readonly aliases: Map<Var, ReadonlySet<Var>>;
  /** Equations whose output surely reaches the result, or whose partials are finite wherever the result is: their products need no zero guard (analyze/reached.ts). */
  private readonly reaching: ReadonlySet<Eq | Call>;
  /** The blocks a loop repeats. */
  private readonly loopBlocks: ReadonlySet<Block>;
  /** Rebindings that permute array variables: inverted at the reverse of their run's last, nothing popped (permute.ts). */
  private readonly permuted: ReadonlyMap<Stmt, Permutation>;
  /** The fresh arrays of rotations, taken back from the variable holding them rather than popped. */
  private readonly rotated: ReadonlySet<Var>;
  /** Stores whose index is surely within the array (analyze/in-range.ts). */
  private readonly inRange: ReadonlySet<Stmt>;
  /** The adjoint arrays of f64[] variables, each one array under one name (ascend.ts). */
  private readonly adjointArrays: ReadonlySet<TVar>;

  constructor(
    private readonly fn: Func,
    private readonly active: ReadonlySet<Var>,
    readonly plan: TapePlan,
    /** What the forward sweep records for this one (record.ts recordPlan, computed before either sweep): read, never written. */
    readonly record: TapeRecord,
    /** The function's names, continued from the record's (recordPlan allocated those from them). */
    readonly names: Names,
  ) {
    this.topLevel = topLevelTemps(fn);
    this.dynamicArrays = hasDynamicArrays(fn);
    this.aliases = arrayAliases(fn.body);
    this.reaching = guardFree(fn);
    this.loopBlocks = loopBlocks(fn);
    this.permuted = permutations(fn, plan, record);
    this.rotated = new Set([...this.permuted.values()].flatMap((p) => (p.freshNeeded ? [p.fresh!] : [])));
    this.inRange = storesInRange(fn);
    this.shadowVars = new Set(record.shadows.values());
    this.adj = adjointVars(fn, active, record, names);
    // (as lowerVjp's: where arrays are rebound, an adjoint array's name may not be one array)
    this.adjointArrays = this.dynamicArrays ? new Set()
      : new Set(fn.vars.filter((v) => v.type === 'f64[]' && active.has(v)).map((v) => this.adjoint(v)));
    this.defs = definitions(fn.body);
    this.uses = adjointUses(fn, active);
  }

  /**
   * The adjoint of `v` (another name for an array, `const d = helper(x)` whose inlined
   * body returns its local `out`, has the array's own), as adjoints.ts decided it.
   */
  adjoint(v: Var): TVar {
    const a = this.adj.get(v);
    if (a === undefined) throw new Error(`internal: no adjoint named for '${v.name}' (neither a parameter nor active)`);
    return a;
  }

  /**
   * The adjoint of an array: a parameter's comes from adj, a local's is allocated once at the
   * start of the reverse sweep; where array variables are rebound or arrays are created inside
   * loops, it is a variable bound beside the array variable (plan.shadows; a `number[]` growing
   * with it for an array built by push), or, where that cannot be (see shadowable), the adjoint
   * follows the array object (`adjointOf`).
   */
  arrayAdjoint(v: Var): TExpr {
    if (v.kind === 'param' || !this.dynamicArrays) return ref(this.adjoint(v));
    const shadow = this.record.shadows.get(v);
    if (shadow) return ref(shadow);
    // (a variable that may hold a parameter, `const src = c ? T : xs` bound uncopied: the
    // parameter's adjoint is adj's, which no map knows; any other array's follows the object)
    // (one that only ever holds parameters and constant tables, its own allocation a placeholder
    // never read: what it adds while it holds a table, whose adjoint nobody reads, goes to the
    // sink, with no lookup)
    let e: TExpr = this.holdsOnlyParamsAndTables(v) ? runtime('sink', member(use(v), 'length')) : runtime('adjointOf', use(v));
    const params = [...this.aliases.get(v) ?? []].filter((p) => p.kind === 'param' && p !== v && this.active.has(p) && this.fn.params.some((q) => q.v === p && q.differentiable));
    for (const p of params.reverse()) e = cond(bin('===', use(v), use(p)), ref(this.adjoint(p)), e);
    return e;
  }

  /**
   * Whether the array variable `v` holds nothing but parameters and constant tables: every other
   * variable of its alias class is one, and each allocation into the class is a placeholder that
   * nothing reads (`const src = c ? T : xs`, declared before the branches that bind it).
   */
  private holdsOnlyParamsAndTables(v: Var): boolean {
    const tables = new Set((this.fn.tables ?? []).map((t) => t.v));
    const members = this.aliases.get(v) ?? new Set([v]);
    if (![...members].every((w) => w === v || w.kind === 'param' || tables.has(w))) return false;
    const unread = unreadDeclarations(this.fn.body);
    return [...statements(this.fn.body)].every((s) => s.kind !== 'alloc' || !members.has(s.target) || unread.has(s));
  }

  /** The declared type of an array's adjoint variable: a `number[]` where it grows by push. */
  private shadowType(v: Var): DeclType {
    return this.record.grown.has(v) ? 'number[]' : 'Float64Array';
  }

  /** The primal variables among `vars`, with the array each adjoint array variable among them belongs to. */
  withPrimals(vars: Set<TVar>, code?: readonly TStmt[]): Set<Var> {
    const out = new Set<Var>();
    // an adjoint array written by element (`a_b[i] += …`) is the one bound with a at that
    // point: the statement needs a's binding as much as a read of a would
    if (code && this.shadowVars.size > 0) elementTargetsOf(code, vars);
    for (const t of vars) if (t.of && (t.role === 'primal' || this.shadowVars.has(t))) out.add(t.of);
    return out;
  }

  isActive(a: Atom): a is { kind: 'var'; v: Var } {
    return a.kind === 'var' && this.active.has(a.v);
  }

  /** A temporary (assigned once per execution of its block), as opposed to a mutable or a parameter. */
  private isTemp(v: Var): boolean {
    return this.defs.has(v);
  }

  /** Whether `s` runs in some loop (its block is one a loop repeats). */
  private inLoop(s: Stmt): boolean {
    for (const b of this.loopBlocks) if (b.includes(s)) return true;
    return false;
  }

  /** The whole reverse sweep of the function body. */
  sweep(seed: TExpr): TStmt[] {
    const out: TStmt[] = [];
    const r = this.fn.result;
    if (r && this.isActive(r)) {
      const v = r.v;
      if (this.isTemp(v)) this.contribute(out, v, seed);
      else if (v.kind === 'param') out.push({ k: 'assign', target: ref(this.adjoint(v)), op: '+=', value: seed });
      // a mutable local result has its adjoint declared with the seed (see assemble.ts)
    }
    this.seedCode = [...out];
    out.push(...this.block(this.fn.body, true));
    return out;
  }

  /** The top-level block's reverse, statement by statement (last statement first). */
  topParts: readonly Part[] = [];
  topPre: readonly TStmt[] = [];
  seedCode: readonly TStmt[] = [];

  /** Renders reverse parts with their `// grad of:` comments. */
  render(parts: readonly Part[], outerText = ''): TStmt[] {
    const out: TStmt[] = [];
    let lastText = outerText;
    for (const p of parts) {
      if (p.code.length === 0) continue;
      const { text, fn } = p.stmt.loc;
      // (source text from an inlined function says which: `grad of (scale): return r * k`)
      if (text !== lastText && text !== '') out.push({ k: 'comment', text: `grad of${fn ? ` (${fn})` : ''}: ${text}`, gradOf: true, loc: p.stmt.loc });
      lastText = text;
      out.push(...located(p.code, p.stmt.loc));
    }
    return out;
  }

  // ---- blocks ----

  /** `outerText`: the source text already named by the enclosing `// grad of:` comment. */
  private block(block: Block, top: boolean, outerText = ''): TStmt[] {
    // Adjoints of this block's temporaries that nested reverse code adds into.
    const pre: TStmt[] = [];
    for (const s of block) {
      const out = s.kind === 'eq' || s.kind === 'call' ? s.out : undefined;
      if (out && out.type !== 'f64[]' && this.active.has(out) && this.uses.get(out)?.nested && !this.declared.has(out) && !this.record.shadows.has(out)) {
        pre.push(declare('let', this.adjoint(out), num(0)));
        this.declared.add(out);
      }
    }
    const parts: Part[] = [];
    // (the block's rewrites, decided once: choices.ts)
    const forms = reverseForms(block, this.rewriteFacts);
    for (let i = block.length - 1; i >= 0; i--) {
      const s = block[i]!;
      const code: TStmt[] = [];
      const form = forms.get(s);
      if (form?.kind === 'folded') {
        // the load of an increment `a[i] = a[i] + e`: a_b[i] passes through unchanged (see
        // store); `v = k * a` of a `(k * a) * a`: its part of a's adjoint was added with the product's
      } else if (s.kind === 'eq' && form?.kind === 'scaledSquare') this.scaledSquare(code, s, form);
      else if (s.kind === 'eq' && form?.kind === 'eq') this.eq(code, s, form);
      else if (s.kind === 'assign') this.assign(code, s, top, form?.kind === 'selfUpdate', form?.kind === 'selfUpdate' && form.inverse ? block[i - 1] : undefined);
      else if (s.kind === 'store') this.store(code, s, form?.kind === 'increment');
      else if (s.kind === 'fill') this.fill(code, s);
      else if (s.kind === 'push') this.push(code, s);
      else if (s.kind === 'alloc') this.alloc(code, s);
      else if (s.kind === 'call') this.call(code, s);
      else if (s.kind === 'if') this.ifStmt(code, s);
      else if (s.kind === 'for') this.forStmt(code, s, top);
      else if (s.kind === 'while') this.whileStmt(code, s, top);
      parts.push({ stmt: s, index: i, code });
    }
    if (!top) this.makeAvailable(block, parts);
    // snapshots were pushed after everything else the statement pushed: popped first
    for (const p of parts) {
      const snaps = this.plan.snapshots.get(p.stmt);
      if (!snaps) continue;
      p.code.unshift(...[...snaps].reverse().map((v): TStmt => isArrayType(v.type)
        ? { k: 'expr', e: tape('popArray', use(v)) }
        : { k: 'assign', target: use(v), op: '=', value: popOf(v) }));
    }
    const out: TStmt[] = [...pre, ...this.render(parts, outerText)];
    if (top) {
      this.topParts = parts;
      this.topPre = pre;
    }
    for (const p of parts) this.partCode.set(p.stmt, p.code);
    return out;
  }

  /**
   * Gives every temporary of a nested block that the reverse code reads its value, just
   * before its last use in reverse order, as the record says (availability.ts's steps, chosen
   * from the IR by analyze/reverse-reads.ts before this sweep): recomputed, or popped where the
   * forward sweep pushed it right after that use. Throws where the code reads one the steps do not give.
   */
  private makeAvailable(block: Block, parts: Part[]): void {
    const temps = new Set<Var>();
    for (const s of block) {
      if (s.kind === 'eq' || (s.kind === 'call' && s.out)) temps.add(s.out!);
      if (s.kind === 'alloc') temps.add(s.target);
    }
    // An array variable the source rebinds must be declared before the reverse of a rebinding
    // restores it, even where nothing reads it after that (the restore may be in a branch).
    const rebound = new Set(block.flatMap((s) => (s.kind === 'alloc' && s.target.mutable ? [s.target] : [])));
    // The steps were chosen before this sweep (analyze/reverse-reads.ts, from the IR, for the
    // record): each temporary of this block that a part's code reads must be available by then.
    const available = new Set<Var>();
    parts.forEach((p) => {
      const steps = this.record.available.get(p.stmt) ?? [];
      for (const step of steps) available.add(step.kind === 'tape' ? step.v : step.eq.out);
      const referenced = this.withPrimals(varsReadOf(p.code, true), p.code);
      if (rebound.size > 0) for (const v of this.withPrimals(assignedVars(p.code))) if (rebound.has(v)) referenced.add(v);
      const missing = [...referenced].filter((v) => temps.has(v) && !available.has(v));
      if (missing.length > 0) throw new Error(`internal: the reverse of '${p.stmt.loc.text}' reads ${varNames(missing)}, which the record does not make available`);
      // (a step taped in a branch of an `if` is popped at the start of that branch's reverse: ifStmt)
      const avail = steps.flatMap((step) => (step.kind === 'tape' && step.branch ? [] : this.stepCode(step)));
      // Pops mirror the pushes after p.stmt, which are made in list order: pop in reverse.
      const pops = avail.filter((s) => s.k === 'decl' && s.init?.k === 'tape' && popOps.has(s.init.op));
      const recomputes = avail.filter((s) => !pops.includes(s));
      p.code.unshift(...pops.reverse(), ...recomputes);
    });
  }

  /** The code of one step of makeAvailable. */
  private stepCode(step: Step): TStmt[] {
    const out: TStmt[] = [];
    if (step.kind === 'tape') {
      // An array pushed by reference and popped back here: with its adjoint array, if it has one.
      const v = step.v;
      // (a rotation's fresh array is declared at the reverse of the run, from the variable holding it)
      if (this.rotated.has(v)) return out;
      // (an array variable the source rebinds is rebound by the reverse of its rebindings too)
      out.push(declare(v.mutable ? 'let' : 'const', primal(v), popOf(v)));
      // (its adjoint array was pushed after it)
      const shadow = this.record.shadows.get(v);
      if (shadow) out.push(declare(v.mutable ? 'let' : 'const', shadow, popOf(v), this.shadowType(v)));
    } else if (step.kind === 'exit') {
      // a decision of the loop's iteration k known from how the loop ended (exits.ts): taken in the last one, if it ended by it
      const k = this.exitCounters.get(step.loop);
      const at = this.record.counted.get(step.loop)?.exit?.at;
      if (k === undefined || at === undefined) throw new Error(`internal: the decision '${step.eq.out.name}' is known from its loop's end, which the record does not keep`);
      out.push(declare('const', primal(step.eq.out), bin(step.taken ? '===' : '!==', ref(k), ref(at))));
    } else if (step.kind === 'path') {
      // a jump flag's test from the conditions of the paths that set it (paths.ts)
      const { paths, inlined } = step.test;
      const value = (v: Var): TExpr => {
        const eq = inlined.get(v);
        return eq ? rules[eq.prim].eval(eq.args.map((a) => (a.kind === 'var' ? value(a.v) : atomExpr(a)))) : use(v);
      };
      const conj = (path: readonly Literal[]): TExpr => path.map((l) => (l.holds ? value(l.v) : not(value(l.v)))).reduce((x, y) => bin('&&', x, y));
      const set = paths.length === 0 ? undefined : paths.map(conj).reduce((x, y) => bin('||', x, y));
      out.push(declare('const', primal(step.eq.out), set ? not(set) : { k: 'bool', value: true }));
    } else if (step.kind === 'copy') {
      const { eq, from } = step;
      out.push(declare('const', primal(eq.out), use(from)));
      const shadow = this.record.shadows.get(eq.out);
      if (shadow) out.push(declare('const', shadow, this.arrayAdjoint(from)));
    } else if (step.overReciprocal) {
      // `a / y` as `a * y_r`, y_r the reciprocal its reverse declares again below (reciprocals.ts
      // makes that one this one: y is the same value there, availability.ts)
      const [a, y] = step.eq.args;
      const r = this.names.derived(`${step.eq.out.name}_r`, 'reciprocal', 'f64', step.eq.out);
      out.push(declare('const', r, div(num(1), atomExpr(y!))), declare('const', primal(step.eq.out), mul(atomExpr(a!), ref(r))));
    } else {
      const { eq } = step;
      out.push(declareEq(eq, this.fn));
      // (another name for an array: its adjoint is that array's)
      const shadow = this.record.shadows.get(eq.out);
      const from = eq.args[0];
      if (shadow && from?.kind === 'var') out.push(declare('const', shadow, this.arrayAdjoint(from.v)));
    }
    return out;
  }

  // ---- statements ----

  /** Adds `value` into the adjoint of `v`, declaring a temporary's adjoint on its first contribution. */
  private contribute(out: TStmt[], v: Var, value: TExpr): void {
    const a = this.adjoint(v);
    if (this.isTemp(v) && !this.declared.has(v)) {
      this.declared.add(v);
      const many = (this.uses.get(v)?.count ?? 1) > 1;
      out.push(declare(many ? 'let' : 'const', a, value));
      return;
    }
    if (value.k === 'un' && value.op === '-') out.push({ k: 'assign', target: ref(a), op: '-=', value: value.e });
    else out.push({ k: 'assign', target: ref(a), op: '+=', value });
  }

  /**
   * `out = prim(args)`: each active argument gets `out_b * ∂out/∂arg`. In a self-update
   * (`x = f(x, …)`, `target` is x) the output's adjoint is x's: the other arguments are
   * served first, then x_b is scaled by its own partial.
   */
  private eq(code: TStmt[], s: Eq, { target, passThrough, reciprocal, inverts }: ReverseForm & { kind: 'eq' }): void {
    // another name for an array: its adjoint is the array's own (bound in the forward sweep), nothing to pass on
    if (!this.active.has(s.out) || s.out.type === 'f64[]') return;
    // (`x = 1 / x` whose assignment took the partial from x's new value: see assign)
    if (inverts && this.invertsFromNewValue(inverts, target!)) return;
    const rule = rules[s.prim];
    const outB = ref(target ? this.adjoint(target) : this.adjoint(s.out));
    if (rule.kind === 'zero') return;
    if (rule.kind === 'load') {
      const [array, i] = s.args;
      if (this.isActive(array!)) {
        code.push({ k: 'assign', target: index(this.arrayAdjoint(array.v), atomExpr(i!)), op: '+=', value: outB });
      }
      return;
    }
    const partials = reciprocal ? this.reciprocalPartials(code, s) : partialsOf(s, s.args.map(atomExpr), use(s.out));
    // Sum the partials of an argument that appears more than once (x * x).
    const byVar = new Map<Var, TExpr>();
    s.args.forEach((a, i) => {
      if (!this.isActive(a) || a.v === passThrough) return;
      const prev = byVar.get(a.v);
      byVar.set(a.v, prev ? add(prev, partials[i]!) : partials[i]!);
    });
    let self: TExpr | undefined;
    // A partial that depends on values may be infinite or NaN (1/x at 0, an overflowed
    // product); where the output's adjoint is zero (a value the result does not use on this
    // path) its contribution is zero, not 0·∞ = NaN: those go under `if (out_b !== 0)`.
    const guarded: TStmt[] = [];
    for (const [v, partial] of byVar) {
      if (v === target) { self = partial; continue; }
      if (finiteConstant(partial) || this.reaching.has(s)) this.contribute(code, v, timesPartial(outB, partial));
      else this.contributeGuarded(code, guarded, outB, v, partial);
    }
    if (target) {
      const n = ref(this.adjoint(target));
      if (self === undefined) code.push({ k: 'assign', target: n, op: '=', value: num(0) });
      else if (!(self.k === 'num' && self.value === 1)) (finiteConstant(self) || this.reaching.has(s) ? code : guarded).push({ k: 'assign', target: n, op: '=', value: mul(n, self) });
    }
    this.guard(code, outB, guarded);
  }

  private invertsFromNewValue(assign: Stmt, x: Var): boolean {
    return invertsFromNewValue(assign, x, { saved: this.plan.overwrites, snapshotVars: this.plan.snapshotVars });
  }

  /** The partials of `out = a / b` with b active, over one reciprocal `r = 1 / b` declared first (the row's reciprocal form). */
  private reciprocalPartials(code: TStmt[], s: Eq): TExpr[] {
    const { reciprocal } = rules[s.prim] as Rule & { kind: 'smooth'; reciprocal: Reciprocal };
    // `out = 1 / b` at the top level, b a value no statement reassigns: out, a constant in
    // scope, is that reciprocal; no division again (−out·out for b). (`d = 1 / d` reads d's new
    // value at its assignment instead, where the plan lets it: see assign.)
    const [a, b] = s.args;
    if (a?.kind === 'const' && a.value === 1 && b?.kind === 'var' && !b.v.mutable && this.topLevel.has(s.out) && !s.out.mutable) {
      const out = use(s.out);
      return [out, neg(mul(out, out))];
    }
    const r = this.names.derived(`${s.out.name}_r`, 'reciprocal', 'f64', s.out);
    code.push(declare('const', r, div(num(1), atomExpr(s.args[reciprocal.of]!))));
    return reciprocal.partials(s.args.map(atomExpr), ref(r), outAtHand(s, this.topLevel, this.plan.restoredVars) ? use(s.out) : undefined);
  }

  /**
   * `v_b += out_b * partial` when `out_b` is not zero: a temporary's first contribution is
   * its declaration, `out_b === 0 ? 0 : out_b * partial`; the others go into `guarded`.
   */
  private contributeGuarded(code: TStmt[], guarded: TStmt[], outB: TExpr, v: Var, partial: TExpr): void {
    if (this.isTemp(v) && !this.declared.has(v)) {
      this.contribute(code, v, cond(bin('===', outB, num(0)), num(0), timesPartial(outB, partial)));
    } else this.contribute(guarded, v, timesPartial(outB, partial));
  }

  /** `if (out_b !== 0) { … }` around the guarded contributions (see eq). */
  private guard(code: TStmt[], outB: TExpr, guarded: readonly TStmt[]): void {
    if (guarded.length === 0) return;
    code.push({ k: 'if', test: bin('!==', outB, num(0)), then: guarded, else: [], brief: guarded.length === 1 });
  }

  /**
   * `x = value`: restore x's old value if the sweep reads it, then hand x's adjoint to the
   * value; in a self-update, the defining equation of `value` finishes it (choices.ts).
   */
  private assign(code: TStmt[], s: Stmt & { kind: 'assign' }, top: boolean, selfUpdate: boolean, inverse?: Stmt): void {
    const x = s.target;
    const permutation = this.permuted.get(s);
    if (permutation) {
      if (permutation.last === s) this.unpermute(code, permutation);
    } else if (this.plan.overwrites.has(s)) {
      let old = popOf(x);
      // an integer counter (counters.ts): a step is inverted while the flag is set; an entry gives the flag back
      const flag = this.plan.counters?.flags.get(x);
      const step = this.plan.counters?.steps.get(s);
      const inverse = step === undefined ? undefined : bin(step === 1 ? '-' : '+', use(x), num(1));
      if (inverse && !top) old = flag !== undefined ? cond(ref(flag), inverse, old) : this.plan.counters!.proven.has(x) ? inverse : old;
      const entry = flag !== undefined && this.plan.counters!.entries.has(s);
      if (top) {
        const saved = this.record.saved.get(s);
        if (saved === undefined || (entry && !this.record.savedFlags.has(s))) throw new Error(`internal: no const in the record for the old value of ${x.name}`);
        old = ref(saved);
      }
      if (entry && !top) {
        // (the flag rides on the old value, see forward.ts: the last entry pushed is the old
        // value, an integer, where the flag was set, else a NaN with the old value below it)
        const last = this.names.derived(`${x.name}_last`, 'old', x.type, x);
        code.push(declare('const', last, tape('pop')));
        code.push({ k: 'assign', target: ref(flag!), op: '=', value: bin('===', ref(last), ref(last)) });
        code.push({ k: 'assign', target: use(x), op: '=', value: cond(ref(flag!), ref(last), tape('pop')) });
      } else {
        if (entry) code.push({ k: 'assign', target: ref(flag), op: '=', value: ref(this.record.savedFlags.get(s)!) });
        code.push({ k: 'assign', target: use(x), op: '=', value: old });
      }
      // (an array's adjoint array was saved with it, after it)
      const shadow = this.record.shadows.get(x);
      if (shadow) {
        let oldShadow = popOf(x);
        if (top) {
          const savedShadow = this.record.savedShadows.get(s);
          if (savedShadow === undefined) throw new Error(`internal: no const in the record for the old value of ${shadow.name}`);
          oldShadow = ref(savedShadow);
        }
        code.splice(code.length - 1, 0, { k: 'assign', target: ref(shadow), op: '=', value: oldShadow });
      }
    }
    // `x = 1 / x` not restored: x holds the new value here, and 1 / x_old is that value exactly
    // (choices.ts invertsFromNewValue): −x² without the old x or a division
    if (inverse && this.invertsFromNewValue(s, x)) {
      const xb = ref(this.adjoint(x));
      const step: TStmt = { k: 'assign', target: xb, op: '=', value: mul(xb, neg(mul(use(x), use(x)))) };
      if (this.reaching.has(inverse as Eq)) code.push(step);
      else this.guard(code, xb, [step]);
      return;
    }
    // rebinding an array: its adjoint is rebound with it in the forward sweep, nothing to pass on
    if (!this.active.has(x) || x.type === 'f64[]' || selfUpdate) return;
    const xb = ref(this.adjoint(x));
    const value = s.value;
    if (this.isActive(value)) this.contribute(code, value.v, xb);
    // x's adjoint starts over for its previous value; a top-level declaration has none.
    if (!(s.decl && top)) code.push({ k: 'assign', target: xb, op: '=', value: num(0) });
  }

  /**
   * The bindings before a run that permutes array variables (permute.ts), from those after it:
   * each source gets back what its target holds, and its adjoint array likewise.
   */
  private unpermute(code: TStmt[], p: Permutation): void {
    // a rotation's fresh array is what the variable it moved into holds (declared here, for the
    // reverse of the statements before the run that read it); its move has no inverse
    const intoFresh = p.moves.find((m) => m.source === p.fresh);
    if (intoFresh && p.freshNeeded) {
      code.push(declare('const', primal(p.fresh!), use(intoFresh.target)));
      const shadow = this.record.shadows.get(p.fresh!);
      if (shadow) code.push(declare('const', shadow, ref(this.record.shadows.get(intoFresh.target)!), this.shadowType(p.fresh!)));
    }
    const moves = p.moves.filter((m) => m !== intoFresh);
    // (each pair: what the target holds, the source it goes back to, and the target)
    const pairs: [TExpr, TExpr, DerivedVar][] = moves.map((m) => [use(m.target), use(m.source), primal(m.target)]);
    for (const m of moves) {
      const shadow = this.record.shadows.get(m.target);
      const sourceShadow = this.record.shadows.get(m.source);
      if (shadow && sourceShadow) pairs.push([ref(shadow), ref(sourceShadow), shadow]);
    }
    const held = pairs.map(([, , target]) => this.names.derived(`${target.name}_held`, 'held', target.type, target.of));
    pairs.forEach(([target], i) => code.push(declare('const', held[i]!, target)));
    pairs.forEach(([, source], i) => code.push({ k: 'assign', target: source, op: '=', value: ref(held[i]!) }));
    // the binding the rotation lost, popped (its adjoint array was pushed after it)
    if (p.lost) {
      const shadow = this.record.shadows.get(p.lost);
      if (shadow) code.push({ k: 'assign', target: ref(shadow), op: '=', value: popOf(p.lost) });
      code.push({ k: 'assign', target: use(p.lost), op: '=', value: popOf(p.lost) });
    }
  }

  /**
   * `a[i] = v`: restore the old element if the sweep reads it; the element's adjoint goes to v.
   * For an increment (`a[i] = a[i] + e`), the old element's adjoint is the new one's: it is
   * not cleared, and the load and the addition pass nothing back to it.
   */
  private store(code: TStmt[], s: Stmt & { kind: 'store' }, increment = false): void {
    const i = atomExpr(s.index);
    if (this.plan.overwrites.has(s)) {
      code.push({ k: 'assign', target: index(use(s.array), i), op: '=', value: tape('pop') });
    }
    if (!this.active.has(s.array)) return;
    const elementB = index(this.arrayAdjoint(s.array), i);
    // (a store past the end does nothing, and there is no adjoint there: read as 0, analyze/in-range.ts)
    if (this.isActive(s.value)) this.contribute(code, s.value.v, this.inRange.has(s) ? elementB : bin('??', elementB, num(0)));
    if (!increment) code.push({ k: 'assign', target: elementB, op: '=', value: num(0) });
  }

  private scaledSquare(code: TStmt[], u: Eq, { scaled, x }: { scaled: Eq; x: Var }): void {
    const v = use(scaled.out);
    const outB = ref(this.adjoint(u.out));
    if (this.reaching.has(u)) { this.contribute(code, x, mul(outB, add(v, v))); return; }
    const guarded: TStmt[] = [];
    this.contributeGuarded(code, guarded, outB, x, add(v, v));
    this.guard(code, outB, guarded);
  }

  /** What the rewrites of a block read of the sweep's facts. */
  private get rewriteFacts(): RewriteFacts {
    return { active: this.active, aliases: this.aliases, useCount: (v) => this.uses.get(v)?.count, writesOf: writes };
  }

  /**
   * `a.fill(v)`: v gets the sum of the elements' adjoints, which start over. A `number[]`
   * adjoint that grows with a (by push) may be longer than a here (the reverse of a later push
   * shrank a alone): a loop over a's length sums and clears it.
   */
  private fill(code: TStmt[], s: Stmt & { kind: 'fill' }): void {
    if (this.plan.overwrites.has(s)) code.push({ k: 'expr', e: tape('popArray', use(s.array)) });
    if (!this.active.has(s.array)) return;
    const ab = this.arrayAdjoint(s.array);
    if (this.dynamicArrays && this.record.grown.has(s.array) && this.record.shadows.has(s.array)) {
      const i = this.names.local('i', 'int');
      const total = this.names.local(`${s.array.name}_sum`, 'acc');
      const at = index(ab, ref(i));
      const wanted = this.isActive(s.value);
      code.push(
        ...(wanted ? [declare('let', total, num(0))] : []),
        {
          k: 'for', init: declare('let', i, num(0)),
          test: bin('<', ref(i), member(use(s.array), 'length')), update: update(i, '+=', 1),
          body: [...(wanted ? [{ k: 'assign', target: ref(total), op: '+=', value: at } as TStmt] : []), { k: 'assign', target: at, op: '=', value: num(0) }],
        },
      );
      if (wanted) this.contribute(code, (s.value as Atom & { kind: 'var' }).v, ref(total));
      return;
    }
    if (this.isActive(s.value)) this.contribute(code, s.value.v, helperCall('sum', ab));
    code.push({ k: 'expr', e: methodCall('fill', ab, num(0)) });
  }

  /** `a.push(v)`: v gets the last element's adjoint, and the array shrinks back. */
  private push(code: TStmt[], s: Stmt & { kind: 'push' }): void {
    // the pops keep the array's length what it was at each point, for any reverse code that reads it
    // (analyze/reverse-reads.ts decides which pushes pop: the array active, or read by later reverse code)
    if (!this.record.popped.has(s)) return;
    if (this.active.has(s.array) && this.isActive(s.value)) {
      const last = sub(member(use(s.array), 'length'), num(1));
      this.contribute(code, s.value.v, index(this.arrayAdjoint(s.array), last));
    }
    code.push({ k: 'expr', e: methodCall('pop', use(s.array)) });
  }

  /** Whether a call's reverse has anything to do: an output of it is active. */
  private callActive(s: Call): boolean {
    return callActive(s, this.active);
  }

  /**
   * `out = g(args)`: arrays g wrote go back to their state before the call, then `g_vjp`
   * (which recomputes g's forward sweep) adds the adjoints of g's inputs into a reused adj
   * object: arrays straight into their adjoint arrays (an inactive one into a scratch sink).
   */
  private call(code: TStmt[], s: Call): void {
    // The forward sweep saved the arrays the callee only writes, then those it also reads
    // (savedArgs). Those it reads go back to their state before the call, for its vjp to rerun
    // it; its vjp leaves them so and overwrites the others, which are restored after it.
    const saved = this.plan.overwrites.has(s);
    const pop = (i: number): TStmt => ({ k: 'expr', e: tape('popArray', atomExpr(s.args[i]!)) });
    const order = savedArgs(s);
    // In split mode g_rev takes the arrays as g left them (g_fwd recorded what it reads of
    // them): they go back to their state before the call after it.
    if (this.record.splitCalls.has(s)) {
      this.callCode(code, s, true);
      if (saved) code.push(...[...order].reverse().map(pop));
      return;
    }
    if (saved) code.push(...order.filter((i) => !s.pure.includes(i)).reverse().map(pop));
    this.callCode(code, s);
    if (saved) code.push(...order.filter((i) => s.pure.includes(i)).reverse().map(pop));
  }

  private callCode(code: TStmt[], s: Call, split = false): void {
    if (!this.callActive(s)) return;
    const { callee } = s;
    const mode = this.plan.callModes.get(s);
    const dropped = split ? this.record.dropped.get(s) : undefined;
    if (mode) code.push({ k: 'comment', text: callModeNote(s, split, mode, dropped !== undefined) });
    // a seed: a result that does not reach ours contributes nothing, seed 0, not the default 1
    const seed = s.out && this.active.has(s.out) ? [ref(this.adjoint(s.out))] : callee.returnsNumber ? [num(0)] : [];
    if (split && this.throughOwnAdj(code, s, seed, dropped)) return;
    // (named by the naming step, in the order the code is written: ir/names.ts nameLocals)
    const site = unnamed(`${callee.name}_adj`, 'siteAdj');
    // the parameters with a key in the callee's adj: not a boolean (no adjoint); in split mode,
    // g_rev's keys alone (splitAdjFields: none for an index whose adjoint is always zero)
    const keyed = new Set(split ? splitAdjFields(callee).map((f) => f.i) : callee.params.flatMap((p, i) => (p.boolean ? [] : [i])));
    const fields = callee.params.flatMap((p, i) => (keyed.has(i) ? [[p.key, p.array ? runtime('sink', num(0)) : num(0)] as const] : []));
    // allocated once per call of the generated function: at its start where the call is in a
    // loop, else where the call's reverse runs (at most once), so that a branch not taken
    // allocates nothing
    const decl: TStmt = declare('const', site, { k: 'object', fields });
    if (this.inLoop(s)) this.callSites.push(decl);
    else code.push(decl);
    const copiesBack: TStmt[] = [];
    callee.params.forEach((p, i) => {
      if (!keyed.has(i)) return;
      const a = s.args[i]!;
      const field = member(ref(site), p.key);
      if (p.array) code.push({ k: 'assign', target: field, op: '=', value: this.argAdjoint(code, s, i, copiesBack) });
      else if (this.isActive(a)) code.push({ k: 'assign', target: field, op: '=', value: num(0) });
    });
    const vjp: TStmt = { k: 'expr', e: call(fnCallee(callee.name, split ? 'rev' : vjpForm(s), runtimeFn(callee)), ...s.args.map((_, i) => argExpr(s, i)), ref(site), ...seed) };
    // (a result our result may not use on this path: no call with a zero seed, whose 0·∞ would be NaN; see eq)
    if (!split && s.writes.length === 0 && s.out && this.active.has(s.out) && !this.reaching.has(s)) this.guard(code, seed[0]!, [vjp, ...copiesBack]);
    else if (dropped) this.dropOrReverse(code, dropped, seed[0]!, [vjp, ...copiesBack]);
    else code.push(vjp, ...copiesBack);
    callee.params.forEach((p, i) => {
      const a = s.args[i]!;
      if (keyed.has(i) && !p.array && this.isActive(a)) this.contribute(code, a.v, member(ref(site), p.key));
    });
  }

  /**
   * The adjoint array a call's i-th argument (an array) gets in the callee's adj: its own (a
   * window of it), or a scratch sink for an inactive one. An array that grows by push has a
   * `number[]` adjoint (shadowType), where the callee's adj takes a Float64Array: it gets a copy,
   * copied back after the call (`copiesBack`; the callee adds into it).
   */
  private argAdjoint(code: TStmt[], s: Call, i: number, copiesBack: TStmt[]): TExpr {
    const a = s.args[i]!;
    const w = s.windows?.[i];
    let whole = this.isActive(a) ? this.arrayAdjoint(a.v) : undefined;
    if (whole && a.kind === 'var' && this.record.grown.has(a.v) && this.record.shadows.has(a.v)) {
      const list = whole;
      const copy = this.names.local(`${this.record.shadows.get(a.v)!.name}_f64`, 'siteAdj');
      // (element by element: the adjoint may be longer than the array here, grown by pushes
      // after the call that the reverse sweep has undone on the array alone)
      const each = (to: TExpr, from: TExpr): TStmt => {
        const k = this.names.local('k', 'int');
        return {
          k: 'for', init: declare('let', k, num(0)), test: bin('<', ref(k), member(ref(copy), 'length')),
          update: update(k, '+=', 1), body: [{ k: 'assign', target: index(to, ref(k)), op: '=', value: index(from, ref(k)) }],
        };
      };
      code.push(declare('const', copy, runtime('f64Zeros', member(use(a.v), 'length'))), each(ref(copy), list));
      copiesBack.push(each(list, ref(copy)));
      whole = ref(copy);
    }
    return whole ? windowed(whole, w)
      // (undefined passed for an optional array, `g(x, undefined)`: an empty one)
      : runtime('sink', w ? atomExpr(w.length) : isUndefinedAtom(a) ? num(0) : member(atomExpr(a), 'length'));
  }

  /** This function's keys in its own adj that every form of it has (split.ts splitAdjParams), by key. */
  private get ownAdjKeys(): ReadonlyMap<string, Param> {
    this.ownKeys ??= new Map(splitAdjParams(this.fn.params).map((p) => [p.key, p] as const));
    return this.ownKeys;
  }
  private ownKeys: Map<string, Param> | undefined;

  /** Parameters the body assigns (a number's value, an array's binding): their adjoint at a call is not the one adj gets. */
  private get reassignedParams(): ReadonlySet<Var> {
    if (!this.reassigned) {
      this.reassigned = new Set();
      for (const t of statements(this.fn.body)) {
        const ws = t.kind === 'assign' ? [t.target] : t.kind === 'eq' || t.kind === 'call' ? (t.out ? [t.out] : []) : t.kind === 'for' ? [t.index] : [];
        for (const v of ws) if (v.kind === 'param') this.reassigned.add(v);
      }
    }
    return this.reassigned;
  }
  private reassigned: Set<Var> | undefined;

  /**
   * A call in split mode whose callee's adj keys (splitAdjFields) are all keys of this
   * function's own adj, of the same kind, passes its own adj to g_rev: no object per call,
   * which in a recursion was one per level. An argument that is this function's parameter
   * of the same key, passed unchanged (`g(c, x, i + 1)` in g), needs nothing: what g_rev
   * adds into adj.x is what the caller would have added into x_b, which goes into adj.x at the
   * end (the same sum, in another order). Any other key is lent for the call: set aside,
   * set to the argument's adjoint (0 for a number, whose adjoint is read back after), and put
   * back. False where the keys do not match: the call gets an object of its own.
   */
  private throughOwnAdj(code: TStmt[], s: Call, seed: TExpr[], dropped: DroppedRecords | undefined): boolean {
    const fields = splitAdjFields(s.callee);
    if (fields.length === 0) return false;
    const own = this.ownAdjKeys;
    if (fields.some(({ p }) => { const q = own.get(p.key); return !q || (q.v.type === 'f64[]') !== p.array; })) return false;
    const adj = ref(ADJ);
    const lend: TStmt[] = [];
    const readBack: TStmt[] = [];
    const putBack: TStmt[] = [];
    const copiesBack: TStmt[] = [];
    for (const { p, i } of fields) {
      const q = own.get(p.key)!;
      const a = s.args[i]!;
      const field = member(adj, p.key);
      const unchanged = a.kind === 'var' && a.v === q.v && !s.windows?.[i] && this.isActive(a) && !this.reassignedParams.has(q.v);
      if (unchanged) continue;
      const saved = this.names.local(`adj_${p.key}`, 'siteAdj');
      lend.push(declare('const', saved, field));
      if (p.array) lend.push({ k: 'assign', target: field, op: '=', value: this.argAdjoint(lend, s, i, copiesBack) });
      else {
        lend.push({ k: 'assign', target: field, op: '=', value: num(0) });
        if (this.isActive(a)) this.contribute(readBack, a.v, field);
      }
      putBack.push({ k: 'assign', target: field, op: '=', value: ref(saved) });
    }
    const rev: TStmt = { k: 'expr', e: call(fnCallee(s.callee.name, 'rev', runtimeFn(s.callee)), ...s.args.map((_, i) => argExpr(s, i)), adj, ...seed) };
    if (dropped) {
      code.push(...lend);
      this.dropOrReverse(code, dropped, seed[0]!, [rev, ...copiesBack]);
      code.push(...readBack, ...putBack);
    } else code.push(...lend, rev, ...copiesBack, ...readBack, ...putBack);
    return true;
  }

  /**
   * The reverse of a call in split mode whose result may go unused (TapeRecord.dropped): the
   * tape's depth before the call, which the forward sweep pushed above g_fwd's records, popped;
   * then `g_rev` at a nonzero seed, else g_fwd's records dropped by setting the tape's top (and
   * the reference stack's depth) back to it, rather than `g_rev` at a zero seed (whose 0·∞ would
   * be NaN; and it would cost as much as g's reverse).
   */
  private dropOrReverse(code: TStmt[], dropped: DroppedRecords, seed: TExpr, reverse: readonly TStmt[]): void {
    if (dropped.refs) code.push(declare('const', dropped.refsAgain!, tape('pop')));
    code.push(declare('const', dropped.topAgain, tape('pop')));
    const drop: TStmt[] = [
      { k: 'assign', target: tape('top'), op: '=', value: ref(dropped.topAgain) },
      ...(dropped.refs ? [{ k: 'assign', target: tape('refCount'), op: '=', value: ref(dropped.refsAgain!) } as TStmt] : []),
    ];
    code.push({ k: 'if', test: bin('!==', seed, num(0)), then: [...reverse], else: drop });
  }

  /** A new array: its literal elements or fill value get the elements' adjoints. */
  private alloc(code: TStmt[], s: Stmt & { kind: 'alloc' }): void {
    if (!this.active.has(s.target)) return;
    const ab = this.arrayAdjoint(s.target);
    s.elements?.forEach((e, k) => { if (this.isActive(e)) this.contribute(code, e.v, index(ab, num(k))); });
    if (s.fill && this.isActive(s.fill)) this.contribute(code, s.fill.v, helperCall('sum', ab));
  }

  private ifStmt(code: TStmt[], s: Stmt & { kind: 'if' }): void {
    // (temporaries of the enclosing block taped at the end of one branch, which its reverse alone
    // reads: popped first there, the last pushed first; availability.ts inBranch)
    const steps = this.record.available.get(s) ?? [];
    const pops = (b: 'then' | 'else') => steps.flatMap((step) => (step.kind === 'tape' && step.branch === b ? this.stepCode(step) : [])).reverse();
    const then = [...pops('then'), ...this.block(s.then, false, s.loc.text)];
    const els = [...pops('else'), ...this.block(s.else, false, s.loc.text)];
    if (this.exitBranches.has(s.then)) this.exitCode.add(then);
    if (this.exitBranches.has(s.else)) this.exitCode.add(els);
    if (then.length === 0 && els.length === 0) return;
    const test = atomExpr(s.cond);
    const reversed: TStmt & { k: 'if' } = then.length > 0
      ? { k: 'if', test, then, else: els }
      : { k: 'if', test: negate(test), then: els, else: [] };
    // (in a loop, skipped while the adjoints it passes on are zero: idle-branches.ts)
    code.push(this.inLoop(s) ? skipWhileZero(reversed, (a) => a.of !== undefined && sometimesUnread(this.fn.body, s, a.of, this.active)) : reversed);
  }

  /** The reversed code of each counted loop, by statement (see checkpoint.ts). */
  readonly reversedLoops = new Map<Stmt, TStmt>();

  /** A counted loop runs backwards over the same indices. */
  private forStmt(code: TStmt[], s: Stmt & { kind: 'for' }, _top: boolean): void {
    const body = this.block(s.body, false, s.loc.text);
    if (body.length === 0) return;
    const from = atomExpr(s.from);
    const to = atomExpr(s.to);
    const k = Math.abs(s.step);
    // (iterations that commute run in the forward loop's order, its own header: ascend.ts)
    if (!s.checkpoint && commutes(body, primal(s.index), this.adjointArrays)) {
      const cmp = s.step > 0 ? (s.inclusive ? '<=' : '<') : (s.inclusive ? '>=' : '>');
      code.push({
        k: 'for', init: declare('let', primal(s.index), from), test: bin(cmp, use(s.index), to),
        update: update(primal(s.index), s.step > 0 ? '+=' : '-=', k), body,
      });
      this.reversedLoops.set(s, code[code.length - 1]!);
      return;
    }
    const intBound = s.to.kind === 'var' ? s.to.v.type === 'int' : Number.isInteger(s.to.value);
    let last: TExpr;
    if (s.step > 0) {
      // The last index reached: the largest from + k·m below (or at) the bound.
      const limit = s.inclusive
        ? (intBound ? to : mathCall('floor', to))
        : (intBound ? sub(to, num(1)) : sub(mathCall('ceil', to), num(1)));
      last = k === 1 ? limit : lastReached(from, limit, k);
      code.push({
        k: 'for', init: declare('let', primal(s.index), last), test: bin('>=', use(s.index), from),
        update: update(primal(s.index), '-=', k), body,
      });
      this.reversedLoops.set(s, code[code.length - 1]!);
    } else {
      const limit = s.inclusive
        ? (intBound ? to : mathCall('ceil', to))
        : (intBound ? add(to, num(1)) : add(mathCall('floor', to), num(1)));
      last = k === 1 ? limit : lastReached(from, limit, -k);
      code.push({
        k: 'for', init: declare('let', primal(s.index), last), test: bin('<=', use(s.index), from),
        update: update(primal(s.index), '+=', k), body,
      });
      this.reversedLoops.set(s, code[code.length - 1]!);
    }
  }

  /** A general loop replays its recorded trip count: body and condition, last iteration first. */
  /** The counter of the reverse of each loop whose body knows decisions from how it ended (exits.ts): named before its body is built. */
  private readonly exitCounters = new Map<Stmt, LocalVar>();
  /** The branches that set the flag of a loop reversed for its last iteration alone (exit-only.ts), and the code of their reverse. */
  private get exitBranches(): ReadonlySet<Block> {
    return this.exitBranchSet ??= new Set([...this.record.counted.values()].flatMap((c) => [...c.exitOnly?.branches ?? []]));
  }
  private exitBranchSet: ReadonlySet<Block> | undefined;
  private readonly exitCode = new Set<readonly TStmt[]>();

  private whileStmt(code: TStmt[], s: Stmt & { kind: 'while' }, top: boolean): void {
    const counted = this.record.counted.get(s);
    if (counted?.exit) this.exitCounters.set(s, this.names.local('k', 'int'));
    const pre = this.block(s.pre, false, s.loc.text);
    const body = this.block(s.body, false, s.loc.text);
    // (the record, made before this sweep, says which loops count their trips: it must agree)
    if ((pre.length === 0 && body.length === 0) !== (counted === undefined)) {
      throw new Error(`internal: the reverse of the loop '${s.loc.text}' is ${counted ? 'empty, and the record counts its trips' : 'not empty, and the record does not count its trips'}`);
    }
    if (!counted) return;
    const counter = counted.counter;
    const k = this.exitCounters.get(s) ?? this.names.local('k', 'int');
    // (popped before the trip count, pushed after it)
    if (counted.exit && counted.taped) code.push(declare('const', counted.exit.at, tape('popInt')));
    if (counted.exit && counted.exitOnly && pre.length === 0) {
      this.exitIteration(code, s, counted.exit.at, counted.exitOnly.steps, k, top ? ref(counter) : tape('popInt'), body);
      return;
    }
    code.push(...pre);
    code.push({
      k: 'for',
      init: declare('let', k, top ? ref(counter) : tape('popInt')),
      test: bin('>', ref(k), num(0)),
      update: update(k, '-=', 1),
      body: [...body, ...pre],
    });
  }

  /**
   * The reverse of a loop whose iterations but the one that left by its flag have a reverse
   * that only steps counters back (exit-only.ts): that iteration's reverse, if the loop ended
   * by the flag (its `at` is the trip count, else 0), then each counter moved back over the
   * other iterations at once. The proof was made on the IR; that the body's reverse pops
   * nothing outside the branches that set the flag is checked here on the code.
   */
  private exitIteration(code: TStmt[], s: Stmt & { kind: 'while' }, at: TVar, steps: ReadonlyMap<Var, number>, k: LocalVar, trips: TExpr, body: TStmt[]): void {
    if (this.popsOutside(body)) throw new Error(`internal: the reverse of '${s.loc.text}' pops the tape in an iteration that did not leave it, which exit-only.ts did not foresee`);
    code.push(declare(steps.size > 0 ? 'let' : 'const', k, trips));
    code.push({ k: 'comment', text: 'only the iteration that left the loop has a reverse: the others step counters back' });
    code.push({ k: 'if', test: bin('!==', ref(at), num(0)), then: [...body, ...(steps.size > 0 ? [{ k: 'expr', e: update(k, '-=', 1) } as TStmt] : [])], else: [] });
    for (const [v, d] of steps) {
      const by = Math.abs(d) === 1 ? ref(k) : mul(num(Math.abs(d)), ref(k));
      code.push({ k: 'assign', target: use(v), op: '=', value: d > 0 ? sub(use(v), by) : add(use(v), by) });
    }
  }

  /** Whether `code` pops the tape outside the reverse of a branch that sets a loop's flag (exitCode). */
  private popsOutside(code: readonly TStmt[]): boolean {
    const pops = (x: TExpr): boolean => x.k === 'tape' || anyChild(x, pops);
    return code.some((t) => anyOwnExpr(t, pops) || anyNested(t, (list) => !this.exitCode.has(list) && this.popsOutside(list)));
  }
}

/**
 * The last index `from + m·step` (m ≥ 0 as large as can be) at or before `limit` in the
 * direction of `step` (|step| ≥ 2): `from + ⌊(limit − from) / step⌋·step` counting up,
 * `⌈…⌉` counting down. When the loop runs zero times its limit lies behind its start, so does
 * this index (m < 0), and the reverse loop runs zero times as well; `(limit − from) % step`
 * would round toward zero, to one trip.
 */
function lastReached(from: TExpr, limit: TExpr, step: number): TExpr {
  if (from.k === 'num' && limit.k === 'num') return num(from.value + Math.floor((limit.value - from.value) / step) * step);
  const k = Math.abs(step);
  const distance = from.k === 'num' && from.value < 0 ? add(limit, num(-from.value))
    : limit.k === 'num' && limit.value === 0 ? neg(from) : sub(limit, from);
  const span = mul(mathCall(step > 0 ? 'floor' : 'ceil', bin('/', distance, num(k))), num(k));
  return from.k === 'num' && from.value === 0 ? span : add(from, span);
}

/** The written arguments a call saves, in push order: pure outputs first, then in-out arrays. */
/** The equation or call that defines each temporary. */
function definitions(block: Block): Map<Var, Eq | Call> {
  const out = new Map<Var, Eq | Call>();
  for (const s of statements(block)) if ((s.kind === 'eq' || s.kind === 'call') && s.out) out.set(s.out, s);
  return out;
}

export function savedArgs(s: Call): number[] {
  return [...s.writes.filter((i) => s.pure.includes(i)), ...s.writes.filter((i) => !s.pure.includes(i))];
}

/** The tape read that restores a value of `v`'s type. */
export function popOf(v: Var): TExpr {
  return v.type === 'bool' ? tape('popBool') : isArrayType(v.type) ? tape('popRef') : tape('pop');
}


function negate(e: TExpr): TExpr {
  return e.k === 'un' && e.op === '!' ? e.e : { k: 'un', op: '!', e };
}

export { statements, neg };

/**
 * The variables `stmts` assign whole (`h = tape.popRef()`), nested statements included (a
 * `for`'s init declares its index; a `try` is made after the sweep, by stack.ts).
 */
function assignedVars(stmts: readonly TStmt[], into: Set<TVar> = new Set()): Set<TVar> {
  eachStmt(stmts, (s) => { if (s.k === 'assign' && s.target.k === 'name' && s.target.v) into.add(s.target.v); }, { inits: false, enter: (s) => s.k !== 'try' });
  return into;
}

/** Variables' names, for an internal error. */
const varNames = (vs: readonly Var[]): string => `[${vs.map((v) => v.name).join(', ')}]`;

/**
 * Whether a partial is finite whatever the values: a number, or a choice between such numbers
 * (`a === out && b !== out ? 1 : 0`, Math.max's; min's, a piecewise-constant function's), whose
 * product with a zero adjoint is zero: no zero guard (daysToFlower's three Math.max a day).
 */
function finiteConstant(e: TExpr): boolean {
  switch (e.k) {
    case 'num': return Number.isFinite(e.value);
    case 'cond': return finiteConstant(e.then) && finiteConstant(e.else);
    case 'un': return e.op === '-' && finiteConstant(e.e);
    default: return false;
  }
}
