import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('search opens with / and with Ctrl-K, works by keyboard and shows type and excerpt', async ({ page }) => {
  await page.goto('/muscles/masseter/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the atlas' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('jaw clicking');
  const links = dialog.getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  const names = await links.allTextContents();
  expect(names).toContain('Masseter');
  expect(names).toContain('Jaw pain and TMJ disorder');
  await expect(dialog.getByRole('listitem').first().locator('.type')).not.toBeEmpty();
  await expect(dialog.getByRole('listitem').first().locator('p')).not.toBeEmpty();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  // Filter by type, then follow a result by keyboard.
  await dialog.getByRole('searchbox').fill('jaw clicking');
  await dialog.getByLabel('Type').selectOption('condition');
  await expect(links.first()).toHaveText('Jaw pain and TMJ disorder');
  await expect(dialog.getByRole('listitem').locator('.type').first()).toHaveText('Condition');
  expect(new Set(await dialog.getByRole('listitem').locator('.type').allTextContents())).toEqual(new Set(['Condition']));
  await links.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/conditions\/tmj-disorder\/$/);
});

test('pagefind.js answers from the page: lay words reach the right muscles', async ({ page }) => {
  await page.goto('/');
  const urls = async (q: string) =>
    page.evaluate(async (query) => {
      const url = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ url)) as {
        search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      };
      const r = await pf.search(query);
      return Promise.all(r.results.slice(0, 10).map((x) => x.data().then((d) => d.url)));
    }, q);
  expect(await urls('pins and needles in the fingers')).toContain('/muscles/scalenes/');
  const jaw = await urls('jaw clicking');
  expect(jaw).toContain('/muscles/masseter/');
  expect(jaw).toContain('/muscles/lateral-pterygoid/');
  expect(jaw).toContain('/conditions/tmj-disorder/');
});

test('axe finds no violation with search open', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Search/ }).click();
  await page.getByRole('searchbox').fill('headache');
  await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('/search/ works with ?q= and its own box, and reads a mistyped word as the nearest known one', async ({ page }) => {
  await page.goto('/search/?q=carpel%20tunnel');
  const main = page.locator('main');
  const box = main.getByRole('searchbox');
  await expect(box).toHaveValue('carpel tunnel');
  await expect(main.getByText('Showing results for “carpal tunnel”.')).toBeVisible();
  const links = main.getByRole('listitem').getByRole('link');
  await expect(links.first()).toBeVisible();
  expect(await links.allTextContents()).toContain('Carpal tunnel-like symptoms');
  await box.fill('pins and needles fingers');
  await expect(links.filter({ hasText: 'Carpal tunnel-like symptoms' })).toBeVisible();
  // One search box per id: the header's copy and the page's do not share ids.
  const dupes = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(dupes).toEqual([]);
  // The header's search link on this page uses the page's box.
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
});

test('the home page declares a search action that leads to a working /search/', async ({ page }) => {
  await page.goto('/');
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  const target = ld
    .map((t) => JSON.parse(t))
    .flatMap((j) => [j, ...(j['@graph'] ?? [])])
    .find((j) => j.potentialAction)?.potentialAction?.target as string;
  expect(target).toMatch(/\/search\/\?q=\{search_term_string\}$/);
  await page.goto(`${new URL(target.replace('{search_term_string}', 'tennis%20elbow')).pathname}?q=tennis%20elbow`);
  await expect(page.locator('main').getByRole('listitem').getByRole('link', { name: 'Tennis elbow' }).first()).toBeVisible();
});

test('/search/ shows 8 results, then 8 more per "More results", with focus on the first new one', async ({ page }) => {
  await page.goto('/search/?q=carpal%20tunnel');
  const main = page.locator('main');
  const results = main.getByRole('listitem').filter({ has: page.locator('p') });
  await expect(main.getByRole('status')).toHaveText('8 results shown');
  await expect(results).toHaveCount(8);
  await main.getByRole('link', { name: 'More results' }).click();
  await expect(main.getByRole('status')).toHaveText('16 results shown');
  await expect(results).toHaveCount(16);
  await expect(results.nth(8).getByRole('link')).toBeFocused();
  // A new query starts again from 8.
  await main.getByRole('searchbox').fill('jaw clicking');
  await expect(main.getByRole('status')).toHaveText('8 results shown');
});
