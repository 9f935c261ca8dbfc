/**
 * The trace as stable text, one primitive per line (`t2 = sin t1`): what `--dump ir` shows
 * and what tests of the lowering compare.
 */
import { type Atom, type Block, type Func, constantText } from './types.js';

export function printAtom(a: Atom): string {
  if (a.kind === 'var') return a.v.name;
  if (a.named !== undefined) return constantText(a.named);
  return typeof a.value === 'string' ? JSON.stringify(a.value) : String(a.value);
}

export function printFunc(fn: Func): string {
  const params = fn.params.map((p) => `${p.v.name}: ${p.differentiable ? p.v.type : `${p.v.type} (no gradient)`}`);
  const lines = [`function ${fn.name}(${params.join(', ')})`];
  printBlock(fn.body, '  ', lines);
  if (fn.result) lines.push(`  return ${printAtom(fn.result)}`);
  return lines.join('\n');
}

function printBlock(block: Block, indent: string, lines: string[]): void {
  for (const s of block) {
    switch (s.kind) {
      case 'eq':
        lines.push(`${indent}${s.out.name}: ${s.out.type} = ${s.prim} ${s.args.map(printAtom).join(' ')}`);
        break;
      case 'assign':
        lines.push(`${indent}${s.target.name} ${s.decl ? ':=' : '<-'} ${printAtom(s.value)}`);
        break;
      case 'alloc': {
        const literal = s.elements && `[${s.elements.map(printAtom).join(', ')}]`;
        const init = literal ? (s.ctor === 'Array' ? literal : `${s.ctor}(${literal})`) : `${s.ctor}(${printAtom(s.length)})${s.fill ? ` fill ${printAtom(s.fill)}` : ''}`;
        lines.push(`${indent}${s.target.name}: ${s.target.type} = alloc ${init}`);
        break;
      }
      case 'fill':
        lines.push(`${indent}${s.array.name}[*] <- ${printAtom(s.value)}`);
        break;
      case 'push':
        lines.push(`${indent}push ${s.array.name} ${printAtom(s.value)}`);
        break;
      case 'call': {
        const arg = (a: Atom, i: number) => { const w = s.windows?.[i]; return w ? `${printAtom(a)}[${printAtom(w.offset)} +${printAtom(w.length)}]` : printAtom(a); };
        const call = `call ${s.callee.name} ${s.args.map(arg).join(' ')}`;
        lines.push(`${indent}${s.out ? `${s.out.name}: ${s.out.type} = ` : ''}${call}${s.writes.length ? ` (writes ${s.writes.map((i) => printAtom(s.args[i]!)).join(', ')})` : ''}`);
        break;
      }
      case 'store':
        lines.push(`${indent}${s.array.name}[${printAtom(s.index)}] <- ${printAtom(s.value)}`);
        break;
      case 'if':
        lines.push(`${indent}if ${printAtom(s.cond)} {`);
        printBlock(s.then, indent + '  ', lines);
        if (s.else.length > 0) {
          lines.push(`${indent}} else {`);
          printBlock(s.else, indent + '  ', lines);
        }
        lines.push(`${indent}}`);
        break;
      case 'for': {
        const cmp = s.step > 0 ? (s.inclusive ? '<=' : '<') : (s.inclusive ? '>=' : '>');
        const checkpoint = s.checkpoint ? ` @checkpoint${s.checkpoint.snapshots ? ` snapshots=${s.checkpoint.snapshots}` : ''}` : '';
        lines.push(`${indent}for ${s.index.name} = ${printAtom(s.from)}; ${s.index.name} ${cmp} ${printAtom(s.to)}; step ${s.step}${checkpoint} {`);
        printBlock(s.body, indent + '  ', lines);
        lines.push(`${indent}}`);
        break;
      }
      case 'log': lines.push(`${indent}console.${s.method}(${s.args.map((a) => a.map((m) => (typeof m === 'string' ? JSON.stringify(m) : printAtom(m))).join(' + ')).join(', ')})`); break;
      case 'throw': {
        const message = s.message?.map((m) => (typeof m === 'string' ? JSON.stringify(m) : printAtom(m))).join(' + ');
        lines.push(`${indent}throw ${s.error ?? ''}${s.error ? `(${message ?? ''})` : message}`);
        break;
      }
      case 'while':
        lines.push(`${indent}while {`);
        printBlock(s.pre, indent + '  ', lines);
        lines.push(`${indent}} test ${printAtom(s.cond)} do {`);
        printBlock(s.body, indent + '  ', lines);
        lines.push(`${indent}}`);
        break;
    }
  }
}
