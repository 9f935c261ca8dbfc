// grad(f) of a function tsgrad refuses must stop the program under tsgrad/register, naming the error; RAN must
// never print.
import { grad } from 'tsgrad';
import { cvarTail } from './src/finance.js';

const g = grad(cvarTail);
console.log('RAN', g(Float64Array.of(0.5, 0.5), Float64Array.of(0.1, -0.2, 0.05, 0.3), 2, 0.5).value);
