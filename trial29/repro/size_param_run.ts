// node --import tsgrad/register trial29/repro/size_param_run.ts
// expected: e1 and e2 agree (same function), and each Hessian is symmetric: H[d][x0] == H[x0][d] (f_hvp along d
// consistent with f_grad's d component). actual: e1's f_grad/f_jvp treat the window's length as a constant
// (grad.d = -0.0234), e2's as d (grad.d = -0.0703); e1's f_hvp along d treats it as d: H[d][x0] != H[x0][d].
import { e1_grad, e1_hessian, e2_grad, e2_hessian } from './size_param.grad.ts';
const x = Float64Array.of(0.3, -0.2, 0.5, 0.9, 0.1, 0.4);
const n = 7;
const H1 = e1_hessian(x, 4).hessian, H2 = e2_hessian(x, 4).hessian;
console.log(JSON.stringify({
  e1: { gradD: e1_grad(x, 4).grad.d, H_d_x0: H1[6 * n], H_x0_d: H1[6] },
  e2: { gradD: e2_grad(x, 4).grad.d, H_d_x0: H2[6 * n], H_x0_d: H2[6] },
}));
