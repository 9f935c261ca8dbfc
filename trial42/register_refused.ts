// A refused grad(f) under tsgrad/register must stop the program before it runs: kernelSum's class extends another
// (privateSpring, the first function of this check, compiles since #private fields do).
import { grad } from 'tsgrad';
import { kernelSum } from './src/classes.js';

console.log('RAN', grad(kernelSum)(2, 0.5, Float64Array.of(0.1, 0.2)).value);
