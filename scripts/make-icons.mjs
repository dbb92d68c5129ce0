// Draws the Parallax icon (two offset reading panes joined by a highlight) into PNG files
// in public/icons. Run once by hand after changing the design; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, paint) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = paint(x / size, y / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const BG = [49, 46, 129, 255];
const PANE = [248, 250, 252, 255];
const LINE = [148, 163, 184, 255];
const MARK = [251, 191, 36, 255];
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
function paint(pad) {
  const s = (v) => pad + v * (1 - 2 * pad);
  return (x, y) => {
    const panes = [
      [s(0.08), s(0.12), s(0.46), s(0.88)],
      [s(0.54), s(0.12), s(0.92), s(0.88)],
    ];
    for (const [x0, y0, x1, y1] of panes) {
      if (!inRect(x, y, x0, y0, x1, y1)) continue;
      const row = (y - y0) / (y1 - y0);
      if (inRect(row, 0, 0.38, 0, 0.46, 1) && inRect(x, y, x0 + 0.03, y0, x1 - 0.03, y1)) return MARK;
      for (const r of [0.18, 0.28, 0.56, 0.66, 0.76])
        if (Math.abs(row - r) < 0.025 && inRect(x, y, x0 + 0.03, y0, x1 - 0.05, y1)) return LINE;
      return PANE;
    }
    return BG;
  };
}
const out = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), png(192, paint(0)));
writeFileSync(new URL('icon-512.png', out), png(512, paint(0)));
writeFileSync(new URL('icon-maskable-512.png', out), png(512, paint(0.12)));
writeFileSync(new URL('apple-touch-icon.png', out), png(180, paint(0.06)));
writeFileSync(new URL('favicon-32.png', out), png(32, paint(0)));
console.log('icons written to public/icons');
