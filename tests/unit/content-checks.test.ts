/**
 * The cross-entry checks added after the clinical review (issue 10): citations, condition lists
 * and prose. Each bad fixture is the valid fixture with one mistake of the kind the review found.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files';
import { parseChapter, parsePages } from '../../src/lib/citations';
import { findMentions, noEntryClaims } from '../../src/lib/prose';
import { validateContent, type ConditionLike, type EntryLike, type MuscleLike } from '../../src/lib/validate';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const valid = loadContent(fixture('valid'));
const clone = <T>(x: T): T => structuredClone(x);

const MUSCLE = 'content/muscles/levator-scapulae.mdx';
const CONDITION = 'content/conditions/stiff-neck.mdx';

/** The valid fixture, changed by `edit`, checked the way the build checks it. */
function check(
  edit: (m: EntryLike<MuscleLike & Record<string, unknown>>, c: EntryLike<ConditionLike & Record<string, unknown>>) => void,
  extra: { muscles?: EntryLike<MuscleLike>[] } = {},
): string[] {
  const m = clone(valid.muscles[0]!) as EntryLike<MuscleLike & Record<string, unknown>>;
  const c = clone(valid.conditions[0]!) as EntryLike<ConditionLike & Record<string, unknown>>;
  edit(m, c);
  return validateContent({
    muscles: [m, ...(extra.muscles ?? [])],
    conditions: [c],
    guides: valid.guides,
    sources: ['travell-simons-v1-2e', 'travell-simons-v2'],
  }).map((e) => e.message);
}

const only = (messages: string[], text: string) => {
  const found = messages.filter((m) => m.includes(text));
  expect(found, `no message containing ${text}\n${messages.join('\n')}`).toHaveLength(1);
  return found[0]!;
};

describe('the valid fixture', () => {
  it('passes every check, bodies included', () => {
    expect(valid.errors.map((e) => e.message)).toEqual([]);
    expect(valid.muscles[0]!.body).toContain('Fixture body.');
  });
});

