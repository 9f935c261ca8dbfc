/**
 * Two passes over the reverse sweep's code: a quotient by a value whose reciprocal the sweep
 * already computed reuses it (compiler/reverse/reciprocals.ts), and additions into adjoint
 * elements at indices a loop does not change are summed in locals (compiler/reverse/promote.ts),
 * on the n-body energy's pair loop, where both apply, and on the cases where they must not.
 */
import { carryReciprocals, reuseReciprocals } from '../compiler/reverse/reciprocals.js';
import { promoteAccumulators } from '../compiler/reverse/promote.js';
import { type TStmt, type TVar, bin, declare, index, local, name, num, ref, update } from '../compiler/ir/target.js';
import { Names, nameLocals } from '../compiler/ir/names.js';
import { tape } from '../runtime/index.js';
import { compileSource } from './support/compile.js';
import { scratchDirectory } from './support/scratch.js';

const scratch = scratchDirectory('tsgrad-reciprocals-');

const source = `
  export function energy(pos: Float64Array, mass: Float64Array, eps: number): number {
    const n = mass.length;
    let pot = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[2 * j] - pos[2 * i];
        const dy = pos[2 * j + 1] - pos[2 * i + 1];
        pot -= (mass[i] * mass[j]) / Math.sqrt(dx * dx + dy * dy + eps * eps);
      }
    }
    return pot;
  }`;

test("the n-body pair loop: one division for the quotient and the root's partial, i's adjoints summed in locals", () => {
  const r = compileSource(source);
  expect(r.diagnostics).toEqual([]);
  const code = r.code!;
  const vjp = code.slice(code.indexOf('export function energy_vjp('), code.indexOf('export function energy_grad('));
  // the root's partial multiplies by the quotient's reciprocal instead of dividing again
  expect(vjp).toMatch(/const (\w+)_r = 1 \/ (\w+);[^]*\(\2 === 0 \? 0 : 0\.5 \* \1_r\)/);
  expect(vjp).not.toMatch(/0\.5 \/ /);
  // mass_b[i], pos_b[2 * i] and pos_b[2 * i + 1] once per i, after the loop over j; j's stay in it
  expect(vjp).toContain('mass_b[i]! += mass_b_acc;');
  expect(vjp).toMatch(/pos_b\[2 \* i\]! \+= pos_b_acc(_\d)?;/);
  expect(vjp).toMatch(/pos_b\[2 \* i \+ 1\]! \+= pos_b_acc(_\d)?;/);
  expect(vjp).toMatch(/mass_b\[j\]! \+= /);

  scratch.put('input.ts', source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const g = require(scratch.put('input.grad.ts', code)) as { energy_grad: (p: Float64Array, m: Float64Array, e: number) => { value: number; grad: { pos: Float64Array; mass: Float64Array; eps: number } } };
  const n = 5;
  const pos = new Float64Array(2 * n).map((_, k) => Math.sin(1.7 * k) * 2);
  const mass = new Float64Array(n).map((_, k) => 1 + 0.3 * k);
  const eps = 0.2;
  // the analytic gradient: ∂/∂p_i of −m_i m_j / r_ij is m_i m_j (p_i − p_j) / r³
  const gp = new Float64Array(2 * n), gm = new Float64Array(n);
  let ge = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const dx = pos[2 * j]! - pos[2 * i]!, dy = pos[2 * j + 1]! - pos[2 * i + 1]!;
    const r = Math.sqrt(dx * dx + dy * dy + eps * eps);
    const c = (mass[i]! * mass[j]!) / (r * r * r);
    gp[2 * i] += -c * dx; gp[2 * j] += c * dx; gp[2 * i + 1] += -c * dy; gp[2 * j + 1] += c * dy;
    gm[i] -= mass[j]! / r; gm[j] -= mass[i]! / r;
    ge += c * eps;
  }
  const { grad } = g.energy_grad(pos, mass, eps);
  grad.pos.forEach((v, k) => expect(v).toBeCloseTo(gp[k]!, 12));
  grad.mass.forEach((v, k) => expect(v).toBeCloseTo(gm[k]!, 12));
  expect(grad.eps).toBeCloseTo(ge, 12);
  expect(tape.top).toBe(0);
});

