import { describe, expect, it } from 'vitest';
import { muscleOfCard, parseCardId } from '../../src/lib/study';
import { emptyProgress, serialise } from '../../src/lib/study-progress';
import { review } from '../../src/lib/study-schedule';
import { SESSION_KEY, shortcut, StudySession } from '../../src/lib/study-session.svelte';
import { BACKUP_KEY, SET_ASIDE_KEY, STORE_KEY, StudyStore, type KeyValueStorage } from '../../src/lib/study-store.svelte';

class MemoryStorage implements KeyValueStorage {
  items = new Map<string, string>();
  full = false;
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => {
    if (this.full) throw new Error('QuotaExceededError');
    this.items.set(k, v);
  };
  removeItem = (k: string) => void this.items.delete(k);
}

const t0 = new Date('2026-01-01T10:00:00Z');
const ids = 'abcdefg'.split('').map((m) => `pm:${m}`);

async function setup() {
  const local = new MemoryStorage();
  const tab = new MemoryStorage();
  const store = new StudyStore();
  await store.load(local);
  await store.prepare();
  return { local, tab, store, session: new StudySession(store, tab) };
}

describe('the study session', () => {
  it('saves the grade of an answer at once, and only once', async () => {
    const { local, store, session } = await setup();
    session.startStudy('all', ids);
    expect(session.current?.id).toBe('pm:a');
    expect(session.answer(1, 'Right.', [], undefined, t0)?.grade).toBe(4);
    expect(session.answer(0, 'Wrong.', [], undefined, t0)).toBeNull();
    expect(store.progress.log).toEqual([{ card: 'pm:a', grade: 4, score: 1, at: t0.toISOString() }]);
    expect(JSON.parse(local.getItem(STORE_KEY)!).log).toHaveLength(1);
  });

  it('brings a failed card back at least five cards later, at most twice', async () => {
    const { session } = await setup();
    session.startStudy('all', ids);
    session.answer(0, 'Wrong.', [], undefined, t0);
    const order = session.cards.map((c) => c.id);
    expect(order).toHaveLength(8);
    expect(order.lastIndexOf('pm:a')).toBeGreaterThanOrEqual(5);
    // A good answer is not repeated.
    session.next();
    session.answer(1, 'Right.', [], undefined, t0);
    expect(session.cards.filter((c) => c.id === 'pm:b')).toHaveLength(1);
  });

  it('resumes after a reload at the first card not answered, without grading anything twice', async () => {
    const { local, tab, store, session } = await setup();
    session.startStudy('area:head-neck', ids);
    session.answer(1, 'Right.', [], undefined, t0);
    session.next();
    session.answer(0.8, 'Good.', [], undefined, t0);
    // The page reloads: a new store and session read what was kept.
    const store2 = new StudyStore();
    await store2.load(local);
    const again = new StudySession(store2, tab);
    expect(again.saved()).toEqual({ kind: 'study', deckId: 'area:head-neck', at: 2, of: 7 });
    expect(again.resume()).toBe(true);
    expect(again.current?.id).toBe('pm:c');
    expect(again.answered).toBeNull();
    expect(store2.progress.log.map((r) => r.card)).toEqual(['pm:a', 'pm:b']);
    expect(store.progress.log).toEqual(store2.progress.log);
  });

  it('forgets the session when it is stopped or finished', async () => {
    const { tab, session } = await setup();
    session.startStudy('all', ['pm:a']);
    expect(tab.getItem(SESSION_KEY)).not.toBeNull();
    session.answer(1, 'Right.');
    expect(session.next()).toBe(false);
    expect(tab.getItem(SESSION_KEY)).toBeNull();
    session.startStudy('all', ids);
    session.stop();
    expect(session.saved()).toBeNull();
  });

  it('keeps quiz scores out of the schedule, and draws the same quiz from the same seed', async () => {
    const { store, session } = await setup();
    const cards = ids.flatMap((id) => ['pm', 'mp'].map((t) => parseCardId(`${t}:${muscleOfCard(id)}`)!));
    session.startQuiz('all', cards, 10, 'abc');
    const first = session.cards.map((c) => c.id);
    session.answer(0.5, 'Half.');
    session.next();
    session.answer(1, 'Right.');
    expect(session.quizScore).toBe(1.5);
    expect(store.progress.log).toEqual([]);
    session.startQuiz('all', cards, 10, 'abc');
    expect(session.cards.map((c) => c.id)).toEqual(first);
  });

  it('ignores a saved session that is malformed', async () => {
    const { tab, session } = await setup();
    tab.setItem(
      SESSION_KEY,
      JSON.stringify({ v: 1, kind: 'study', deckId: 'all', cards: ['pm:a'], index: 4, answered: false, results: [], repeats: {} }),
    );
    expect(session.saved()).toBeNull();
    tab.setItem(SESSION_KEY, '{not json');
    expect(session.resume()).toBe(false);
  });
});

