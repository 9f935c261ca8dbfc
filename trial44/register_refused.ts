// grad(f) of a function tsgrad refuses must stop the program under tsgrad/register, naming the error; RAN must
// never print.
import { grad } from 'tsgrad';
import { overloadNorms } from './src/lang.js';

const g = grad(overloadNorms);
console.log('RAN', g(2, Float64Array.of(1, 2)).value);