describe('citations: chapters of one work are consistent', () => {
  it('parses chapters and page ranges', () => {
    expect(parseChapter('47, Serratus posterior superior muscle')).toEqual({ number: '47', title: 'Serratus posterior superior muscle' });
    expect(parseChapter('11.2.1, Cervicogenic headache')).toEqual({ number: '11.2.1', title: 'Cervicogenic headache' });
    expect(parseChapter('Hamstring muscles')).toEqual({ title: 'Hamstring muscles' });
    expect(parsePages('862-886')).toEqual([862, 886]);
    expect(parsePages('251')).toEqual([251, 251]);
    expect(parsePages('886-862')).toBeUndefined();
  });

  it('fails when one chapter number carries two titles (the 1st-edition number beside the 2nd)', () => {
    const messages = check((m) => {
      m.data.sources = [{ source: 'travell-simons-v1-2e', chapter: '45, Intercostal muscles and diaphragm', pages: '862-886' }];
      m.data.triggerPoints[0]!.source = {
        source: 'travell-simons-v1-2e',
        chapter: '45, Serratus posterior superior muscle',
        pages: '865-867',
      } as never;
    });
    const msg = only(messages, 'one chapter number has one title');
    expect(msg).toContain(
      `${MUSCLE}: sources[0].chapter: gives chapter 45 of travell-simons-v1-2e the title "Intercostal muscles and diaphragm", but ${MUSCLE} triggerPoints[0].source gives it "Serratus posterior superior muscle"`,
    );
    expect(msg).toContain('Fix: check the chapter against the contents page of this edition');
  });

  it('treats titles that differ only in case and spacing as one', () => {
    const messages = check((m, c) => {
      m.data.sources = [{ source: 'travell-simons-v2', chapter: '15, Adductor muscles of the hip', pages: '289-314' }];
      c.data.sources = [{ source: 'travell-simons-v2', chapter: '15,  adductor muscles of the hip' }];
    });
    expect(messages.filter((x) => x.includes('title'))).toEqual([]);
  });

  it('fails when the page ranges of two chapters overlap or run out of chapter order', () => {
    const messages = check((m, c) => {
      m.data.sources = [{ source: 'travell-simons-v1-2e', chapter: '45, Intercostal muscles and diaphragm', pages: '862-886' }];
      c.data.sources = [{ source: 'travell-simons-v1-2e', chapter: '46, Serratus anterior muscle', pages: '873-886' }];
    });
    const msg = only(messages, 'run in page order');
    expect(msg).toContain(
      `${CONDITION}: sources[0].pages: puts chapter 46 of travell-simons-v1-2e at pages 873–886, which starts before chapter 45 ends (p. 886, cited in ${MUSCLE} sources[0])`,
    );
    expect(msg).toContain('Fix: check the pages and the chapter number of both citations');

    const reversed = check((m, c) => {
      m.data.sources = [{ source: 'travell-simons-v1-2e', chapter: '48, Serratus posterior inferior muscle', pages: '907-912' }];
      c.data.sources = [{ source: 'travell-simons-v1-2e', chapter: '47, Serratus posterior superior muscle', pages: '913-920' }];
    });
    only(reversed, 'puts chapter 48 of travell-simons-v1-2e at pages 907–912, which starts before chapter 47 ends (p. 920');
  });

  it('lets a chapter begin on the page where the one before it ends', () => {
    const messages = check((m, c) => {
      m.data.sources = [{ source: 'travell-simons-v1-2e', chapter: '9, Temporalis muscle', pages: '349-364' }];
      c.data.sources = [{ source: 'travell-simons-v1-2e', chapter: '10, Medial pterygoid muscle', pages: '364-378' }];
    });
    expect(messages).toEqual([]);
  });

  it('fails when a trigger point cites pages outside its chapter', () => {
    const messages = check((m) => {
      m.data.sources = [{ source: 'travell-simons-v1-2e', chapter: '39, Adductor and opponens pollicis', pages: '774-785' }];
      m.data.triggerPoints[0]!.source = { source: 'travell-simons-v1-2e', chapter: '39, Adductor and opponens pollicis', pages: '786-789' } as never;
    });
    const msg = only(messages, 'outside the chapter');
    expect(msg).toContain(
      `${MUSCLE}: triggerPoints[0].source.pages: trigger point "angle" cites pages 786-789 of chapter 39, outside the chapter's pages 774-785 given in sources[0].`,
    );
    expect(msg).toContain("Fix: use the pages of the chapter's pain-pattern figure");
  });

  it('fails when a chapter of a work cited by number elsewhere is cited by title alone', () => {
    const messages = check((m, c) => {
      m.data.sources = [{ source: 'travell-simons-v2', chapter: '16, Hamstring muscles', pages: '315-337' }];
      c.data.sources = [{ source: 'travell-simons-v2', chapter: 'Popliteus muscle' }];
    });
    const msg = only(messages, 'without its number');
    expect(msg).toContain(`${CONDITION}: sources[0]: cites chapter "Popliteus muscle" of travell-simons-v2 without its number`);
    expect(msg).toContain('Fix: write it as "<number>, Popliteus muscle"');
  });
});

describe('condition lists: a muscle that says it mimics a condition is on its page', () => {
  it('fails, naming the condition file, when the condition does not list the muscle', () => {
    const messages = check(
      (_m, c) => {
        c.data.muscles = [{ muscle: 'splenius-cervicis' }];
      },
      {
        muscles: [
          {
            id: 'splenius-cervicis',
            file: 'content/muscles/splenius-cervicis.mdx',
            data: { name: 'Splenius cervicis', mimics: [], sources: [], triggerPoints: [] },
          },
        ],
      },
    );
    const msg = only(messages, 'does not list');
    expect(msg).toBe(
      `${MUSCLE}: mimics[0]: says Levator scapulae mimics "stiff-neck", but ${CONDITION} does not list "levator-scapulae" under muscles. Fix: add \`- muscle: levator-scapulae\` with a note on what it refers there to the muscles of ${CONDITION}, or remove "stiff-neck" from mimics.`,
    );
  });
});

