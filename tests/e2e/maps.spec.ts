import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/content-files';
import { mergeZones, type PatternInput } from '../../src/lib/zones';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { muscles } = loadContent(root);

for (const m of muscles) {
  test(`${m.id}: the map draws every zone its entry names, as smooth shapes`, async ({ page }) => {
    const data = m.data as unknown as { triggerPoints: { landmark: string; referral: PatternInput }[] };
    // What the entry names, region by region: the kinds a region has on either side.
    const expected = new Map<string, Set<string>>();
    for (const [key, kind] of mergeZones(data.triggerPoints.map((t) => t.referral))) {
      const region = key.split('|')[0]!;
      expected.set(region, (expected.get(region) ?? new Set()).add(kind));
    }
    await page.goto(`/muscles/${m.id}/`);
    const panel = page.getByTestId('map-panel').first();
    const shapes = await panel.locator('path[data-zone]').evaluateAll((els) =>
      els.map((e) => ({
        kind: e.getAttribute('data-zone')!,
        regions: (e.getAttribute('data-regions') ?? '').split(' ').filter(Boolean),
        d: e.getAttribute('d') ?? '',
      })),
    );
    const seen = new Map<string, string>();
    for (const s of shapes) {
      // Zones are curves (cubic Béziers), never polygons of cells.
      expect(s.d, `${s.kind} shape of ${s.regions.join(' ')}`).toMatch(/c/i);
      expect(s.d).not.toMatch(/[LlHhVv]/);
      for (const r of s.regions) {
        expect(expected.get(r)?.has(s.kind), `${s.kind} shape covers ${r}, which the entry does not name as ${s.kind}`).toBe(true);
        seen.set(r, s.kind);
      }
    }
    expect(
      [...expected.keys()].filter((r) => !seen.has(r)),
      'regions named by the entry but drawn nowhere',
    ).toEqual([]);
    // One X per trigger point on each view that shows its landmark, and the muscle outlined.
    const marks = await panel.locator('g.trp').evaluateAll((els) => els.map((e) => e.getAttribute('data-landmark')));
    for (const tp of data.triggerPoints) expect(marks).toContain(tp.landmark);
    await expect(panel.locator('path.muscle').first()).toBeVisible();
    // The legend explains the encoding in words.
    await expect(panel.getByRole('list', { name: 'Map key' })).toContainText('Essential zone');
  });
}

test('maps have accessible names and text descriptions of the zones', async ({ page }) => {
  await page.goto('/muscles/upper-trapezius/');
  const svg = page.getByRole('img', { name: /Referral pattern of the upper trapezius: head and neck/i });
  await expect(svg).toBeVisible();
  const desc = await svg.locator('desc').textContent();
  expect(desc).toMatch(/Essential zone: .*Temple/);
  expect(desc).toMatch(/Spillover zone: /);
});
