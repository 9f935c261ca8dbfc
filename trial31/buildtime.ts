// trial31: the build-time API under `node --import tsgrad/register`, against the CLI's generated code.
// Prints one JSON line per check: { extra, status, notes }.
import { grad, hvp, jacobian, jvp } from 'tsgrad';
import { compliance, displacements } from './src/truss.js';
import { mixtureOfExpertsNLL } from './src/stats.js';
import { crrPut, bondPrice } from './src/finance.js';
import { rotatePoints } from './src/graphics.js';
import * as cli from './src/truss.grad.js';
import * as cliStats from './src/stats.grad.js';
import * as cliFin from './src/finance.grad.js';
import * as cliGfx from './src/graphics.grad.js';

const report = (extra: string, ok: boolean, notes: string[] = []) => console.log(JSON.stringify({ extra, status: ok ? 'ok' : 'WRONG', notes }));
const eqArr = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

const CONN = Int32Array.from([0, 1, 1, 2, 3, 4, 4, 5, 1, 4, 2, 5, 0, 4, 1, 5, 3, 1]);
const FIXED = Uint8Array.from([1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
const nodes = Float64Array.from([0, 0, 1, 0, 2, 0, 0, 1, 1, 1, 2, 1]);
const loads = new Float64Array(12); loads[5] = -1; loads[10] = 0.5;
const areas = Float64Array.from([1, 1.2, 0.8, 1.1, 0.9, 1, 1.3, 0.7, 1]);

// grad(f) and grad(f, keys)
const g1 = grad(compliance)(areas, nodes, CONN, FIXED, loads);
const g0 = cli.compliance_grad(areas, nodes, CONN, FIXED, loads);
report('grad(compliance) vs CLI', Object.is(g1.value, g0.value) && eqArr(g1.grad.areas, g0.grad.areas) && eqArr(g1.grad.nodes, g0.grad.nodes));
const gk = grad(compliance, ['areas'])(areas, nodes, CONN, FIXED, loads);
report('grad(compliance, [areas]) keys', Object.keys(gk.grad).join() === 'areas' && eqArr(gk.grad.areas, g0.grad.areas), [`keys ${Object.keys(gk.grad)}`]);

// jvp / hvp of a function with a string-literal-free signature
const gate = Float64Array.from([0.1, 0.2, -0.3, 0.5, -0.1, 0.2, -0.2, 0.3, 0.1]);
const experts = Float64Array.from([0.3, -0.2, 0.1, -0.4, 0.5, 0.2, 0.1, 0.1, -0.3]);
const xs = Float64Array.from({ length: 20 }, (_, i) => Math.sin(i));
const ys = Float64Array.from({ length: 10 }, (_, i) => Math.cos(3 * i));
const dir = { gate: Float64Array.from(gate, (_, i) => (i % 3) - 1), logSd: 0.5 };
const j1 = jvp(mixtureOfExpertsNLL)(gate, experts, -0.5, xs, ys, dir);
const j0 = cliStats.mixtureOfExpertsNLL_jvp(gate, experts, -0.5, xs, ys, dir);
report('jvp(mixtureOfExpertsNLL) vs CLI', Object.is(j1.tangent, j0.tangent) && Object.is(j1.value, j0.value));
const h1 = hvp(mixtureOfExpertsNLL)(gate, experts, -0.5, xs, ys, dir);
const h0 = cliStats.mixtureOfExpertsNLL_hvp(gate, experts, -0.5, xs, ys, dir);
report('hvp(mixtureOfExpertsNLL) vs CLI', eqArr(h1.hvp.gate, h0.hvp.gate) && Object.is(h1.hvp.logSd, h0.hvp.logSd));

// a boolean and defaulted parameters through grad(f)
const gp = grad(crrPut)(100, 105, 0.03, 0.25, 1, 32, false);
const gp0 = cliFin.crrPut_grad(100, 105, 0.03, 0.25, 1, 32, false);
report('grad(crrPut) with a boolean argument', Object.is(gp.grad.sigma, gp0.grad.sigma) && !('american' in gp.grad), [`keys ${Object.keys(gp.grad)}`]);
const gb = grad(bondPrice)(0.04, 0.05, 5);
report('grad(bondPrice) defaults left out', Object.is(gb.grad.yld, cliFin.bondPrice_grad(0.04, 0.05, 5).grad.yld));

// jacobian of void functions
const u = new Float64Array(8);
const J1 = jacobian(displacements)(areas, nodes, CONN, FIXED, loads, u);
const J0 = cli.displacements_jacobian(areas, nodes, CONN, FIXED, loads, u);
report('jacobian(displacements) vs CLI', J1.rows === J0.rows && J1.columns === J0.columns && eqArr(J1.jacobian, J0.jacobian), [`${J1.rows}x${J1.columns}`]);
const q = Float64Array.from([0.9, 0.1, -0.3, 0.2]);
const pts = Float64Array.from([1, 2, 3, -1, 0, 1]);
const out = new Float64Array(6);
const t = { q: Float64Array.from([0, 1, 0, 0]), out: new Float64Array(6) };
jvp(rotatePoints)(q, pts, out, t);
const t0 = { q: Float64Array.from([0, 1, 0, 0]), out: new Float64Array(6) };
cliGfx.rotatePoints_jvp(q, pts, new Float64Array(6), t0);
report('jvp(rotatePoints) void, tangent of out', eqArr(t.out, t0.out) && t.out.some((x) => x !== 0));
