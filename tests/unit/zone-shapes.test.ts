import { describe, expect, it } from 'vitest';
import { getView } from '../../src/atlas';
import { difference, intersect, union } from '../../src/atlas/clip';
import { multiArea } from '../../src/atlas/geometry';
import { parsePath, straightShare } from '../../src/lib/path-metrics';
import { onOutline, zoneParts, zoneShapes } from '../../src/lib/zone-shapes';
import { mergeZones } from '../../src/lib/zones';

const lateral = getView('head-lateral');
const regionGeom = (view: typeof lateral, keys: string[]) =>
  union(...view.regions.filter((r) => keys.includes(`${r.region}|${r.side}`)).map((r) => r.polygons));

describe('onOutline (the bench tells edges along the body outline from edges inside it)', () => {
  it('holds points on the figure outline and not points well inside it', () => {
    const on = onOutline(lateral);
    const outline = lateral.figure[0]![0]!;
    // Vertices of the outline and the midpoint of an outline edge lie on it.
    for (const k of [0, Math.floor(outline.length / 3), Math.floor((2 * outline.length) / 3)]) expect(on(...outline[k]!)).toBe(true);
    const [a, b] = [outline[5]!, outline[6]!];
    expect(on((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)).toBe(true);
    // The middle of the temple and of the cheek are a tenth of the head away from any outline.
    for (const id of ['temple', 'buccal']) expect(on(...lateral.regions.find((r) => r.region === id)!.centroid)).toBe(false);
  });
});

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

  it('puts a finger border on the side of the hand whose face the pattern names, and a border named alone on both', () => {
    const regionsOn = (view: string, pattern: { essential: string[]; spillover: string[] }) =>
      zoneParts(getView(view as 'hand-palmar'), mergeZones([pattern])).flatMap((p) => p.regions);
    // Pain over the back of the middle finger, wrapping round both its edges (extensor digitorum).
    const dorsal = { essential: ['dorsal-middle', 'middle-radial-border', 'middle-ulnar-border'], spillover: [] };
    expect(regionsOn('hand-dorsal', dorsal)).toEqual(expect.arrayContaining(['dorsal-middle', 'middle-radial-border', 'middle-ulnar-border']));
    expect(regionsOn('hand-palmar', dorsal)).toEqual([]);
    expect(regionsOn('anterior', dorsal)).toEqual([]);
    // The same on the palm side (a flexor pattern): no stripes on the back of the hand.
    const palmar = { essential: ['palmar-middle', 'middle-radial-border'], spillover: [] };
    expect(regionsOn('hand-palmar', palmar)).toEqual(expect.arrayContaining(['palmar-middle', 'middle-radial-border']));
    expect(regionsOn('hand-dorsal', palmar)).toEqual([]);
    // The ulnar border of the little finger alone (abductor digiti minimi) shows from both sides.
    const edge = { essential: ['little-ulnar-border'], spillover: [] };
    expect(regionsOn('hand-palmar', edge)).toEqual(['little-ulnar-border']);
    expect(regionsOn('hand-dorsal', edge)).toEqual(['little-ulnar-border']);
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

describe('drawn edges', () => {
  // A region boundary inside the body (down the arm, beside the sternum, across the thigh) is
  // a long, nearly straight curve; a chart draws the zone's edge over it by hand. Straight = a
  // run within 2° (src/lib/path-metrics.ts), measured against the height a whole-body view is
  // shown at (cropped to about 0.3 of the figure, as the muscle pages crop it).
  const cases = [
    ['anterior', ['sternum-lower'], ['parasternal']],
    ['posterior', ['posterior-arm'], []],
    ['anterior', ['anterior-thigh-upper'], []],
  ] as const;
  it.each(cases)('draws the edge of a zone on the %s view over %j as a wavering line, not along the ruler', (view, essential, spillover) => {
    const v = getView(view);
    const shapes = zoneShapes(v, mergeZones([{ essential: [...essential], spillover: [...spillover] }]));
    const shown = 0.3 * v.viewBox[3];
    const rings = shapes.flatMap((s) => parsePath(s.d));
    const share = (minLen: number) => {
      const r = straightShare(rings, minLen);
      return r.straight / r.total;
    };
    // Most of the outline curves; no straight stretch is longer than 8 % of the map.
    expect(share(0.02 * shown)).toBeLessThan(0.3);
    expect(share(0.08 * shown)).toBe(0);
  });
});
