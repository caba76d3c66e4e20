// Condition pages put the patient first (plain words, red flags by urgency, muscles, self-care,
// then clinical detail); muscle pages give the therapist a table of contents and a Treatment
// section linked to the technique guides.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sitemapPaths } from './helpers';

const top = async (l: Locator) => (await l.boundingBox())!.y;
const h2 = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

test('a condition page reads plain words, then red flags, muscles, self-care and the clinical detail', async ({ page }) => {
  await page.goto('/conditions/tension-type-headache/');
  const order = [
    h2(page, 'In plain words'),
    page.getByTestId('red-flags'),
    h2(page, 'Muscles commonly involved'),
    h2(page, 'What you can do'),
    h2(page, 'Clinical detail'),
  ];
  const ys = [];
  for (const l of order) ys.push(await top(l));
  expect(ys).toEqual([...ys].sort((a, b) => a - b));
});

test('on a phone the plain-language section starts within the first screen and a half', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const slug of ['tension-type-headache', 'low-back-pain']) {
    await page.goto(`/conditions/${slug}/`);
    expect(await top(h2(page, 'In plain words')), slug).toBeLessThan(1.5 * 844);
  }
});

test('clinical names are collapsed until asked for', async ({ page }) => {
  await page.goto('/conditions/tension-type-headache/');
  const names = page.getByText('chronic tension-type headache, tension-type headache with pericranial tenderness');
  await expect(names).toBeHidden();
  await page.getByText('Clinical names', { exact: true }).click();
  await expect(names).toBeVisible();
});

// Expected tiers from the literature: thunderclap headache and saddle numbness (cauda equina)
// are emergencies; a new headache after 50 with a tender scalp (giant cell arteritis) and back
// pain with fever are same-day; a history of cancer with night pain, or a slowly changing
// headache pattern, need an appointment soon.
const TIERS: [string, [string, RegExp][]][] = [
  [
    'tension-type-headache',
    [
      ['Call emergency services now', /reaches full strength within about a minute/],
      ['See a doctor today', /after about age 50, especially with a tender scalp/],
      ['See a doctor soon', /has clearly changed its usual pattern/],
    ],
  ],
  [
    'low-back-pain',
    [
      ['Call emergency services now', /back passage, genitals or inner thighs/],
      ['See a doctor today', /Back pain with fever/],
      ['See a doctor soon', /A history of cancer/],
    ],
  ],
];

for (const [slug, tiers] of TIERS) {
  test(`red flags on ${slug} are grouped emergency, then today, then soon`, async ({ page }) => {
    await page.goto(`/conditions/${slug}/`);
    const box = page.getByTestId('red-flags');
    const headings = box.getByRole('heading', { level: 3 });
    await expect(headings).toHaveText(['Call emergency services now', 'See a doctor today', 'See a doctor soon', 'Also see a doctor if']);
    for (const [tier, sign] of tiers) {
      const section = box.locator('section', { has: page.getByRole('heading', { name: tier }) });
      await expect(section.getByRole('listitem').filter({ hasText: sign })).toHaveCount(1);
    }
  });
}

test('pages that rank muscles show the same red flags, grouped by urgency', async ({ page }) => {
  for (const path of ['/finder/', '/regions/temple/', '/muscles/masseter/']) {
    await page.goto(path);
    const box = page.getByTestId('red-flags');
    await expect(box.getByRole('heading', { level: 3 }), path).toHaveText(['Call emergency services now', 'See a doctor today', 'See a doctor soon']);
    await expect(box.getByRole('listitem').first(), path).toContainText('Chest pain');
  }
});

test('a muscle page has a table of contents whose links reach their sections, map and trigger points first', async ({ page }) => {
  await page.goto('/muscles/infraspinatus/');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  await expect(links.first()).toHaveText('Referral pattern');
  await expect(links.nth(1)).toHaveText('Trigger points');
  await expect(links.nth(3)).toHaveText('Treatment');
  const n = await links.count();
  expect(n).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < n; i++) {
    const href = (await links.nth(i).getAttribute('href'))!;
    expect(href).toMatch(/^#/);
    await expect(page.locator(href), href).toHaveCount(1);
  }
  expect(await top(h2(page, 'Referral pattern'))).toBeLessThan(await top(h2(page, 'Trigger points')));
  expect(await top(h2(page, 'Trigger points'))).toBeLessThan(await top(h2(page, 'Treatment')));
  await links.filter({ hasText: 'Treatment' }).click();
  await expect(page).toHaveURL(/#treat-h$/);
  await expect(h2(page, 'Treatment')).toBeInViewport();
});

test('the Treatment section names techniques that open their guides, and a position', async ({ page }) => {
  await page.goto('/muscles/upper-trapezius/');
  const treatment = page.getByRole('region', { name: 'Treatment' });
  await expect(treatment.getByRole('heading', { name: 'Position' })).toBeVisible();
  const first = treatment.locator('a[href^="/guides/"]').first();
  const name = (await first.textContent())!.trim();
  await first.click();
  await expect(page).toHaveURL(/\/guides\/[a-z-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('every muscle page links its Treatment techniques to guides that exist', async ({ page }) => {
  const muscles = (await sitemapPaths(page)).filter((p) => /^\/muscles\/[^/]+\/$/.test(p));
  expect(muscles.length).toBeGreaterThan(100);
  const status = new Map<string, number>();
  const problems: string[] = [];
  for (const path of muscles) {
    const html = await (await page.request.get(path)).text();
    const section = /<section aria-labelledby="treat-h"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
    const hrefs = [...section.matchAll(/href="(\/guides\/[^"]+)"/g)].map((m) => m[1]!);
    if (!hrefs.length) problems.push(`${path}: no technique guide in Treatment`);
    for (const h of hrefs) {
      if (!status.has(h)) status.set(h, (await page.request.get(h)).status());
      if (status.get(h) !== 200) problems.push(`${path}: ${h} answers ${status.get(h)}`);
    }
  }
  expect(problems).toEqual([]);
});
