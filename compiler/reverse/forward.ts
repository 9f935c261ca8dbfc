/**
 * The forward sweep: the trace as code, plus what the record (record.ts) has it record for the
 * reverse sweep: old values pushed before an overwrite, temporaries pushed after their last
 * use, trip counts.
 */
import { type Atom, type Block, type Eq, type Func, type Stmt, type Throw, type Var, isArrayType, mayBeAbsentArray } from '../ir/types.js';
import { arrayAliases, holdingParams, statements, unreadDeclarations } from '../ir/walk.js';
import { type DeclType, type TExpr, type TStmt, type TapeOp, add, anyChild, anyNested, anyOwnExpr, atomExpr, bin, call, cond, declare, fnCallee, globalCall, index, located, mathCall, methodCall, not, num, primal, ref, runtime, str, sub, tape, update, use } from '../ir/target.js';
import { runtimeFn } from '../ir/names.js';
import { argExpr, declareEq, savedArgs } from './backward.js';
import { type TapePlan, type TapeRecord, emptyRecord } from './plan.js';
import { type Permutation, permutations } from './permute.js';

export class ForwardSweep {
  /**
   * Mutable variables declared where they are first assigned (top level), and arrays, declared
   * by their allocation in any block (as in the source, which scopes them there); the rest are hoisted.
   */
  private readonly declaredInPlace = new Set<Var>();
  /** Array variables that may hold a parameter (holdingParams): their type is written out. */
  private holdsParam?: Set<Var>;
  private aliasClasses?: Map<Var, ReadonlySet<Var>>;
  private unread?: Set<Stmt>;
  /** The code of each counted loop, by statement (checkpoint.ts replaces that of the checkpointed ones). */
  readonly loops = new Map<Stmt, TStmt>();
  /** Rebindings that permute array variables: the reverse sweep inverts them, nothing is saved (permute.ts). */
  private permuted?: Map<Stmt, Permutation>;
  private rotatedVars?: Set<Var>;

  /** `record`: what to record for the reverse sweep (record.ts recordPlan), read, never written; none for a primal's code. */
  constructor(private readonly fn: Func, private readonly plan: TapePlan, private readonly record: TapeRecord = emptyRecord) {
    for (const s of fn.body) {
      if (s.kind === 'assign' && s.decl && !this.declaredInPlace.has(s.target) && s.target.kind !== 'param') {
        this.declaredInPlace.add(s.target);
      }
    }
    for (const s of statements(fn.body)) if (s.kind === 'alloc') this.declaredInPlace.add(s.target);
  }

  /** The adjoint array of an array: a parameter's from adj (declared before the forward sweep where it reads them), a local's its variable. */
  private adjointOf(v: Var): TExpr {
    const a = this.record.shadows.get(v) ?? this.record.paramAdjoints.get(v);
    if (!a) throw new Error(`internal: the forward sweep binds the adjoint of '${v.name}', which has none in the record`);
    return ref(a);
  }

  /**
   * Of an empty array that only declares a variable which may hold a parameter (a zero-length
   * `alloc`, as a conditional array declaration starts): that parameter, to declare it with.
   */
  protected placeholderParam(s: Stmt): Var | undefined {
    if (s.kind !== 'alloc' || !s.target.mutable) return undefined;
    this.unread ??= unreadDeclarations(this.fn.body);
    if (!this.unread.has(s)) return undefined;
    this.holdsParam ??= holdingParams(this.fn.body);
    if (!this.holdsParam.has(s.target)) return undefined;
    this.aliasClasses ??= arrayAliases(this.fn.body);
    // (not one that may be left out, `w?: Float64Array`: its argument may be undefined)
    return [...this.aliasClasses.get(s.target) ?? []].find((v) => v.kind === 'param' && !this.fn.params.some((p) => p.v === v && mayBeAbsentArray(p)));
  }

