/**
 * The finder's dermatome overlay. Where roots lie from Lee, McPhee and Stringer (Clin Anat 2008):
 * C2 is the back of the head (not seen from the front), C6 the thumb side of the forearm and hand,
 * T10 the band at the navel, S1 the outer foot and heel.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getView } from '../../src/atlas';
import { multiContains } from '../../src/atlas/geometry';
import { loadContent } from '../../src/lib/content-files';
import { dermatomeViews } from '../../src/lib/dermatomes';
import { zoneParts } from '../../src/lib/zone-shapes';
import { mergeZones, placeZone } from '../../src/lib/zones';
import { ROOT_LEVELS } from '../../src/schemas/other-source';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { otherSources } = loadContent(root);
const views = dermatomeViews(otherSources as never);
const on = (view: string) => views.find((v) => v.view === view)!.dermatomes;
const levels = (view: string) => on(view).flatMap((d) => d.levels);

describe('dermatome overlay', () => {
  it('draws the whole-body views only, each root once, C2 to S2 in order', () => {
    expect(views.map((v) => v.view)).toEqual(['anterior', 'posterior', 'body-lateral']);
    for (const v of views) {
      const ls = v.dermatomes.flatMap((d) => d.levels);
      expect(new Set(ls).size, v.view).toBe(ls.length);
      expect(
        ls.map((l) => ROOT_LEVELS.indexOf(l)),
        v.view,
      ).toEqual([...ls.map((l) => ROOT_LEVELS.indexOf(l))].sort((a, b) => a - b));
    }
  });

  it('shows each root where the literature puts it', () => {
    expect(levels('posterior')).toContain('C2');
    expect(levels('anterior')).not.toContain('C2');
    for (const l of ['C6', 'T10', 'L4'] as const) expect(levels('anterior')).toContain(l);
    expect(levels('posterior')).toContain('S1');
  });

  it('puts each label inside its own outline, and labels a shared outline with the run of roots', () => {
    const byId = new Map(otherSources.map((o) => [o.id, o]));
    for (const v of views) {
      for (const d of v.dermatomes) {
        const o = byId.get(d.ids[0]!)!;
        const parts = zoneParts(getView(v.view), mergeZones([{ essential: o.data.refers.essential.map(placeZone), spillover: [] }]));
        expect(
          parts.some((p) => multiContains(p.geom, d.at)),
          `${d.label} on ${v.view}`,
        ).toBe(true);
        expect(d.label).toBe(d.levels.length === 1 ? d.levels[0] : `${d.levels[0]}–${d.levels.at(-1)}`);
      }
    }
  });
});
