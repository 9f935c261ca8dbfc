/**
 * The tangent sweep: the function's own code (the forward sweep with an empty tape plan), and
 * beside each statement its tangent: `out_d = Σ ∂out/∂argᵢ · argᵢ_d` from the rules table's
 * partials, `a_d[i] = v_d` beside a store, a tangent array allocated beside each active array.
 * Only active variables (activity analysis) get tangents; nothing is recorded.
 */
import type { Atom, Call, Func, Stmt, Var } from '../ir/types.js';
import { constantValue, isUndefinedAtom } from '../ir/types.js';
import { type Callee, type TExpr, type TStmt, type TVar, add, atomExpr, bin, call, cond, declare, methodCall, div, index, member, mul, num, primal, ref, runtime, someExpr, use } from '../ir/target.js';
import { type Names, tangentName } from '../ir/names.js';
import { rules } from '../rules/table.js';
import { mayBeNonFinite } from '../analyze/reached.js';
import { statements, arrayAliases, holdingParams } from '../ir/walk.js';
import { argExpr } from '../reverse/backward.js';
import { ForwardSweep } from '../reverse/forward.js';
import { emptyPlan } from '../reverse/plan.js';
import type { Import } from '../reverse/index.js';
import { DiagnosticError, type Diagnostic } from '../diagnostics.js';

/** Why a function gets no jvp: the note (TSG2004), and its reason as its callers' notes quote it. */
export class NoTangent extends DiagnosticError {
  constructor(diagnostic: Diagnostic, readonly reason: string) {
    super(diagnostic);
  }
}

/** How a call's forward-mode derivative is computed, as `tangentFunctions` resolves it. */
export type CalleeJvp =
  /** `g_jvp(...args, tangent)` returns `{ value, tangent }` (writes the tangents of the arrays g writes). */
  | { readonly kind: 'jvp'; readonly callee: Callee; readonly import?: Import }
  /** The value from `g` itself (a package's function), the tangent from `g_jvp(...).tangent` of the runtime. */
  | { readonly kind: 'tangentOnly'; readonly callee: Callee; readonly import: Import }
  /**
   * `g_vjp(...args, t_adj)` into a fresh `t_adj` with g's keys (`keys`), and the tangent
   * `Σ t_adj.k · argₖ_d` (forward-mode vjps, forward/vjp.ts: a form second order differentiates).
   */
  | { readonly kind: 'vjp'; readonly callee: Callee; readonly keys: readonly string[] }
  /** None: the reason, in the user's words. */
  | { readonly kind: 'none'; readonly why: string; readonly hint: string };

export class TangentSweep extends ForwardSweep {
  private readonly tangents = new Map<Var, TVar>();
  /** Mutable variables whose tangent a declaration in place declared (the others are hoisted). */
  private readonly declared = new Set<Var>();
  /** Arrays that may grow (by `push`, or plain arrays stored past their end): their tangents are `number[]` (the others' are Float64Array). */
  private readonly pushed = new Set<Var>();
  readonly imports: Import[] = [];
  /** Array variables that may hold a parameter (holdingParams): their tangents' type is written out. */
  private tangentHoldsParam?: Set<Var>;
  /** Variables that may hold a sentinel's infinity (analyze/reached.ts): partials reading them guard a zero tangent. */
  private readonly nonFinite: ReadonlySet<Var>;

  constructor(private readonly func: Func, private readonly active: ReadonlySet<Var>, private readonly names: Names,
    private readonly file: string, private readonly jvpOf: (s: Call) => CalleeJvp) {
    super(func, emptyPlan(new Set()));
    this.nonFinite = mayBeNonFinite(func);
    const aliases = arrayAliases(func.body);
    for (const s of statements(func.body)) if (s.kind === 'push') for (const v of aliases.get(s.array) ?? [s.array]) this.pushed.add(v);
    // (a plain array (`[0, 0]`, `new Array(n)`) grows where a store goes past its end, `a[2] = x`:
    // its tangent must too, which a Float64Array would not; ckpt23 found f_jvp NaN there)
    for (const s of statements(func.body)) if (s.kind === 'alloc' && s.ctor === 'Array') for (const v of aliases.get(s.target) ?? [s.target]) this.pushed.add(v);
  }

