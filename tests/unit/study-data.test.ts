// Study data built from the real content: the answer map of a marking card is the muscle's own
// map (sides included), and every symptom case is answerable and posed once.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getView } from '../../src/atlas';
import type { Site } from '../../src/lib/content';
import { loadContent } from '../../src/lib/content-files';
import { buildGraph } from '../../src/lib/graph';
import { muscleMaps } from '../../src/lib/muscle-maps';
import { parsePath } from '../../src/lib/path-metrics';
import { studyCases, studyMaps } from '../../src/lib/study-data';

const content = loadContent(fileURLToPath(new URL('../..', import.meta.url)));
const muscles = [...content.muscles].sort((a, b) => a.data.name.localeCompare(b.data.name));
const site = { muscles, conditions: content.conditions, graph: buildGraph(muscles as never, content.conditions as never) } as unknown as Site;

describe('study data from the content', () => {
  it('shows the answer to a marking card as the muscle page draws it, side: both included', { timeout: 60_000 }, () => {
    const tps = muscles.find((m) => m.id === 'rectus-abdominis')!.data.triggerPoints as never;
    const { truth } = studyMaps('rectus-abdominis', tps);
    expect(truth).toEqual(muscleMaps('rectus-abdominis', tps).map((m) => ({ view: m.view, viewBox: m.viewBox, zones: m.zones })));
    // The upper rectus refers across both sides of the back at the thoracolumbar level
    // (Travell & Simons): on the back view the thoracolumbar zone is drawn on both sides.
    const back = truth.find((t) => t.view === 'posterior')!;
    const thoracolumbar = back.zones.filter((z) => z.kind === 'essential' && z.regions.includes('thoracolumbar'));
    expect(thoracolumbar.length).toBeGreaterThan(0);
    const xs = thoracolumbar.flatMap((z) =>
      parsePath(z.d)
        .flat()
        .map((p) => p.x),
    );
    const centres = getView('posterior')
      .regions.filter((r) => r.region === 'thoracolumbar')
      .map((r) => r.centroid[0]);
    expect(centres).toHaveLength(2);
    expect(Math.min(...xs)).toBeLessThan(Math.min(...centres));
    expect(Math.max(...xs)).toBeGreaterThan(Math.max(...centres));
  });

  it('gives every muscle a case it can be found from, and no two muscles the same case', () => {
    const cases = studyCases(site);
    const keys = [...cases.values()].map((c) => [...c.regions].sort().join('+'));
    expect(new Set(keys).size).toBe(muscles.length);
    for (const [id, c] of cases) {
      expect(c.regions.length, id).toBeGreaterThan(0);
      expect(c.accepted, id).toContain(id);
      // The right answers are the finder's top three (ties included) and the muscle itself.
      expect(c.accepted.slice(0, 3), id).toEqual(c.ranking.slice(0, 3));
    }
    // The rhomboids case no longer marks the answer "Rhomboids" down.
    expect(cases.get('rhomboids')!.accepted).toContain('rhomboids');
    expect(cases.get('rhomboids')!.ranking.slice(0, 3)).toContain('rhomboids');
  });
});