  /** Whether the array variable `v` may hold a parameter, and its other names are `number[]` arrays (declared `Float64Array | number[]`). */
  protected listHoldingParam(v: Var): boolean {
    this.holdsParam ??= holdingParams(this.fn.body);
    if (!this.holdsParam.has(v)) return false;
    this.aliasClasses ??= arrayAliases(this.fn.body);
    const names = this.aliasClasses.get(v) ?? new Set([v]);
    return [...statements(this.fn.body)].some((t) => t.kind === 'alloc' && t.ctor === 'Array' && names.has(t.target));
  }

  /** Whether the array variable `v` may hold a constant table of the function (`c ? xs : T`). */
  protected holdsTable(v: Var): boolean {
    this.aliasClasses ??= arrayAliases(this.fn.body);
    const tables = new Set((this.fn.tables ?? []).map((t) => t.v));
    return [...this.aliasClasses.get(v) ?? []].some((w) => tables.has(w));
  }

  /** A new array's adjoint array, allocated beside it (zeroed), when it has one of its own. */
  private shadowAlloc(v: Var, length: TExpr): TStmt[] {
    const shadow = this.record.shadows.get(v);
    if (!shadow) return [];
    const kind = v.mutable ? 'let' : 'const';
    // (one that grows by push: a number[], see backward.ts shadowable; `[]` for `[]`)
    if (this.record.grown.has(v)) {
      const init: TExpr = length.k === 'num' && length.value <= 4 ? { k: 'array', elements: Array.from({ length: length.value }, () => num(0)) } : runtime('listZeros', length);
      return [declare(kind, shadow, init, 'number[]')];
    }
    return [declare(kind, shadow, runtime('f64Zeros', length))];
  }

  /** The function's own code, for a private copy of a helper: no tape, and its return. */
  primal(): TStmt[] {
    const body = this.sweep();
    return this.fn.result ? [...body, { k: 'return', e: atomExpr(this.fn.result) }] : body;
  }

  /** The code of statement `s` as emitted (forward mode adds each statement's tangent here). */
  protected around(_s: Stmt, code: TStmt[]): TStmt[] {
    return code;
  }

  sweep(): TStmt[] {
    const hoisted: TStmt[] = [];
    const assigned = new Set([...statements(this.fn.body)].flatMap((s) => (s.kind === 'assign' ? [s.target] : [])));
    for (const v of this.fn.vars) {
      if (!v.mutable || v.kind === 'param' || this.declaredInPlace.has(v) || !assigned.has(v)) continue;
      hoisted.push(declare('let', primal(v), v.type === 'bool' ? { k: 'bool', value: false } : v.type === 'str' ? str('') : num(0), tsType(v)));
    }
    // (the flag of each integer counter: whether its steps are inverted, see counters.ts)
    for (const flag of this.plan.counters?.flags.values() ?? []) hoisted.push(declare('let', flag, { k: 'bool', value: false }));
    return [...hoisted, ...this.block(this.fn.body, true)];
  }

  /** Whether the assignment `s`, an overwrite the plan saves, pushes the old value: not in a permuting run, but a rotation's lost binding (permute.ts). */
  private pushesOld(s: Stmt & { kind: 'assign' }): boolean {
    const p = (this.permuted ??= permutations(this.fn, this.plan, this.record)).get(s);
    return p === undefined || p.lost === s.target;
  }

  /** The fresh arrays of rotations that the reverse sweep takes back from a variable, not from the tape. */
  private rotated(): ReadonlySet<Var> {
    return this.rotatedVars ??= new Set([...(this.permuted ??= permutations(this.fn, this.plan, this.record)).values()].flatMap((p) => (p.freshNeeded ? [p.fresh!] : [])));
  }

