// grad(f) of a function tsgrad refuses (a generator's values summed) must stop the program under tsgrad/register,
// naming the error; RAN must never print.
import { grad } from 'tsgrad';
import { generatorSum } from './src/lang.js';

const g = grad(generatorSum);
console.log('RAN', g(Float64Array.of(1, 2)).value);
