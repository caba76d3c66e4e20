import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AXE_TAGS as TAGS, sitemapPaths } from './helpers';

// The sitemap is split into shards so both workers share the scan.
const SHARDS = 8;
for (let shard = 0; shard < SHARDS; shard++) {
  test(`axe finds no WCAG 2.2 AA violation on any page in the sitemap (part ${shard + 1} of ${SHARDS})`, async ({ page }) => {
    test.setTimeout(240_000);
    const all = await sitemapPaths(page);
    expect(all.length).toBeGreaterThan(300);
    const failures: string[] = [];
    for (const path of all.filter((_, i) => i % SHARDS === shard)) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      for (const v of violations) failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.help}`);
    }
    expect(failures).toEqual([]);
  });
}

test('the 404 page passes axe too', async ({ page }) => {
  await page.goto('/no-such-page/');
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('the page can be used by keyboard: skip link and visible focus', async ({ page }) => {
  await page.goto('/muscles/upper-trapezius/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
