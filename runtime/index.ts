/** What generated gradient code imports. No dependency on the compiler. */
export { Tape, tape } from './tape.js';
export { sum } from './kernels.js';