  private block(block: Block, top: boolean): TStmt[] {
    const out: TStmt[] = [];
    const firstDecl = new Set<Var>();
    // (the loads since the block's last statement other than an equation: what they loaded is
    // still in the arrays, for a store's save to push rather than load again)
    let loads: Eq[] = [];
    for (const s of block) {
      const from = out.length;
      out.push(...this.around(s, this.stmt(s, top, firstDecl, loads)));
      // (an equation that writes a load's index or value ends what is known of it)
      if (s.kind !== 'eq') loads = [];
      else loads = [...loads.filter((l) => l.out !== s.out && !(l.args[1]?.kind === 'var' && l.args[1].v === s.out)), ...(s.prim === 'load' ? [s] : [])];
      const after = this.record.pushAfter.get(s) ?? [];
      // The decision of an `if` (its condition, first to be pushed after it): a constant at the
      // end of each branch, 1 or 0, rather than `c ? 1 : 0` after it, which V8 compiles to a
      // select of its own after the branches join (compute-l2norm's loop, two decisions per
      // element: its forward sweep 5.6 µs, 4.3 µs so)
      const emitted = out[out.length - 1];
      const decided = s.kind === 'if' && s.cond.kind === 'var' && after[0] === s.cond.v && out.length === from + 1 && emitted?.k === 'if';
      if (decided) {
        const push = (value: number): TStmt => ({ k: 'expr', e: tape('push', num(value)) });
        out[out.length - 1] = { ...emitted, then: [...emitted.then, push(1)], else: [...emitted.else, push(0)] };
      }
      out.push(...this.pushes(decided ? after.slice(1) : after));
      for (const v of this.plan.snapshots.get(s) ?? []) {
        out.push({ k: 'expr', e: tape(isArrayType(v.type) ? 'pushArray' : pushOf(v), use(v)) });
      }
      out.splice(from, out.length - from, ...located(out.slice(from), s.loc));
    }
    return out;
  }

  /** The pushes of temporaries the reverse sweep pops (record.ts pushAfter, pushInBranch), in order. */
  private pushes(vars: readonly Var[]): TStmt[] {
    const out: TStmt[] = [];
    for (const v of vars) {
      // (a rotation's fresh array: the reverse sweep takes it back from the variable holding it)
      if (this.rotated().has(v)) continue;
      out.push({ k: 'expr', e: tape(pushOf(v), use(v)) });
      const shadow = this.record.shadows.get(v);
      if (shadow) out.push({ k: 'expr', e: tape('pushRef', ref(shadow)) });
    }
    return out;
  }

