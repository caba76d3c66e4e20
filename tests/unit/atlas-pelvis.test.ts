import polygonClipping from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { buildView } from '../../src/atlas/build';
import { offset } from '../../src/atlas/clip';
import { multiArea, multiContains } from '../../src/atlas/geometry';
import { REGION_BY_ID } from '../../src/atlas/regions';
import { PELVIS_REGIONS } from '../../src/atlas/catalogue/pelvis';
import { PELVIS_VIEW } from '../../src/atlas/views-pelvis';
import type { MultiPolygon } from '../../src/atlas/types';

const view = buildView(PELVIS_VIEW);
type PCGeom = Parameters<typeof polygonClipping.intersection>[0];

function bbox(mp: MultiPolygon) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const poly of mp) for (const [x, y] of poly[0] ?? []) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

describe('pelvis view', () => {
  it('is labelled and has regions with closed, non-empty geometry', () => {
    expect(view.id).toBe('pelvis');
    expect(view.label).toBe('Pelvis, midline section');
    expect(view.regions.length).toBeGreaterThan(4);
    for (const r of view.regions) {
      expect(r.area, r.region).toBeGreaterThan(0.5);
      expect(r.d).toMatch(/[zZ]$/);
    }
  });

  it('draws the bladder, vagina, rectum, scrotum and testicle, and every pelvis region', () => {
    const drawn = new Set(view.regions.map((r) => r.region));
    for (const id of ['bladder', 'vagina', 'rectum', 'scrotum', 'testicle']) expect(drawn.has(id), id).toBe(true);
    for (const r of PELVIS_REGIONS) expect(drawn.has(r.id), r.id).toBe(true);
  });

  it('draws only named, drawable regions, on the right side or the midline', () => {
    for (const r of view.regions) {
      const def = REGION_BY_ID.get(r.region);
      expect(def, r.region).toBeDefined();
      expect(def!.members, r.region).toBeUndefined();
      expect(r.side, r.region).toBe(def!.laterality === 'midline' ? 'm' : 'r');
    }
  });

  it('is tiled by its regions: their areas add up to the figure', () => {
    const total = view.regions.reduce((a, r) => a + r.area, 0);
    const figure = multiArea(view.figure);
    expect(Math.abs(total - figure) / figure).toBeLessThan(0.002);
  });

  it('has no two regions overlapping', () => {
    const boxes = view.regions.map((r) => bbox(r.polygons));
    for (let i = 0; i < view.regions.length; i++) {
      for (let j = i + 1; j < view.regions.length; j++) {
        const a = boxes[i]!, b = boxes[j]!;
        if (a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0) continue;
        const inter = polygonClipping.intersection(view.regions[i]!.polygons as unknown as PCGeom, view.regions[j]!.polygons as unknown as PCGeom);
        const area = multiArea(inter as unknown as MultiPolygon);
        expect(area, `${view.regions[i]!.region}|${view.regions[i]!.side} overlaps ${view.regions[j]!.region}|${view.regions[j]!.side}`).toBeLessThan(0.01);
      }
    }
  });

  it('leaves no gap: sampled points inside the figure fall in exactly one region', () => {
    const { x0, y0, x1, y1 } = bbox(view.figure);
    const step = Math.max((x1 - x0) / 90, (y1 - y0) / 180);
    let inside = 0;
    const orphans: string[] = [];
    for (let y = y0 + step * 0.377; y < y1; y += step) {
      for (let x = x0 + step * 0.613; x < x1; x += step) {
        if (!multiContains(view.figure, [x, y])) continue;
        inside++;
        const hits = view.regions.filter((r) => multiContains(r.polygons, [x, y])).length;
        if (hits !== 1) orphans.push(`(${x.toFixed(1)}, ${y.toFixed(1)}) in ${hits}`);
      }
    }
    expect(inside).toBeGreaterThan(500);
    expect(orphans).toEqual([]);
  });

  it('leaves no sliver: every piece of a region survives thinning to 1.5 units wide, in one piece', () => {
    for (const r of view.regions) {
      const thinned = offset(r.polygons, -0.75).filter((p) => multiArea([p]) > 0.05);
      expect(thinned.length, `${r.region}: ${r.polygons.length} pieces, ${thinned.length} after thinning`).toBe(r.polygons.length);
    }
  });
});
