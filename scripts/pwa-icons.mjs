// Draws the PWA's PNG icons (web/public/icons/) from web/public/favicon.svg with sharp. Run once
// when the logo changes (`node scripts/pwa-icons.mjs`); the PNGs are committed (ADR 033).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const pub = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/public');
const svg = readFileSync(path.join(pub, 'favicon.svg'), 'utf8');
// A maskable icon is cropped to a circle or a squircle: a full-bleed square, the drawing inside the
// 80 % safe zone (here 60 %, centred).
const inner = svg
  .replace(/^<svg[^>]*>/, '')
  .replace(/<\/svg>\s*$/, '')
  .replace(/<rect[^>]*\/>/, '');
const fill = svg.match(/<rect[^>]*fill="([^"]+)"/)?.[1] ?? '#1864ab';
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/><g transform="translate(6.4 6.4) scale(0.6)">${inner}</g></svg>`;

const draw = (source, size, file) =>
  sharp(Buffer.from(source), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(pub, 'icons', file));

await Promise.all([
  draw(svg, 192, 'icon-192.png'),
  draw(svg, 512, 'icon-512.png'),
  draw(maskable, 512, 'icon-maskable-512.png'),
  draw(maskable, 180, 'apple-touch-icon.png'),
]);
console.log('web/public/icons/: icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon.png');
