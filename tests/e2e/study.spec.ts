import { expect, test, type Page } from '@playwright/test';
import { content } from './content';

async function openStudy(page: Page, deck = 'area:head-neck') {
  await page.goto(`/study/?deck=${deck}`);
  await expect(page.getByTestId('deck-stats')).toBeVisible();
}
const stats = async (page: Page) => (await page.getByTestId('deck-stats').textContent())!.replace(/\s+/g, ' ').trim();

/** Answers whatever card is showing, by keyboard only. */
async function answerByKeyboard(page: Page) {
  const heading = (await page.locator('#card-h').textContent()) ?? '';
  if (heading.includes('Pattern → muscle')) {
    await page.keyboard.press('1');
  } else if (heading.includes('Symptom → muscle')) {
    for (const k of ['1', '2', '3']) await page.keyboard.press(k);
    await page.keyboard.press('c');
  } else {
    // Muscle -> pattern: mark one region from the keyboard, then check.
    await page.locator('svg.interactive a[tabindex="0"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'marked as referred pain' })).toBeAttached();
    await page.locator('.stage').focus();
    await page.keyboard.press('c');
  }
  await expect(page.getByTestId('feedback')).toBeVisible();
}

test('a quiz taken by keyboard alone ends with a score and the misses linked', async ({ page }) => {
  await openStudy(page);
  await page.getByRole('button', { name: 'Quiz: 10 questions' }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 10; i++) {
    await expect(page.locator('.card-head')).toContainText(`Card ${i + 1} of 10`);
    await answerByKeyboard(page);
    await page.keyboard.press('n');
  }
  await expect(page.getByTestId('quiz-score')).toHaveText(/^Score: [\d.]+ \/ 10$/);
  // Answering "1" everywhere and marking one region misses most cards: they are listed with links.
  await expect(page.getByRole('heading', { name: 'Review your misses' })).toBeVisible();
  const links = page.locator('section[aria-labelledby="done-h"] li a[href^="/muscles/"]');
  expect(await links.count()).toBeGreaterThan(0);
});

test('answered cards are scheduled, and progress survives a reload', async ({ page }) => {
  await openStudy(page);
  const before = await stats(page);
  expect(before).toMatch(/0 due, \d+ new, 0 learned/);
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  for (let i = 0; i < 3; i++) {
    await answerByKeyboard(page);
    await expect(page.getByTestId('feedback')).toContainText(/Rated (Again|Hard|Good|Easy)/);
    await page.keyboard.press('n');
  }
  await page.getByRole('button', { name: 'Stop and go back to decks' }).click();
  const after = await stats(page);
  const newOf = (s: string) => Number(/(\d+) new/.exec(s)![1]);
  expect(newOf(after)).toBe(newOf(before) - 3);
  await page.reload();
  await expect(page.getByTestId('deck-stats')).toHaveText(after);
});

test('progress exports to a file, resets, and imports back', async ({ page }, testInfo) => {
  await openStudy(page);
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  await answerByKeyboard(page);
  await page.keyboard.press('n');
  await page.getByRole('button', { name: 'Stop and go back to decks' }).click();
  const withProgress = await stats(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);

  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByTestId('import-message')).toHaveText('Progress reset.');
  expect(await stats(page)).not.toBe(withProgress);

  await page.getByLabel('Import progress').setInputFiles(file);
  await expect(page.getByTestId('import-message')).toContainText('Imported progress for 1 cards');
  await expect(page.getByTestId('deck-stats')).toHaveText(withProgress);

  await page.getByLabel('Import progress').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 7}') });
  await expect(page.getByTestId('import-message')).toHaveText('Import failed: Unknown progress version 7.');
  await expect(page.getByTestId('deck-stats')).toHaveText(withProgress);
});

test('a typed answer is checked with the same word matching as the finder', async ({ page }) => {
  await openStudy(page);
  await page.getByRole('checkbox', { name: 'Muscle → pattern' }).uncheck();
  await page.getByRole('checkbox', { name: 'Symptom → muscle' }).uncheck();
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  // New cards come in deck order (by name), so the first card is the first head and neck muscle.
  const first = content.muscles
    .filter((m) => (m.data as unknown as { area: string }).area === 'head-neck')
    .map((m) => m.data.name)
    .sort((a, b) => a.localeCompare(b))[0]!;
  await page.getByLabel('Type the muscle').fill(`  ${first.toUpperCase()} muscle `);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feedback')).toContainText(`Right: ${first}.`);
  await page.keyboard.press('n');
  await page.getByLabel('Type the muscle').fill('not a muscle');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feedback')).toContainText('“not a muscle” is not it.');
});
