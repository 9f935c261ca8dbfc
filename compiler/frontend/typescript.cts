/**
 * TypeScript's compiler API, loaded with `require`. Imported as an ES module, Node would first
 * scan the 9 MB CommonJS file for the names it exports (half a second of every cold compile);
 * through this CommonJS module, which exports an opaque value, it does not.
 */
import ts = require('typescript');
export = ts;
