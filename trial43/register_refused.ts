// grad(f) of a function tsgrad refuses must stop the program under tsgrad/register, naming the error; RAN must
// never print. (ngramLogistic reads a module-level string's characters, TSG1002; cvarTail, the function of this
// check before, compiles since sorting does)
import { grad } from 'tsgrad';
import { ngramLogistic } from './src/nlp.js';

const g = grad(ngramLogistic);
console.log('RAN', g(new Float64Array(8), 0.1, 1).value);
