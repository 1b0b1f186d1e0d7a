import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addinIcon, addinIconSizes, colorIcon, outlineIcon } from '../../../devtools/package/icons.ts';
import { crc32, PNG_SIGNATURE } from '../../../devtools/package/png.ts';

interface Decoded {
  width: number;
  height: number;
  colourType: number;
  pixels: Uint8Array;
}

/** A small independent PNG reader (RGBA, filter type 0 only), checking every chunk's CRC. */
function decode(png: Uint8Array): Decoded {
  expect([...png.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  let header: { width: number; height: number; colourType: number } | undefined;
  const idat: Uint8Array[] = [];
  while (offset < png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(view.getUint32(offset + 8 + length), `CRC of ${type}`).toBe(
      crc32(png.subarray(offset + 4, offset + 8 + length)),
    );
    if (type === 'IHDR')
      header = {
        width: view.getUint32(offset + 8),
        height: view.getUint32(offset + 12),
        colourType: data[9] ?? -1,
      };
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('no IHDR');
  const raw = inflateSync(Buffer.concat(idat));
  const stride = header.width * 4;
  const pixels = new Uint8Array(header.height * stride);
  for (let y = 0; y < header.height; y++) {
    expect(raw[y * (stride + 1)]).toBe(0);
    pixels.set(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  }
  return { ...header, pixels };
}

function alphas(d: Decoded): number[] {
  return [...d.pixels].filter((_, i) => i % 4 === 3);
}

describe('icons', () => {
  it('colour icon: 192 × 192 RGBA, full bleed (every pixel opaque), with white and accent in it', () => {
    const icon = decode(colorIcon());
    expect([icon.width, icon.height, icon.colourType]).toEqual([192, 192, 6]);
    expect(alphas(icon).every((a) => a === 255)).toBe(true);
    const colours = new Set<string>();
    for (let i = 0; i < icon.pixels.length; i += 4)
      colours.add([...icon.pixels.subarray(i, i + 3)].join(','));
    expect(colours.has('255,255,255')).toBe(true);
    expect(colours.has('31,95,122')).toBe(true);
  });

  it('outline icon: 32 × 32, white on transparent only', () => {
    const icon = decode(outlineIcon());
    expect([icon.width, icon.height, icon.colourType]).toEqual([32, 32, 6]);
    const a = alphas(icon);
    expect(a.filter((x) => x === 0).length).toBeGreaterThan(200);
    expect(a.filter((x) => x === 255).length).toBeGreaterThan(50);
    for (let i = 0; i < icon.pixels.length; i += 4) {
      if (icon.pixels[i + 3] === 0) continue;
      expect([...icon.pixels.subarray(i, i + 3)], `pixel ${i / 4}`).toEqual([255, 255, 255]);
    }
  });

  it.each(addinIconSizes)('add-in icon %i px: square, round badge with transparent corners', (size) => {
    const icon = decode(addinIcon(size));
    expect([icon.width, icon.height]).toEqual([size, size]);
    expect(icon.pixels[3]).toBe(0);
    const centre = ((size >> 1) * size + (size >> 1)) * 4;
    expect(icon.pixels[centre + 3]).toBe(255);
  });

  it('is deterministic', () => {
    expect(Buffer.from(colorIcon()).equals(Buffer.from(colorIcon()))).toBe(true);
    expect(Buffer.from(outlineIcon()).equals(Buffer.from(outlineIcon()))).toBe(true);
  });
});