describe('prose: muscles with an entry are linked, and never said to have none', () => {
  const muscles = [
    { id: 'extensor-digitorum', name: 'Extensor digitorum' },
    { id: 'extensor-digitorum-longus', name: 'Extensor digitorum longus' },
    { id: 'deltoid', name: 'Deltoid' },
    { id: 'fibularis-longus-and-brevis', name: 'Fibularis (peroneus) longus and brevis' },
    { id: 'pelvic-floor', name: 'Pelvic floor: levator ani, coccygeus and obturator internus' },
  ];

  it('finds names as whole words, the longest where names overlap', () => {
    const found = findMentions(
      'Pain from extensor digitorum longus, then the Extensor Digitorum; the fibularis longus and brevis and the pelvic floor.',
      muscles,
    );
    expect(found.map((f) => [f.muscle, f.text])).toEqual([
      ['extensor-digitorum-longus', 'extensor digitorum longus'],
      ['extensor-digitorum', 'Extensor Digitorum'],
      ['fibularis-longus-and-brevis', 'fibularis longus and brevis'],
      ['pelvic-floor', 'pelvic floor'],
    ]);
  });

  it('does not count a place ("the anterior deltoid region"), a heading, a hyphenated word or a link target', () => {
    const body = '## Deltoid\n\nPain over the anterior deltoid region and the mid-deltoid area. See [the guide](/muscles/deltoid/).';
    expect(findMentions(body, muscles)).toEqual([]);
    expect(findMentions('Trigger points in the anterior deltoid refer locally.', muscles).map((f) => f.muscle)).toEqual(['deltoid']);
  });

  it('finds "no entry" sentences only when they name a muscle that has an entry', () => {
    expect(noEntryClaims('The deltoid has no entry in this atlas yet. The sphincter ani has no entry either.', muscles)).toEqual([
      { sentence: 'The deltoid has no entry in this atlas yet.', muscles: ['deltoid'] },
    ]);
  });

  it('fails a body that names a muscle with an entry without linking it, and a "no entry" sentence, naming file, field and fix', () => {
    const messages = loadContent(fixture('bad/unlinked-muscle')).errors.map((e) => e.message);
    expect(messages).toHaveLength(3);
    expect(only(messages, 'is an entry for')).toBe(
      `${CONDITION}: body: says "Splenius cervicis, which has no entry in this atlas yet, also refers here.", but content/muscles/splenius-cervicis.mdx is an entry for Splenius cervicis. Fix: rewrite the sentence without "no entry", and link the muscle: [splenius cervicis](/muscles/splenius-cervicis/).`,
    );
    expect(only(messages, `${CONDITION}: body: names the muscle`)).toContain(
      'names the muscle "Splenius cervicis", which has an entry (content/muscles/splenius-cervicis.mdx), without linking it. Fix: add it to muscles with a note, or link its first mention: [Splenius cervicis](/muscles/splenius-cervicis/).',
    );
    // The muscle body names levator scapulae twice (once as a region): one error, with the link to write.
    expect(only(messages, 'content/muscles/splenius-cervicis.mdx: body: names the muscle "levator scapulae"')).toContain(
      'Fix: link its first mention: [levator scapulae](/muscles/levator-scapulae/).',
    );
  });

  it("reads a name two muscles share as the page's own muscle on either one's page", () => {
    // "Abductor digiti minimi (hand)" and "(foot)" are both "abductor digiti minimi" in prose.
    const foot = clone(valid.muscles[0]!) as EntryLike<MuscleLike & Record<string, unknown>>;
    foot.id = 'abductor-digiti-minimi-of-the-foot';
    foot.file = 'content/muscles/abductor-digiti-minimi-of-the-foot.mdx';
    foot.data = { ...foot.data, name: 'Abductor digiti minimi (foot)', mimics: [] };
    foot.body = 'Fixture body.';
    const messages = check(
      (m) => {
        m.id = 'abductor-digiti-minimi-of-the-hand';
        m.file = 'content/muscles/abductor-digiti-minimi-of-the-hand.mdx';
        m.data.name = 'Abductor digiti minimi (hand)';
        m.body = 'The abductor digiti minimi forms the edge of the palm.';
      },
      { muscles: [foot] },
    );
    expect(messages.filter((x) => x.includes('names the muscle'))).toEqual([]);
    // On a third page the shared name is still a muscle with an entry, and must be linked.
    const other = check(
      (m) => {
        m.body = 'The abductor digiti minimi forms the edge of the palm.';
      },
      { muscles: [foot] },
    );
    expect(other.filter((x) => x.includes('names the muscle "abductor digiti minimi"'))).toHaveLength(1);
  });

  it('accepts a name that is linked, or on the condition list', () => {
    const messages = check((m, c) => {
      c.body = 'The levator scapulae is the usual source.';
      m.body = 'Fixture body.';
    });
    expect(messages).toEqual([]);
  });
});
