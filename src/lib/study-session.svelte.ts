/**
 * One study session or quiz as shared reactive state: the cards in order, where the student
 * is, the answer to the current card, and what a quiz has scored. Answers in a study session
 * are graded and saved at once through the store; the session itself is kept in
 * sessionStorage after every step, so a reload resumes at the same card and nothing answered
 * is asked or graded twice. Also here: which key does what, given what has the focus.
 */
import { gradeOf, interleave, muscleOfCard, parseCardId, quizCards, type Grade, type PatternMisses, type StudyCard } from './study';
import type { KeyValueStorage, StudyStore } from './study-store.svelte';

export const SESSION_KEY = 'trigger-point-atlas:study:session';
/** A failed card comes back later in the session, at most this many times. */
const MAX_REPEATS = 2;
const GAP = 5;

export type SessionKind = 'study' | 'quiz';
export interface Verdict {
  region: string;
  verdict: string;
}
export interface Answer {
  card: StudyCard;
  score: number;
  summary: string;
  detail: Verdict[];
  grade: Grade;
}
export interface QuizResult {
  card: string;
  score: number;
  summary: string;
}
interface Snapshot {
  v: 1;
  kind: SessionKind;
  deckId: string;
  cards: string[];
  index: number;
  /** The current card was answered (and, when studying, saved): resume at the next one. */
  answered: boolean;
  results: QuizResult[];
  repeats: Record<string, number>;
  seed?: string;
}

export class StudySession {
  kind = $state<SessionKind | null>(null);
  deckId = $state('all');
  cards = $state.raw<StudyCard[]>([]);
  index = $state(0);
  answered = $state.raw<Answer | null>(null);
  results = $state.raw<QuizResult[]>([]);
  finished = $state(false);
  seed = $state<string | undefined>(undefined);
  #repeats: Record<string, number> = {};
  #storage: KeyValueStorage | null;
  #store: StudyStore;

  constructor(store: StudyStore, storage: KeyValueStorage | null = null) {
    this.#store = store;
    this.#storage = storage;
  }

  get current(): StudyCard | undefined {
    return this.cards[this.index];
  }
  get active(): boolean {
    return this.kind !== null && !this.finished;
  }
  /** The quiz score: the sum of the answers' scores, to one decimal. */
  get quizScore(): number {
    return Math.round(this.results.reduce((a, r) => a + r.score, 0) * 10) / 10;
  }

