// The dermatome deck in study mode: chosen on the study home, "name the root" answered right and
// wrong with the feedback a student needs, a dermatome marked on the body and scored place by
// place, the deck's cards loaded only when it is studied, and axe clean throughout.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { emptyProgress, serialise, type Progress } from '../../src/lib/study-progress';
import { review } from '../../src/lib/study-schedule';

const STORE_KEY = 'trigger-point-atlas:study:v1';
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as { log: { card: string; grade: number }[] } | null, STORE_KEY);
const axe = async (page: Page, state: string) => {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${state}: ${v.id} ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
};

/** Opens study mode and chooses the dermatome deck from the deck list, as a student does. */
async function chooseDermatomes(page: Page) {
  await page.goto('/study/');
  await expect(page.locator('.study[data-ready]')).toBeAttached();
  await page.getByLabel('Deck').selectOption({ label: 'Dermatomes: nerve roots C2–S2 (26)' });
  // The deck has its own two card types, and no muscle ones: 26 roots, two cards each.
  await expect(page.getByRole('checkbox', { name: 'Dermatome → root' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Root → dermatome' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Pattern → muscle' })).toHaveCount(0);
  await expect(page.getByTestId('deck-stats')).toContainText('52 cards: 0 due, 52 new, 0 learned.');
}

test('naming the root from its dermatome: a right answer, a wrong one, and the feedback', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await chooseDermatomes(page);
  await axe(page, 'deck chosen');
  await page.getByRole('checkbox', { name: 'Root → dermatome' }).uncheck();
  await expect(page.getByTestId('deck-stats')).toContainText('26 cards');
  expect(fetched).not.toContain('/data/study-dermatomes.json');
  await page.getByRole('button', { name: 'Study due and new cards' }).click();

  // New cards come top to bottom: C2 first, offered with its neighbours C3 to C5.
  await expect(page.locator('#card-h')).toHaveText('Study: Dermatome → root');
  await expect(page.getByTestId('card-count')).toHaveText('Card 1 of 20');
  await expect(page.locator('.stage')).toContainText('Which nerve root supplies this skin?');
  const choices = page.locator('.stage ol button');
  await expect(choices).toHaveText(['1 C2 nerve root', '2 C3 nerve root', '3 C4 nerve root', '4 C5 nerve root']);
  // Each choice is a comfortable target (WCAG 2.5.8: at least 24 by 24 CSS px).
  for (const box of await choices.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
  }
  // The map is the dermatome drawn in the site's encoding, with no trigger point crosses.
  await expect(page.locator('.stage figure svg path[data-zone="essential"]').first()).toBeAttached();
  await expect(page.locator('.stage figure svg .trp')).toHaveCount(0);
  await axe(page, 'name the root');

  await choices.filter({ hasText: 'C2 nerve root' }).click();
  const feedback = page.getByTestId('feedback');
  await expect(feedback).toContainText('Right: C2 nerve root.');
  await expect(page.getByTestId('grade')).toContainText('Rated Easy');
  // What to remember: where the root's skin lies (C2: the back of the head, in Lee, McPhee and Stringer's map).
  await expect(page.getByTestId('typical')).toHaveText('The C2 dermatome, where it is felt most typically: Occiput; Suboccipital area.');
  await expect(page.getByTestId('maps-differ')).toContainText('Lee, McPhee and Stringer');
  await expect(feedback.getByRole('link', { name: 'Open the C2 nerve root page' })).toHaveAttribute('href', '/other-sources/c2-nerve-root/');
  await axe(page, 'right answer');
  // The deck's cards were loaded for it alone: not the muscles' cards.
  expect(fetched).toContain('/data/study-dermatomes.json');
  expect(fetched).not.toContain('/data/study.json');

  await page.keyboard.press('n');
  await expect(page.getByTestId('card-count')).toHaveText('Card 2 of 20');
  await expect(choices).toHaveText(['1 C2 nerve root', '2 C3 nerve root', '3 C4 nerve root', '4 C5 nerve root']);
  // A neighbour is the tempting wrong answer: C4 for C3's skin.
  await page.keyboard.press('3');
  await expect(feedback).toContainText('“C4 nerve root” is not it. It is the C3 nerve root.');
  await expect(page.getByTestId('grade')).toContainText('Rated Again');
  // C3 is the neck, between C2's back of the head and C4's cape over the shoulders.
  await expect(page.getByTestId('typical')).toHaveText('The C3 dermatome, where it is felt most typically: Lateral neck; Posterior neck.');
  await axe(page, 'wrong answer');

  expect((await stored(page))!.log).toEqual([
    expect.objectContaining({ card: 'dr:c2-nerve-root', grade: 4, score: 1 }),
    expect.objectContaining({ card: 'dr:c3-nerve-root', grade: 1, score: 0 }),
  ]);
  // Progress shows in the deck's counts once back on the study home, and survives a reload.
  await page.getByRole('button', { name: 'Stop and go back to decks' }).click();
  await page.reload();
  await expect(page.locator('.study[data-ready]')).toBeAttached();
  await page.getByLabel('Deck').selectOption({ label: 'Dermatomes: nerve roots C2–S2 (26)' });
  await expect(page.getByTestId('deck-stats')).toContainText('52 cards: 0 due, 50 new');
});

