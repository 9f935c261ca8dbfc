// @stdlib/math-base-special-logaddexp@0.2.4, lib/main.js (licence: see LICENSE). Types added; `require` written as
// `import`, `module.exports = logaddexp` as `export function`.
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
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

import isnan from '@stdlib/math-base-assert-is-nan';
import exp from '@stdlib/math-base-special-exp';
import log1p from '@stdlib/math-base-special-log1p';
import LN2 from '@stdlib/constants-float64-ln-two';


// MAIN //

/**
* Computes the natural logarithm of \\( \exp(x) + \exp(y) \\).
*
* @param {number} x - input value
* @param {number} y - input value
* @returns {number} natural logarithm of \\( \exp(x) + \exp(y) \\)
*
* @example
* var v = logaddexp( 90.0, 90.0 );
* // returns ~90.6931
*
* @example
* var v = logaddexp( -20.0, 90.0 );
* // returns 90.0
*
* @example
* var v = logaddexp( 0.0, -100 );
* // returns ~3.7201e-44
*/
export function logaddexp( x: number, y: number ): number {
	var d;
	if ( isnan( x ) || isnan( y ) ) {
		return NaN;
	}
	if ( x === y ) {
		return x + LN2;
	}
	d = x - y;
	if ( d > 0.0 ) {
		return x + log1p( exp( -d ) );
	}
	return y + log1p( exp( d ) );
}


// EXPORTS //

// (module.exports = logaddexp: exported above)
