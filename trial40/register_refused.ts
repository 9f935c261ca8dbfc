// A grad(f) of a refused function must stop the program before main runs (exit 1, the diagnostic printed).
// (reduceNeighbour's callback reads the array argument, TSG1008; privateMean, then sortedWeights, the
// functions of this check before, compile since #private fields and sorting do)
import { grad } from 'tsgrad';
import { reduceNeighbour } from './src/edges.js';

console.log('RAN');
console.log(grad(reduceNeighbour)([1, 2, 3], 2).value);
