/**
 * @babel/types' builders, loaded with `require`. Imported as an ES module, Node would first
 * scan the CommonJS package, and each module it re-exports, for the names it exports (with
 * @babel/generator, about 0.15 s of every cold compile); through this CommonJS module, which
 * exports a plain object, it does not. (Wrapped: the package marks itself `__esModule`, which
 * would make a default import of it mean its missing `default` export to CommonJS interop.)
 */
import types = require('@babel/types');
export = { types };
