import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/content-files';
import { mergeZones, type PatternInput } from '../../src/lib/zones';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { muscles } = loadContent(root);

for (const m of muscles) {
  test(`${m.id}: the map draws exactly the zones its entry names`, async ({ page }) => {
    const data = m.data as unknown as { triggerPoints: { landmark: string; referral: PatternInput }[] };
    const expected = mergeZones(data.triggerPoints.map((t) => t.referral));
    await page.goto(`/muscles/${m.id}/`);
    const panel = page.getByTestId('map-panel').first();
    const drawn = await panel.locator('path[data-zone]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-key')!, e.getAttribute('data-zone')!] as [string, string]));
    const seen = new Map<string, string>();
    for (const [key, zone] of drawn) {
      expect(expected.get(key as `${string}|r`), `unexpected zone ${key}`).toBe(zone);
      seen.set(key, zone);
    }
    expect([...expected.keys()].filter((k) => !seen.has(k))).toEqual([]);
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