  private stmt(s: Stmt, top: boolean, firstDecl: Set<Var>, loads: readonly Eq[] = []): TStmt[] {
    switch (s.kind) {
      case 'eq': {
        // `x = !x` (in a loop): tsc would infer the temporary's type from x's, which it infers from it
        const arg = s.args[0];
        const toggle = s.prim === 'not' && arg?.kind === 'var' && arg.v.mutable &&
          [...statements(this.fn.body)].some((t) => t.kind === 'assign' && t.target === arg.v && t.value.kind === 'var' && t.value.v === s.out);
        // (`const t = cur` of a `number[]` variable that may hold a parameter, declared
        // `Float64Array | number[]`: in a loop that rebinds cur to t, tsc cannot infer t's type, TS7022)
        const union = s.prim === 'copy' && this.listHoldingParam(s.out);
        const decl = declareEq(s, this.fn, toggle ? 'boolean' : union ? 'Float64Array | number[]' : undefined);
        // another name for an array, and for its adjoint array
        const shadow = this.record.shadows.get(s.out);
        const from = s.args[0];
        return shadow && from?.kind === 'var' ? [decl, declare('const', shadow, this.adjointOf(from.v))] : [decl];
      }
      case 'assign': {
        const out: TStmt[] = [];
        const value = atomExpr(s.value);
        // rebinding an array rebinds its adjoint array
        const shadow = this.record.shadows.get(s.target);
        const shadowValue = shadow && s.value.kind === 'var' ? this.adjointOf(s.value.v) : undefined;
        // an integer counter's flag (counters.ts): set at each entry, saved with the old value
        const counters = this.plan.counters;
        const flag = counters?.flags.get(s.target);
        const entry = flag !== undefined && counters!.entries.has(s);
        const setFlag: TStmt[] = entry ? [{ k: 'assign', target: ref(flag), op: '=', value: bin('&&',
          globalCall('Number', 'isInteger', use(s.target)), bin('<=', mathCall('abs', use(s.target)), bin('**', num(2), num(52)))) }] : [];
        if (top && s.decl && this.declaredInPlace.has(s.target) && !firstDecl.has(s.target)) {
          firstDecl.add(s.target);
          return [declare('let', primal(s.target), value),
            ...(shadow && shadowValue ? [declare('let', shadow, shadowValue)] : []), ...setFlag];
        }
        const saved = this.record.saved.get(s);
        const savedShadow = this.record.savedShadows.get(s);
        const savedFlag = this.record.savedFlags.get(s);
        if (saved) {
          out.push(declare('const', saved, use(s.target)));
          if (shadow && savedShadow) out.push(declare('const', savedShadow, ref(shadow)));
          if (entry && savedFlag) out.push(declare('const', savedFlag, ref(flag)));
        } else if (this.plan.overwrites.has(s) && this.pushesOld(s)) {
          const push: TStmt = { k: 'expr', e: tape(pushOf(s.target), use(s.target)) };
          // a counter's step pushes only while its flag is not set
          if (flag !== undefined && counters!.steps.has(s)) out.push({ k: 'if', test: not(ref(flag)), then: [push], else: [], brief: true });
          else if (!(counters?.proven.has(s.target) && counters.steps.has(s))) out.push(push);
          if (shadow) out.push({ k: 'expr', e: tape('pushRef', ref(shadow)) });
          // an entry's flag rides on the old value: set, the old value (an integer) is all there is;
          // not set, a NaN follows it, which no integer is (backward.ts pops and tells them apart)
          if (entry) out.push({ k: 'if', test: not(ref(flag)), then: [{ k: 'expr', e: tape('push', num(NaN)) }], else: [], brief: true });
        }
        out.push({ k: 'assign', target: use(s.target), op: '=', value });
        if (shadow && shadowValue) out.push({ k: 'assign', target: ref(shadow), op: '=', value: shadowValue });
        out.push(...setFlag);
        return out;
      }
      case 'store': {
        const element = index(use(s.array), atomExpr(s.index));
        // the old value: that of a load of the same element earlier in the block, if only
        // equations came between (`W[i] = W[i] - 2 * v * s` pushes the W[i] it loaded), else loaded again
        const same = (a: Atom, b: Atom) => (a.kind === 'var' ? b.kind === 'var' && a.v === b.v : b.kind === 'const' && a.value === b.value);
        const loaded = loads.find((l) => l.args[0]?.kind === 'var' && l.args[0].v === s.array && same(l.args[1]!, s.index));
        const save: TStmt[] = this.plan.overwrites.has(s) ? [{ k: 'expr', e: tape('push', loaded ? use(loaded.out) : element) }] : [];
        return [...save, { k: 'assign', target: element, op: '=', value: atomExpr(s.value) }];
      }
      case 'fill': {
        const a = use(s.array);
        const save: TStmt[] = this.plan.overwrites.has(s) ? [{ k: 'expr', e: tape('pushArray', a) }] : [];
        return [...save, { k: 'expr', e: methodCall('fill', use(s.array), atomExpr(s.value)) }];
      }
      case 'push': {
        // (an adjoint that grows with the array: a zero beside each element, so indices agree)
        const shadow = this.record.grown.has(s.array) ? this.record.shadows.get(s.array) : undefined;
        return [{ k: 'expr', e: methodCall('push', use(s.array), atomExpr(s.value)) },
          ...(shadow ? [{ k: 'expr', e: methodCall('push', ref(shadow), num(0)) } as TStmt] : [])];
      }
      case 'call': {
        const save: TStmt[] = this.plan.overwrites.has(s)
          ? savedArgs(s).map((i) => ({ k: 'expr', e: tape('pushArray', atomExpr(s.args[i]!)) }) as TStmt) : [];
        // (in split mode, g_fwd: g, recording on the tape what g_rev will need; see split.ts)
        const split = this.record.splitCalls.has(s);
        const value = call(fnCallee(s.callee.name, split ? 'fwd' : 'primal', runtimeFn(s.callee)), ...s.args.map((_, i) => argExpr(s, i)));
        const made: TStmt = s.out ? declare('const', primal(s.out), value) : { k: 'expr', e: value };
        // (one whose records the reverse may drop: the tape's depth before it, pushed above them)
        const dropped = this.record.dropped.get(s);
        if (!dropped) return [...save, made];
        return [...save,
          declare('const', dropped.top, tape('top')), ...(dropped.refs ? [declare('const', dropped.refs, tape('refCount'))] : []),
          made,
          { k: 'expr', e: tape('push', ref(dropped.top)) }, ...(dropped.refs ? [{ k: 'expr', e: tape('push', ref(dropped.refs)) } as TStmt] : [])];
      }
      case 'alloc': {
        if (s.elements) {
          const literal: TExpr = { k: 'array', elements: s.elements.map(atomExpr) };
          const adjoint = this.shadowAlloc(s.target, num(s.elements.length));
          // (`let b = [x, y]; b = rs`: rebound later, so not a const)
          const kind = s.target.mutable ? 'let' : 'const';
          this.holdsParam ??= holdingParams(this.fn.body);
          const holds = this.holdsParam.has(s.target);
          if (s.ctor !== 'Array') return [declare(kind, primal(s.target), { k: 'new', ctor: s.ctor, args: [literal] }, holds ? s.ctor : undefined), ...adjoint];
          return [declare(kind, primal(s.target), literal, holds ? 'Float64Array | number[]' : 'number[]'), ...adjoint];
        }
        // (one that may hold a parameter later: typed as the parameter is, `Float64Array`)
        this.holdsParam ??= holdingParams(this.fn.body);
        const held = this.placeholderParam(s);
        if (held) {
          // (declared before the branches that bind it, `const src = c ? a : b`: bound to a
          // parameter it may hold, and the parameter's adjoint, rather than to an empty new array)
          const shadow = this.record.shadows.get(s.target);
          // (or a constant table, a number[]: `c ? xs : T`)
          return [declare('let', primal(s.target), use(held), s.ctor === 'Array' || this.holdsTable(s.target) ? 'Float64Array | number[]' : s.ctor),
            ...(shadow ? [declare('let', shadow, this.adjointOf(held))] : [])];
        }
        // (a module's scratch buffer, which its source allocates once: a pooled one, trial49)
        const created: TExpr = s.scratch ? runtime('f64Zeros', atomExpr(s.length)) : { k: 'new', ctor: s.ctor, args: [atomExpr(s.length)] };
        const init = s.fill ? methodCall('fill', created, atomExpr(s.fill)) : created;
        // (a plain one's is the union its tangent has too, never written: f_hvp's tangent copies the type)
        const type: { type?: DeclType } = !this.holdsParam.has(s.target) ? (s.ctor === 'Array' ? { type: 'number[]' } : {}) : { type: s.ctor === 'Array' ? 'Float64Array | number[]' : s.ctor };
        // (said where it is declared: the source's name is the module's, not a local's)
        const said: TStmt[] = s.scratch ? [{ k: 'comment', text: `the module's scratch buffer ${s.target.name}, written whole before it is read: a zeroed one per call from the runtime's pool` }] : [];
        return [...said, declare(s.target.mutable ? 'let' : 'const', primal(s.target), init, type.type),
          ...this.shadowAlloc(s.target, atomExpr(s.length))];
      }
      case 'if': {
        // (temporaries the reverse of one branch alone reads: pushed at the end of that branch, record.ts)
        const inBranch = this.record.pushInBranch.get(s);
        return [{ k: 'if', test: atomExpr(s.cond), then: [...this.block(s.then, false), ...this.pushes(inBranch?.then ?? [])],
          else: [...this.block(s.else, false), ...this.pushes(inBranch?.else ?? [])] }];
      }
      case 'for': {
        const i = use(s.index);
        const cmp = s.step > 0 ? (s.inclusive ? '<=' : '<') : (s.inclusive ? '>=' : '>');
        const k = Math.abs(s.step);
        const loop: TStmt = {
          k: 'for', init: declare('let', primal(s.index), atomExpr(s.from)),
          test: bin(cmp, i, atomExpr(s.to)), update: update(primal(s.index), s.step > 0 ? '+=' : '-=', k), body: this.block(s.body, false),
          trips: tripBound(s.from, s.to, s.step),
        };
        this.loops.set(s, loop);
        return [loop];
      }
      case 'throw': return [{ k: 'throw', e: thrown(s) }];
      case 'log': return [{ k: 'expr', e: call({ k: 'console', method: s.method }, ...s.args.map(concatenated)) }];
      case 'while': {
        const counted = this.record.counted.get(s);
        const pre = this.block(s.pre, false);
        const body = breakAtExit(this.block(s.body, false), pre);
        const count: TStmt[] = counted ? [{ k: 'expr', e: update(counted.counter, '+=', 1) }] : [];
        const out: TStmt[] = [];
        if (counted) out.push(declare('let', counted.counter, num(0)));
        // (a bound from the loop's header: the runs of its body, and of its test once more)
        const trips = s.most !== undefined ? { trips: num(s.most + 1) } : {};
        if (pre.length === 0) {
          out.push({ k: 'while', test: atomExpr(s.cond), body: [...count, ...body], ...trips });
        } else {
          out.push({ k: 'loop', body: [...pre, { k: 'if', test: { k: 'un', op: '!', e: atomExpr(s.cond) }, then: [{ k: 'break' }], else: [] }, ...count, ...body], ...trips });
        }
        if (counted?.taped) out.push({ k: 'expr', e: tape('pushInt', ref(counted.counter)) });
        // (how the loop ended, for the decisions its reverse knows from it: exits.ts)
        const exit = counted?.exit;
        if (exit) {
          const at = cond(use(exit.flag), ref(counted.counter), num(0));
          out.push(counted.taped ? { k: 'expr', e: tape('pushInt', at) } : declare('const', exit.at, at));
        }
        return out;
      }
    }
  }
}

