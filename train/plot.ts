// Pictures of a run as PNG (encoded by pngjs): line plots of the losses, and grids of images.
import { PNG } from 'pngjs';

type RGB = [number, number, number];

/** Series colours, in order. */
export const COLOURS: RGB[] = [[31, 119, 180], [214, 39, 40], [44, 160, 44], [255, 127, 14], [148, 103, 189], [140, 86, 75]];

/** 3×5 glyphs for tick labels (rows of 3 bits, top first). */
const GLYPHS: Record<string, number[]> = {
  '0': [7, 5, 5, 5, 7], '1': [2, 6, 2, 2, 7], '2': [7, 1, 7, 4, 7], '3': [7, 1, 7, 1, 7], '4': [5, 5, 7, 1, 1],
  '5': [7, 4, 7, 1, 7], '6': [7, 4, 7, 5, 7], '7': [7, 1, 1, 1, 1], '8': [7, 5, 7, 5, 7], '9': [7, 5, 7, 1, 7],
  '.': [0, 0, 0, 0, 2], '-': [0, 0, 7, 0, 0], 'e': [0, 7, 7, 4, 7], 'k': [4, 5, 6, 5, 5], ' ': [0, 0, 0, 0, 0],
  // capitals, for the legend and the axis's name (drawn in upper case)
  A: [2, 5, 7, 5, 5], B: [6, 5, 6, 5, 6], C: [3, 4, 4, 4, 3], D: [6, 5, 5, 5, 6], E: [7, 4, 6, 4, 7], F: [7, 4, 6, 4, 4],
  G: [3, 4, 5, 5, 3], H: [5, 5, 7, 5, 5], I: [7, 2, 2, 2, 7], J: [1, 1, 1, 5, 2], K: [5, 5, 6, 5, 5], L: [4, 4, 4, 4, 7],
  M: [5, 7, 7, 5, 5], N: [6, 5, 5, 5, 5], O: [2, 5, 5, 5, 2], P: [6, 5, 6, 4, 4], Q: [2, 5, 5, 6, 3], R: [6, 5, 6, 5, 5],
  S: [3, 4, 2, 1, 6], T: [7, 2, 2, 2, 2], U: [5, 5, 5, 5, 7], V: [5, 5, 5, 5, 2], W: [5, 5, 7, 7, 5], X: [5, 5, 2, 5, 5],
  Y: [5, 5, 2, 2, 2], Z: [7, 1, 2, 4, 7], '=': [0, 7, 0, 7, 0], '_': [0, 0, 0, 0, 7], ',': [0, 0, 0, 2, 4], ':': [0, 2, 0, 2, 0],
  '/': [1, 1, 2, 4, 4], '+': [0, 2, 7, 2, 0], '(': [1, 2, 2, 2, 1], ')': [4, 2, 2, 2, 4],
};

class Canvas {
  /** RGBA, row by row (drawn here, handed to pngjs to encode). */
  readonly data: Uint8Array;
  constructor(readonly width: number, readonly height: number, background: RGB = [255, 255, 255]) {
    this.data = new Uint8Array(4 * width * height);
    for (let i = 0; i < this.data.length; i += 4) {
      this.data[i] = background[0];
      this.data[i + 1] = background[1];
      this.data[i + 2] = background[2];
      this.data[i + 3] = 255;
    }
  }
  set(x: number, y: number, [r, g, b]: RGB): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = 4 * (Math.round(y) * this.width + Math.round(x));
    this.data[i] = r;
    this.data[i + 1] = g;
    this.data[i + 2] = b;
    this.data[i + 3] = 255;
  }
  line(x0: number, y0: number, x1: number, y1: number, colour: RGB, thick = 1): void {
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
    for (let s = 0; s <= steps; s++) {
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      for (let d = 0; d < thick; d++) this.set(x, y + d, colour);
    }
  }
  rect(x0: number, y0: number, x1: number, y1: number, colour: RGB): void {
    for (let y = Math.round(y0); y <= y1; y++) for (let x = Math.round(x0); x <= x1; x++) this.set(x, y, colour);
  }
  /** Text in the 3×5 font at scale 2, its top-left corner at (x, y); returns its width. */
  text(x: number, y: number, s: string, colour: RGB = [60, 60, 60]): number {
    let cx = x;
    for (const ch of s) {
      const rows = GLYPHS[ch] ?? GLYPHS[' ']!;
      rows.forEach((bits, r) => {
        for (let c = 0; c < 3; c++) {
          if (bits & (4 >> c)) for (let d = 0; d < 4; d++) this.set(cx + 2 * c + (d & 1), y + 2 * r + (d >> 1), colour);
        }
      });
      cx += 8;
    }
    return cx - x;
  }
  /** As PNG; `grey` (for a canvas of grey pixels only) writes one channel, a tenth the size. */
  encode(grey = false): Buffer {
    const png = new PNG({ width: this.width, height: this.height });
    png.data = Buffer.from(this.data.buffer, this.data.byteOffset, this.data.length);
    // RGBA in, and a fixed filter rather than pngjs's per-row search (which costs seconds per
    // image in a Jest worker): none for the plots, which compress well without; Paeth for the
    // grids of digits, which it takes from 110 KB to 46 KB (466×466) for a few milliseconds
    return PNG.sync.write(png, grey ? { filterType: 4, colorType: 0, inputColorType: 6 } : { filterType: 0, colorType: 6, inputColorType: 6 });
  }
}

