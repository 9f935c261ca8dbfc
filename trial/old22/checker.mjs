// My own derivative checker: central differences with Richardson extrapolation,
// written without reading tsgrad's code. Everything works on "specs" that run.mjs
// builds from the sources' parameter types and @domain tags.

// ---------- deterministic random numbers ----------
export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

const Q = 2 ** -12; // float32 points are put on this grid so that x ± h stays exact

// ---------- points ----------
export function drawPoint(spec, rand) {
  return spec.params.map((p) => drawParam(p, rand));
}

function drawIn(d, rand) {
  if (d.int) return d.lo + Math.floor(rand() * (d.hi - d.lo + 1));
  if (d.lo === d.hi) return d.lo;
  const w = d.hi - d.lo;
  const margin = d.open ? 0.05 * w : 0;
  return d.lo + margin + rand() * (w - 2 * margin);
}

function drawParam(p, rand) {
  switch (p.kind) {
    case 'number':
      return drawIn(p.domain, rand);
    case 'boolean':
      return rand() < 0.5;
    case 'string':
      return p.values[Math.floor(rand() * p.values.length)];
    case 'array': {
      const vals = Array.from({ length: p.length }, () => drawIn(p.domain, rand));
      return makeArray(p.arrayType, p.arrayType === 'Float32Array' ? vals.map((v) => Math.round(v / Q) * Q) : vals);
    }
    default:
      return undefined;
  }
}

export function makeArray(type, vals) {
  switch (type) {
    case 'number[]': return Array.from(vals);
    case 'Float64Array': return Float64Array.from(vals);
    case 'Float32Array': return Float32Array.from(vals);
    case 'Int32Array': return Int32Array.from(vals);
    case 'Int8Array': return Int8Array.from(vals);
    case 'Uint8Array': return Uint8Array.from(vals);
    default: throw new Error('array type ' + type);
  }
}

export function cloneArgs(args) {
  return args.map((a) => (Array.isArray(a) ? a.slice() : ArrayBuffer.isView(a) ? a.slice() : a));
}

// ---------- the function's inputs and outputs as flat vectors ----------
// columns: number params (not int) and float array elements, in parameter order.
export function columnsOf(spec, args) {
  const cols = [];
  spec.params.forEach((p, pi) => {
    if (p.kind === 'number' && p.active) cols.push({ pi, idx: -1, name: p.name, skip: p.domain.int });
    if (p.kind === 'array' && p.active) for (let i = 0; i < args[pi].length; i++) cols.push({ pi, idx: i, name: `${p.name}[${i}]`, f32: p.arrayType === 'Float32Array' });
  });
  return cols;
}

export function getCol(args, c) { return c.idx < 0 ? args[c.pi] : args[c.pi][c.idx]; }
export function setCol(args, c, v) { if (c.idx < 0) args[c.pi] = v; else args[c.pi][c.idx] = v; }

// outputs: the value (when the function returns a number), then each written array.
export function outputsOf(spec, f, args) {
  const a = cloneArgs(args);
  const v = f(...a);
  const out = [];
  if (spec.returnsNumber) out.push(v === undefined || v === null ? NaN : v);
  for (const pi of spec.written) for (let i = 0; i < a[pi].length; i++) out.push(a[pi][i]);
  return out;
}

let REL_STEP = 1e-3;
export function setStep(h) { REL_STEP = h ?? 1e-3; }

function stepFor(c, x) {
  if (c.f32) return 2 ** -8;
  return REL_STEP * Math.max(1, Math.abs(x));
}

// Richardson-extrapolated central difference of a vector function along one column
export function fdColumn(g, args, c, scale = 1) {
  const x = getCol(args, c);
  const h = stepFor(c, x) * (c.f32 ? 1 : scale);
  const at = (dx) => {
    const a = cloneArgs(args);
    setCol(a, c, x + dx);
    return g(a);
  };
  const p1 = at(h), m1 = at(-h), p2 = at(h / 2), m2 = at(-h / 2);
  return p1.map((_, r) => {
    const D1 = (p1[r] - m1[r]) / (2 * h);
    const D2 = (p2[r] - m2[r]) / h;
    return (4 * D2 - D1) / 3;
  });
}

// Richardson difference along a direction given per column
export function fdDirection(g, args, cols, dir) {
  let scale = 1;
  for (let k = 0; k < cols.length; k++) scale = Math.max(scale, Math.abs(getCol(args, cols[k])));
  const anyF32 = cols.some((c) => c.f32);
  const h = anyF32 ? 2 ** -8 : REL_STEP * scale;
  const at = (t) => {
    const a = cloneArgs(args);
    cols.forEach((c, k) => setCol(a, c, getCol(args, c) + t * dir[k]));
    return g(a);
  };
  const p1 = at(h), m1 = at(-h), p2 = at(h / 2), m2 = at(-h / 2);
  return p1.map((_, r) => (4 * ((p2[r] - m2[r]) / h) - (p1[r] - m1[r]) / (2 * h)) / 3);
}

export function err(a, b) {
  if (Number.isNaN(a) && Number.isNaN(b)) return 0;
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}

export function sameValue(a, b) {
  return Object.is(a, b) || (a === b);
}

// ---------- timing ----------
// forms[0] is the primal. The machine is shared (load 15 on 2 cores while this was written), so
// a batch is timed by the CPU time the process used (process.cpuUsage), not wall time: time spent
// descheduled is not counted. Each form is warmed up and calibrated to batches of ~`target` µs of
// CPU; each round times one batch of every form back to back; ratios to the primal are taken within
// the round and the median over rounds is reported.
export function timeForms(forms, makeCall, { rounds = 5, target = 5000 } = {}) {
  const thunks = forms.map((n) => makeCall(n));
  let sink = 0;
  const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
  const run = (th, n) => {
    const t0 = cpu();
    for (let i = 0; i < n; i++) sink += +!!th();
    return cpu() - t0;
  };
  const ns = thunks.map((th) => {
    let n = 1;
    for (;;) {
      const dt = run(th, n);
      if (dt > target / 2 || n > 1e8) {
        run(th, n); // warm-up at full size
        const dt2 = run(th, n);
        return Math.max(1, Math.round((n * target) / Math.max(dt2, 1)));
      }
      n *= 4;
    }
  });
  const per = forms.map(() => []);
  const ratios = forms.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const t = thunks.map((th, k) => (run(th, ns[k]) * 1000) / ns[k]); // ns per call
    t.forEach((v, k) => { per[k].push(v); ratios[k].push(v / t[0]); });
  }
  const med = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
  globalThis.__sink = sink;
  return { times: per.map(med), ratios: ratios.map(med) };
}
