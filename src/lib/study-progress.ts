/**
 * Study progress as stored in the browser and in exported files: FSRS card states by card id
 * and a log of reviews. Pure functions: scheduling with ts-fsrs, (de)serialising, validating an
 * imported file, counting what is due. Nothing here leaves the device.
 */
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Grade } from './study';

export const PROGRESS_VERSION = 1;

export interface Review {
  card: string;
  grade: Grade;
  score: number;
  at: string;
}
export interface Progress {
  version: typeof PROGRESS_VERSION;
  cards: Record<string, Card>;
  log: Review[];
}

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));
const LOG_LIMIT = 5000;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, cards: {}, log: [] });

/** Records a review: the card's next state comes from FSRS for this grade. */
export function review(p: Progress, cardId: string, grade: Grade, score: number, now = new Date()): Progress {
  const card: Card = p.cards[cardId] ?? createEmptyCard(now);
  const next = scheduler.next(card, now, grade as unknown as FsrsGrade).card;
  const log = [...p.log, { card: cardId, grade, score, at: now.toISOString() }].slice(-LOG_LIMIT);
  return { ...p, cards: { ...p.cards, [cardId]: next }, log };
}

export function isDue(p: Progress, cardId: string, now = new Date()): boolean {
  const c = p.cards[cardId];
  return !c || c.due.getTime() <= now.getTime();
}

export interface DeckStats {
  total: number;
  new: number;
  due: number;
  learned: number;
}

export function deckStats(p: Progress, cardIds: readonly string[], now = new Date()): DeckStats {
  let fresh = 0;
  let due = 0;
  let learned = 0;
  for (const id of cardIds) {
    const c = p.cards[id];
    if (!c) fresh++;
    else {
      if (c.due.getTime() <= now.getTime()) due++;
      if (c.state === State.Review) learned++;
    }
  }
  return { total: cardIds.length, new: fresh, due, learned };
}

/** Cards to study now: due reviews first (most overdue first), then new cards in deck order. */
export function queue(p: Progress, cardIds: readonly string[], now = new Date(), newLimit = 20): string[] {
  const due = cardIds.filter((id) => p.cards[id] && isDue(p, id, now)).sort((a, b) => p.cards[a]!.due.getTime() - p.cards[b]!.due.getTime());
  const fresh = cardIds.filter((id) => !p.cards[id]).slice(0, newLimit);
  return [...due, ...fresh];
}

export function serialise(p: Progress): string {
  return JSON.stringify({ app: 'trigger-point-atlas', ...p }, null, 1);
}

const DATE_FIELDS = ['due', 'last_review'] as const;
const NUM_FIELDS = ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'] as const;

/** Reads stored or imported progress; returns an error message for anything malformed. */
export function parseProgress(text: string): Progress | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: 'This file is not JSON.' };
  }
  if (!raw || typeof raw !== 'object') return { error: 'This file holds no progress.' };
  const o = raw as Record<string, unknown>;
  if (o.version !== PROGRESS_VERSION) return { error: `Unknown progress version ${String(o.version)}.` };
  if (!o.cards || typeof o.cards !== 'object' || !Array.isArray(o.log)) return { error: 'The file is missing its cards or its log.' };
  const cards: Record<string, Card> = {};
  for (const [id, value] of Object.entries(o.cards as Record<string, unknown>)) {
    if (!/^(pm|mp|sm):[a-z0-9-]+$/.test(id) || !value || typeof value !== 'object') return { error: `Bad card "${id}".` };
    const v = value as Record<string, unknown>;
    const card = {} as Record<string, unknown>;
    for (const f of NUM_FIELDS) {
      if (typeof v[f] !== 'number' || !Number.isFinite(v[f])) return { error: `Card "${id}" has a bad ${f}.` };
      card[f] = v[f];
    }
    for (const f of DATE_FIELDS) {
      if (v[f] === undefined && f === 'last_review') continue;
      const d = new Date(String(v[f]));
      if (Number.isNaN(d.getTime())) return { error: `Card "${id}" has a bad ${f}.` };
      card[f] = d;
    }
    cards[id] = card as unknown as Card;
  }
  const log: Review[] = [];
  for (const r of o.log as unknown[]) {
    const x = r as Record<string, unknown>;
    if (!x || typeof x.card !== 'string' || ![1, 2, 3, 4].includes(x.grade as number) || typeof x.score !== 'number' || typeof x.at !== 'string') {
      return { error: 'The review log is malformed.' };
    }
    log.push({ card: x.card, grade: x.grade as Grade, score: x.score, at: x.at });
  }
  return { version: PROGRESS_VERSION, cards, log };
}