  /** The tangent of an active variable, named `x_d` when first asked for. */
  tangent(v: Var): TVar {
    let t = this.tangents.get(v);
    if (!t) this.tangents.set(v, t = this.names.derived(tangentName(v.name), 'tangent', v.type, v));
    return t;
  }

  /** The tangent of an atom, or undefined where it has none (a constant, an inactive value). */
  tangentOf(a: Atom): TExpr | undefined {
    // (a constant table has none: an array variable bound to it, `c ? T : xs`, gets zeros)
    return a.kind === 'var' && this.active.has(a.v) && !this.tables.has(a.v) ? ref(this.tangent(a.v)) : undefined;
  }

  /** The constant tables the function reads. */
  private get tables(): ReadonlySet<Var> {
    return (this.tableVars ??= new Set((this.func.tables ?? []).map((t) => t.v)));
  }
  private tableVars?: ReadonlySet<Var>;

  /** A zero tangent for `v` (an array of its length). */
  private zeroFor(v: Var, value: TExpr): TExpr {
    return v.type === 'f64[]' ? { k: 'new', ctor: 'Float64Array', args: [member(value, 'length')] } : num(0);
  }

  /** The whole body: hoisted tangents, then each statement with its tangent. */
  body(): TStmt[] {
    const code = this.sweep();
    const hoisted: TStmt[] = [];
    for (const v of this.func.vars) {
      if (!this.active.has(v) || v.kind === 'param' || !v.mutable || this.declared.has(v) || !this.tangents.has(v)) continue;
      hoisted.push(v.type === 'f64[]'
        ? declare('let', this.tangent(v), { k: 'new', ctor: 'Float64Array', args: [num(0)] }, 'Float64Array')
        : declare('let', this.tangent(v), num(0)));
    }
    return [...hoisted, ...code];
  }

