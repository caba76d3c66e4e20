// Colour contrast of both schemes, computed from the CSS the site ships (src/styles/*.css).
// Thresholds are WCAG 2.2's: 3:1 for the parts of a graphic needed to understand it (1.4.11
// Non-text Contrast) and 4.5:1 for text (1.4.3); relative luminance and contrast ratio as WCAG
// defines them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type RGB = [number, number, number];

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const globalCss = stripComments(readFileSync('src/styles/global.css', 'utf8'));
const mapsCss = stripComments(readFileSync('src/styles/maps.css', 'utf8'));

/** The rules of a flat stylesheet: each selector of a rule's list, with its declarations. */
function rules(css: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const m of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const decls = new Map([...m[2]!.matchAll(/([\w-]+)\s*:\s*([^;]+);?/g)].map((d) => [d[1]!, d[2]!.trim()]));
    for (const sel of m[1]!.split(',').map((s) => s.trim().replace(/\s+/g, ' '))) {
      out.set(sel, new Map([...(out.get(sel) ?? []), ...decls]));
    }
  }
  return out;
}

const rootBlock = globalCss.match(/(?:^|\})\s*:root\s*\{([^}]*)\}/)![1]!;
const tokens = new Map([...rootBlock.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
const mapRules = rules(mapsCss);

/** A token's value in one scheme: light-dark(light, dark) picks its half; var() is followed. */
function token(name: string, scheme: 'light' | 'dark'): string {
  const v = tokens.get(name);
  if (!v) throw new Error(`no ${name} in :root`);
  const ld = v.match(/^light-dark\((.*)\)$/);
  if (!ld) return v;
  const inner = ld[1]!;
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '(') depth++;
    else if (inner[i] === ')') depth--;
    else if (inner[i] === ',' && depth === 0) return (scheme === 'light' ? inner.slice(0, i) : inner.slice(i + 1)).trim();
  }
  throw new Error(`${name}: light-dark() needs two colours`);
}

function parseColour(v: string): { rgb: RGB; alpha: number } {
  const hex = v.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { rgb: [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as RGB, alpha: 1 };
  }
  const rgb = v.match(/^rgb\(\s*(\d+)\s+(\d+)\s+(\d+)\s*(?:\/\s*([\d.]+))?\s*\)$/);
  if (rgb) return { rgb: [+rgb[1]!, +rgb[2]!, +rgb[3]!], alpha: rgb[4] ? +rgb[4] : 1 };
  throw new Error(`not a colour: ${v}`);
}

/** A colour value in a scheme: a literal, or var(--token) resolved through :root. */
function colour(value: string, scheme: 'light' | 'dark'): RGB {
  const ref = value.match(/^var\((--[\w-]+)\)$/);
  const c = parseColour(ref ? token(ref[1]!, scheme) : value);
  expect(c.alpha, `${value} must be opaque to be compared`).toBe(1);
  return c.rgb;
}

/** The colour a map rule paints with (`fill` or `stroke` of `selector` in maps.css). */
function painted(selector: string, prop: 'fill' | 'stroke', scheme: 'light' | 'dark'): RGB {
  const v = mapRules.get(selector)?.get(prop);
  if (!v) throw new Error(`maps.css has no ${prop} for ${selector}`);
  return colour(v, scheme);
}

// WCAG 2.x relative luminance (sRGB) and contrast ratio.
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: RGB) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
function contrast(a: RGB, b: RGB): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the contrast formula', () => {
  it('gives the figures WCAG and its techniques quote', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast([255, 255, 255], [255, 255, 255])).toBeCloseTo(1, 5);
    // #777777 on white is just under AA for text (4.48:1, the classic example).
    expect(contrast([0x77, 0x77, 0x77], [255, 255, 255])).toBeCloseTo(4.48, 2);
  });
});

