import { describe, expect, it } from 'vitest';
import { getView } from '../../src/atlas';
import { difference, intersect, union } from '../../src/atlas/clip';
import { multiArea } from '../../src/atlas/geometry';
import { parsePath } from '../../src/lib/path-metrics';
import { zoneParts, zoneShapes } from '../../src/lib/zone-shapes';
import { mergeZones } from '../../src/lib/zones';

const lateral = getView('head-lateral');
const regionGeom = (view: typeof lateral, keys: string[]) => union(...view.regions.filter((r) => keys.includes(`${r.region}|${r.side}`)).map((r) => r.polygons));

describe('zone shapes', () => {
  it('draws neighbouring regions of one zone as one shape, with no seam', () => {
    const parts = zoneParts(lateral, mergeZones([{ essential: ['temple', 'parietal'], spillover: [] }]));
    expect(parts).toHaveLength(1);
    expect(parts[0]!.kind).toBe('essential');
    expect(parts[0]!.regions).toEqual(['parietal', 'temple']);
  });

  it('fits the spillover around the essential zone exactly: no overlap, no gap, nothing off the skin', () => {
    const zones = mergeZones([{ essential: ['temple'], spillover: ['parietal', 'tmj', 'eyebrow'] }]);
    const parts = zoneParts(lateral, zones);
    const ess = union(...parts.filter((p) => p.kind === 'essential').map((p) => p.geom));
    const spill = union(...parts.filter((p) => p.kind === 'spillover').map((p) => p.geom));
    const named = regionGeom(lateral, [...zones.keys()]);
    expect(multiArea(intersect(ess, spill))).toBeLessThan(0.001 * multiArea(named));
    // Rounding may trim corners, never whole regions: together they cover almost all the named skin.
    expect(multiArea(intersect(union(ess, spill), named))).toBeGreaterThan(0.93 * multiArea(named));
    // What the rounding adds stays near the named regions, and nothing lies off the figure.
    expect(multiArea(difference(union(ess, spill), named))).toBeLessThan(0.12 * multiArea(named));
    expect(multiArea(difference(union(ess, spill), lateral.figure))).toBeLessThan(0.01);
  });

  it('keeps separate parts of a pattern separate, and draws both sides when asked', () => {
    const anterior = getView('anterior');
    const parts = zoneParts(anterior, mergeZones([{ essential: [{ region: 'temple', side: 'both' }], spillover: [] }]));
    expect(parts).toHaveLength(2);
    expect(parts.every((p) => p.regions.join() === 'temple')).toBe(true);
  });

  it('writes shapes as closed cubic Bézier curves only', () => {
    const shapes = zoneShapes(lateral, mergeZones([{ essential: ['temple', 'tmj'], spillover: ['occiput'] }]));
    expect(shapes.length).toBeGreaterThan(0);
    for (const s of shapes) {
      expect(s.d).toMatch(/^M[^MLlHhVvQqTtAa]*[zZ](M[^MLlHhVvQqTtAa]*[zZ])*$/);
      expect(parsePath(s.d).every((ring) => ring.length > 8)).toBe(true);
    }
  });

  it('draws condition pain as its own kind', () => {
    const parts = zoneParts(lateral, new Map([['tmj|r', 'pain']]));
    expect(parts.map((p) => p.kind)).toEqual(['pain']);
  });
});