  protected override around(s: Stmt, code: TStmt[]): TStmt[] {
    switch (s.kind) {
      case 'eq': {
        if (!this.active.has(s.out)) return code;
        this.declared.add(s.out);
        return [...code, declare('const', this.tangent(s.out), this.eqTangent(s))];
      }
      case 'assign': {
        if (!this.active.has(s.target)) return code;
        const table = s.value.kind === 'var' ? this.func.tables?.find((t) => t.v === (s.value as { v: Var }).v) : undefined;
        // (a constant table's zeros are of its kind: a number[] table's a number[], as the variable holding it may be)
        const value = this.tangentOf(s.value) ?? (table?.ctor === 'Array'
          ? methodCall('fill', { k: 'new', ctor: 'Array', args: [member(atomExpr(s.value), 'length')] }, num(0))
          : this.zeroFor(s.target, atomExpr(s.value)));
        const declares = code.some((c) => c.k === 'decl' && c.v === primal(s.target));
        if (declares) {
          this.declared.add(s.target);
          return [...code, declare('let', this.tangent(s.target), value)];
        }
        return [...code, { k: 'assign', target: ref(this.tangent(s.target)), op: '=', value }];
      }
      case 'store': {
        if (!this.active.has(s.array)) return code;
        const value = this.tangentOf(s.value) ?? num(0);
        return [...code, { k: 'assign', target: index(ref(this.tangent(s.array)), atomExpr(s.index)), op: '=', value }];
      }
      case 'fill': {
        if (!this.active.has(s.array)) return code;
        return [...code, { k: 'expr', e: methodCall('fill', ref(this.tangent(s.array)), this.tangentOf(s.value) ?? num(0)) }];
      }
      case 'push': {
        if (!this.active.has(s.array)) return code;
        return [...code, { k: 'expr', e: methodCall('push', ref(this.tangent(s.array)), this.tangentOf(s.value) ?? num(0)) }];
      }
      case 'alloc': {
        if (!this.active.has(s.target)) return code;
        const kind = s.target.mutable ? 'let' : 'const';
        const t = this.tangent(s.target);
        this.declared.add(s.target);
        if (this.pushed.has(s.target)) {
          const init: TExpr = s.elements
            ? { k: 'array', elements: s.elements.map((e) => this.tangentOf(e) ?? num(0)) }
            : methodCall('fill', { k: 'new', ctor: 'Array', args: [atomExpr(s.length)] }, (s.fill && this.tangentOf(s.fill)) ?? num(0));
          // (one that may hold a parameter, whose tangent may be either, is never written: it does not grow)
          this.tangentHoldsParam ??= holdingParams(this.func.body);
          return [...code, declare(kind, t, init, this.tangentHoldsParam.has(s.target) ? 'Float64Array | number[]' : 'number[]')];
        }
        // (declared by the parameter it may hold: by that parameter's tangent)
        const held = this.placeholderParam(s);
        if (held && this.active.has(held)) {
          // (one that may also hold a number[] table, `c ? xs : T`, has its zeros: a number[])
          return [...code, declare(kind, t, ref(this.tangent(held)), s.ctor === 'Array' || this.holdsTable(s.target) ? 'Float64Array | number[]' : 'Float64Array')];
        }
        const init: TExpr = s.elements
          ? { k: 'new', ctor: 'Float64Array', args: [{ k: 'array', elements: s.elements.map((e) => this.tangentOf(e) ?? num(0)) }] }
          : s.fill && this.tangentOf(s.fill)
            ? methodCall('fill', { k: 'new', ctor: 'Float64Array', args: [atomExpr(s.length)] }, this.tangentOf(s.fill)!)
            : s.scratch ? runtime('f64Zeros', atomExpr(s.length)) : { k: 'new', ctor: 'Float64Array', args: [atomExpr(s.length)] };
        // (the tangent of one that may hold a parameter later: typed as the parameter's is)
        this.tangentHoldsParam ??= holdingParams(this.func.body);
        return [...code, declare(kind, t, init, this.tangentHoldsParam.has(s.target) ? 'Float64Array' : undefined)];
      }
      case 'call': return this.call(s, code);
      default: return code;
    }
  }

  /** `Σ ∂out/∂argᵢ · argᵢ_d` over the active arguments (an argument used twice gets its partials summed). */
  private eqTangent(s: Stmt & { kind: 'eq' }): TExpr {
    const rule = rules[s.prim];
    // another name for an array: its tangent array under that name too
    if (s.out.type === 'f64[]') return this.tangentOf(s.args[0]!) ?? this.zeroFor(s.out, atomExpr(s.args[0]!));
    if (rule.kind === 'zero') return num(0);
    if (rule.kind === 'load') {
      const [array, i] = s.args;
      const a = this.tangentOf(array!);
      return a ? index(a, atomExpr(i!)) : num(0);
    }
    const partials = rule.partials(s.args.map(atomExpr), use(s.out));
    const unsafe = this.nonFinite.size > 0 ? (p: TExpr) => partialMayNotBeFinite(p, (v) => v.of !== undefined && this.nonFinite.has(v.of)) : undefined;
    const byVar = new Map<Var, TExpr>();
    s.args.forEach((a, i) => {
      if (a.kind !== 'var' || !this.active.has(a.v)) return;
      const prev = byVar.get(a.v);
      byVar.set(a.v, prev ? add(prev, partials[i]!) : partials[i]!);
    });
    let sum: TExpr | undefined;
    for (const [v, partial] of byVar) {
      const term = times(partial, ref(this.tangent(v)), unsafe, this.nonFinite.has(v));
      if (term.k === 'num' && term.value === 0) continue;
      sum = sum === undefined ? term : term.k === 'un' && term.op === '-' ? bin('-', sum, term.e) : add(sum, term);
    }
    return sum ?? num(0);
  }

