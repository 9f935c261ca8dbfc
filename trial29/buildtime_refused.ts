// grad(f) of a function tsgrad refuses: the register hook must stop with the diagnostic at tryLog's 'try'.
import { grad } from 'tsgrad';
import { tryLog } from './src/refusals.ts';
console.log(grad(tryLog)(2));
