import { deflateSync } from 'node:zlib';

/**
 * Picture bytes: recognising the four accepted types by their content (a worker's multipart part
 * usually carries no Content-Type of its own), and drawing the seed's plots.
 */

export type PictureType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/svg+xml';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, index) => bytes[index] === byte);

/** The type the bytes really are, or undefined for anything else. */
export function sniffPicture(bytes: Uint8Array): PictureType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('utf8');
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'image/gif';
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head))
    return 'image/svg+xml';
  return undefined;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.byteLength);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGB PNG; `pixel(x, y)` gives `[r, g, b]`. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => number[]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y += 1) {
    const start = y * (1 + width * 3);
    for (let x = 0; x < width; x += 1) rows.set(pixel(x, y).slice(0, 3), start + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A confusion-matrix heat map: one square cell per (true, predicted) pair, darker for more points. */
export function confusionPng(matrix: readonly (readonly number[])[], cell = 16): Buffer {
  const size = matrix.length * cell;
  const max = Math.max(1, ...matrix.flat());
  return encodePng(size, size, (x, y) => {
    const count = matrix[Math.floor(y / cell)]?.[Math.floor(x / cell)] ?? 0;
    const shade = Math.round(255 - (200 * count) / max);
    return [shade, shade, 255];
  });
}

const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728'];

/** A 2-D scatter plot of labelled points, coloured by label. */
export function scatterSvg(
  title: string,
  points: ReadonlyArray<{ x: number; y: number; label: number }>,
): Buffer {
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (value: number, min: number, max: number): string =>
    (10 + (280 * (value - min)) / (max - min || 1)).toFixed(1);
  const dots = points
    .map(
      ({ x, y, label }) =>
        `<circle cx="${scale(x, minX, maxX)}" cy="${scale(-y, -maxY, -minY)}" r="2.5" fill="${PALETTE[label % PALETTE.length] ?? '#000'}"/>`,
    )
    .join('');
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="300" height="320" viewBox="0 0 300 320">` +
      `<title>${title}</title><rect width="300" height="320" fill="#fff"/>${dots}` +
      `<text x="150" y="312" font-size="12" text-anchor="middle">${title}</text></svg>\n`,
    'utf8',
  );
}
