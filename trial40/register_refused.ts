// A grad(f) of a refused function must stop the program before main runs (exit 1, the diagnostic printed).
// (sortedWeights sorts a copy, TSG1008; privateMean, the first function of this check, compiles since #private fields do)
import { grad } from 'tsgrad';
import { sortedWeights } from './src/edges.js';

console.log('RAN');
console.log(grad(sortedWeights)(Float64Array.of(1, 2, 3)).value);
