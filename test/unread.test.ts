/**
 * What nothing reads is left out of generated code (ir/unread.ts, emit/unused.ts), so that it
 * passes `tsc --noUnusedLocals`; what it does besides stays. On hand-built target code, printed
 * as emit/ prints it; and on compiled modules: a private function nothing calls is not emitted.
 */
import { printBody } from '../compiler/emit/module.js';
import { type TExpr, type TStmt, bin, call, fnCallee, index, mathCall, methodCall, name, num, tape, update } from '../compiler/ir/target.js';
import { dropUnread } from '../compiler/ir/unread.js';
import { join } from 'node:path';
import { compile } from '../compiler/index.js';

const decl = (n: string, init?: TExpr, kind: 'const' | 'let' = 'const'): TStmt => ({ k: 'decl', kind, name: n, ...(init ? { init } : {}) });
const assign = (n: string, value: TExpr, op: '=' | '+=' = '='): TStmt => ({ k: 'assign', target: name(n), op, value });
const ret = (e: TExpr): TStmt => ({ k: 'return', e });
const loop = (i: string, n: TExpr, body: TStmt[]): TStmt =>
  ({ k: 'for', init: decl(i, num(0), 'let'), test: bin('<', name(i), n), update: update(i, '+=', 1), body });
const lines = (code: readonly TStmt[]) => printBody(dropUnread(code)).split('\n').map((l) => l.trim());

test("a popped value nobody reads still moves the tape's top; a call's result nobody reads is still a call", () => {
  const code: TStmt[] = [
    decl('k', index(name('stack'), update('top', '-=', 1, true))),
    decl('v', tape('popRef')),
    decl('r', call(fnCallee('g', 'vjp'), name('x'), name('adj'))),
    decl('t', mathCall('exp', name('x'))),
    ret(name('x')),
  ];
  expect(lines(code)).toEqual(['--top;', 'tape.popRef();', 'g_vjp(x, adj);', 'return x;']);
});

test('a value that only computes itself or others nobody reads goes, with the loop left with nothing to do', () => {
  // let s = 0; for (…) { const t = x[i]; const u = s + t; s = u; } return x[0]: s is never needed
  const code: TStmt[] = [
    decl('s', num(0), 'let'),
    loop('i', name('n'), [decl('t', index(name('x'), name('i'))), decl('u', bin('+', name('s'), name('t'))), assign('s', name('u'))]),
    ret(index(name('x'), num(0))),
  ];
  expect(lines(code)).toEqual(['return x[0]!;']);
  // the same loop with s returned stays whole
  const needed = [...code.slice(0, 2), ret(name('s'))];
  expect(dropUnread(needed)).toBe(needed);
});

test("a write into an element reads the array (it may be another's), and a loop's counter stays while the loop does something", () => {
  const code: TStmt[] = [
    decl('a', name('out')),
    loop('i', name('n'), [{ k: 'assign', target: index(name('a'), name('i')), op: '=', value: num(1) }]),
    decl('b', methodCall('fill', { k: 'new', ctor: 'Float64Array', args: [name('n')] }, num(0))),
    decl('c', name('out'), 'let'),
    assign('c', methodCall('fill', name('out'), num(2))),
    assign('c', num(3), '+='),
    ret(num(0)),
  ];
  // (b: a new array's fill, which nobody else sees; c's assignments keep what they do to out)
  expect(lines(code)).toEqual(['const a = out;', 'for (let i = 0; i < n; i++) {', 'a[i]! = 1;', '}', 'out.fill(2);', 'return 0;']);
});

test("a helper's primal copy and split forms that nothing calls are not emitted; those a caller calls are", () => {
  // (recursive helpers: each one's f_vjp calls itself, and the exported functions call it)
  const r = compile(join(__dirname, '../fixtures/calls/recursion_scalar/input.ts'));
  expect(r.diagnostics).toEqual([]);
  // the module's functions by name, each with its text up to the next
  const fns = r.code!.split(/^(?=(?:\/\*\*.*\*\/\n)?(?:export )?function )/m).flatMap((text) => {
    const m = /^(?:export )?function (\w+)\(/m.exec(text);
    return m ? [{ name: m[1]!, exported: /^export /m.test(text), text }] : [];
  });
  const privates = fns.filter((f) => !f.exported).map((f) => f.name);
  expect(privates).toEqual(expect.arrayContaining(['power_vjp', 'chebyshev_vjp']));
  for (const p of privates) {
    const callers = fns.filter((f) => f.name !== p && new RegExp(`\\b${p}\\(`).test(f.text)).map((f) => f.name);
    expect({ p, called: callers.length > 0 }).toEqual({ p, called: true });
  }
  expect(privates).not.toContain('power');
  expect(privates).not.toContain('power_fwd');
});