describe('reuseReciprocals', () => {
  /** Variables of the derivative code (TVar), told apart by identity: y, and a reciprocal of role `reciprocal`. */
  const of = { name: 'y', type: 'f64', kind: 'local', mutable: true } as const;
  const y: TVar = { name: 'y', role: 'primal', type: 'f64', of };
  const recip = (n: string): TVar => ({ name: n, role: 'reciprocal', type: 'f64', of });
  const decl = (n: string, init: ReturnType<typeof bin>): TStmt => ({ k: 'decl', kind: 'const', name: n, init });
  const use = (n: string, c: number, by: TVar = y): TStmt => decl(n, bin('/', num(c), ref(by)));
  /** A reciprocal the reverse sweep's partials declared: its role says so, whatever its name. */
  const reciprocal = (n: string, by: TVar = y): TStmt => declare('const', recip(n), bin('/', num(1), ref(by)));
  const text = (code: readonly TStmt[]): string[] => code.map((s) => (s.k === 'decl' && s.init?.k === 'bin' ? `${s.name} = ${(s.init.l as { value?: number; name?: string }).value ?? (s.init.l as { name: string }).name} ${s.init.op} ${(s.init.r as { name?: string; value?: number }).name ?? (s.init.r as { value: number }).value}` : s.k === 'decl' && s.init?.k === 'name' ? `${s.name} = ${s.init.name}` : s.k));

  test('a power of two over y after y_r = 1 / y is a product; 1 / y again is y_r', () => {
    const out = reuseReciprocals([reciprocal('y_r'), use('a', 0.5), use('b', 1), use('c', 3)]);
    expect(text(out)).toEqual(['y_r = 1 / y', 'a = 0.5 * y_r', 'b = y_r', 'c = 3 / y']);
    // (known by its role, not its name)
    const named = reuseReciprocals([reciprocal('q'), use('a', 0.5)]);
    expect(text(named)).toEqual(['q = 1 / y', 'a = 0.5 * q']);
  });

  test("the primal's own reciprocal (no reciprocal role, whatever its name) is left alone", () => {
    const out = reuseReciprocals([decl('t5', bin('/', num(1), ref(y))), use('a', 0.5)]);
    expect(text(out)).toEqual(['t5 = 1 / y', 'a = 0.5 / y']);
    const named = reuseReciprocals([decl('y_r', bin('/', num(1), ref(y))), use('a', 0.5)]);
    expect(text(named)).toEqual(['y_r = 1 / y', 'a = 0.5 / y']);
  });

  test('the divisor is told by identity: another variable named y is not it', () => {
    const other: TVar = { ...y };
    const out = reuseReciprocals([reciprocal('y_r'), use('a', 0.5, other), decl('b', bin('/', num(0.5), name('y'))), use('c', 0.5)]);
    expect(text(out)).toEqual(['y_r = 1 / y', 'a = 0.5 / y', 'b = 0.5 / y', 'c = 0.5 * y_r']);
  });

  test('forgotten where y is assigned, in the block or in a loop that follows', () => {
    const assignY: TStmt = { k: 'assign', target: ref(y), op: '=', value: num(2) };
    const straight = reuseReciprocals([reciprocal('y_r'), assignY, use('a', 0.5)]);
    expect(text(straight)).toEqual(['y_r = 1 / y', 'assign', 'a = 0.5 / y']);
    // a loop whose body uses it before assigning y: its second iteration divides a new y
    const loop: TStmt = { k: 'loop', body: [use('a', 0.5), assignY, { k: 'break' }] };
    const looped = reuseReciprocals([reciprocal('y_r'), loop]);
    expect(text((looped[1] as unknown as { body: TStmt[] }).body)).toEqual(['a = 0.5 / y', 'assign', 'break']);
    // a loop that counts y (`y -= 1`, an update) forgets it too
    const counted: TStmt = { k: 'loop', body: [use('a', 0.5), { k: 'expr', e: update(y, '-=', 1) }, { k: 'break' }] };
    const countedOut = reuseReciprocals([reciprocal('y_r'), counted]);
    expect(text((countedOut[1] as unknown as { body: TStmt[] }).body)).toEqual(['a = 0.5 / y', 'expr', 'break']);
    // a nested block that leaves y alone keeps it
    const plain = reuseReciprocals([reciprocal('y_r'), { k: 'block', body: [use('a', 0.5)] }]);
    expect(text((plain[1] as unknown as { body: TStmt[] }).body)).toEqual(['a = 0.5 * y_r']);
  });

  test('a reciprocal of y declared again while one is known is that one: not declared, its reads read the first', () => {
    const again = recip('y_r2');
    const read: TStmt = { k: 'expr', e: bin('*', name('a'), ref(again)) };
    const out = reuseReciprocals([reciprocal('y_r'), { k: 'if', test: name('c'), then: [declare('const', again, bin('/', num(1), ref(y))), read], else: [] }]);
    const then = (out[1] as TStmt & { k: 'if' }).then;
    expect(then).toHaveLength(1);
    expect(((then[0] as TStmt & { k: 'expr' }).e as { r: { name: string } }).r.name).toBe('y_r');
    // not once y changed between them: declared again, dividing the new y
    const assignY: TStmt = { k: 'assign', target: ref(y), op: '=', value: num(2) };
    expect(text(reuseReciprocals([reciprocal('y_r'), assignY, declare('const', again, bin('/', num(1), ref(y)))]))).toEqual(['y_r = 1 / y', 'assign', 'y_r2 = 1 / y']);
  });
});