export interface Series {
  name: string;
  points: [number, number][];
}

/** Round tick values (1, 2 or 5 times a power of ten apart) inside [low, high], about `count` of them. */
export function ticks(low: number, high: number, count = 4): number[] {
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= 0.7 * raw) ?? 10) * power;
  const out: number[] = [];
  for (let k = Math.ceil(low / step - 1e-9); k * step <= high + step * 1e-9; k++) out.push(+(k * step).toPrecision(12));
  return out;
}

function label(v: number): string {
  if (v === 0) return '0';
  if (Math.abs(v) >= 10000) return `${+(v / 1000).toPrecision(3)}k`;
  return `${+v.toPrecision(3)}`;
}

/**
 * A line plot of the series (x: iteration) with round tick values on both axes, each series in
 * the colour of its index in COLOURS, named in a legend at the top right. `smooth` averages
 * each point with the ones around it (a window of that many points) so that a noisy loss reads
 * as a curve.
 */
export function linePlot(series: Series[], { width = 640, height = 360, smooth = 1 } = {}): Buffer {
  const c = new Canvas(width, height);
  const left = 60, right = width - 15, top = 15, bottom = height - 44;
  const shown = series.map((s) => ({ ...s, points: smoothed(s.points, smooth) }));
  const all = shown.flatMap((s) => s.points);
  let [xMin, xMax] = extent(all.map((p) => p[0]));
  let [yMin, yMax] = extent(all.map((p) => p[1]).filter(Number.isFinite));
  if (xMax === xMin) xMax = xMin + 1;
  if (yMax === yMin) [yMin, yMax] = [yMin - 1, yMax + 1];
  // a positive quantity near 0 (a loss) is drawn from 0
  if (yMin > 0 && yMin < 0.25 * (yMax - yMin)) yMin = 0;
  const px = (x: number) => left + ((x - xMin) / (xMax - xMin)) * (right - left);
  const py = (y: number) => bottom - ((y - yMin) / (yMax - yMin)) * (bottom - top);
  for (const y of ticks(yMin, yMax)) {
    c.line(left, py(y), right, py(y), [225, 225, 225]);
    const text = label(y);
    c.text(left - 6 - 8 * text.length, py(y) - 5, text);
  }
  for (const x of ticks(xMin, xMax, 5)) {
    c.line(px(x), top, px(x), bottom, [225, 225, 225]);
    const xt = label(x);
    c.text(px(x) - 4 * xt.length, bottom + 8, xt);
  }
  c.text((left + right) / 2 - 36, bottom + 26, 'ITERATION');
  c.line(left, bottom, right, bottom, [0, 0, 0]);
  c.line(left, top, left, bottom, [0, 0, 0]);
  shown.forEach((s, k) => {
    const colour = COLOURS[k % COLOURS.length]!;
    for (let i = 1; i < s.points.length; i++) {
      const [a, b] = [s.points[i - 1]!, s.points[i]!];
      if (Number.isFinite(a[1]) && Number.isFinite(b[1])) c.line(px(a[0]), py(a[1]), px(b[0]), py(b[1]), colour, 2);
    }
  });
  // the legend, on white over the top right corner
  const names = shown.map((s) => s.name.toUpperCase());
  const legendWidth = 28 + 8 * Math.max(0, ...names.map((n) => n.length));
  const lx = right - legendWidth - 6;
  c.rect(lx - 4, top + 2, right - 2, top + 6 + 14 * names.length, [255, 255, 255]);
  names.forEach((name, k) => {
    const y = top + 6 + 14 * k;
    c.line(lx, y + 4, lx + 18, y + 4, COLOURS[k % COLOURS.length]!, 2);
    c.text(lx + 24, y, name);
  });
  return c.encode();
}

function extent(values: number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  return [Math.min(...values), Math.max(...values)];
}

function smoothed(points: [number, number][], window: number): [number, number][] {
  if (window <= 1) return points;
  const half = Math.floor(window / 2);
  return points.map(([x], i) => {
    const part = points.slice(Math.max(0, i - half), i + half + 1);
    return [x, part.reduce((s, p) => s + p[1], 0) / part.length];
  });
}

/**
 * A grid of `count` grey images (rows of rows×cols pixels), `columns` to a row, each pixel drawn
 * as scale×scale; a pixel v is shown as (v − low)/(high − low), clipped to [0, 1] (for the
 * generator's tanh output, low −1 and high 1).
 */
export function imageGrid(images: Float64Array, count: number, rows: number, cols: number,
  { columns = 8, scale = 2, low = 0, high = 1 } = {}): Buffer {
  const gridRows = Math.ceil(count / columns);
  const pad = 2;
  const c = new Canvas(columns * (cols * scale + pad) + pad, gridRows * (rows * scale + pad) + pad, [128, 128, 128]);
  for (let k = 0; k < count; k++) {
    const ox = pad + (k % columns) * (cols * scale + pad);
    const oy = pad + Math.floor(k / columns) * (rows * scale + pad);
    for (let y = 0; y < rows; y++) {
      for (let x = 0; x < cols; x++) {
        const v = (images[k * rows * cols + y * cols + x]! - low) / (high - low);
        const grey = Math.round(255 * Math.min(1, Math.max(0, v)));
        for (let d = 0; d < scale * scale; d++) c.set(ox + x * scale + (d % scale), oy + y * scale + Math.floor(d / scale), [grey, grey, grey]);
      }
    }
  }
  return c.encode(true);
}
