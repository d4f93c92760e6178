// Draws the PWA icons into assets/icons/ with no dependency beyond Node: a tiny PNG encoder
// (zlib + CRC-32) and an SVG twin. Run once after changing the design: `tsx scripts/makeIcons.ts`.
// The design: a fence of two posts (Seoul sky blue, Tokyo orange) joined by a light rail, on the
// game's dark background. "maskable" keeps everything inside the central 80 % safe zone.

import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x10, 0x18, 0x20];
const SEOUL = [0x56, 0xb4, 0xe9];
const TOKYO = [0xe6, 0x9f, 0x00];
const RAIL = [0xf4, 0xf4, 0xf0];

type Rect = [x: number, y: number, w: number, h: number, rgb: number[]];

/** The design in a 0–100 box. */
function shapes(safe: boolean): Rect[] {
  // maskable icons are cropped to a circle of 80 % diameter: shrink the drawing into it
  const k = safe ? 0.7 : 1;
  const o = (100 - 100 * k) / 2;
  const r = (x: number, y: number, w: number, h: number, rgb: number[]): Rect => [
    o + x * k,
    o + y * k,
    w * k,
    h * k,
    rgb,
  ];
  return [r(18, 20, 18, 64, SEOUL), r(64, 20, 18, 64, TOKYO), r(12, 36, 76, 9, RAIL), r(12, 58, 76, 9, RAIL)];
}

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number, safe: boolean): Buffer {
  const rows = Buffer.alloc((size * 3 + 1) * size);
  const rects = shapes(safe);
  for (let y = 0; y < size; y++) {
    rows[y * (size * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const px = ((x + 0.5) / size) * 100;
      const py = ((y + 0.5) / size) * 100;
      let rgb = BG;
      for (const [rx, ry, rw, rh, c] of rects) if (px >= rx && px < rx + rw && py >= ry && py < ry + rh) rgb = c;
      rows.set(rgb, y * (size * 3 + 1) + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    sig,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

function svg(): string {
  const hex = (c: number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const body = shapes(false)
    .map(([x, y, w, h, c]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${hex(c)}"/>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${hex(BG)}"/>${body}</svg>\n`;
}

const dir = new URL('../assets/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('icon-192.png', dir), png(192, false));
writeFileSync(new URL('icon-512.png', dir), png(512, false));
writeFileSync(new URL('maskable-512.png', dir), png(512, true));
writeFileSync(new URL('apple-touch-icon.png', dir), png(180, false));
writeFileSync(new URL('icon.svg', dir), svg());
console.log('wrote assets/icons/{icon-192,icon-512,maskable-512,apple-touch-icon}.png and icon.svg');
