/** Evaluates an adjoint-IR expression numerically, for testing rules without generating code. */
import type { TExpr } from '../../compiler/ir/target.js';
import { constantValue } from '../../compiler/ir/types.js';
import * as bits from '../../runtime/bits.js';

export function evaluate(e: TExpr, env: Record<string, number>): number {
  const ev = (x: TExpr) => evaluate(x, env);
  switch (e.k) {
    case 'num': return e.value;
    case 'bool': return e.value ? 1 : 0;
    case 'name': {
      if (e.name in env) return env[e.name]!;
      throw new Error(`unbound name ${e.name}`);
    }
    case 'constant': return constantValue(e.constant)!;
    case 'un': {
      const v = ev(e.e);
      if (e.op === '!') return v ? 0 : 1;
      if (e.op === '~') return ~v;
      if (e.op === 'typeof') throw new Error('typeof is not numeric');
      return e.op === '-' ? -v : v;
    }
    case 'bin': {
      const l = ev(e.l);
      const r = ev(e.r);
      switch (e.op) {
        case '+': return l + r; case '-': return l - r; case '*': return l * r; case '/': return l / r;
        case '%': return l % r; case '**': return l ** r;
        case '<': return +(l < r); case '<=': return +(l <= r); case '>': return +(l > r); case '>=': return +(l >= r);
        case '===': return +(l === r); case '!==': return +(l !== r);
        case '&&': return l && r; case '||': return l || r;
        case '&': return l & r; case '|': return l | r; case '^': return l ^ r;
        case '<<': return l << r; case '>>': return l >> r; case '>>>': return l >>> r;
      }
      throw new Error('unknown operator');
    }
    case 'call': {
      const c = e.callee;
      if (c.k === 'helper') return (bits as unknown as Record<string, (...a: number[]) => number>)[c.fn]!(...e.args.map(ev));
      if (c.k === 'global' && c.object === 'Number') return +Number[c.fn](ev(e.args[0]!));
      if (c.k !== 'math') throw new Error(`call ${JSON.stringify(c)}`);
      return (Math as unknown as Record<string, (...a: number[]) => number>)[c.fn]!(...e.args.map(ev));
    }
    case 'cond': return ev(e.test) ? ev(e.then) : ev(e.else);
    default: throw new Error(`cannot evaluate ${JSON.stringify(e)}`);
  }
}
