import { tupleWalk, objectWalk } from '../src/kernels.js';
import { tupleWalk_grad, objectWalk_grad, tupleWalk_vjp } from '../gen/kernels.grad.js';
const th = Float64Array.from({ length: 20 }, (_, i) => Math.sin(i));
const time = (label: string, g: () => unknown) => {
  for (let i = 0; i < 20000; i++) g();
  const t0 = performance.now(); for (let i = 0; i < 100000; i++) g(); console.log(label, ((performance.now() - t0) * 1e4 | 0) / 1e3, 'ns');
};
time('tupleWalk', () => tupleWalk(th, 1.1));
time('objectWalk', () => objectWalk(th, 1.1));
time('tupleWalk_grad', () => tupleWalk_grad(th, 1.1));
time('objectWalk_grad', () => objectWalk_grad(th, 1.1));
const adj = { theta: new Float64Array(20), step: 0 };
time('tupleWalk_vjp', () => tupleWalk_vjp(th, 1.1, adj));
