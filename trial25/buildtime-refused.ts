// grad() of a function tsgrad refuses: the program should stop with the diagnostic at the try.
import { grad } from 'tsgrad';
import { safeLog, neighbourOk } from './refused.ts';
const d = grad(neighbourOk);
console.log('neighbour', d(0.5).grad.x);
const bad = grad(safeLog);
console.log('not reached', bad(1));
