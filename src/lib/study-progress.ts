/**
 * Study progress as stored in the browser and in exported files: FSRS card states by card id
 * and a log of reviews. Pure functions: serialising, merging an import into what is there,
 * counting what is due. Scheduling (ts-fsrs, `study-schedule.ts`) and validation (zod,
 * `study-progress-schema.ts`) live apart, so the study page loads them only when they are
 * needed. Nothing here leaves the device.
 */
import type { Card } from 'ts-fsrs';
import { interleave, type Grade, type PatternMisses } from './study';

export const PROGRESS_VERSION = 1;

export interface Review {
  card: string;
  grade: Grade;
  score: number;
  at: string;
  /** For muscle -> pattern cards: the share of each part of the pattern the answer missed. */
  missed?: PatternMisses;
}
export interface Progress {
  version: typeof PROGRESS_VERSION;
  cards: Record<string, Card>;
  log: Review[];
}

export const LOG_LIMIT = 5000;
/** ts-fsrs `State.Review` (a card past its learning steps); a literal here so counting needs no scheduler. */
export const REVIEW_STATE = 2;

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, cards: {}, log: [] });

function isDue(p: Progress, cardId: string, now = new Date()): boolean {
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
      if (c.state === REVIEW_STATE) learned++;
    }
  }
  return { total: cardIds.length, new: fresh, due, learned };
}

/**
 * Cards to study now: due reviews first (most overdue first), then new cards in deck order,
 * interleaved so that no two cards of one muscle come within five cards of each other.
 */
export function queue(p: Progress, cardIds: readonly string[], now = new Date(), newLimit = 20): string[] {
  const due = cardIds.filter((id) => p.cards[id] && isDue(p, id, now)).sort((a, b) => p.cards[a]!.due.getTime() - p.cards[b]!.due.getTime());
  const fresh = cardIds.filter((id) => !p.cards[id]).slice(0, newLimit);
  return interleave([...due, ...fresh]);
}

export function serialise(p: Progress): string {
  return JSON.stringify({ app: 'trigger-point-atlas', ...p }, null, 1);
}

// ---- Merging ----------------------------------------------------------------------------

export interface ImportPreview {
  /** Cards in the file that are not here yet. */
  adds: number;
  /** Cards reviewed more recently in the file: they replace ours. */
  updates: number;
  /** Cards reviewed more recently here: ours are kept. */
  older: number;
  /** Cards with the same last review on both sides. */
  same: number;
  /** Cards here that the file lacks: kept by a merge, lost by a replace. */
  onlyHere: number;
  /** Reviews in the file's log that are not in ours. */
  newReviews: number;
}

const reviewedAt = (c: Card) => (c.last_review ? c.last_review.getTime() : -Infinity);
const reviewKey = (r: Review) => `${r.card}@${r.at}`;

export function previewImport(mine: Progress, file: Progress): ImportPreview {
  const out: ImportPreview = { adds: 0, updates: 0, older: 0, same: 0, onlyHere: 0, newReviews: 0 };
  for (const [id, theirs] of Object.entries(file.cards)) {
    const ours = mine.cards[id];
    if (!ours) out.adds++;
    else if (reviewedAt(theirs) > reviewedAt(ours)) out.updates++;
    else if (reviewedAt(theirs) < reviewedAt(ours)) out.older++;
    else out.same++;
  }
  out.onlyHere = Object.keys(mine.cards).filter((id) => !(id in file.cards)).length;
  const known = new Set(mine.log.map(reviewKey));
  out.newReviews = file.log.filter((r) => !known.has(reviewKey(r))).length;
  return out;
}

/** Merges an imported file into our progress: per card, the more recent review wins; logs are united. */
export function mergeProgress(mine: Progress, file: Progress): Progress {
  const cards = { ...mine.cards };
  for (const [id, theirs] of Object.entries(file.cards)) {
    const ours = cards[id];
    if (!ours || reviewedAt(theirs) > reviewedAt(ours)) cards[id] = theirs;
  }
  const byKey = new Map<string, Review>();
  for (const r of [...mine.log, ...file.log]) if (!byKey.has(reviewKey(r))) byKey.set(reviewKey(r), r);
  const log = [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at)).slice(-LOG_LIMIT);
  return { version: PROGRESS_VERSION, cards, log };
}

/** "adds 12 cards, updates 40, 3 older than yours": what a merge will do, in words. */
export function describeImport(p: ImportPreview): string {
  const parts: string[] = [];
  parts.push(`adds ${p.adds} ${p.adds === 1 ? 'card' : 'cards'}`);
  parts.push(`updates ${p.updates}`);
  if (p.older) parts.push(`${p.older} older than yours (yours kept)`);
  if (p.same) parts.push(`${p.same} unchanged`);
  return parts.join(', ');
}
