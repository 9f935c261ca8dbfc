// --wrt: the restricted gradients equal the full ones on their keys, and have no others
const W = await import('./wrt/robotics.grad.ts');
const G = await import('../gen/robotics.grad.ts');
const a = [-1.5, -2.5, -25, -4, 0.1, 50];
const w = W.cartPoleCost_grad(...a), g = G.cartPoleCost_grad(...a);
const l = Float64Array.of(1, 1.1, 0.9), r = Float64Array.of(1.2, 1, 1.3);
const w2 = W.diffDriveGoal_grad(l, r, 0.5, 0.1, 0.4, 0.2), g2 = G.diffDriveGoal_grad(l, r, 0.5, 0.1, 0.4, 0.2);
const h = W.cartPoleCost_hvp(...a, { k3: 1, theta0: 0.5 }), hg = G.cartPoleCost_hvp(...a, { k3: 1, theta0: 0.5 });
const ok = Object.keys(w.grad).join() === 'k3,theta0' && Object.is(w.grad.k3, g.grad.k3) && Object.is(w.grad.theta0, g.grad.theta0) && Object.keys(w2.grad).join() === 'wheelBase' && Object.is(w2.grad.wheelBase, g2.grad.wheelBase)
  && Math.abs(h.hvp.k3 - hg.hvp.k3) <= 1e-12 * Math.abs(hg.hvp.k3) && Math.abs(h.hvp.theta0 - hg.hvp.theta0) <= 1e-12 * Math.abs(hg.hvp.theta0);
console.log(JSON.stringify({ extra: '--wrt cartPoleCost:k3,theta0 --wrt diffDriveGoal:wheelBase: only those keys, equal to the full gradient and hvp', status: ok ? 'ok' : 'WRONG', notes: [`keys ${Object.keys(w.grad)} / ${Object.keys(w2.grad)}; hvp.k3 ${h.hvp.k3} vs ${hg.hvp.k3}`] }));