/**
 * The code of a loop's body that ends by setting a jump flag and guarding the rest of the
 * iteration by it (exits.ts: a `for` loop's step after an early `break` or `return`),
 *
 *   if (c) { …; ret = true; }  const t = !ret;  if (t) { rest }
 *
 * leaves the loop where it sets the flag: `if (c) { …; ret = true; break; }  rest`. The
 * iteration that sets it runs nothing after that, and the loop's test, which requires the flag
 * unset, ends the loop next; skipping that test changes nothing where its code pushes nothing
 * on the tape and assigns nothing. The flag is still set for what follows the loop. betacf's forward sweep: 74 →
 * 70 ns (the primal's 52), one test and one branch fewer an iteration.
 */
function breakAtExit(body: TStmt[], pre: readonly TStmt[]): TStmt[] {
  const [exit, unset, rest] = body.slice(-3);
  if (exit?.k !== 'if' || exit.else.length > 0 || unset?.k !== 'decl' || unset.kind !== 'const' || rest?.k !== 'if' || rest.else.length > 0) return body;
  // (the flag and the guard by variable: the forward sweep's are the trace's, TVars)
  const flag = unset.init?.k === 'un' && unset.init.op === '!' && unset.init.e.k === 'name' ? unset.init.e.v : undefined;
  const guard = unset.v;
  if (flag === undefined || guard === undefined || rest.test.k !== 'name' || rest.test.v !== guard) return body;
  const sets = exit.then.at(-1);
  if (sets?.k !== 'assign' || sets.op !== '=' || sets.target.k !== 'name' || sets.target.v !== flag || sets.value.k !== 'bool' || !sets.value.value) return body;
  // (the guard's variable read nowhere else, a name that is no TVar taken for any variable so
  // named; the test's code only declares values of arithmetic: no assignment, no tape, no call
  // but Math's, whose callee could push records)
  const reads = (x: TExpr): boolean => (x.k === 'name' && (x.v ? x.v === guard : x.name === guard.name)) || anyChild(x, reads);
  const inCode = (code: readonly TStmt[], f: (x: TExpr) => boolean): boolean => code.some((t) => anyOwnExpr(t, f) || anyNested(t, (b) => inCode(b, f)));
  const effects = (x: TExpr): boolean => x.k === 'tape' || x.k === 'runtime' || x.k === 'new' || (x.k === 'call' && x.callee.k !== 'math') || anyChild(x, effects);
  if (inCode(body.slice(0, -3), reads) || inCode([exit], reads) || inCode(rest.then, reads) || !pre.every((t) => t.k === 'decl' && !(t.init && effects(t.init)))) return body;
  return [...body.slice(0, -3), { ...exit, then: [...exit.then, { k: 'break' }] }, ...rest.then];
}

