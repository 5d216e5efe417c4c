// Draws ClipBrief's icon (a navy tile with three rising bars) at each size the extension and the
// PWA need, as PNG, with no image tooling: run once when the design changes, commit the output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function draw(size) {
  const px = Buffer.alloc(size * size * 4);
  const r = size * 0.18; // corner radius
  const bars = [
    { x0: 0.2, x1: 0.36, top: 0.58, color: [244, 162, 97] },
    { x0: 0.42, x1: 0.58, top: 0.4, color: [241, 250, 238] },
    { x0: 0.64, x1: 0.8, top: 0.22, color: [241, 250, 238] },
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const cx = Math.min(Math.max(x + 0.5, r), size - r);
      const cy = Math.min(Math.max(y + 0.5, r), size - r);
      const inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= r;
      if (!inside) continue;
      let color = [29, 53, 87];
      const u = (x + 0.5) / size;
      const v = (y + 0.5) / size;
      for (const b of bars) if (u >= b.x0 && u <= b.x1 && v >= b.top && v <= 0.8) color = b.color;
      px[i] = color[0];
      px[i + 1] = color[1];
      px[i + 2] = color[2];
      px[i + 3] = 255;
    }
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const targets = { 'extension/public/icons': [16, 32, 48, 128], 'pwa/public/icons': [192, 512] };
for (const [dir, sizes] of Object.entries(targets)) {
  mkdirSync(dir, { recursive: true });
  for (const s of sizes) writeFileSync(`${dir}/icon-${s}.png`, draw(s));
}
