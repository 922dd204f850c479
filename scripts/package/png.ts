import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32';

const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

export type Rgba = readonly [number, number, number, number];

/**
 * A square RGBA PNG: `paint(x, y)` gives each pixel. Small enough for app icons, with no
 * package: the IDAT is zlib (node:zlib), each row with filter 0.
 */
export function encodePng(size: number, paint: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    for (let x = 0; x < size; x++) Buffer.from(paint(x, y)).copy(rows, row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Width and height from a PNG's IHDR. */
export const pngSize = (png: Buffer) => ({
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
});

const inLoop = (x: number, y: number, size: number, inner: number, outer: number) => {
  const d = Math.hypot(x - size / 2 + 0.5, y - size / 2 + 0.5);
  return d >= inner && d <= outer;
};

/** The colour icon (192×192): a white loop on the accent colour. */
export const colorIcon = (): Buffer =>
  encodePng(192, (x, y) =>
    inLoop(x, y, 192, 40, 62) ? [255, 255, 255, 255] : [0x2b, 0x57, 0x9a, 255],
  );

/** The outline icon (32×32): a white loop on transparency, as Teams requires. */
export const outlineIcon = (): Buffer =>
  encodePng(32, (x, y) => (inLoop(x, y, 32, 7, 11) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
