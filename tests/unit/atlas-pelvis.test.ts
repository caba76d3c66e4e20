import { describe, expect, it } from 'vitest';
import { getView } from '../../src/atlas';
import { offset } from '../../src/atlas/clip';
import { multiArea } from '../../src/atlas/geometry';
import { REGION_BY_ID } from '../../src/atlas/regions';
import { PELVIS_REGIONS } from '../../src/atlas/catalogue/pelvis';

const view = getView('pelvis');

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

  it('leaves no sliver: every piece of a region survives thinning to 1.5 units wide, in one piece', () => {
    for (const r of view.regions) {
      const thinned = offset(r.polygons, -0.75).filter((p) => multiArea([p]) > 0.05);
      expect(thinned.length, `${r.region}: ${r.polygons.length} pieces, ${thinned.length} after thinning`).toBe(r.polygons.length);
    }
  });
});
