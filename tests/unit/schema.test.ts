import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files';
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
  });

  it.each([
    ['unknown-region', `${MUSCLE}: triggerPoints[0].referral.essential[0]: unknown region "angle-of-nek".`, 'Fix: use a region id from src/atlas/regions.ts', 'Did you mean "angle-of-neck"?'],
    ['unknown-landmark', `${MUSCLE}: triggerPoints[0].landmark: unknown landmark "levator-angle".`, 'Fix: use a landmark id from src/atlas/sites/', ''],
    ['unknown-condition', `${MUSCLE}: mimics[0]: names condition "wry-neck", which does not exist.`, 'Fix: create content/conditions/wry-neck.mdx', ''],
    ['unknown-muscle', `${CONDITION}: muscles[0].muscle: names muscle "levator-scapula", which does not exist.`, 'Fix: create content/muscles/levator-scapula.mdx', ''],
    ['no-referral', `${MUSCLE}: triggerPoints[0].referral: is missing.`, 'Fix: add `referral:', ''],
    ['empty-essential', `${MUSCLE}: triggerPoints[0].referral.essential: trigger point "angle" has no essential referral zone.`, 'Fix: list at least one region id', ''],
    ['missing-source', `${MUSCLE}: sources: must list at least one source.`, 'Fix: add one.', ''],
    ['unknown-source', `${CONDITION}: sources[0]: cites unknown source "travell-simons-v9".`, 'Fix: add the work to content/sources.yaml', ''],
    ['duplicate-slug', `slug: duplicate slug "levator-scapulae"`, 'Fix: rename or merge one of the two files.', 'Levator_Scapulae.mdx'],
  ])('%s', (name, problem, fix, extra) => {
    const found = messages(`bad/${name}`).find((m) => m.includes(problem));
    expect(found, `no message containing ${problem}\n${messages(`bad/${name}`).join('\n')}`).toBeDefined();
    expect(found).toContain(fix);
    if (extra) expect(found).toContain(extra);
  });
});

describe('suggestions', () => {
  it('suggests the closest id for a typo and nothing for a wild guess', () => {
    expect(closest('tempel', ['temple', 'temporal', 'occiput'])).toBe('temple');
    expect(closest('kneecap-of-the-elbow', ['temple', 'occiput'])).toBeUndefined();
  });
});
