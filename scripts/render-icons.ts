/**
 * Draws the app icons of the web app manifest (public/icons/*.png) from the favicon's design — a
 * white serif "G" on the masthead red — as exact geometry, so they need no image tool and come
 * out the same on every machine. Run `npx tsx scripts/render-icons.ts` after changing the design.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** The favicon's red (public/favicon.svg). */
const BACKGROUND: Rgb = [0x7a, 0x1f, 0x1f];
const INK: Rgb = [0xff, 0xff, 0xff];
/** Samples per pixel side, for smooth edges. */
const SUPERSAMPLE = 4;

type Rgb = [number, number, number];

/** An icon to draw: its size, whether it is maskable (full bleed, glyph in the safe zone). */
interface IconSpec {
  file: string;
  size: number;
  maskable: boolean;
}

const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon-180.png', size: 180, maskable: true },
];

/**
 * Whether the point (x, y) lies on the "G", in glyph units: the letter spans y from -0.5 (top) to
 * 0.5 (bottom) and x from -0.42 to 0.44, centred on the origin.
 */
function isOnGlyph(x: number, y: number): boolean {
  const insideOuter = (x / 0.42) ** 2 + (y / 0.5) ** 2 <= 1;
  // The bowl: between two ellipses, thicker on the sides than at top and bottom, as in a serif.
  const bowl = insideOuter && (x / 0.28) ** 2 + (y / 0.4) ** 2 > 1;
  // The mouth of the G: open on the right from the upper terminal down to the bar.
  const mouth = x > 0.12 && y > -0.27 && y < 0.03;
  if (bowl && !mouth) return true;
  // The upper terminal's serif, hanging below the end of the arc.
  if (x >= 0.305 && x <= 0.4 && y >= -0.38 && y <= -0.1 && insideOuter) return true;
  // The bar, reaching in from the right just below the middle, a little past the spur.
  if (x >= 0.08 && x <= 0.47 && y >= 0.03 && y <= 0.12) return true;
  // The spur: from the bar down into the bowl.
  return x >= 0.29 && x <= 0.41 && y >= 0.03 && insideOuter;
}

/** Whether (px, py) in a `size` square lies inside the square with corners rounded by `radius`. */
function isInRoundedSquare(px: number, py: number, size: number, radius: number): boolean {
  const cx = Math.min(Math.max(px, radius), size - radius);
  const cy = Math.min(Math.max(py, radius), size - radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
}

/** Renders one icon as RGBA rows. */
function render({ size, maskable }: IconSpec): Uint8Array {
  // As in the favicon (rx 6 of 32); a maskable icon bleeds to the edges and the platform masks it.
  const radius = maskable ? 0 : (size * 6) / 32;
  // The glyph's height: 20/32 of the favicon; inside the 80 % safe circle when maskable.
  const glyphHeight = maskable ? size * 0.5 : size * 0.62;
  const centreX = size / 2;
  const centreY = size / 2;
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      let covered = 0;
      let inked = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const px = column + (sx + 0.5) / SUPERSAMPLE;
          const py = row + (sy + 0.5) / SUPERSAMPLE;
          if (!isInRoundedSquare(px, py, size, radius)) continue;
          covered += 1;
          if (isOnGlyph((px - centreX) / glyphHeight, (py - centreY) / glyphHeight)) inked += 1;
        }
      }
      const at = (row * size + column) * 4;
      const ink = covered === 0 ? 0 : inked / covered;
      for (let channel = 0; channel < 3; channel += 1) {
        const background = BACKGROUND[channel] ?? 0;
        const foreground = INK[channel] ?? 0;
        pixels[at + channel] = Math.round(background + (foreground - background) * ink);
      }
      pixels[at + 3] = Math.round((covered / samples) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Encodes RGBA rows as a PNG (8-bit RGBA, no filtering, zlib-compressed). */
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row += 1) {
    // Each row starts with its filter type, 0 (none).
    rows.set(rgba.subarray(row * size * 4, (row + 1) * size * 4), row * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const outDir = new URL('../public/icons/', import.meta.url);
mkdirSync(outDir, { recursive: true });
for (const icon of ICONS) {
  writeFileSync(new URL(icon.file, outDir), encodePng(icon.size, render(icon)));
  console.log(`public/icons/${icon.file}`);
}
