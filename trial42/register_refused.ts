// A grad(f) of a refused function must stop the program before main runs (exit 1, the diagnostic printed).
// (restHelper calls a helper with a rest parameter, TSG2002; kernelSum, the function of this check before,
// compiles since value classes may extend value classes)
import { grad } from 'tsgrad';
import { restHelper } from './src/lang.js';

console.log('RAN', grad(restHelper)(1, 2, 3).value);
