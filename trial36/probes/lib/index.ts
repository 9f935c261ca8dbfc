export * from './quad.js';
export { softplus as sp } from '../../src/util.js';
