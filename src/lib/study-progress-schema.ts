/**
 * Reading stored or imported progress: every field and range of every card and log entry is
 * checked with zod against what ts-fsrs can produce, and anything malformed comes back as one
 * message naming the card or review, the field and what is wrong. The file is never trusted:
 * a value FSRS cannot work with (a negative stability, state 99) would break every later review.
 */
import { z } from 'astro/zod';
import { default_maximum_interval, S_MAX, S_MIN, State, type Card } from 'ts-fsrs';
import { LOG_LIMIT, PROGRESS_VERSION, type Progress, type Review } from './study-progress';

const EARLIEST = Date.UTC(2020, 0, 1);
/** FSRS schedules at most `default_maximum_interval` days (100 years) ahead. */
const LATEST = (now: Date) => now.getTime() + (default_maximum_interval + 1) * 86_400_000;
const DAY = 86_400_000;

// Muscle cards (pm:, mp:, sm:) and, since the dermatome deck, nerve root cards (dr:, rd:): files saved before it still read.
const cardId = z
  .string()
  .regex(/^(pm|mp|sm|dr|rd):[a-z0-9-]+$/, { error: 'is not a study card id (pm:, mp:, sm:, dr: or rd: and a muscle or nerve root)' });
const count = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int({ error: `${what} must be a whole number` })
    .min(0, { error: `${what} must be 0 or more` });
const share = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .min(0, { error: `${what} must be between 0 and 1` })
    .max(1, { error: `${what} must be between 0 and 1` });

function progressSchema(now: Date) {
  const date = (what: string, latest: number) =>
    z.iso
      .datetime({ offset: true, error: `${what} must be a date and time (ISO 8601)` })
      .transform((s) => new Date(s))
      .refine((d) => d.getTime() >= EARLIEST, { error: `${what} is before 2020` })
      .refine((d) => d.getTime() <= latest, { error: `${what} is too far in the future` });
  const card = z
    .object(
      {
        due: date('due', LATEST(now)),
        stability: z
          .number({ error: 'stability must be a number' })
          .min(0, { error: 'stability must be 0 or more' })
          .max(S_MAX, { error: `stability must be at most ${S_MAX}` }),
        difficulty: z
          .number({ error: 'difficulty must be a number' })
          .min(0, { error: 'difficulty must be between 1 and 10' })
          .max(10, { error: 'difficulty must be between 1 and 10' }),
        elapsed_days: count('elapsed_days').max(S_MAX, { error: `elapsed_days must be at most ${S_MAX}` }),
        scheduled_days: count('scheduled_days').max(default_maximum_interval, {
          error: `scheduled_days must be at most ${default_maximum_interval}`,
        }),
        learning_steps: count('learning_steps').max(100, { error: 'learning_steps must be at most 100' }),
        reps: count('reps'),
        lapses: count('lapses'),
        state: z.enum(State, { error: 'state must be 0 (new), 1 (learning), 2 (review) or 3 (relearning)' }),
        last_review: date('last_review', now.getTime() + DAY).optional(),
      },
      { error: 'must be a card state (an object)' },
    )
    .superRefine((c, ctx) => {
      // zod runs refinements even after a field failed: check only cards whose dates were read.
      if (!(c.due instanceof Date) || (c.last_review !== undefined && !(c.last_review instanceof Date))) return;
      const issue = (message: string, field: string) => ctx.addIssue({ code: 'custom', message, path: [field] });
      if (c.state !== State.New && c.stability < S_MIN) issue(`stability must be at least ${S_MIN} once a card has been reviewed`, 'stability');
      if (c.state !== State.New && c.difficulty < 1) issue('difficulty must be between 1 and 10', 'difficulty');
      if (c.state !== State.New && !c.last_review) issue('last_review is missing on a reviewed card', 'last_review');
      if (c.lapses > c.reps) issue('lapses cannot exceed reps', 'lapses');
      if (c.last_review && c.last_review.getTime() > c.due.getTime()) issue('last_review is later than due', 'last_review');
    });
  const entry = z.object(
    {
      card: cardId,
      grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'grade must be 1 (again), 2 (hard), 3 (good) or 4 (easy)' }),
      score: share('score'),
      at: z.iso
        .datetime({ offset: true, error: 'at must be a date and time (ISO 8601)' })
        .refine((s) => Date.parse(s) >= EARLIEST && Date.parse(s) <= now.getTime() + DAY, { error: 'at is before 2020 or in the future' }),
      missed: z.object({ essential: share('missed.essential'), spillover: share('missed.spillover'), sites: share('missed.sites') }).optional(),
    },
    { error: 'must be a review (an object)' },
  );
  return z.object({
    app: z.literal('trigger-point-atlas', { error: 'this is not a Trigger Point Atlas progress file' }).optional(),
    version: z.literal(PROGRESS_VERSION),
    cards: z.record(cardId, card, { error: 'cards must be an object of card states' }),
    log: z.array(entry, { error: 'log must be a list of reviews' }).max(LOG_LIMIT, { error: `the log holds more than ${LOG_LIMIT} reviews` }),
  });
}

/** Where a problem is, in words: `Card "mp:masseter"`, `Review 3 of the log`. */
function where(path: readonly PropertyKey[]): string {
  if (path[0] === 'cards' && path.length > 1) return `Card "${String(path[1])}"`;
  if (path[0] === 'log' && typeof path[1] === 'number') return `Review ${path[1] + 1} of the log`;
  return 'The file';
}

/**
 * Reads stored or imported progress; every field and range is checked, and anything malformed
 * comes back as one message naming the card or log entry, the field and what is wrong.
 */
export function parseProgress(text: string, now = new Date()): Progress | { error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { error: 'This file is not JSON.' };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { error: 'This file holds no progress.' };
  const o = raw as Record<string, unknown>;
  if (o.version !== PROGRESS_VERSION) return { error: `Unknown progress version ${String(o.version)}.` };
  const result = progressSchema(now).safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    // Each message names its field ("stability must be 0 or more"); a bad key says so itself.
    const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? 'is not a study card id') : issue.message;
    return { error: `${where(issue.path)}: ${message}.` };
  }
  const { version, cards, log } = result.data;
  return { version, cards: cards as Record<string, Card>, log: log as Review[] };
}
