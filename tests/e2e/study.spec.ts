import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { emptyProgress, serialise, type Progress } from '../../src/lib/study-progress';
import { review } from '../../src/lib/study-schedule';
import { content } from './content';

const STORE_KEY = 'trigger-point-atlas:study:v1';

async function openStudy(page: Page, deck = 'area:head-neck', extra = '') {
  await page.goto(`/study/?deck=${deck}${extra}`);
  // The deck chooser is on the page before the island hydrates; wait until it can be used.
  await expect(page.locator('.study[data-ready]')).toBeAttached();
  await expect(page.getByTestId('deck-stats')).toBeVisible();
}
const stats = async (page: Page) => (await page.getByTestId('deck-stats').textContent())!.replace(/\s+/g, ' ').trim();
const stored = (page: Page) =>
  page.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { log: { card: string; grade: number }[]; cards: Record<string, unknown> } | null,
    STORE_KEY,
  );
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

/** Head and neck muscles by name: new cards come in this order. */
const headNeck = content.muscles
  .filter((m) => (m.data as unknown as { area: string }).area === 'head-neck')
  .map((m) => ({ id: m.id, name: m.data.name }))
  .sort((a, b) => a.name.localeCompare(b.name));

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
    await page.keyboard.press('c');
  }
  await expect(page.getByTestId('feedback')).toBeVisible();
}

/** Only pattern -> muscle cards. */
async function onlyPatternCards(page: Page) {
  await page.getByRole('checkbox', { name: 'Muscle → pattern' }).uncheck();
  await page.getByRole('checkbox', { name: 'Symptom → muscle' }).uncheck();
}

