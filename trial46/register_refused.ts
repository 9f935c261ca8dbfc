// grad(f) of a function tsgrad refuses (closures stored in an array) must stop the program under tsgrad/register,
// naming the error; RAN must never print.
import { grad } from 'tsgrad';
import { closureArray } from './src/lang.js';

const g = grad(closureArray);
console.log('RAN', g(0.5, 3).value);