describe('carryReciprocals', () => {
  const of = { name: 't', type: 'f64', kind: 'local', mutable: true } as const;
  const t: TVar = { name: 't', role: 'primal', type: 'f64', of };
  const reciprocal = (n: string): TStmt => declare('const', { name: n, role: 'reciprocal', type: 'f64', of }, bin('/', num(1), ref(t)));
  const assignT: TStmt = { k: 'assign', target: ref(t), op: '=', value: name('p') };
  const loop = (body: TStmt[]): TStmt => ({ k: 'loop', body: [...body, { k: 'break' }] });
  const branch = (then: TStmt[], els: TStmt[]): TStmt => ({ k: 'if', test: name('c'), then, else: els });
  /** Each statement as text, nested lists in brackets. */
  const show = (code: readonly TStmt[]): string => code.map((s): string => {
    if (s.k === 'decl') return `${s.kind} ${s.name} = ${s.init?.k === 'bin' ? `1 / ${(s.init.r as { name: string }).name}` : (s.init as { name: string }).name}`;
    if (s.k === 'assign') return `${(s.target as { name: string }).name} = ${s.value.k === 'bin' ? `1 / ${(s.value.r as { name: string }).name}` : (s.value as { name: string }).name}`;
    if (s.k === 'if') return `if [${show(s.then)}] [${show(s.else)}]`;
    if (s.k === 'loop') return `loop [${show(s.body)}]`;
    return s.k;
  }).join('; ');

  test("compute-l2norm's reverse loop: t restored in one branch, divided by in the other; 1 / t computed before the loop and after each restore", () => {
    const out = carryReciprocals([loop([branch([assignT], [reciprocal('r_r')])])], new Names());
    expect(show(out)).toBe('let t_r = 1 / t; loop [if [t = p; t_r = 1 / t] [const r_r = t_r]; break]');
  });

  test('not where the loop changes t in every iteration, more often than it divides, in a nested loop, by name only, or declares it', () => {
    const names = new Names();
    // assigned outside a branch: a division per iteration either way
    expect(show(carryReciprocals([loop([assignT, reciprocal('r_r')])], names))).toBe('loop [t = p; const r_r = 1 / t; break]');
    // two places that assign it, one that divides
    expect(show(carryReciprocals([loop([branch([assignT], [assignT]), reciprocal('r_r')])], names))).toBe('loop [if [t = p] [t = p]; const r_r = 1 / t; break]');
    // assigned in a loop nested in it
    expect(show(carryReciprocals([loop([branch([loop([assignT])], []), reciprocal('r_r')])], names))).toBe('loop [if [loop [t = p; break]] []; const r_r = 1 / t; break]');
    // counted by an update
    const counted: TStmt = { k: 'expr', e: update(t, '-=', 1) };
    expect(show(carryReciprocals([loop([branch([counted], []), reciprocal('r_r')])], names))).toBe('loop [if [expr] []; const r_r = 1 / t; break]');
    // assigned under its name without its variable (which identity cannot tell from it)
    const bare: TStmt = { k: 'assign', target: name('t'), op: '=', value: name('p') };
    expect(show(carryReciprocals([loop([branch([bare], [reciprocal('r_r')])])], names))).toBe('loop [if [t = p] [const r_r = 1 / t]; break]');
    // declared in it (another variable each iteration)
    expect(show(carryReciprocals([loop([branch([assignT], [declare('let', t, name('p'))]), reciprocal('r_r')])], names))).toBe('loop [if [t = p] [let t = p]; const r_r = 1 / t; break]');
  });
});

