/**
 * Reverse loops whose iterations commute run upwards, in the forward loop's own order. The
 * reverse of `for (let j = 0; j < n; j++) s += W[r + j] * x[j]` reads s_b, W and x, which it
 * does not change, and adds into `W_b[r + j]` and `x_b[j]`, elements of its own iteration: no
 * iteration reads or writes what another touches, so any order computes the same numbers, bit
 * for bit. Counting up, V8's code for it is faster (the bench's MLP 64-128-10, f_vjp in CPU
 * time, one process, 41 rounds: 0.952-0.956 of the same code counting down, gradients bit for
 * bit the same).
 *
 * `commutes` proves it on the reverse body's shape:
 * - declarations, assignments and ifs only; no tape, no runtime helper, no call but `Math`'s,
 *   no update (`i++`, `stack[--top]`);
 * - the variables it assigns it declares (a scalar added into across iterations, `s_b += …`,
 *   would get its additions in another order);
 * - every array it writes an element of is an adjoint array (`adjoints`: never another name of
 *   an array the body reads, as jam.ts assumes), and every access to such an array, read or
 *   write, is at the same index `c + j` (or `j`), c not depending on j nor on anything the body
 *   assigns. Indices are integers below 2³², where c + j is exact: distinct j, distinct elements.
 */
import { type TExpr, type TStmt, type TVar, anyChild, exprKey, someExpr } from '../ir/target.js';

export function commutes(body: readonly TStmt[], j: TVar, adjoints: ReadonlySet<TVar>): boolean {
  const declared = new Set<TVar>();
  const consts = new Map<TVar, TExpr>();
  // the index of each written array, resolved (exprKey), and every index of an array, resolved
  const accesses: { array: TVar; index: TExpr }[] = [];
  const written = new Set<TVar>();
  let ok = true;
  const pure = (e: TExpr): boolean => !someExpr(e, (x) => (x.k === 'call' && x.callee.k !== 'math') || x.k === 'runtime' || x.k === 'tape' ||
    x.k === 'new' || x.k === 'object' || x.k === 'array' || x.k === 'update' || (x.k === 'name' && x.v === undefined));
  const reads = (e: TExpr): void => {
    if (e.k === 'index' && e.array.k === 'name' && e.array.v) accesses.push({ array: e.array.v, index: e.index });
    anyChild(e, (c) => { reads(c); return false; });
  };
  const walk = (list: readonly TStmt[]): void => {
    for (const s of list) {
      if (!ok) return;
      switch (s.k) {
        case 'comment': break;
        case 'decl':
          if (!s.v || (s.init && !pure(s.init))) { ok = false; return; }
          declared.add(s.v);
          if (s.kind === 'const' && s.init) consts.set(s.v, s.init);
          if (s.init) reads(s.init);
          break;
        case 'assign': {
          if (!pure(s.value) || !pure(s.target)) { ok = false; return; }
          reads(s.value);
          const t = s.target;
          if (t.k === 'name') { if (!t.v || !declared.has(t.v)) { ok = false; return; } break; }
          if (t.k !== 'index' || t.array.k !== 'name' || !t.array.v || !adjoints.has(t.array.v)) { ok = false; return; }
          written.add(t.array.v);
          reads(t);
          break;
        }
        case 'if':
          if (!pure(s.test)) { ok = false; return; }
          reads(s.test);
          walk(s.then);
          walk(s.else);
          break;
        default: ok = false; return;
      }
    }
  };
  walk(body);
  if (!ok || written.size === 0) return false;
  const resolve = (e: TExpr, depth = 0): TExpr => {
    if (depth > 8) return e;
    if (e.k === 'name' && e.v && consts.has(e.v)) return resolve(consts.get(e.v)!, depth + 1);
    if (e.k === 'bin') return { ...e, l: resolve(e.l, depth + 1), r: resolve(e.r, depth + 1) };
    return e;
  };
  // (c of `c + j`: free of j and of the body's own variables, once its constants are resolved)
  const offset = (idx: TExpr): string | undefined => {
    const e = resolve(idx);
    if (e.k === 'name' && e.v === j) return '';
    if (e.k !== 'bin' || e.op !== '+') return undefined;
    const c = e.l.k === 'name' && e.l.v === j ? e.r : e.r.k === 'name' && e.r.v === j ? e.l : undefined;
    if (!c || someExpr(c, (x) => x.k === 'name' && (x.v === j || x.v === undefined || declared.has(x.v)))) return undefined;
    return exprKey(c);
  };
  const at = new Map<TVar, string>();
  for (const { array, index } of accesses) {
    if (!written.has(array)) continue;
    const c = offset(index);
    if (c === undefined || (at.get(array) ?? c) !== c) return false;
    at.set(array, c);
  }
  return true;
}