test('marking a root’s dermatome on the body: scored place by place, with the true dermatome shown', async ({ page }) => {
  await chooseDermatomes(page);
  await page.getByRole('checkbox', { name: 'Dermatome → root' }).uncheck();
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  await expect(page.locator('#card-h')).toHaveText('Study: Root → dermatome');
  // C2 to C5 come first; checking them unmarked sends each back for later, and C6 comes fifth.
  for (const level of ['C2', 'C3', 'C4', 'C5']) {
    await expect(page.locator('.stage')).toContainText(`Mark the ${level} dermatome`);
    await page.keyboard.press('c');
    await expect(page.getByTestId('feedback')).toContainText(`0%: 0 of`);
    await page.keyboard.press('n');
  }
  await expect(page.locator('.stage')).toContainText('Mark the C6 dermatome: the skin the C6 nerve root supplies');
  await expect(page.getByRole('button', { name: 'Trigger points (0)' })).toHaveCount(0);
  await axe(page, 'mark a dermatome');

  const map = page.locator('.mark-map svg.interactive');
  // The radial forearm on the front of the body, the thenar eminence and the thumb on the palm view,
  // and, wrongly, the middle finger (C7's).
  await map.locator('a[data-key="radial-forearm|r"]').click();
  await page.getByRole('button', { name: 'Right hand, palm' }).click();
  for (const key of ['thenar-eminence|r', 'palmar-thumb|r', 'palmar-middle|r']) await map.locator(`a[data-key="${key}"]`).click();
  await expect(page.locator('.stage')).toContainText('(4 marked)');
  await page.getByRole('button', { name: 'Check C' }).click();

  // C6 in the atlas: 13 places felt most typically, 7 in some people. Scored as the README says:
  // 3 / (13 + 0.5 × 7 + 0.5 × 1 wrong) = 0.18, and a dermatome has no trigger points to add.
  const feedback = page.getByTestId('feedback');
  await expect(feedback).toContainText('18%: 3 of 13 places of the C6 dermatome marked, 1 outside it.');
  await expect(page.getByTestId('grade')).toContainText('Rated Again');
  await expect(feedback.locator('.verdicts')).toContainText('Thenar eminence: marked');
  await expect(feedback.locator('.verdicts')).toContainText('Middle finger, palmar side: not in this dermatome');
  await expect(feedback.locator('.verdicts')).toContainText('Thumb, back: missed');
  await expect(feedback.locator('.verdicts')).toContainText('Lateral upper arm: not marked (in some people)');
  await expect(page.getByTestId('truth').locator('figure')).not.toHaveCount(0);
  await expect(page.getByTestId('maps-differ')).toBeVisible();
  await axe(page, 'marked dermatome feedback');
  expect((await stored(page))!.log.at(-1)).toEqual(expect.objectContaining({ card: 'rd:c6-nerve-root', grade: 1, score: 0.176 }));
});

test('a root named wrongly in two of three sessions is a weak spot, linked to its page, and drilled from the weak-spots deck', async ({ page }) => {
  // Three sessions on three days: C7 named wrongly on days 1 and 3, the masseter named rightly.
  let p: Progress = emptyProgress();
  for (const day of [1, 2, 3]) {
    const at = new Date(Date.UTC(2026, 0, day, 18));
    p = review(p, 'dr:c7-nerve-root', day === 2 ? 4 : 1, day === 2 ? 1 : 0, at);
    p = review(p, 'pm:masseter', 4, 1, at);
  }
  await page.goto('/study/');
  await expect(page.locator('.study[data-ready]')).toBeAttached();
  await page.getByLabel('Import progress').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(serialise(p)) });
  await page.getByRole('button', { name: 'Merge' }).click();
  const panel = page.getByTestId('weak-spots');
  await expect(panel.getByRole('listitem')).toHaveText(['C7 nerve root: naming it from its dermatome: missed 2 of the last 3 times']);
  await expect(panel.getByRole('link')).toHaveAttribute('href', '/other-sources/c7-nerve-root/');
  await panel.getByRole('button', { name: 'Study these cards now' }).click();
  await expect(page.getByTestId('card-count')).toHaveText('Card 1 of 1');
  await expect(page.locator('#card-h')).toHaveText('Study: Dermatome → root');
  // C7 among its neighbours: C6 and C8 on either side.
  await expect(page.locator('.stage ol button')).toContainText(['C6 nerve root', 'C7 nerve root', 'C8 nerve root']);
});

test('a dermatome quiz ends with a score and the misses linked to the roots’ pages, grading nothing', async ({ page }) => {
  await chooseDermatomes(page);
  await page.getByRole('button', { name: 'Quiz: 10 questions' }).click();
  for (let i = 0; i < 10; i++) {
    await expect(page.getByTestId('card-count')).toHaveText(`Card ${i + 1} of 10`);
    // Name cards: the first choice; mark cards: nothing marked.
    await page.keyboard.press((await page.locator('#card-h').textContent())?.includes('Dermatome → root') ? '1' : 'c');
    await expect(page.getByTestId('feedback')).toBeVisible();
    await page.keyboard.press('n');
  }
  await expect(page.getByTestId('quiz-score')).toHaveText(/^Score: [\d.]+ \/ 10$/);
  const misses = page.locator('section[aria-labelledby="done-h"] li a');
  expect(await misses.count()).toBeGreaterThan(0);
  for (const href of await misses.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/other-sources\/(c|t|l|s)\d+-nerve-root\/$/);
  await expect(misses.first()).toHaveText(/^[CTLS]\d+ nerve root$/);
  expect(await stored(page)).toBeNull();
});

test('a muscle session does not fetch the dermatome deck’s cards', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/study/?deck=area:head-neck');
  await expect(page.locator('.study[data-ready]')).toBeAttached();
  await page.getByRole('button', { name: 'Study due and new cards' }).click();
  await expect(page.locator('#card-h')).toHaveText('Study: Pattern → muscle');
  expect(fetched).toContain('/data/study.json');
  expect(fetched).not.toContain('/data/study-dermatomes.json');
});