describe('promoteAccumulators', () => {
  /** a's adjoint array, as the reverse sweep makes it. */
  const aB: TVar = { name: 'a_b', role: 'adjoint', type: 'f64[]', of: { name: 'a', type: 'f64[]', kind: 'param', mutable: false } };
  const [i, j, k, n, u, v, w] = ['i', 'j', 'k', 'n', 'u', 'v', 'w'].map((x) => local(x, 'int'));
  const add = (array: TVar, at: TVar, by: TVar): TStmt => ({ k: 'assign', target: index(ref(array), ref(at)), op: '+=', value: ref(by) });
  const loop = (body: TStmt[]): TStmt & { k: 'for' } => ({
    k: 'for', init: declare('let', j!, num(0)), test: bin('<', ref(j!), ref(n!)), update: update(j!, '+=', 1), body,
  });
  const body = [declare('const', k!, bin('*', num(2), ref(i!))), add(aB, k!, u!), add(aB, j!, v!), add(aB, i!, w!)];

  test('an adjoint array: each unchanging index summed in a local, the others left in the loop', () => {
    const out = promoteAccumulators([loop(body)], new Set([aB]));
    const printed = JSON.stringify(out);
    expect(out.map((s) => s.k)).toEqual(['decl', 'decl', 'for', 'assign', 'assign']);
    // after the loop: a_b[2 * i] (k written out from its definition) and a_b[i]
    expect(out[3]).toMatchObject({ target: { k: 'index', index: { k: 'bin', op: '*' } }, op: '+=' });
    expect(out[4]).toMatchObject({ target: { k: 'index', index: { k: 'name', name: 'i' } }, op: '+=' });
    expect(printed).toContain('"name":"j"');
    const inner = (out[2] as unknown as { body: TStmt[] }).body;
    expect(inner.filter((s) => s.k === 'assign' && s.target.k === 'index')).toHaveLength(1);
    // the sums are named by the naming step, in the order the code declares them (`a_b_acc` taken: `a_b_acc_1`)
    const named = nameLocals(out, new Names(new Set(['a_b_acc'])));
    expect(named.slice(0, 2).map((s) => (s as TStmt & { k: 'decl' }).name)).toEqual(['a_b_acc_1', 'a_b_acc_2']);
    expect(JSON.stringify(named)).not.toContain('#');
  });

  test('any other array (not an adjoint): several indices, or other additions into it, leave the loop as it is', () => {
    const out = promoteAccumulators([loop(body)], new Set());
    expect(out).toHaveLength(1);
  });

  test('an adjoint array the loop also reads is left as it is', () => {
    const reads = declare('const', local('r', 'int'), index(ref(aB), ref(j!)));
    const out = promoteAccumulators([loop([...body, reads])], new Set([aB]));
    expect(out).toHaveLength(1);
  });

  test('variables by identity: a nested block\'s own `i` is another variable, and a_b[i] of the i the loop does not change is still summed', () => {
    // for (…) { { const i = j; b_b[i] += v; } a_b[i] += w; }: by name, the loop would seem to declare a_b's index
    const bB: TVar = { name: 'b_b', role: 'adjoint', type: 'f64[]', of: { name: 'b', type: 'f64[]', kind: 'param', mutable: false } };
    const shadow = local('i', 'int');
    const block: TStmt = { k: 'block', body: [declare('const', shadow, ref(j!)), add(bB, shadow, v!)] };
    const out = promoteAccumulators([loop([block, add(aB, i!, w!)])], new Set([aB, bB]));
    expect(out.map((s) => s.k)).toEqual(['decl', 'for', 'assign']);
    expect(out[2]).toMatchObject({ target: { k: 'index', array: { v: aB }, index: { k: 'name', v: i } }, op: '+=' });
    // the inner i's addition stays in the loop, the outer's goes to the sum
    const inner = (out[1] as unknown as { body: TStmt[] }).body;
    expect(inner[0]).toEqual(block);
    expect(inner[1]).toMatchObject({ k: 'assign', target: { k: 'name', v: (out[0] as TStmt & { k: 'decl' }).v }, op: '+=' });
  });

  test('indices by variable: a_b[i] of two variables named i are two elements, each summed in its own local', () => {
    // (unreachable from the compiler, whose variables in scope have names of their own: keyed by
    // the index's text, both additions went into one sum, added after the loop at the first i)
    const other = local('i', 'int');
    const out = promoteAccumulators([loop([add(aB, i!, w!), add(aB, other, v!)])], new Set([aB]));
    expect(out.map((s) => s.k)).toEqual(['decl', 'decl', 'for', 'assign', 'assign']);
    expect(out[3]).toMatchObject({ target: { index: { v: i } }, value: { v: (out[0] as TStmt & { k: 'decl' }).v } });
    expect(out[4]).toMatchObject({ target: { index: { v: other } }, value: { v: (out[1] as TStmt & { k: 'decl' }).v } });
  });

  test('a loop reading a name that is no variable (TVar) is left as it is', () => {
    const bare: TStmt = { k: 'assign', target: index(ref(aB), ref(i!)), op: '+=', value: name('x') };
    expect(promoteAccumulators([loop([bare])], new Set([aB]))).toHaveLength(1);
    expect(promoteAccumulators([loop([add(aB, i!, w!)])], new Set([aB]))).toHaveLength(3);
  });
});
