/** @babel/generator, loaded with `require` (see babel-types.cts). */
import generator = require('@babel/generator');
export = generator;
