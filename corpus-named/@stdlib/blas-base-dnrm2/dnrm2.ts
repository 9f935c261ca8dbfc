// @stdlib/blas-base-dnrm2@0.4.1, lib/dnrm2.js (licence: see LICENSE). Types added; `require` written as
// `import`, `module.exports = dnrm2` as `export function`.
/**
* @license Apache-2.0
*
* Copyright (c) 2020 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/


// MODULES //

import stride2offset from '@stdlib/strided-base-stride2offset';
import ndarray from './ndarray.js';


// MAIN //

/**
* Computes the L2-norm of a double-precision floating-point vector.
*
* @param {PositiveInteger} N - number of indexed elements
* @param {Float64Array} x - input array
* @param {integer} stride - stride length
* @returns {number} L2-norm
*
* @example
* import Float64Array from '@stdlib/array-float64';
*
* var x = new Float64Array( [ 1.0, -2.0, 2.0 ] );
*
* var out = dnrm2( 3, x, 1 );
* // returns 3.0
*/
export function dnrm2( N: number, x: Float64Array, stride: number ): number {
	var ox = stride2offset( N, stride );
	return ndarray( N, x, stride, ox );
}


// EXPORTS //

// (module.exports = dnrm2: exported above)