describe('colour tokens', () => {
  it('every colour token has a light and a dark value', () => {
    const colours = [...tokens].filter(([, v]) => /#|rgb|light-dark/.test(v));
    expect(colours.length).toBeGreaterThan(25);
    expect(colours.filter(([, v]) => !v.startsWith('light-dark(')).map(([k]) => k)).toEqual([]);
  });

  it('the root follows the system, and a stored choice or print forces one scheme', () => {
    expect(rootBlock).toMatch(/color-scheme:\s*light dark/);
    const r = rules(globalCss);
    expect(r.get(':root[data-theme="dark"]')?.get('color-scheme')).toBe('dark');
    expect(r.get(':root[data-theme="light"]')?.get('color-scheme')).toBe('light');
    const print = globalCss.slice(globalCss.indexOf('@media print'));
    expect(rules(print).get(':root[data-theme]')?.get('color-scheme')).toBe('light');
  });
});

for (const scheme of ['light', 'dark'] as const) {
  describe(`${scheme} scheme`, () => {
    const skin = colour('var(--skin)', scheme);
    const encoding: [string, RGB][] = [
      ['essential zone (solid fill)', painted('.referral-map .zone[data-zone="essential"]', 'fill', scheme)],
      ['spillover zone (hatching)', painted('.spill-line', 'stroke', scheme)],
      ['condition pain (dots)', painted('.pain-dot', 'fill', scheme)],
      ['condition pain (outline)', painted('.referral-map .zone[data-zone="pain"]', 'stroke', scheme)],
      ['muscle outline', painted('.referral-map .muscle', 'stroke', scheme)],
      ['trigger point X', painted('.trp-x', 'stroke', scheme)],
    ];
    for (const [what, c] of encoding) {
      it(`${what} stands out from the figure's skin at 3:1 or more`, () => {
        expect(contrast(c, skin)).toBeGreaterThanOrEqual(3);
      });
    }

    it('the trigger point X stands out from its halo at 3:1 or more', () => {
      expect(contrast(painted('.trp-x', 'stroke', scheme), painted('.trp-halo', 'stroke', scheme))).toBeGreaterThanOrEqual(3);
    });

    it("the figure's contour stands out from the map's background and the page at 3:1 or more", () => {
      const edge = painted('.atlas-edge', 'stroke', scheme);
      for (const bg of ['--surface', '--bg']) expect(contrast(edge, colour(`var(${bg})`, scheme)), bg).toBeGreaterThanOrEqual(3);
    });

    if (scheme === 'dark') {
      it("the figure's skin stands out from the map's background and the page at 3:1 or more", () => {
        for (const bg of ['--surface', '--bg']) expect(contrast(skin, colour(`var(${bg})`, scheme)), bg).toBeGreaterThanOrEqual(3);
      });
    }

    it('text colours reach 4.5:1 on every background they are used on', () => {
      const pairs: [string, string][] = [
        ['--ink', '--bg'],
        ['--ink', '--surface'],
        ['--ink', '--panel'],
        ['--ink', '--warn-bg'],
        ['--ink', '--mark'],
        ['--ink-soft', '--bg'],
        ['--ink-soft', '--surface'],
        ['--ink-soft', '--panel'],
        ['--accent-ink', '--bg'],
        ['--accent-ink', '--surface'],
        ['--accent-ink', '--panel'],
        ['--accent-ink', '--warn-bg'],
        ['--danger', '--bg'],
        ['--danger', '--surface'],
        ['--ok', '--bg'],
        ['--on-accent', '--accent'],
        ['--bg', '--ink'],
      ];
      const low = pairs
        .map(([fg, bg]) => [fg, bg, contrast(colour(`var(${fg})`, scheme), colour(`var(${bg})`, scheme))] as const)
        .filter(([, , r]) => r < 4.5)
        .map(([fg, bg, r]) => `${fg} on ${bg}: ${r.toFixed(2)}`);
      expect(low).toEqual([]);
    });

    it('the focus ring and the warning border reach 3:1 against the page', () => {
      expect(contrast(colour('var(--accent)', scheme), colour('var(--bg)', scheme))).toBeGreaterThanOrEqual(3);
      expect(contrast(colour('var(--warn-line)', scheme), colour('var(--warn-bg)', scheme))).toBeGreaterThanOrEqual(3);
    });
  });
}
