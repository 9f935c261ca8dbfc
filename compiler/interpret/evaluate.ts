/**
 * Evaluates the rules table's expressions (values and partials, written as adjoint-IR
 * expressions over numbers) on numbers: how the interpreter computes what the generated code
 * would, without generating code.
 */
import type { TExpr } from '../ir/target.js';
import { constantValue } from '../ir/types.js';
import { calleeText } from '../ir/names.js';
import * as bits from '../../runtime/bits.js';

type Scalar = number | boolean | string | undefined;

/** `env`: the values of the names the expression uses (the operation's arguments). */
export function evaluate(e: TExpr, env: ReadonlyMap<string, Scalar> = new Map()): Scalar {
  const ev = (x: TExpr) => evaluate(x, env);
  switch (e.k) {
    case 'num': case 'bool': case 'str': return e.value;
    case 'name': {
      if (env.has(e.name)) return env.get(e.name);
      throw new Error(`cannot evaluate the name ${e.name}`);
    }
    case 'constant': return constantValue(e.constant);
    case 'un': {
      if (e.op === 'typeof') return typeof ev(e.e);
      const v = ev(e.e) as number;
      return e.op === '!' ? !v : e.op === '~' ? ~v : e.op === '-' ? -v : +v;
    }
    case 'bin': {
      const l = ev(e.l) as number;
      if (e.op === '&&') return l && ev(e.r);
      if (e.op === '||') return l || ev(e.r);
      const r = ev(e.r) as number;
      switch (e.op) {
        case '+': return l + r; case '-': return l - r; case '*': return l * r; case '/': return l / r;
        case '%': return l % r; case '**': return l ** r;
        case '<': return l < r; case '<=': return l <= r; case '>': return l > r; case '>=': return l >= r;
        case '===': return l === r; case '!==': return l !== r;
        case '&': return l & r; case '|': return l | r; case '^': return l ^ r;
        case '<<': return l << r; case '>>': return l >> r; case '>>>': return l >>> r;
      }
      throw new Error(`cannot evaluate the operator ${String(e.op)}`);
    }
    case 'call': {
      const args = e.args.map((a) => ev(a)) as number[];
      const c = e.callee;
      const f = c.k === 'helper' ? (bits as unknown as Record<string, ((...a: number[]) => number) | undefined>)[c.fn]
        : c.k === 'math' ? (Math[c.fn] as (...a: number[]) => number)
        : c.k === 'global' && c.object === 'Number' ? Number[c.fn] as (...a: number[]) => Scalar
        : undefined;
      if (!f) throw new Error(`cannot evaluate the call ${calleeText(c)}`);
      return f(...args);
    }
    case 'cond': return ev(e.test) ? ev(e.then) : ev(e.else);
    default: throw new Error(`cannot evaluate a '${e.k}' expression`);
  }
}
