/**
 * A body area's trigger point landmarks and muscle outlines (src/atlas/sites/<area>.json).
 *
 * Coordinates are each view's construction units, y pointing down. Body views (anterior,
 * posterior): midline at x = 0, the patient's RIGHT side at +x, head = 100 units, soles at
 * y = 800 (see src/atlas/figure.ts). The head-lateral view faces +x; the hand and foot insets use
 * their own local frames (the files that draw on them say which). Muscles are drawn on the right.
 *
 * Messages read "<problem>. Fix: <fix>"; the loader (src/atlas/site-data.ts) prefixes them with
 * the file and the field path.
 */
import { z } from 'astro/zod';
import { VIEW_IDS, type Point, type ViewId } from '../atlas/types';
import { suggestion } from './suggest';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const VIEWS: readonly string[] = VIEW_IDS;
const shown = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

/** The message for a view that is not one of VIEW_IDS. */
function unknownView(value: unknown): string {
  const typo = typeof value === 'string' ? suggestion(value, VIEWS) : '';
  return `unknown view ${shown(value)}. Fix: use one of ${VIEWS.join(', ')} (VIEW_IDS in src/atlas/types.ts).${typo}`;
}

/** A required field: says it is missing, or what it must be. */
const required = (what: string, fix: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? `is missing. Fix: add ${fix}.` : `must be ${what}, not ${shown(iss.input)}. Fix: write ${fix}.`;

/** An object that names the fields it allows, so a misspelt field is caught. */
function strict<S extends z.ZodRawShape>(shape: S, what: string, example: string) {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') {
        const keys = (iss as { keys: string[] }).keys.map((k) => `"${k}"`).join(', ');
        return `unknown field ${keys}. Fix: remove it or correct its spelling; ${what} has ${fields}.`;
      }
      if (iss.code === 'invalid_type') return `must be ${what} object, not ${shown(iss.input)}. Fix: write ${example}.`;
      return undefined;
    },
  });
}

const isPoint = (v: unknown): v is Point => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));

/** A point [x, y]: two finite numbers in the view's construction units. */
const point = z.custom<Point>(isPoint, {
  error: (iss) => `${shown(iss.input)} is not a point: a point is two finite numbers. Fix: write it as [x, y], e.g. [40, 170].`,
});

/** A view id (VIEW_IDS in src/atlas/types.ts). */
const viewId = z.custom<ViewId>((v) => typeof v === 'string' && VIEWS.includes(v), {
  error: (iss) => (iss.input === undefined ? `is missing. Fix: add "view": one of ${VIEWS.join(', ')}.` : unknownView(iss.input)),
});

/** Only for a value of the wrong type: key and value issues keep their own messages. */
const typeError = (what: string, fix: string) => (iss: { code?: string; input?: unknown }) =>
  iss.code === 'invalid_type' ? required(what, fix)(iss) : undefined;

/** Where the landmark sits, by view: { "<view>": [x, y] }. */
const positions = z
  .record(
    z.string().refine((v) => VIEWS.includes(v), { error: (iss) => unknownView(iss.input) }),
    point,
    {
      error: typeError('an object of view: [x, y]', '"positions": { "posterior": [40, 170] }'),
    },
  )
  .superRefine((pos, ctx) => {
    if (!Object.keys(pos).length)
      ctx.addIssue({ code: 'custom', message: 'gives no view. Fix: add at least one view and its point, e.g. { "posterior": [40, 170] }.' });
  })
  .transform((pos) => pos as Partial<Record<ViewId, Point>>);

/** A trigger point landmark: a named place where the atlas draws an X. */
const landmarkSchema = strict(
  {
    /** Stable kebab-case id, unique across all area files; trigger points name it (`landmark:`). */
    id: z.string({ error: required('a kebab-case id', '"id": "upper-trapezius-lateral"') }).regex(KEBAB, {
      error:
        'must be kebab-case (lower-case words joined by "-"). Fix: rename it, e.g. "infraspinatus-upper-medial", and the trigger points that name it.',
    }),
    /** Where the trigger point lies, in clinical words (shown with the map). */
    label: z.string({ error: required('a label', '"label": "Infraspinatus, just below the spine of the scapula"') }).min(3, {
      error: 'is too short. Fix: say in a few words where the trigger point lies.',
    }),
    /** Its point on each view that shows it (right side). */
    positions,
  },
  'a landmark',
  '{ "id": "...", "label": "...", "positions": { "posterior": [40, 170] } }',
);
export type LandmarkDef = z.infer<typeof landmarkSchema>;

/** How an outline is drawn: `superficial` solid, `deep` dashed (under other muscles). */
const depth = z.enum(['superficial', 'deep'], {
  error: (iss) =>
    `${iss.input === undefined ? 'is missing' : `unknown depth ${shown(iss.input)}`}. Fix: use "superficial" (drawn solid) or "deep" (drawn dashed, under other muscles).`,
});

/** One closed outline of a muscle on one view. */
const outlineSchema = strict(
  {
    /** The view it is drawn on (VIEW_IDS in src/atlas/types.ts). */
    view: viewId,
    /** `superficial` (solid line) or `deep` (dashed). */
    depth,
    /** What this outline is, when a muscle has several on one view ("Oblique head"). */
    note: z.string().optional(),
    /** Control points of a closed smooth curve through them, in order around the muscle; at least 3. */
    points: z.array(point, { error: required('a list of [x, y] points', '"points": [[x, y], [x, y], [x, y], …]') }).min(3, {
      error: (iss) => {
        const n = Array.isArray(iss.input) ? iss.input.length : 0;
        return `outline has ${n} point${n === 1 ? '' : 's'}; a closed outline needs at least 3. Fix: add points around the muscle, or delete this outline.`;
      },
    }),
  },
  'an outline',
  '{ "view": "posterior", "depth": "superficial", "points": [[x, y], …] }',
);
export type OutlineDef = z.infer<typeof outlineSchema>;

/** The outlines of one muscle: the views it is palpated on, one or more shapes each. */
const muscleOutlineList = z.array(outlineSchema, { error: required('a list of outlines', '[{ "view": …, "depth": …, "points": […] }]') }).min(1, {
  error: 'lists no outline. Fix: add at least one { "view", "depth", "points" } outline, or remove the muscle.',
});

/** A site data file: src/atlas/sites/<area>.json. */
export const siteFileSchema = strict(
  {
    /** For people editing the file: the area's frame of reference, reference points, conventions. */
    notes: z.array(z.string()).optional(),
    /** Trigger point landmarks of the area's muscles. */
    landmarks: z.array(landmarkSchema, { error: required('a list of landmarks', '"landmarks": [] (a list, possibly empty)') }),
    /** Muscle outlines by muscle slug (the file name in content/muscles/); each muscle in one file only. */
    outlines: z.record(
      z.string().regex(KEBAB, {
        error: (iss) =>
          `muscle slug ${shown(iss.input)} is not kebab-case. Fix: use the muscle's slug, the name of its file in content/muscles/ without ".mdx".`,
      }),
      muscleOutlineList,
      { error: typeError('an object of muscle slug: outlines', '"outlines": { "<muscle-slug>": [ … ] }') },
    ),
  },
  'a site file',
  '{ "landmarks": [ … ], "outlines": { … } }',
);
