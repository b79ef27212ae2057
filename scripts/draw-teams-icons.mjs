// Draws the Teams app icons in manifest/: `node scripts/draw-teams-icons.mjs`.
// The motif is the MGI wheel of the web page: six domain segments around a white hub.
//   color.png   192×192, the six domain colours on a white disc, transparent corners.
//   outline.png  32×32, the same wheel as a white silhouette on a fully transparent background;
//                Teams requires every pixel to be white or transparent, so no anti-aliasing there.
// Deterministic: running it again gives the same files.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const MANIFEST_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'manifest');

/** The web page's segment colours (src/web/pages/wheel.ts), clockwise from the top. */
const COLOURS = ['#1f5a85', '#2b6e4f', '#6a4494', '#a2472a', '#7a5c12', '#37577a'];
const SEGMENTS = COLOURS.length;
const WHITE = [255, 255, 255];

const rgb = (hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/**
 * What lies at a point, in units of the icon's side (centre at 0.5, 0.5): 'outside', 'gap'
 * (between segments or around the hub), 'hub', or a segment index.
 */
function wheelAt(x, y, { outer, inner, hub, gap }) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r > outer) return 'outside';
  if (r <= hub) return 'hub';
  if (r < inner) return 'gap';
  // Angle clockwise from the top, as on the web page.
  const turn = (Math.atan2(dx, -dy) / (2 * Math.PI) + 1) % 1;
  const segment = Math.floor(turn * SEGMENTS) % SEGMENTS;
  // Distance from the point to the nearest segment border (a ray from the centre).
  const nearestBorder = Math.round(turn * SEGMENTS) / SEGMENTS;
  const offset = Math.abs(turn - nearestBorder) * 2 * Math.PI;
  if (r * Math.sin(Math.min(offset, Math.PI / 2)) < gap / 2) return 'gap';
  return segment;
}

/** Renders an icon by supersampling each pixel `samples`² times; `toPixel` turns the samples into RGBA. */
function render(size, shape, samples, toPixel) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const hits = [];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          hits.push(wheelAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, shape));
        }
      }
      const [r, g, b, a] = toPixel(hits);
      const at = (py * size + px) * 4;
      png.data[at] = r;
      png.data[at + 1] = g;
      png.data[at + 2] = b;
      png.data[at + 3] = a;
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** Colour icon: average of the samples' colours, white inside the disc, alpha from coverage. */
function colourPixel(hits) {
  const inside = hits.filter((hit) => hit !== 'outside');
  if (inside.length === 0) return [0, 0, 0, 0];
  const sum = [0, 0, 0];
  for (const hit of inside) {
    const colour = typeof hit === 'number' ? rgb(COLOURS[hit]) : WHITE;
    for (let c = 0; c < 3; c++) sum[c] += colour[c];
  }
  return [...sum.map((v) => Math.round(v / inside.length)), Math.round((255 * inside.length) / hits.length)];
}

/** Outline icon: opaque white where most samples hit a segment or the hub, else transparent. */
function outlinePixel(hits) {
  const solid = hits.filter((hit) => typeof hit === 'number' || hit === 'hub').length;
  return solid * 2 > hits.length ? [255, 255, 255, 255] : [255, 255, 255, 0];
}

const colour = render(192, { outer: 0.49, inner: 0.19, hub: 0.19, gap: 0.018 }, 4, colourPixel);
const outline = render(32, { outer: 0.48, inner: 0.22, hub: 0.1, gap: 0.08 }, 4, outlinePixel);
writeFileSync(path.join(MANIFEST_DIR, 'color.png'), colour);
writeFileSync(path.join(MANIFEST_DIR, 'outline.png'), outline);
console.log(`Wrote ${path.relative(process.cwd(), path.join(MANIFEST_DIR, 'color.png'))} and outline.png`);
