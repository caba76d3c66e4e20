import { readFileSync } from 'node:fs';
import polygonClipping from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { allViews, getView, LANDMARKS, landmarkPoint, MUSCLE_OUTLINES, muscleOutlines, REGIONS, VIEW_IDS } from '../../src/atlas';
import { multiArea, multiBounds, multiContains } from '../../src/atlas/geometry';
import type { MultiPolygon, ViewGeometry } from '../../src/atlas';

const views = allViews();
type PCGeom = Parameters<typeof polygonClipping.intersection>[0];

/** A multipolygon's bounding box, by the atlas's own function. */
function bbox(mp: MultiPolygon) {
  const [x0, y0, x1, y1] = multiBounds(mp)!;
  return { x0, y0, x1, y1 };
}

describe('region catalogue', () => {
  it('has at least 250 regions with unique, anatomical kebab-case ids', () => {
    const ids = REGIONS.map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(250);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('names every region: label, lay synonyms, area, laterality', () => {
    for (const r of REGIONS) {
      expect(r.label.length, r.id).toBeGreaterThan(2);
      expect(r.synonyms.length, `${r.id} has no lay synonym`).toBeGreaterThan(0);
      expect(['midline', 'paired']).toContain(r.laterality);
    }
  });

  it('keeps published ids stable (ids may be added, never removed)', () => {
    const published = readFileSync(new URL('../fixtures/region-ids.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean);
    const now = new Set(REGIONS.map((r) => r.id));
    expect(published.filter((id) => !now.has(id))).toEqual([]);
  });

  it('draws every region on at least one view, and draws nothing unnamed', () => {
    const drawn = new Set(views.flatMap((v) => v.regions.map((r) => r.region)));
    expect(REGIONS.filter((r) => !r.members && !drawn.has(r.id)).map((r) => r.id)).toEqual([]);
    const named = new Set(REGIONS.map((r) => r.id));
    expect([...drawn].filter((id) => !named.has(id))).toEqual([]);
  });

  it('resolves every group to drawn regions of its own laterality', () => {
    const drawn = new Set(views.flatMap((v) => v.regions.map((r) => r.region)));
    for (const grp of REGIONS.filter((r) => r.members)) {
      expect(grp.members!.length, grp.id).toBeGreaterThan(1);
      for (const m of grp.members!) {
        expect(drawn.has(m), `${grp.id} -> ${m}`).toBe(true);
        expect(REGIONS.find((r) => r.id === m)!.laterality, `${grp.id} -> ${m}`).toBe(grp.laterality);
      }
    }
  });

  it('names real drawn faces for every digit border, on the palm and on the back views', () => {
    const palm = new Set(getView('hand-palmar').regions.map((r) => r.region));
    const back = new Set(getView('hand-dorsal').regions.map((r) => r.region));
    const borders = REGIONS.filter((r) => r.faces);
    expect(borders.map((r) => r.id).sort()).toEqual(
      ['thumb', 'index', 'middle', 'ring', 'little'].flatMap((d) => [`${d}-radial-border`, `${d}-ulnar-border`]).sort(),
    );
    for (const b of borders) {
      expect(palm.has(b.id) && back.has(b.id), b.id).toBe(true);
      expect(b.faces!.some((f) => palm.has(f)) && b.faces!.some((f) => back.has(f)), b.id).toBe(true);
      for (const f of b.faces!) expect(palm.has(f) || back.has(f), `${b.id} -> ${f}`).toBe(true);
    }
  });

  it('draws paired regions on both sides of the body views, midline regions once', () => {
    for (const v of views.filter((v) => v.id === 'anterior' || v.id === 'posterior')) {
      for (const shape of v.regions) {
        const def = REGIONS.find((r) => r.id === shape.region)!;
        if (def.laterality === 'midline') expect(shape.side, shape.region).toBe('m');
        else expect(['r', 'l'], shape.region).toContain(shape.side);
      }
      const pairs = v.regions.filter((r) => r.side === 'r').map((r) => r.region);
      for (const id of pairs)
        expect(
          v.regions.some((r) => r.region === id && r.side === 'l'),
          `${v.id}: ${id} left`,
        ).toBe(true);
    }
  });
});

describe.each(VIEW_IDS.map((id) => [id, views.find((v) => v.id === id)!] as [string, ViewGeometry]))('view %s', (_id, view) => {
  it('has regions with closed, non-empty geometry', () => {
    expect(view.regions.length).toBeGreaterThan(4);
    for (const r of view.regions) {
      expect(r.area, r.region).toBeGreaterThan(0.5);
      expect(r.d).toMatch(/[zZ]$/);
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
        const a = boxes[i]!,
          b = boxes[j]!;
        if (a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0) continue;
        const inter = polygonClipping.intersection(view.regions[i]!.polygons as unknown as PCGeom, view.regions[j]!.polygons as unknown as PCGeom);
        const area = multiArea(inter as unknown as MultiPolygon);
        expect(area, `${view.regions[i]!.region}|${view.regions[i]!.side} overlaps ${view.regions[j]!.region}|${view.regions[j]!.side}`).toBeLessThan(
          0.01,
        );
      }
    }
  });

  it('leaves no gap: sampled points inside the figure fall in exactly one region', () => {
    const { x0, y0, x1, y1 } = bbox(view.figure);
    const step = Math.max((x1 - x0) / 90, (y1 - y0) / 180);
    let inside = 0;
    const orphans: string[] = [];
    // An irrational offset keeps samples off the grid lines that region edges follow.
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
});

describe('landmarks and muscle outlines', () => {
  it('has unique landmark ids and one outline list per muscle across the area files', async () => {
    const { SITE_FILES } = await import('../../src/atlas/site-data');
    const ids = LANDMARKS.map((l) => l.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const slugs = SITE_FILES.flatMap((f) => Object.keys(f.outlines));
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
  });

  it('places every landmark inside the figure on each view that shows it', () => {
    for (const l of LANDMARKS) {
      const viewsOf = Object.keys(l.positions);
      expect(viewsOf.length, l.id).toBeGreaterThan(0);
      for (const v of viewsOf) {
        const p = landmarkPoint(l.id, v as (typeof VIEW_IDS)[number])!;
        const view = views.find((x) => x.id === v)!;
        expect(multiContains(view.figure, p), `${l.id} on ${v}`).toBe(true);
      }
    }
  });

  it('draws each muscle outline mostly on the figure', () => {
    for (const slug of MUSCLE_OUTLINES.keys()) {
      for (const o of muscleOutlines(slug)) {
        const view = views.find((x) => x.id === o.view)!;
        const inside = o.points.filter((p) => multiContains(view.figure, p)).length;
        expect(inside / o.points.length, `${slug} on ${o.view}`).toBeGreaterThan(0.8);
      }
    }
  });
});
