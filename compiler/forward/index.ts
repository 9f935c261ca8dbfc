/**
 * Forward mode: from a function's trace and its activity, the body of its Jacobian-vector
 * product `f_jvp(...params, tangent)`: one sweep, each statement followed by its tangent
 * (`v̇ᵢ = Σ ∂φᵢ/∂vⱼ · v̇ⱼ`, the partials of the rules table that reverse mode reads too). No tape.
 *
 * A function whose jvp cannot be built (it calls a registered derivative, which has no
 * forward form, or a function whose own jvp cannot be built) gets none, and an informational
 * diagnostic (TSG2004) says why: its gradient is never affected.
 */
import { resolve } from 'node:path';
import type { Call, Func, Param, Var } from '../ir/types.js';
import { type LocalVar, type TExpr, type TStmt, atomExpr, cond, declare, fnCallee, member, name, num, paramLength, ref, typedElementLoads, use } from '../ir/target.js';
import { formName, runtimeFn } from '../ir/names.js';
import { DiagnosticError, type Diagnostic } from '../diagnostics.js';
import { unrollShortLoops } from '../reverse/unroll.js';
import type { Import } from '../reverse/index.js';
import { type CalleeJvp, NoTangent, TangentSweep } from './sweep.js';

/** The forward-mode IR of one function: the body of `f_jvp`, its return included. */
export interface TangentFunction {
  readonly name: string;
  /** The parameter that holds the input tangents (`tangent`, unless the source uses that name). */
  readonly tangentParam: string;
  readonly body: readonly TStmt[];
  /** The keys of the array parameters it writes (outputs: their tangents are written into the tangent object's arrays). */
  readonly written: readonly string[];
  readonly imports: readonly Import[];
}

/** The kernels of tsgrad/runtime with a `name_jvp` there (runtime/tangents.ts). */
const runtimeKernels: ReadonlySet<string> = new Set(['sum', 'dot', 'logsumexp', 'sigmoid', 'softmax', 'matvec', 'matmul', 'qr']);
/** Elementary functions of packages whose derivatives the runtime gives (runtime/elementary.ts). */
const runtimeElementary: ReadonlySet<string> = new Set(['pow', 'sin', 'cos']);

/** One function to build a jvp for. */
export interface TangentInput {
  readonly key: string;
  readonly file: string;
  readonly fn: Func;
  readonly active: ReadonlySet<Var>;
}

/**
 * The jvps of the functions given, by key, and for those that get none, why. A function
 * whose callee (called, not inlined) gets no jvp gets none either.
 */
export function tangentFunctions(inputs: readonly TangentInput[], keyOf: (file: string, name: string) => string):
  { built: Map<string, TangentFunction>; refused: Map<string, Diagnostic> } {
  const refused = new Map<string, Diagnostic>();
  const reasons = new Map<string, string>();
  const built = new Map<string, TangentFunction>();
  const byKey = new Map(inputs.map((i) => [i.key, i]));
  for (let changed = true; changed;) {
    changed = false;
    built.clear();
    for (const input of inputs) {
      if (refused.has(input.key)) continue;
      const jvpOf = (s: Call): CalleeJvp => calleeJvp(s, (file, n) => {
        const k = keyOf(file, n);
        if (byKey.has(k) && !refused.has(k)) return undefined;
        return reasons.get(k) ?? 'tsgrad does not differentiate it here';
      });
      try {
        built.set(input.key, tangentFunction(input.fn, input.active, input.file, jvpOf));
      } catch (e) {
        reasons.set(input.key, e instanceof NoTangent ? e.reason : 'an internal error');
        refused.set(input.key, e instanceof DiagnosticError ? e.diagnostic : {
          code: 'TSG2004', severity: 'info', file: input.file, line: input.fn.loc.line, column: input.fn.loc.column, length: 0,
          message: `'${input.fn.name}' gets no jvp (forward mode): internal error: ${e instanceof Error ? e.message : String(e)}; its gradient is unaffected`,
          hint: 'this is a bug in tsgrad; please report it with the input (the directional derivative is the gradient dotted with the direction meanwhile)',
        });
        changed = true;
      }
    }
  }
  return { built, refused };
}

