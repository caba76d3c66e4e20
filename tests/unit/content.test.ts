import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files';
import { getView, muscleOutlines, VIEW_IDS } from '../../src/atlas';
import { zoneInstances } from '../../src/lib/zones';

const root = fileURLToPath(new URL('../..', import.meta.url));
const content = loadContent(root);

describe('the site content', () => {
  it('has no schema or link errors', () => {
    expect(content.errors.map((e) => e.message)).toEqual([]);
  });

  it('has the foundation muscles and conditions', () => {
    expect(content.muscles.length).toBeGreaterThanOrEqual(12);
    expect(content.conditions.length).toBeGreaterThanOrEqual(6);
  });

  it('draws every referral zone of every muscle on at least one view', () => {
    for (const m of content.muscles) {
      const data = m.data as unknown as { triggerPoints: { referral: { essential: string[]; spillover: string[] } }[] };
      for (const tp of data.triggerPoints) {
        for (const z of [...tp.referral.essential, ...tp.referral.spillover]) {
          const keys = zoneInstances(z);
          const drawn = VIEW_IDS.some((v) => getView(v).regions.some((r) => keys.includes(`${r.region}|${r.side}` as `${string}|r`)));
          expect(drawn, `${m.id}: ${JSON.stringify(z)}`).toBe(true);
        }
      }
      expect(muscleOutlines(m.id).length, `${m.id} outline`).toBeGreaterThan(0);
    }
  });
});