test('a keyboard-only session: Tab to the right choice and Enter saves the right grade', async ({ page }) => {
  await openStudy(page);
  await onlyPatternCards(page);
  await page.getByRole('button', { name: 'Study due and new cards' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('card-count')).toHaveText(/^Card 1 of \d+$/);
  const answer = headNeck[0]!;
  // Tab through the card until the right choice has the focus, then press Enter on it.
  const choice = page.locator('.stage ol button', { hasText: answer.name });
  for (let i = 0; i < 40 && !(await choice.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(choice).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feedback')).toContainText(`Right: ${answer.name}.`);
  await expect(page.getByTestId('grade')).toContainText('Rated Easy');
  expect((await stored(page))!.log).toEqual([expect.objectContaining({ card: `pm:${answer.id}`, grade: 4, score: 1 })]);

  // Enter on Next (it has the focus) moves on, and grades nothing.
  await expect(page.getByRole('button', { name: 'Next N' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('card-count')).toHaveText(/^Card 2 of/);
  expect((await stored(page))!.log).toHaveLength(1);

  // Enter on "Stop" stops: it does not check the card.
  const stop = page.getByRole('button', { name: 'Stop and go back to decks' });
  await stop.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose what to study' })).toBeVisible();
  expect((await stored(page))!.log).toHaveLength(1);
});

test('Enter on "Open the page" opens the muscle page instead of moving on', async ({ page }) => {
  await openStudy(page);
  await onlyPatternCards(page);
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  await expect(page.getByTestId('card-count')).toHaveText(/^Card 1 of/);
  await page.keyboard.press('2');
  const link = page.getByRole('link', { name: /^Open the .* page$/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/muscles\/[a-z0-9-]+\/$/);
});

test('a quiz taken by keyboard alone ends with a score and the misses linked', async ({ page }) => {
  await openStudy(page);
  await page.getByRole('button', { name: 'Quiz: 10 questions' }).focus();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 10; i++) {
    await expect(page.getByTestId('card-count')).toHaveText(`Card ${i + 1} of 10`);
    await answerByKeyboard(page);
    await page.keyboard.press('n');
  }
  await expect(page.getByTestId('quiz-score')).toHaveText(/^Score: [\d.]+ \/ 10$/);
  // Answering "1" everywhere and marking one region misses most cards: they are listed with links.
  await expect(page.getByRole('heading', { name: 'Review your misses' })).toBeVisible();
  const links = page.locator('section[aria-labelledby="done-h"] li a[href^="/muscles/"]');
  expect(await links.count()).toBeGreaterThan(0);
  // A quiz grades nothing.
  expect(await stored(page)).toBeNull();
});

test('the same quiz seed gives the same quiz', async ({ page }) => {
  const firstCards = async () => {
    await openStudy(page, 'area:head-neck', '&quiz=10&seed=exam-1');
    await page.getByRole('button', { name: 'Start the shared quiz (10 questions)' }).click();
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await expect(page.getByTestId('card-count')).toHaveText(`Card ${i + 1} of 10`);
      seen.push(`${await page.locator('#card-h').textContent()} | ${await page.locator('.stage p').first().textContent()}`);
      await answerByKeyboard(page);
      await page.keyboard.press('n');
    }
    return seen;
  };
  const a = await firstCards();
  await page.evaluate(() => sessionStorage.clear());
  expect(await firstCards()).toEqual(a);
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
  // Three different muscles: a muscle's cards do not come in a row.
  const log = (await stored(page))!.log.map((r) => r.card.split(':')[1]);
  expect(new Set(log).size).toBe(3);
  await page.reload();
  await expect(page.locator('.study[data-ready]')).toBeAttached();
  await expect(page.getByTestId('deck-stats')).toHaveText(after);
});

test('a reload mid-session resumes at the next card, with nothing graded twice', async ({ page }) => {
  await openStudy(page);
  await onlyPatternCards(page);
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  for (let i = 0; i < 2; i++) {
    await answerByKeyboard(page);
    await page.keyboard.press('n');
  }
  await answerByKeyboard(page); // the third card is answered, then the page reloads
  await page.reload();
  await expect(page.locator('.study[data-ready]')).toBeAttached();
  expect((await stored(page))!.log).toHaveLength(3);
  // (A failed card comes back later in the session, so the session may have grown.)
  const resume = page.getByRole('button', { name: /^Continue your session: card 4 of \d+$/ });
  const total = /of (\d+)/.exec((await resume.textContent())!)![1];
  await resume.click();
  await expect(page.getByTestId('card-count')).toHaveText(`Card 4 of ${total}`);
  await expect(page.getByTestId('feedback')).toHaveCount(0);
  await answerByKeyboard(page);
  expect((await stored(page))!.log).toHaveLength(4);
});

test('an import is previewed, merges by default, and can be undone', async ({ page }, testInfo) => {
  await openStudy(page);
  await onlyPatternCards(page);
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  for (let i = 0; i < 2; i++) {
    await answerByKeyboard(page);
    await page.keyboard.press('n');
  }
  await page.getByRole('button', { name: 'Stop and go back to decks' }).click();
  const newWithTwo = Number(/(\d+) new/.exec(await stats(page))![1]);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = testInfo.outputPath('progress.json');
  await (await download).saveAs(exported);

  // Reset (undoable), then answer the first card again: the file now has one card this browser
  // lacks, and an older review of the other.
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByTestId('import-message')).toHaveText('Progress reset.');
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  await answerByKeyboard(page);
  await page.keyboard.press('n');
  await page.getByRole('button', { name: 'Stop and go back to decks' }).click();
  const other = await stored(page);

  await page.getByLabel('Import progress').setInputFiles(exported);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('Merging adds 1 card, updates 0, 1 older than yours (yours kept).');
  expect(await stored(page)).toEqual(other); // nothing changes before a choice
  await preview.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByTestId('import-message')).toHaveText('Merged: adds 1 card, updates 0, 1 older than yours (yours kept).');
  const merged = (await stored(page))!;
  expect(Object.keys(merged.cards)).toHaveLength(2);
  // The newer review of the first card (this browser's) won.
  const firstCard = other!.log[0]!.card;
  expect(merged.cards[firstCard]).toEqual(other!.cards[firstCard]);
  await expect(page.getByTestId('deck-stats')).toContainText(`${newWithTwo} new`);

  await page.getByRole('button', { name: 'Undo the import' }).click();
  await expect(page.getByTestId('import-message')).toHaveText('Import undone: your progress is as it was before.');
  expect(await stored(page)).toEqual(other);

  // Replace is a separate, explicit choice.
  await page.getByLabel('Import progress').setInputFiles(exported);
  await page.getByRole('button', { name: 'Replace all my progress' }).click();
  expect(Object.keys((await stored(page))!.cards)).toEqual(Object.keys(JSON.parse(await readFile(exported, 'utf8')).cards));
});

test('each kind of bad file is refused with a reason and changes nothing', async ({ page }) => {
  await openStudy(page);
  // biome-ignore lint/suspicious/noExplicitAny: a saved file as parsed JSON, broken field by field on purpose.
  type Json = Record<string, any>;
  const good = JSON.parse(serialise(review(emptyProgress(), `pm:${headNeck[0]!.id}`, 3, 1))) as Json;
  const card = `pm:${headNeck[0]!.id}`;
  const variants: [string, (o: Json) => void, string][] = [
    ['not JSON', () => {}, 'This file is not JSON.'],
    ['wrong version', (o) => (o.version = 7), 'Unknown progress version 7.'],
    [
      'empty object',
      (o) => {
        for (const k of Object.keys(o)) delete o[k];
      },
      'Unknown progress version undefined.',
    ],
    ['negative stability', (o) => (o.cards[card].stability = -2), `Card "${card}": stability must be 0 or more.`],
    ['state 99', (o) => (o.cards[card].state = 99), `Card "${card}": state must be 0 (new), 1 (learning), 2 (review) or 3 (relearning).`],
    ['bad difficulty', (o) => (o.cards[card].difficulty = 42), `Card "${card}": difficulty must be between 1 and 10.`],
    ['bad date', (o) => (o.cards[card].due = 'tomorrow'), `Card "${card}": due must be a date and time (ISO 8601).`],
    [
      'bad card id',
      (o) => (o.cards['xx:y'] = o.cards[card]),
      'Card "xx:y": is not a study card id (pm:, mp:, sm:, dr: or rd: and a muscle or nerve root).',
    ],
    ['bad log entry', (o) => (o.log[0].grade = 9), 'Review 1 of the log: grade must be 1 (again), 2 (hard), 3 (good) or 4 (easy).'],
    ['no log', (o) => delete o.log, 'The file: log must be a list of reviews.'],
  ];
  const before = await stats(page);
  for (const [name, change, reason] of variants) {
    const o = structuredClone(good);
    change(o);
    await page.getByLabel('Import progress').setInputFiles(file(`${name}.json`, name === 'not JSON' ? '{oops' : JSON.stringify(o)));
    await expect(page.getByTestId('import-message'), name).toHaveText(`Import refused, nothing changed: ${reason}`);
    await expect(page.getByTestId('import-preview')).toHaveCount(0);
  }
  await expect(page.getByTestId('deck-stats')).toHaveText(before);
  expect(await stored(page)).toBeNull();
});

test('a corrupt saved entry is set aside with a message, and study still works', async ({ page }) => {
  await page.goto('/study/');
  // Once this page has read its (empty) progress: otherwise it may read the entry below itself
  // and set it aside before the page under test loads, which then has nothing to warn about.
  await expect(page.locator('.study[data-ready]')).toBeAttached();
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"cards":{"pm:masseter":{"state":99}},"log":[]}'), STORE_KEY);
  await openStudy(page);
  await expect(page.getByRole('alert')).toContainText('Your saved progress could not be read: Card "pm:masseter"');
  await expect(page.getByRole('button', { name: 'Download it' })).toBeVisible();
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  await answerByKeyboard(page);
  expect((await stored(page))!.log).toHaveLength(1);
  expect(await page.evaluate(() => localStorage.getItem('trigger-point-atlas:study:set-aside'))).toContain('"state":99');
});

test('weak spots: after three sessions, the parts missed most, and a deck of just those', async ({ page }) => {
  // Three sessions on three days: the spillover zone of the extensor digitorum missed each time,
  // the scalenes named wrongly twice, everything else right.
  let p: Progress = emptyProgress();
  for (const day of [1, 2, 3]) {
    const at = new Date(Date.UTC(2026, 0, day, 18));
    p = review(p, 'mp:extensor-digitorum', 3, 0.85, at, { essential: 0, spillover: 1, sites: 0 });
    p = review(p, 'pm:scalenes', day === 2 ? 4 : 1, day === 2 ? 1 : 0, at);
    p = review(p, 'pm:masseter', 4, 1, at);
  }
  await openStudy(page, 'all');
  await expect(page.getByTestId('weak-spots')).toHaveCount(0);
  await page.getByLabel('Import progress').setInputFiles(file('three-sessions.json', serialise(p)));
  await page.getByRole('button', { name: 'Merge' }).click();
  const panel = page.getByTestId('weak-spots');
  await expect(panel.getByRole('listitem')).toHaveText([
    'Spillover zone of the extensor digitorum: missed 3 of the last 3 times',
    'Scalenes: naming it from its pattern: missed 2 of the last 3 times',
  ]);
  await panel.getByRole('button', { name: 'Study these cards now' }).click();
  await expect(page.getByTestId('card-count')).toHaveText('Card 1 of 2');
  await expect(page.locator('#card-h')).toHaveText('Study: Muscle → pattern');
  await expect(page.locator('.stage')).toContainText('Mark where the Extensor digitorum refers pain');
});

test('axe finds no WCAG 2.2 AA violation in the import preview, the weak spots and a marking card', async ({ page }) => {
  const axe = async (state: string) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${state}: ${v.id} ${v.help}`)).toEqual([]);
  };
  let p: Progress = emptyProgress();
  for (const day of [1, 2, 3])
    p = review(p, 'mp:extensor-digitorum', 3, 0.85, new Date(Date.UTC(2026, 0, day, 18)), { essential: 0, spillover: 1, sites: 0 });
  await openStudy(page, 'all');
  await page.getByLabel('Import progress').setInputFiles(file('progress.json', serialise(p)));
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await axe('import preview');
  await page.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByTestId('weak-spots')).toBeVisible();
  await axe('weak spots');
  await page.getByRole('button', { name: 'Study these cards now' }).click();
  await expect(page.locator('#card-h')).toHaveText('Study: Muscle → pattern');
  await axe('marking card');
  await page.keyboard.press('c');
  await expect(page.getByTestId('feedback')).toBeVisible();
  await axe('feedback');
});

test('the page does not move while study mode loads', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openStudy(page, 'all');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('only the no-script path shows', async ({ page }) => {
    await page.goto('/study/');
    await expect(page.getByRole('heading', { name: 'Study needs JavaScript' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Choose what to study' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Study due and new cards' })).toBeHidden();
    await expect(page.getByText('Loading')).toHaveCount(0);
  });
});

test('a typed answer is checked with the same word matching as the finder', async ({ page }) => {
  await openStudy(page);
  await onlyPatternCards(page);
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  // New cards come in deck order (by name), so the first card is the first head and neck muscle.
  const first = headNeck[0]!.name;
  await page.getByLabel('Type the muscle').fill(`  ${first.toUpperCase()} muscle `);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feedback')).toContainText(`Right: ${first}.`);
  await page.keyboard.press('n');
  await page.getByLabel('Type the muscle').fill('not a muscle');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feedback')).toContainText('“not a muscle” is not it.');
});