describe('shortcut keys', () => {
  it('leave Enter and Space to the focused button, link or map', async () => {
    expect(shortcut('Enter', false, 'control', false)).toBeNull();
    expect(shortcut('Enter', false, 'map', false)).toBeNull();
    expect(shortcut(' ', false, 'control', false)).toBeNull();
    expect(shortcut('Enter', false, 'control', true)).toBeNull();
  });

  it('do nothing while typing', async () => {
    for (const k of ['1', 'c', 'n', 'Enter', 'm']) expect(shortcut(k, false, 'text', false)).toBeNull();
  });

  it('check or move on with Enter only when no control has the focus', async () => {
    expect(shortcut('Enter', false, 'none', false)).toEqual({ kind: 'check' });
    expect(shortcut('Enter', false, 'none', true)).toEqual({ kind: 'next' });
  });

  it('map letters and digits to actions, and only N after an answer', async () => {
    expect(shortcut('3', false, 'control', false)).toEqual({ kind: 'choose', index: 2 });
    expect(shortcut('C', false, 'map', false)).toEqual({ kind: 'check' });
    expect(shortcut('m', false, 'none', false)).toEqual({ kind: 'mode' });
    expect(shortcut('v', false, 'none', false)).toEqual({ kind: 'view' });
    expect(shortcut('1', false, 'none', true)).toBeNull();
    expect(shortcut('n', false, 'control', true)).toEqual({ kind: 'next' });
    expect(shortcut('c', true, 'none', false)).toBeNull();
  });
});

describe('the progress store', () => {
  const file = review(review(emptyProgress(), 'pm:a', 3, 1, t0), 'pm:b', 3, 1, t0);

  it('merges an import by default, keeps a backup, and undoes it', async () => {
    const { local, store } = await setup();
    store.rate('pm:c', 3, 1, undefined, t0);
    const before = store.progress;
    const checked = await store.check(serialise(file), t0);
    if ('error' in checked) throw new Error(checked.error);
    expect(checked.preview.adds).toBe(2);
    expect(store.progress).toBe(before); // checking changes nothing
    store.apply(checked.file, 'merge', t0);
    expect(Object.keys(store.progress.cards).sort()).toEqual(['pm:a', 'pm:b', 'pm:c']);
    expect(store.backup?.reason).toBe('import');
    expect(local.getItem(BACKUP_KEY)).not.toBeNull();
    store.undo();
    expect(Object.keys(store.progress.cards)).toEqual(['pm:c']);
    expect(store.backup).toBeNull();
    expect(Object.keys(JSON.parse(local.getItem(STORE_KEY)!).cards)).toEqual(['pm:c']);
  });

  it('replaces only when asked, and an empty file then can still be undone', async () => {
    const { store } = await setup();
    store.rate('pm:c', 3, 1, undefined, t0);
    store.apply(emptyProgress(), 'replace', t0);
    expect(store.progress.cards).toEqual({});
    store.undo();
    expect(Object.keys(store.progress.cards)).toEqual(['pm:c']);
  });

  it('refuses a bad file without changing anything', async () => {
    const { store } = await setup();
    store.rate('pm:c', 3, 1, undefined, t0);
    const before = store.progress;
    const bad = JSON.parse(serialise(file));
    bad.cards['pm:a'].state = 99;
    expect(await store.check(JSON.stringify(bad), t0)).toEqual({
      error: 'Card "pm:a": state must be 0 (new), 1 (learning), 2 (review) or 3 (relearning).',
    });
    expect(store.progress).toBe(before);
    expect(store.backup).toBeNull();
  });

  it('sets a corrupt stored entry aside instead of overwriting it', async () => {
    const local = new MemoryStorage();
    local.setItem(STORE_KEY, '{"version":1,"cards":{"pm:a":{"stability":-3}},"log":[]}');
    const store = new StudyStore();
    await store.load(local);
    await store.prepare();
    expect(store.problem).toMatch(/^Your saved progress could not be read: Card "pm:a": /);
    expect(store.progress).toEqual(emptyProgress());
    expect(local.getItem(SET_ASIDE_KEY)).toContain('"stability":-3');
    store.rate('pm:b', 3, 1, undefined, t0);
    expect(local.getItem(SET_ASIDE_KEY)).toContain('"stability":-3');
    expect(store.setAside).toContain('"stability":-3');
  });

  it('says so when progress cannot be saved', async () => {
    const { local, store } = await setup();
    local.full = true;
    store.rate('pm:a', 3, 1, undefined, t0);
    expect(store.problem).toMatch(/could not be saved/);
    local.full = false;
    store.rate('pm:b', 3, 1, undefined, t0);
    expect(store.problem).toBeNull();
  });
});