/**
 * At least the iterations of `for i = from; i < to (or <=, >, >=); step`: |to − from| + 1 (for
 * any step of one or more, and a bound that need not be an integer), as an expression on the
 * atoms; negative or NaN where the loop does not run (stack.ts counts those as none).
 */
function tripBound(from: Atom, to: Atom, step: number): TExpr {
  const [hi, lo] = step > 0 ? [to, from] : [from, to];
  if (hi.kind === 'const' && lo.kind === 'const' && hi.named === undefined && lo.named === undefined) return num((hi.value as number) - (lo.value as number) + 1);
  if (lo.kind === 'const' && lo.named === undefined) {
    const k = 1 - (lo.value as number);
    return k === 0 ? atomExpr(hi) : k > 0 ? add(atomExpr(hi), num(k)) : sub(atomExpr(hi), num(-k));
  }
  return add(sub(atomExpr(hi), atomExpr(lo)), num(1));
}

/**
 * What a `throw` throws: `new RangeError("n must be positive, got " + n)`, or the string. The
 * message starts with text, so that `+` concatenates (`"" + a + b`, never `a + b`).
 */
function thrown(s: Throw): TExpr {
  let message: TExpr | undefined;
  if (s.message) {
    const parts = typeof s.message[0] === 'string' ? s.message : ['', ...s.message];
    for (const m of parts) {
      const e = typeof m === 'string' ? str(m) : atomExpr(m);
      // (built unsimplified: bin() would drop a `+ 0`)
      message = message ? { k: 'bin', op: '+', l: message, r: e } : e;
    }
  }
  if (!s.error) return message ?? str('');
  return { k: 'new', ctor: s.error, args: message ? [message] : [] };
}

/** Text and values, concatenated (one value alone is itself). */
function concatenated(parts: readonly (string | Atom)[]): TExpr {
  if (parts.length === 1 && typeof parts[0] !== 'string') return atomExpr(parts[0]!);
  const all = typeof parts[0] === 'string' ? parts : ['', ...parts];
  let out: TExpr | undefined;
  for (const m of all) {
    const e = typeof m === 'string' ? str(m) : atomExpr(m);
    out = out ? { k: 'bin', op: '+', l: out, r: e } : e;
  }
  return out ?? str('');
}

/** The tape method that saves a value of `v`'s type. */
function pushOf(v: Var): TapeOp {
  // (a string never reaches a derivative: nothing saves one)
  if (v.type === 'str') throw new Error(`internal: the string '${v.name}' would be saved on the tape`);
  return v.type === 'bool' ? 'pushBool' : isArrayType(v.type) ? 'pushRef' : 'push';
}

export function tsType(v: Var): DeclType {
  return v.type === 'bool' ? 'boolean' : v.type === 'f64[]' ? 'Float64Array' : v.type === 'str' ? 'string' : 'number';
}
