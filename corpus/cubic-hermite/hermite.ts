// cubic-hermite@1.0.0, hermite.js (MIT, see LICENSE). Types added (the scalar form of the
// authors' function; its derivative dcubicHermite is left out); `module.exports = cubicHermite`
// written as `export`. The parameters the authors accept as numbers or arrays are typed `any`.

export function cubicHermite(p0: any, v0: any, p1: any, v1: any, t: number, f?: any): any {
  var ti  = (t-1), t2 = t*t, ti2 = ti*ti,
      h00 = (1+2*t)*ti2,
      h10 = t*ti2,
      h01 = t2*(3-2*t),
      h11 = t2*ti
  if(p0.length) {
    if(!f) {
      f = new Array(p0.length)
    }
    for(var i=p0.length-1; i>=0; --i) {
      f[i] = h00*p0[i] + h10*v0[i] + h01*p1[i] + h11*v1[i]
    }
    return f
  }
  return h00*p0 + h10*v0 + h01*p1 + h11*v1
}
