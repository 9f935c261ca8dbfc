// A grad(f) of a refused function must stop the program before main runs (exit 1, the diagnostic printed).
// (reversedDot makes an Int32Array by Int32Array.from, TSG1008; clampedGain, the function of this check
// before, compiles since setters do)
import { grad } from 'tsgrad';
import { reversedDot } from './src/edges.js';

const d = grad(reversedDot);
console.log('RAN', d(Float64Array.of(1, 2), Float64Array.of(3, 4)).value);