  /** A call: to the callee's jvp where a differentiated value flows through it, else to the callee itself. */
  private call(s: Call, code: TStmt[]): TStmt[] {
    const written = s.writes.map((i) => s.args[i]!).filter((a) => a.kind === 'var' && this.active.has(a.v));
    const outActive = s.out !== undefined && this.active.has(s.out);
    const inputs = s.args.filter((a) => a.kind === 'var' && this.active.has(a.v));
    if (inputs.length === 0 || (!outActive && written.length === 0)) return code;
    const how = this.jvpOf(s);
    if (how.kind === 'none') {
      const reason = `it calls '${s.callee.name}', ${how.why}`;
      throw new NoTangent({
        code: 'TSG2004', severity: 'info', file: this.file, ...s.at,
        message: `'${this.func.name}' gets no jvp (forward mode): ${reason}; its gradient is unaffected`,
        hint: how.hint,
      }, reason);
    }
    if (how.kind === 'vjp') return this.vjpCall(s, how.callee, how.keys, outActive);
    if (how.import) this.imports.push(how.import);
    const fields: (readonly [string, TExpr])[] = [];
    s.args.forEach((a, i) => {
      const t = this.tangentOf(a);
      const key = s.callee.params[i]?.key;
      if (!t || key === undefined) return;
      const w = s.windows?.[i];
      fields.push([key, w ? methodCall('subarray', t, atomExpr(w.offset), add(atomExpr(w.offset), atomExpr(w.length))) : t]);
    });
    const args = [...s.args.map((_, i) => argExpr(s, i)), { k: 'object', fields } as TExpr];
    const jvp = call(how.callee, ...args);
    if (how.kind === 'tangentOnly') {
      if (!s.out || !outActive) return code;
      return [...code, declare('const', this.tangent(s.out), member(jvp, 'tangent'))];
    }
    if (!s.out) return [{ k: 'expr', e: jvp }];
    const both = this.names.local(`${s.out.name}_jvp`, 'kept');
    return [
      declare('const', both, jvp),
      declare('const', primal(s.out), member(ref(both), 'value')),
      ...(outActive ? [declare('const', this.tangent(s.out), member(ref(both), 'tangent'))] : []),
    ];
  }

  /** See CalleeJvp's `vjp`: the callee's gradient into a fresh adj, dotted with the arguments' tangents. */
  private vjpCall(s: Call, vjp: Callee, keys: readonly string[], outActive: boolean): TStmt[] {
    if (!s.out) throw new Error(`internal: a call of ${s.callee.name} without a value in a forward-mode vjp`);
    // (the value as g_vjp returns it, g's bit for bit, into a fresh adj named after it, which
    // second order recognises by its role: second/statements.ts)
    const adjVar = this.names.derived(callAdjName(s.out.name), 'callAdj', s.out.type, s.out);
    const adj = ref(adjVar);
    // (an array argument's adjoint, which nobody reads: its argument is inactive here, so g_vjp
    // adds into the runtime's sink, as a reverse sweep's call does; fuzz seed 3 #360 gave it 0,
    // a number where g_vjp's adj has a Float64Array, which strict tsc refused)
    const zero = (k: string): TExpr => {
      const i = s.callee.params.findIndex((p) => p.key === k);
      // (undefined passed for an optional array: an empty one)
      return i >= 0 && s.callee.params[i]!.array ? runtime('sink', isUndefinedAtom(s.args[i]!) ? num(0) : member(argExpr(s, i), 'length')) : num(0);
    };
    const code: TStmt[] = [
      declare('const', adjVar, { k: 'object', fields: keys.map((k) => [k, zero(k)] as const) }),
      declare('const', primal(s.out), call(vjp, ...s.args.map((_, i) => argExpr(s, i)), adj)),
    ];
    if (!outActive) return code;
    const dot = gradientDot(adj, s.args.map((a, i) => [s.callee.params[i]?.key, this.tangentOf(a)] as const));
    return [...code, declare('const', this.tangent(s.out), dot)];
  }
}

