import { expect, test } from '@playwright/test';
import { openAtlas, openMuscles, openOtherSources } from '../../src/schemas/open-data';
import { content } from './content';

test('the open data files match their published schemas and the content', async ({ request }) => {
  const muscles = openMuscles.parse(await (await request.get('/data/muscles.json')).json());
  expect(muscles.muscles.map((m) => m.id).sort()).toEqual(content.muscles.map((m) => m.id).sort());
  expect(muscles.conditions.length).toBe(content.conditions.length);
  for (const m of muscles.muscles) for (const tp of m.triggerPoints) expect(muscles.sources[tp.source.source], `${m.id} ${tp.id}`).toBeDefined();
  const atlas = openAtlas.parse(await (await request.get('/data/atlas.json')).json());
  expect(atlas.schemaVersion).toBe(2);
  expect(atlas.regions.length).toBeGreaterThanOrEqual(250);
  // Every group resolves to drawn regions, and every drawn region is named.
  const drawn = new Set(atlas.views.flatMap((v) => v.regions.map((r) => r.region)));
  for (const [id, members] of Object.entries(atlas.groups)) for (const m of members) expect(drawn.has(m), `${id} -> ${m}`).toBe(true);
  const named = new Set(atlas.regions.map((r) => r.id));
  expect([...drawn].filter((id) => !named.has(id))).toEqual([]);
  expect(atlas.views.map((v) => v.view)).toContain('head-lateral');
  const other = openOtherSources.parse(await (await request.get('/data/other-sources.json')).json());
  expect(other.otherSources.map((o) => o.id).sort()).toEqual(content.otherSources.map((o) => o.id).sort());
  // Every place is an atlas region, every muscle a muscle, every work in the bibliography.
  for (const o of other.otherSources) {
    for (const p of [...o.essential, ...o.occasional]) expect(named.has(p.region), `${o.id} ${p.region}`).toBe(true);
    for (const m of o.muscles)
      expect(
        muscles.muscles.some((x) => x.id === m),
        `${o.id} ${m}`,
      ).toBe(true);
    for (const c of o.sources) expect(muscles.sources[c.source], `${o.id} ${c.source}`).toBeDefined();
  }
  const heart = other.otherSources.find((o) => o.id === 'heart')!;
  expect(heart).toMatchObject({ kind: 'organ', action: 'emergency' });
  expect(heart.essential).toContainEqual({ region: 'pectoral', side: 'left' });
  for (const name of ['muscles', 'atlas', 'other-sources']) {
    const schema = await (await request.get(`/data/${name}.schema.json`)).json();
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.type).toBe('object');
  }
});

test('each muscle page says what it is about in JSON-LD, with its Wikidata item', async ({ page }) => {
  await page.goto('/muscles/masseter/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data['@type']).toBe('MedicalWebPage');
  expect(data.about['@type']).toBe('Muscle');
  expect(data.about.sameAs[0]).toMatch(/^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://trigger-point-atlas.org/muscles/masseter/');
  await expect(page.getByRole('link', { name: /^Wikidata Q\d+$/ }).first()).toBeVisible();
  await page.goto('/conditions/stiff-neck/');
  const cond = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(cond.about['@type']).toBe('MedicalCondition');
});

test('the finder thumbnails are standalone SVG images', async ({ request }) => {
  const res = await request.get('/maps/masseter.svg');
  expect(res.headers()['content-type']).toContain('image/svg+xml');
  const svg = await res.text();
  expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('data-zone="essential"');
  expect(svg).toMatch(/data-regions="[a-z- ]+"/);
});
