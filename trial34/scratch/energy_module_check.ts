// repro/local_arrow_object_arg.ts: the module-level form (energyModule) is differentiated correctly.
import { energyModule } from '../repro/local_arrow_object_arg.ts';
import { energyModule_grad } from '../repro/local_arrow_object_arg.grad.ts';
const k = 1.7, x0 = 0.8, h = 1e-5;
const g = energyModule_grad(k, x0).grad;
const fk = (energyModule(k + h, x0) - energyModule(k - h, x0)) / (2 * h);
const fx = (energyModule(k, x0 + h) - energyModule(k, x0 - h)) / (2 * h);
console.log(JSON.stringify({ dk: [g.k, fk], dx0: [g.x0, fx], ok: Math.abs(g.k - fk) < 1e-8 && Math.abs(g.x0 - fx) < 1e-8 }));
