/** Scheduling a review with FSRS (ts-fsrs, no fuzz, so the same answers give the same schedule). */
import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Grade, PatternMisses } from './study';
import { LOG_LIMIT, type Progress, type Review } from './study-progress';

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

/** Records a review: the card's next state comes from FSRS for this grade. */
export function review(p: Progress, cardId: string, grade: Grade, score: number, now = new Date(), missed?: PatternMisses): Progress {
  const card: Card = p.cards[cardId] ?? createEmptyCard(now);
  const next = scheduler.next(card, now, grade as unknown as FsrsGrade).card;
  const entry: Review = { card: cardId, grade, score, at: now.toISOString(), ...(missed ? { missed } : {}) };
  const log = [...p.log, entry].slice(-LOG_LIMIT);
  return { ...p, cards: { ...p.cards, [cardId]: next }, log };
}
