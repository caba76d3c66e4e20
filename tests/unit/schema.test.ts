import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertSites, indexSites, readSites, SITE_SOURCES } from '../../src/atlas/site-data';
import { VIEW_IDS } from '../../src/atlas/types';
import { loadContent, loadSites } from '../../src/lib/content-files';
import { OUTLINE_TOLERANCE, validateContent, type MuscleLike } from '../../src/lib/validate';
import { closest } from '../../src/schemas/common';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const messages = (name: string) => loadContent(fixture(name)).errors.map((e) => e.message);

const MUSCLE = 'content/muscles/levator-scapulae.mdx';
const CONDITION = 'content/conditions/stiff-neck.mdx';

describe('content schema: each bad entry fails with file, field and fix', () => {
  it('accepts the valid fixture', () => {
    const r = loadContent(fixture('valid'));
    expect(r.errors.map((e) => e.message)).toEqual([]);
    expect(r.muscles).toHaveLength(1);
    expect(r.conditions).toHaveLength(1);
    expect(r.otherSources).toHaveLength(1);
  });

  it.each([
    [
      'unknown-region',
      `${MUSCLE}: triggerPoints[0].referral.essential[0]: unknown region "angle-of-nek".`,
      'Fix: use a region id from src/atlas/regions.ts',
      'Did you mean "angle-of-neck"?',
    ],
    [
      'unknown-landmark',
      `${MUSCLE}: triggerPoints[0].landmark: unknown landmark "levator-angle".`,
      'Fix: use a landmark id from src/atlas/sites/',
      '',
    ],
    [
      'unknown-condition',
      `${MUSCLE}: mimics[0]: names condition "wry-neck", which does not exist.`,
      'Fix: create content/conditions/wry-neck.mdx',
      '',
    ],
    [
      'unknown-muscle',
      `${CONDITION}: muscles[0].muscle: names muscle "levator-scapula", which does not exist.`,
      'Fix: create content/muscles/levator-scapula.mdx',
      '',
    ],
    ['no-referral', `${MUSCLE}: triggerPoints[0].referral: is missing.`, 'Fix: add `referral:', ''],
    [
      'empty-essential',
      `${MUSCLE}: triggerPoints[0].referral.essential: trigger point "angle" has no essential referral zone.`,
      'Fix: list at least one region id',
      '',
    ],
    ['missing-source', `${MUSCLE}: sources: must list at least one source.`, 'Fix: add one.', ''],
    ['unknown-source', `${CONDITION}: sources[0]: cites unknown source "travell-simons-v9".`, 'Fix: add the work to content/sources.yaml', ''],
    [
      'red-flag-urgency',
      `${CONDITION}: redFlags[0]: is a bare sentence, but each red flag needs its urgency.`,
      'Fix: write it as `- sign: <the sign>`',
      '',
    ],
    [
      'red-flag-urgency',
      `${CONDITION}: redFlags[1].urgency: is missing.`,
      'Fix: add `urgency: emergency` (call emergency services now)',
      '`urgency: soon`',
    ],
    ['red-flag-urgency', `${CONDITION}: redFlags[2].urgency: unknown urgency "urgent".`, 'Fix: add `urgency: emergency`', '`urgency: today`'],
    [
      'treatment',
      `${MUSCLE}: treatment.techniques[0]: names guide "static-presure", which does not exist.`,
      'Fix: use one of the technique guides: static-pressure (content/guides/)',
      'Did you mean "static-pressure"?',
    ],
    [
      'treatment',
      `${MUSCLE}: treatment.techniques[1]: names guide "neuromuscular-therapy", which is a therapy guide, not a technique.`,
      'Fix: use one of the technique guides: static-pressure',
      '',
    ],
    ['treatment-short', `${MUSCLE}: treatment.position: is too short.`, 'Fix: say how the patient lies or sits', ''],
    [
      'treatment-missing',
      `${MUSCLE}: treatment: is missing.`,
      'Fix: add `treatment: { techniques: [static-pressure, …], position: "…" }`',
      'content/guides/',
    ],
    ['duplicate-slug', `slug: duplicate slug "levator-scapulae"`, 'Fix: rename or merge one of the two files.', 'Levator_Scapulae.mdx'],
    [
      'reviewed-date',
      `${MUSCLE}: reviewed: "2026-02-30" is not a date.`,
      'Fix: write the date the entry was last reviewed as `reviewed: YYYY-MM-DD`',
      '',
    ],
    [
      'reviewed-date',
      `${CONDITION}: reviewed: "last week" is not a date.`,
      'Fix: write the date the entry was last reviewed as `reviewed: YYYY-MM-DD`',
      '',
    ],
    [
      'reviewed-date',
      'content/guides/neuromuscular-therapy.mdx: reviewed: 2999-01-01 is in the future.',
      'Fix: give the date the entry was last reviewed, today or earlier.',
      '',
    ],
    [
      'reviewed-date',
      'content/guides/static-pressure.mdx: reviewed: is missing.',
      'Fix: write the date the entry was last reviewed as `reviewed: YYYY-MM-DD`',
      '',
    ],
  ])('%s', (name, problem, fix, extra) => {
    const found = messages(`bad/${name}`).find((m) => m.includes(problem));
    expect(found, `no message containing ${problem}\n${messages(`bad/${name}`).join('\n')}`).toBeDefined();
    expect(found).toContain(fix);
    if (extra) expect(found).toContain(extra);
  });
});