/** The adj a forward-mode vjp's call of g fills, for its value `out`: `out_adj` (fresh, made unique by Names). */
function callAdjName(out: string): string {
  return `${out}_adj`;
}

/**
 * `Σ adj.k · tₖ` over the keys with a tangent: a value's tangent from the gradient a vjp put in
 * a fresh `adj` (seed 1) and its arguments' tangents; 0 where none has one.
 */
export function gradientDot(adj: TExpr, terms: readonly (readonly [string | undefined, TExpr | undefined])[]): TExpr {
  let sum: TExpr | undefined;
  for (const [key, t] of terms) {
    if (key === undefined || !t) continue;
    const term = mul(member(adj, key), t);
    sum = sum === undefined ? term : add(sum, term);
  }
  return sum ?? num(0);
}

/**
 * `partial · tangent`. A partial chosen by a test (`a === out ? 1 : 0` of `max`, a guarded `pow`)
 * chooses the term instead (`a === out ? a_d : 0`): the argument not chosen passes nothing on,
 * not 0 · its tangent, which is NaN where that tangent is infinite (`Math.max(1, Math.sqrt(x))`
 * at x = 0). `1 / y` gives `x_d / y`, as the reverse sweep's `x_b / y`.
 *
 * Near a sentinel (`fill(Infinity)`, see analyze/reached.ts mayBeNonFinite) a zero factor makes
 * the term zero, as the reverse sweep's `if (out_b !== 0)` does: a partial that
 * `mayNotBeFinite` gives `t === 0 ? 0 : partial · t` (an argument that does not move along the
 * direction passes nothing on, not ∞ · 0), and a tangent that `tangentMayNotBeFinite` gives
 * `partial === 0 ? 0 : partial · t` where the partial reads a sentinel too (exp(−∞/γ) is 0
 * whatever γ: its tangent too, not 0 · ∞).
 * soft-DTW's unreachable cells (trial42 repro/inf_sentinel_jvp.ts) made f_jvp NaN without them.
 */
export function times(partial: TExpr, tangent: TExpr, mayNotBeFinite?: (partial: TExpr) => boolean, tangentMayNotBeFinite = false): TExpr {
  if (partial.k === 'num' && partial.value === 0) return num(0);
  if (partial.k === 'cond') {
    return cond(partial.test, times(partial.then, tangent, mayNotBeFinite, tangentMayNotBeFinite), times(partial.else, tangent, mayNotBeFinite, tangentMayNotBeFinite));
  }
  const product = partial.k === 'bin' && partial.op === '/' && partial.l.k === 'num' && partial.l.value === 1 ? div(tangent, partial.r) : mul(partial, tangent);
  const unsafe = mayNotBeFinite?.(partial) ?? false;
  const zeroTangent = unsafe ? bin('===', tangent, num(0)) : undefined;
  // (a partial that reads no sentinel is 0 only where finite code's is, and gets no test)
  const zeroPartial = unsafe && tangentMayNotBeFinite ? bin('===', partial, num(0)) : undefined;
  const zero = zeroTangent && zeroPartial ? bin('||', zeroTangent, zeroPartial) : zeroTangent ?? zeroPartial;
  if (!zero) return product;
  // (a negative term stays one, for the sum's `a - (t === 0 ? 0 : p * t)`)
  return product.k === 'un' && product.op === '-' ? { k: 'un', op: '-', e: cond(zero, num(0), product.e) } : cond(zero, num(0), product);
}

/**
 * Whether a partial may be infinite or NaN: it is a constant that is not finite, or reads a
 * variable `unsafe` says may hold one (see analyze/reached.ts mayBeNonFinite).
 */
export function partialMayNotBeFinite(partial: TExpr, unsafe: (v: TVar) => boolean): boolean {
  return someExpr(partial, (x) => (x.k === 'num' && Math.abs(x.value) === Infinity)
    || (x.k === 'constant' && Math.abs(constantValue(x.constant) ?? 0) === Infinity)
    || (x.k === 'name' && x.v !== undefined && unsafe(x.v)));
}
