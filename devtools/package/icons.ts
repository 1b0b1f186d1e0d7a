/**
 * Kompas's icons, drawn in code: a compass rose in a ring, the north point in a warm accent.
 * - Teams `color` (192 × 192): full bleed, opaque accent background (Teams app icon guidelines).
 * - Teams `outline` (32 × 32): white on transparent, nothing else.
 * - Office ribbon/add-in icons (16, 32, 64, 80): the colour design on a round badge, transparent corners.
 * Shapes are sampled 4 × 4 per pixel, so edges are smooth and the output is deterministic.
 */
import { encodePng } from './png.ts';

type Rgba = readonly [number, number, number, number];

export const ACCENT = '#1F5F7A';
const TEAL: Rgba = [0x1f, 0x5f, 0x7a, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const NORTH: Rgba = [0xf2, 0xa5, 0x41, 255];
const CLEAR: Rgba = [255, 255, 255, 0];

type Point = readonly [number, number];

function inPolygon([x, y]: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] ?? [0, 0];
    const [xj, yj] = polygon[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The compass rose around (0.5, 0.5) in unit coordinates: tips at `outer`, waist at `inner`. */
function rose(outer: number, inner: number): { star: Point[]; north: Point[] } {
  const at = (angle: number, r: number): Point => [0.5 + r * Math.sin(angle), 0.5 - r * Math.cos(angle)];
  const star: Point[] = [];
  for (let k = 0; k < 8; k++) star.push(at((k * Math.PI) / 4, k % 2 === 0 ? outer : inner));
  const north: Point[] = [at(0, outer), at(Math.PI / 4, inner), [0.5, 0.5], at(-Math.PI / 4, inner)];
  return { star, north };
}

type Painter = (p: Point) => Rgba;

function raster(size: number, paint: Painter): Uint8Array {
  const samples = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = paint([(px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size]);
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const i = (py * size + px) * 4;
      const n = samples * samples;
      if (a === 0) {
        rgba.set(CLEAR, i);
      } else {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((a / n) * 255);
      }
    }
  }
  return rgba;
}

const distance = ([x, y]: Point): number => Math.hypot(x - 0.5, y - 0.5);

function compass(
  background: (p: Point) => Rgba | undefined,
  ring: [number, number],
  outer: number,
  inner: number,
): Painter {
  const { star, north } = rose(outer, inner);
  return (p) => {
    const d = distance(p);
    if (d >= ring[0] && d <= ring[1]) return WHITE;
    if (d < 0.045) return background(p) ?? CLEAR;
    if (inPolygon(p, north)) return NORTH;
    if (inPolygon(p, star)) return WHITE;
    return background(p) ?? CLEAR;
  };
}

/** Teams colour icon: 192 × 192, full bleed. */
export function colorIcon(): Uint8Array {
  return encodePng(
    192,
    192,
    raster(
      192,
      compass(() => TEAL, [0.33, 0.37], 0.3, 0.085),
    ),
  );
}

/** Teams outline icon: 32 × 32, white on transparent (no north accent: outline icons are one colour). */
export function outlineIcon(): Uint8Array {
  const { star } = rose(0.34, 0.1);
  const paint: Painter = (p) => {
    const d = distance(p);
    if (d >= 0.4 && d <= 0.47) return WHITE;
    if (d < 0.06) return CLEAR;
    return inPolygon(p, star) ? WHITE : CLEAR;
  };
  return encodePng(32, 32, raster(32, paint));
}

/** Office add-in icon: the colour design on a round badge. */
export function addinIcon(size: number): Uint8Array {
  const badge = (p: Point): Rgba | undefined => (distance(p) <= 0.5 ? TEAL : undefined);
  return encodePng(size, size, raster(size, compass(badge, [0.36, 0.41], 0.32, 0.09)));
}

/** Sizes the manifests reference (ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64). */
export const addinIconSizes = [16, 32, 64, 80] as const;

export function addinIconName(size: number): string {
  return `kompas-${size}.png`;
}