  /** Starts studying these cards in this order. */
  startStudy(deckId: string, ids: readonly string[]) {
    this.#begin(
      'study',
      deckId,
      ids.map((id) => parseCardId(id)).filter((c): c is StudyCard => !!c),
    );
  }

  /** Starts a quiz of `n` cards drawn from the deck with `seed` (the same seed, the same quiz). */
  startQuiz(deckId: string, deckCards: readonly StudyCard[], n: number, seed: string) {
    this.#begin('quiz', deckId, quizCards(deckCards, n, seed), seed);
  }

  #begin(kind: SessionKind, deckId: string, cards: StudyCard[], seed?: string) {
    this.kind = kind;
    this.deckId = deckId;
    this.cards = cards;
    this.index = 0;
    this.answered = null;
    this.results = [];
    this.finished = false;
    this.seed = seed;
    this.#repeats = {};
    this.#persist();
  }

  /**
   * Records the answer to the current card, once. Studying, the grade is saved at once and a
   * failed card is queued again, at least five cards later; in a quiz the score is kept.
   */
  answer(score: number, summary: string, detail: Verdict[] = [], missed?: PatternMisses, now = new Date()): Answer | null {
    const card = this.current;
    if (!card || this.answered || !this.kind) return null;
    const grade = gradeOf(score);
    this.answered = { card, score, summary, detail, grade };
    if (this.kind === 'study') {
      this.#store.rate(card.id, grade, score, missed, now);
      if (grade === 1 && (this.#repeats[card.id] ?? 0) < MAX_REPEATS) {
        this.#repeats[card.id] = (this.#repeats[card.id] ?? 0) + 1;
        const shown = this.cards.slice(0, this.index + 1);
        const rest = [...this.cards.slice(this.index + 1).map((c) => c.id), card.id];
        const ordered = interleave(
          rest,
          GAP,
          shown.map((c) => muscleOfCard(c.id)),
        );
        this.cards = [...shown, ...ordered.map((id) => parseCardId(id)!)];
      }
    } else {
      this.results = [...this.results, { card: card.id, score, summary }];
    }
    this.#persist();
    return this.answered;
  }

  /** Moves on after an answer; returns false when the session has ended. */
  next(): boolean {
    if (!this.answered) return true;
    this.answered = null;
    if (this.index + 1 < this.cards.length) {
      this.index++;
      this.#persist();
      return true;
    }
    this.finished = true;
    this.#persist();
    return false;
  }

  /** Leaves the session (answers already given stay saved). */
  stop() {
    this.kind = null;
    this.cards = [];
    this.answered = null;
    this.finished = false;
    this.#storage?.removeItem(SESSION_KEY);
  }

  /** A session that was under way when the page was left: where it stood. */
  saved(): { kind: SessionKind; deckId: string; at: number; of: number } | null {
    const s = this.#read();
    if (!s) return null;
    const at = s.index + (s.answered ? 1 : 0);
    return at < s.cards.length ? { kind: s.kind, deckId: s.deckId, at, of: s.cards.length } : null;
  }

  /** Resumes the saved session at the first card not yet answered. */
  resume(): boolean {
    const s = this.#read();
    if (!s) return false;
    const cards = s.cards.map((id) => parseCardId(id)).filter((c): c is StudyCard => !!c);
    const index = s.index + (s.answered ? 1 : 0);
    if (index >= cards.length) return false;
    this.kind = s.kind;
    this.deckId = s.deckId;
    this.cards = cards;
    this.index = index;
    this.answered = null;
    this.results = s.results;
    this.finished = false;
    this.seed = s.seed;
    this.#repeats = s.repeats;
    this.#persist();
    return true;
  }

  #persist() {
    if (!this.#storage || !this.kind) return;
    if (this.finished) {
      this.#storage.removeItem(SESSION_KEY);
      return;
    }
    const s: Snapshot = {
      v: 1,
      kind: this.kind,
      deckId: this.deckId,
      cards: this.cards.map((c) => c.id),
      index: this.index,
      answered: !!this.answered,
      results: this.results,
      repeats: this.#repeats,
      ...(this.seed ? { seed: this.seed } : {}),
    };
    try {
      this.#storage.setItem(SESSION_KEY, JSON.stringify(s));
    } catch {
      // A session that cannot be kept still runs; every answer is saved with the progress.
    }
  }

  #read(): Snapshot | null {
    try {
      const s = JSON.parse(this.#storage?.getItem(SESSION_KEY) ?? 'null') as Snapshot | null;
      const ok =
        s?.v === 1 &&
        (s.kind === 'study' || s.kind === 'quiz') &&
        typeof s.deckId === 'string' &&
        Array.isArray(s.cards) &&
        s.cards.every((id) => typeof id === 'string' && parseCardId(id)) &&
        Number.isInteger(s.index) &&
        s.index >= 0 &&
        s.index < s.cards.length &&
        typeof s.answered === 'boolean' &&
        Array.isArray(s.results) &&
        s.results.every((r) => typeof r?.card === 'string' && typeof r.score === 'number' && typeof r.summary === 'string') &&
        !!s.repeats &&
        typeof s.repeats === 'object';
      return ok ? s : null;
    } catch {
      return null;
    }
  }
}

/** What has the keyboard focus, as far as shortcut keys are concerned. */
export type FocusKind = 'text' | 'control' | 'map' | 'none';
export type KeyAction = { kind: 'choose'; index: number } | { kind: 'check' } | { kind: 'next' } | { kind: 'mode' } | { kind: 'view' };

/**
 * The shortcut a key press means, or null when the key belongs to the focused control: nothing
 * while typing in a field (or choosing in a select), and Enter and Space never over a button,
 * a link or the map, which act on them themselves. Enter checks (or moves on) only when the
 * focus is on no control.
 */
export function shortcut(key: string, modified: boolean, focus: FocusKind, answered: boolean): KeyAction | null {
  if (modified || focus === 'text') return null;
  const k = key.toLowerCase();
  if (k === 'enter') return focus === 'none' ? (answered ? { kind: 'next' } : { kind: 'check' }) : null;
  if (answered) return k === 'n' ? { kind: 'next' } : null;
  if (/^[1-8]$/.test(k)) return { kind: 'choose', index: Number(k) - 1 };
  if (k === 'c') return { kind: 'check' };
  if (k === 'm') return { kind: 'mode' };
  if (k === 'v') return { kind: 'view' };
  return null;
}

/** Classifies a key event's target for `shortcut`. */
export function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof Element)) return 'none';
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return 'text';
  if (target.closest('svg.interactive')) return 'map';
  if (target.closest('button, a[href], summary, [role="button"], [role="link"], label')) return 'control';
  return 'none';
}