/** How the jvp of `f` computes the derivative of the call `s`; `refusal`: why a generated callee has no jvp (undefined: it has one). */
function calleeJvp(s: Call, refusal: (file: string, name: string) => string | undefined): CalleeJvp {
  const { callee } = s;
  const own = fnCallee(callee.name, 'jvp', runtimeFn(callee));
  const ownName = formName(callee.name, 'jvp');
  if (callee.specifier === 'tsgrad/runtime') {
    return runtimeKernels.has(callee.name) ? { kind: 'jvp', callee: own, import: { name: ownName, from: 'runtime' } }
      : { kind: 'none', why: `a kernel of tsgrad/runtime without a forward-mode derivative`, hint: `compute the directional derivative from its gradient (f_grad's grad dotted with the direction), or write the computation out in the function so that tsgrad differentiates it` };
  }
  if (callee.vjpRuntime) {
    return runtimeElementary.has(callee.name) ? { kind: 'tangentOnly', callee: own, import: { name: ownName, from: 'runtime' } }
      : { kind: 'none', why: `whose derivative tsgrad/runtime gives only in reverse mode`, hint: `compute the directional derivative from the gradient (f_grad's grad dotted with the direction)` };
  }
  if (callee.vjp === 'custom') {
    return {
      kind: 'none', why: `whose derivative is registered (${callee.name}_vjp) in reverse mode only, and forward mode needs its directional derivative`,
      hint: `compute the directional derivative from the gradient (dot f_grad's grad with the direction), or let tsgrad read '${callee.name}' instead of registering its derivative`,
    };
  }
  if (callee.vjp === 'generated') {
    const why = refusal(callee.file, callee.name);
    if (why === undefined) {
      return { kind: 'jvp', callee: own, ...(callee.specifier ? { import: { name: ownName, from: { specifier: callee.specifier, file: callee.file, generated: true } } } : {}) };
    }
    return { kind: 'none', why: `which gets no jvp itself: ${why}`, hint: `the gradient dotted with the direction gives the same derivative; for a jvp, see what keeps '${callee.name}' from one` };
  }
  return { kind: 'none', why: 'which has no derivative', hint: `register a derivative for '${callee.name}', or pass it only values that do not depend on the differentiated parameters` };
}

export function tangentFunction(fn: Func, active: ReadonlySet<Var>, file: string, jvpOf: (s: Call) => CalleeJvp): TangentFunction {
  const names = fn.names.clone();
  const tangentParam = names.local('tangent', 'dual');
  const sweep = new TangentSweep(fn, active, names, resolve(file), jvpOf);
  const inputs: TStmt[] = [];
  for (const p of fn.params) {
    if (!active.has(p.v)) continue;
    inputs.push(declare(p.v.mutable ? 'let' : 'const', sweep.tangent(p.v), inputTangent(p, tangentParam)));
  }
  const body = [...inputs, ...typedElementLoads(sweep.body())];
  if (fn.returnsNumber && fn.result) {
    let value: TExpr = atomExpr(fn.result);
    let tangent: TExpr = sweep.tangentOf(fn.result) ?? num(0);
    if (fn.absent) {
      value = cond(use(fn.absent.flag), name(fn.absent.value), value);
      if (tangent.k !== 'num') tangent = cond(use(fn.absent.flag), num(0), tangent);
    }
    body.push({ k: 'return', e: { k: 'object', fields: [['value', value], ['tangent', tangent]] } });
  }
  const written = fn.params.filter((p) => p.differentiable && fn.writes.includes(p.v)).map((p) => p.key);
  // (short loops with literal bounds unrolled, as in f_vjp)
  return { name: fn.name, tangentParam: tangentParam.name, body: unrollShortLoops(body), written, imports: sweep.imports };
}

/** A parameter's input tangent: `tangent.x ?? 0`, `tangent.w ?? new Float64Array(w.length)` (zero where the key is missing). */
function inputTangent(p: Param, tangentParam: LocalVar): TExpr {
  const zero: TExpr = p.v.type === 'f64[]' ? { k: 'new', ctor: 'Float64Array', args: [paramLength(p)] } : num(0);
  if (!p.differentiable) return zero;
  return { k: 'bin', op: '??', l: member(ref(tangentParam), p.key), r: zero };
}