const OTHER = 'content/other-sources';

describe('other sources of pain: each bad entry fails with file, field and fix', () => {
  it.each([
    [
      `${OTHER}/heart.mdx: refers.essential[0]: unknown region "sternum-uper".`,
      'Fix: use a region id from src/atlas/regions.ts',
      'Did you mean "sternum-upper"?',
    ],
    [
      `${OTHER}/heart.mdx: refers.occasional[0].side: unknown side "same".`,
      'Fix: write a bare region id for both sides',
      '`{ region: <id>, side: left }`',
    ],
    [`${OTHER}/aorta.mdx: redFlags: must list at least one red flag for an organ.`, 'Fix: add `- sign: <the sign>`', ''],
    [`${OTHER}/c6-nerve-root.mdx: level: is missing for a nerve root.`, 'Fix: add `level: C6`', ''],
    [`${OTHER}/c7-nerve-root.mdx: tellsApart: must list at least two features`, 'Fix: add them', ''],
    [
      `${OTHER}/c7-nerve-root.mdx: action: unknown action "see-a-doctor".`,
      'Fix: use one of self-care, physio-or-doctor, doctor-today, emergency.',
      '',
    ],
    [`${OTHER}/hip-joint.mdx: level: is only for nerve roots, and this entry is a joint.`, 'Fix: remove `level`.', ''],
    [`${OTHER}/shoulder-joint.mdx: kind: unknown kind "joints".`, 'Fix: use one of nerve-root, peripheral-nerve, joint, organ.', ''],
    [
      `${OTHER}/stomach.mdx: muscles[0]: names muscle "levator-scapula", which does not exist.`,
      'Fix: use a muscle slug',
      'Did you mean "levator-scapulae"?',
    ],
    [`${OTHER}/stomach.mdx: sources[0]: cites unknown source "gulati-2021".`, 'Fix: add the work to content/sources.yaml', ''],
  ])('%s', (problem, fix, extra) => {
    const all = messages('bad/other-sources');
    const found = all.find((m) => m.includes(problem));
    expect(found, `no message containing ${problem}\n${all.join('\n')}`).toBeDefined();
    expect(found).toContain(fix);
    if (extra) expect(found).toContain(extra);
  });

  it('reports nothing else: each bad file fails for its own reasons only', () => {
    expect(messages('bad/other-sources')).toHaveLength(10);
  });
});

const HEAD_NECK = 'src/atlas/sites/head-neck.json';
const VIEWS_FIX = `Fix: use one of ${VIEW_IDS.join(', ')} (VIEW_IDS in src/atlas/types.ts).`;

