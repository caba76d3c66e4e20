import { describe, expect, it } from 'vitest';
import type { MapRegion } from '../../src/lib/maps';
import { regionsMarkup, sideLabel } from '../../src/lib/region-markup';

const region = (key: string, part: string, label: string, c: [number, number] = [0, 0], d = 'M0 0L1 1Z'): MapRegion => ({
  key: key as MapRegion['key'],
  region: key.split('|')[0]!,
  label,
  part,
  d,
  c,
});

describe('region markup', () => {
  it('names the side of sided regions only', () => {
    expect(sideLabel('temple|r')).toBe(', right');
    expect(sideLabel('temple|l')).toBe(', left');
    expect(sideLabel('chin|m')).toBe('');
  });

  it('groups regions by body part, each a link to its page named with its side, with a point inside it', () => {
    const html = regionsMarkup([
      region('temple|r', 'head', 'Temple', [-12.5, 30]),
      region('palm|l', 'hand', 'Palm', [80, 410.2]),
      region('chin|m', 'head', 'Chin'),
    ]);
    expect(html).toBe(
      '<g class="part" data-part="head">' +
        '<a href="/regions/temple/" class="pick" data-key="temple|r" data-region="temple" data-c="-12.5 30" aria-label="Temple, right"><path d="M0 0L1 1Z" fill="transparent"></path></a>' +
        '<a href="/regions/chin/" class="pick" data-key="chin|m" data-region="chin" data-c="0 0" aria-label="Chin"><path d="M0 0L1 1Z" fill="transparent"></path></a>' +
        '</g>' +
        '<g class="part" data-part="hand">' +
        '<a href="/regions/palm/" class="pick" data-key="palm|l" data-region="palm" data-c="80 410.2" aria-label="Palm, left"><path d="M0 0L1 1Z" fill="transparent"></path></a>' +
        '</g>',
    );
  });

  it('escapes what would end an attribute or start a tag', () => {
    const html = regionsMarkup([region('x|m', 'p', 'Fingers "2 & 3" <tips>')]);
    expect(html).toContain('aria-label="Fingers &quot;2 &amp; 3&quot; &lt;tips>"');
  });

  it('is empty without regions', () => {
    expect(regionsMarkup([])).toBe('');
  });
});
