import { describe, expect, it } from 'vitest';
import type { MapRegion } from '../../src/lib/maps';
import { regionsMarkup, sideLabel } from '../../src/lib/region-markup';

const region = (key: string, part: string, label: string, d = 'M0 0L1 1Z'): MapRegion => ({
  key: key as MapRegion['key'],
  region: key.split('|')[0]!,
  label,
  part,
  d,
  c: [0, 0],
});

describe('region markup', () => {
  it('names the side of sided regions only', () => {
    expect(sideLabel('temple|r')).toBe(', right');
    expect(sideLabel('temple|l')).toBe(', left');
    expect(sideLabel('chin|m')).toBe('');
  });

  it('groups regions by body part, each a link to its page named with its side', () => {
    const html = regionsMarkup([region('temple|r', 'head', 'Temple'), region('palm|l', 'hand', 'Palm'), region('chin|m', 'head', 'Chin')]);
    expect(html).toBe(
      '<g class="part" data-part="head">' +
        '<a href="/regions/temple/" class="pick" data-key="temple|r" data-region="temple" aria-label="Temple, right"><path d="M0 0L1 1Z" fill="transparent"></path></a>' +
        '<a href="/regions/chin/" class="pick" data-key="chin|m" data-region="chin" aria-label="Chin"><path d="M0 0L1 1Z" fill="transparent"></path></a>' +
        '</g>' +
        '<g class="part" data-part="hand">' +
        '<a href="/regions/palm/" class="pick" data-key="palm|l" data-region="palm" aria-label="Palm, left"><path d="M0 0L1 1Z" fill="transparent"></path></a>' +
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