describe('atlas site data: each bad data file fails with file, field and fix', () => {
  it("accepts the site's own data files", () => {
    expect(readSites(SITE_SOURCES).errors.map((e) => e.message)).toEqual([]);
    expect(loadSites(fileURLToPath(new URL('../..', import.meta.url)))!.errors.map((e) => e.message)).toEqual([]);
  });

  it.each([
    ['site-unknown-view', `${HEAD_NECK}: outlines.levator-scapulae[0].view: unknown view "lateral".`, VIEWS_FIX, ''],
    ['site-unknown-view', `${HEAD_NECK}: landmarks[0].positions.poster: unknown view "poster".`, VIEWS_FIX, 'Did you mean "posterior"?'],
    [
      'site-bad-point',
      `${HEAD_NECK}: landmarks[0].positions.posterior: [27] is not a point: a point is two finite numbers.`,
      'Fix: write it as [x, y]',
      '',
    ],
    ['site-bad-point', `${HEAD_NECK}: landmarks[0].positions.head-lateral: ["-24",124] is not a point`, 'Fix: write it as [x, y]', ''],
    ['site-bad-point', `${HEAD_NECK}: outlines.levator-scapulae[0].points[3]: [32,124,1] is not a point`, 'Fix: write it as [x, y]', ''],
    ['site-bad-point', `${HEAD_NECK}: outlines.levator-scapulae[0].points[8]: [14,null] is not a point`, 'Fix: write it as [x, y]', ''],
    [
      'site-short-outline',
      `${HEAD_NECK}: outlines.levator-scapulae[0].points: outline has 2 points; a closed outline needs at least 3.`,
      'Fix: add points around the muscle, or delete this outline.',
      '',
    ],
    [
      'site-bad-depth',
      `${HEAD_NECK}: outlines.levator-scapulae[0].depth: unknown depth "shallow".`,
      'Fix: use "superficial" (drawn solid) or "deep" (drawn dashed',
      '',
    ],
    [
      'site-duplicates',
      `src/atlas/sites/shoulder-upper-back.json: landmarks[0].id: landmark id "levator-scapulae-angle" is already used by ${HEAD_NECK} landmarks[0].`,
      'Fix: give one of the two landmarks another id',
      '',
    ],
    [
      'site-duplicates',
      `src/atlas/sites/shoulder-upper-back.json: outlines.levator-scapulae: muscle "levator-scapulae" is already outlined in ${HEAD_NECK}.`,
      `Fix: keep all of a muscle's outlines in one file: move these into the "levator-scapulae" list of ${HEAD_NECK}`,
      '',
    ],
    [
      'site-fields',
      `${HEAD_NECK}: landmarks[0]: unknown field "lable".`,
      'Fix: remove it or correct its spelling; a landmark has id, label, positions.',
      '',
    ],
    ['site-fields', `${HEAD_NECK}: landmarks[0].label: is missing.`, 'Fix: add "label":', ''],
    ['site-fields', `${HEAD_NECK}: landmarks[0].positions: gives no view.`, 'Fix: add at least one view and its point', ''],
    [
      'site-fields',
      `${HEAD_NECK}: outlines.levator-scapulae: lists no outline.`,
      'Fix: add at least one { "view", "depth", "points" } outline, or remove the muscle.',
      '',
    ],
    ['site-bad-json', `${HEAD_NECK}: (file): is not valid JSON: Unexpected token`, 'Fix: correct the syntax', ''],
    [
      'landmark-outside-outline',
      `${HEAD_NECK}: landmarks[0].positions.posterior: landmark "levator-scapulae-angle" at [72, 121] is a trigger point of muscle "levator-scapulae" (${MUSCLE} triggerPoints[0]) but lies 38.5 units outside its posterior outline (within 3 counts as inside).`,
      `Fix: move the point inside the outline, or redraw the outline (outlines.levator-scapulae, view "posterior", in ${HEAD_NECK}) to take it in.`,
      '',
    ],
    [
      'missing-outline',
      `${MUSCLE}: slug: muscle "levator-scapulae" has no outline in the atlas.`,
      'Fix: add an outline for "levator-scapulae" under "outlines" in src/atlas/sites/<area>.json.',
      '',
    ],
  ])('%s', (name, problem, fix, extra) => {
    const all = messages(`bad/${name}`);
    const found = all.find((m) => m.includes(problem));
    expect(found, `no message containing ${problem}\n${all.join('\n')}`).toBeDefined();
    expect(found).toContain(fix);
    if (extra) expect(found).toContain(extra);
  });

  it('reports only the landmark that is outside, once per view', () => {
    expect(messages('bad/landmark-outside-outline')).toHaveLength(1);
  });

  it('fails the atlas load with one error that lists every problem', () => {
    const result = loadSites(fixture('bad/site-bad-point'))!;
    expect(result.errors).toHaveLength(4);
    let thrown: Error | undefined;
    try {
      assertSites(result);
    } catch (e) {
      thrown = e as Error;
    }
    expect(thrown?.message.split('\n')[0]).toBe('Atlas site data has 4 problem(s):');
    for (const e of result.errors) expect(thrown?.message).toContain(`  - ${e.message}`);
  });

  it(`counts a landmark within ${OUTLINE_TOLERANCE} units of its muscle's outline as inside`, () => {
    // A circle of radius 20 around (100, 100) on the posterior view.
    const circle = Array.from({ length: 24 }, (_, k) => [100 + 20 * Math.cos((k * Math.PI) / 12), 100 + 20 * Math.sin((k * Math.PI) / 12)]);
    const at = (r: number) => [100 + r, 100];
    const data = {
      landmarks: [
        { id: 'm-inside', label: 'Inside', positions: { posterior: at(10) } },
        { id: 'm-near', label: 'Just outside', positions: { posterior: at(22), anterior: at(60) } },
        { id: 'm-out', label: 'Outside', positions: { posterior: at(24) } },
      ],
      outlines: { m: [{ view: 'posterior', depth: 'superficial', points: circle }] },
    };
    const read = readSites([{ file: 'src/atlas/sites/test.json', data }]);
    expect(read.errors).toEqual([]);
    const muscle: MuscleLike = {
      name: 'M',
      mimics: [],
      sources: [{ source: 's' }],
      triggerPoints: ['m-inside', 'm-near', 'm-out'].map((landmark) => ({ id: landmark, landmark, source: { source: 's' } })),
    };
    const errors = validateContent({
      muscles: [{ id: 'm', file: 'content/muscles/m.mdx', data: muscle }],
      conditions: [],
      sources: ['s'],
      sites: indexSites(read.sites),
    });
    // m-near is also placed on the anterior view, where the muscle has no outline: not checked there.
    expect(errors.map((e) => `${e.file}: ${e.field}`)).toEqual(['src/atlas/sites/test.json: landmarks[2].positions.posterior']);
  });
});

describe('suggestions', () => {
  it('suggests the closest id for a typo and nothing for a wild guess', () => {
    expect(closest('tempel', ['temple', 'temporal', 'occiput'])).toBe('temple');
    expect(closest('kneecap-of-the-elbow', ['temple', 'occiput'])).toBeUndefined();
  });
});
