/**
 * Checks that keep book citations consistent across the whole content: a chapter number of one
 * work carries one title, the chapters of a work run in page order without overlapping, and a
 * trigger point's pages lie inside the chapter its entry cites. A chapter is written
 * `"<number>, <title>"` ("47, Serratus posterior superior muscle"); its page extent is taken from
 * every citation of it (no table of contents is typed twice). Pure.
 */
import { ContentError } from '../schemas/slug';

/** The parts of a citation these checks read. */
export interface CitedPlace {
  source: string;
  chapter?: string;
  pages?: string;
}

/** A citation and where it was written. */
export interface CitationAt extends CitedPlace {
  file: string;
  field: string;
}

export interface Chapter {
  /** "47" or "11.2.1"; undefined when the chapter is written without a number. */
  number?: string;
  title: string;
}

/** Splits `"47, Serratus posterior superior muscle"` into number and title. */
export function parseChapter(chapter: string): Chapter {
  const m = /^\s*([A-Z]?\d+(?:\.\d+)*)\s*(?:,\s*(.*))?$/s.exec(chapter);
  if (!m) return { title: chapter.trim() };
  return { number: m[1]!, title: (m[2] ?? '').trim() };
}

/** First and last page of `"278-307"`, `"251"` or `"862–886"`; undefined when not a plain range. */
export function parsePages(pages: string): [number, number] | undefined {
  const m = /^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/.exec(pages);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  return b >= a ? [a, b] : undefined;
}

const titleKey = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();

/** Compares chapter numbers part by part ("9" < "10" < "11.2.1"). */
function compareNumbers(a: string, b: string): number {
  const pa = a
    .replace(/^[A-Z]/, '')
    .split('.')
    .map(Number);
  const pb = b
    .replace(/^[A-Z]/, '')
    .split('.')
    .map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return a.localeCompare(b);
}

interface Extent {
  number: string;
  first: number;
  last: number;
  /** The citations that set the first and the last page, for the message. */
  firstAt: CitationAt;
  lastAt: CitationAt;
}

const where = (c: CitationAt) => `${c.file} ${c.field}`;

/** Chapter titles, numbering and page order, across every citation of the content. */
export function checkChapters(citations: readonly CitationAt[]): ContentError[] {
  const errors: ContentError[] = [];
  const bySource = new Map<string, CitationAt[]>();
  for (const c of citations) {
    if (!c.chapter) continue;
    const list = bySource.get(c.source) ?? [];
    list.push(c);
    bySource.set(c.source, list);
  }
  for (const [source, list] of bySource) {
    const numbered = list.filter((c) => parseChapter(c.chapter!).number !== undefined);
    // A work cited by chapter number somewhere is cited by number everywhere, so the checks below see every citation.
    if (numbered.length) {
      for (const c of list) {
        if (parseChapter(c.chapter!).number === undefined) {
          const example = numbered[0]!;
          errors.push(
            new ContentError(
              c.file,
              c.field,
              `cites chapter "${c.chapter}" of ${source} without its number, while other citations of that work give one (e.g. "${example.chapter}" in ${example.file}).`,
              `write it as "<number>, ${c.chapter}" with the chapter's number in that edition.`,
            ),
          );
        }
      }
    }
    const titles = new Map<string, CitationAt>();
    const extents = new Map<string, Extent>();
    for (const c of numbered) {
      const { number, title } = parseChapter(c.chapter!);
      const n = number!;
      if (title) {
        const first = titles.get(n);
        if (!first) titles.set(n, c);
        else if (titleKey(parseChapter(first.chapter!).title) !== titleKey(title)) {
          errors.push(
            new ContentError(
              c.file,
              `${c.field}.chapter`,
              `gives chapter ${n} of ${source} the title "${title}", but ${where(first)} gives it "${parseChapter(first.chapter!).title}"; one chapter number has one title.`,
              `check the chapter against the contents page of this edition: use one title for chapter ${n}, or the right number if this is another chapter (a number from another edition is a common cause).`,
            ),
          );
        }
      }
      const range = c.pages ? parsePages(c.pages) : undefined;
      if (!range) continue;
      const e = extents.get(n);
      if (!e) extents.set(n, { number: n, first: range[0], last: range[1], firstAt: c, lastAt: c });
      else {
        if (range[0] < e.first) Object.assign(e, { first: range[0], firstAt: c });
        if (range[1] > e.last) Object.assign(e, { last: range[1], lastAt: c });
      }
    }
    const ordered = [...extents.values()].sort((a, b) => compareNumbers(a.number, b.number));
    for (let i = 1; i < ordered.length; i++) {
      const prev = ordered[i - 1]!;
      const cur = ordered[i]!;
      // A chapter may begin on the page where the one before it ends, no earlier.
      if (cur.first < prev.last) {
        errors.push(
          new ContentError(
            cur.firstAt.file,
            `${cur.firstAt.field}.pages`,
            `puts chapter ${cur.number} of ${source} at pages ${cur.first}–${cur.last}, which starts before chapter ${prev.number} ends (p. ${prev.last}, cited in ${where(prev.lastAt)}); the chapters of one work run in page order without overlapping.`,
            `check the pages and the chapter number of both citations against the contents page of this edition.`,
          ),
        );
      }
    }
  }
  return errors;
}

/**
 * A trigger point's pages lie inside the chapter's pages as the same entry cites the chapter in
 * its `sources` (same work, same chapter number).
 */
export function checkTriggerPointPages(
  file: string,
  triggerPoints: readonly { id: string; source: CitedPlace }[],
  sources: readonly CitedPlace[],
): ContentError[] {
  const errors: ContentError[] = [];
  triggerPoints.forEach((tp, i) => {
    const c = tp.source;
    const number = c.chapter ? parseChapter(c.chapter).number : undefined;
    const range = c.pages ? parsePages(c.pages) : undefined;
    if (!number || !range) return;
    const j = sources.findIndex(
      (s) => s.source === c.source && s.chapter && parseChapter(s.chapter).number === number && s.pages && parsePages(s.pages),
    );
    if (j < 0) return;
    const chapter = parsePages(sources[j]!.pages!)!;
    if (range[0] < chapter[0] || range[1] > chapter[1]) {
      errors.push(
        new ContentError(
          file,
          `triggerPoints[${i}].source.pages`,
          `trigger point "${tp.id}" cites pages ${c.pages} of chapter ${number}, outside the chapter's pages ${sources[j]!.pages} given in sources[${j}].`,
          `use the pages of the chapter's pain-pattern figure and text, which lie inside the chapter, or correct the chapter's range in sources[${j}].`,
        ),
      );
    }
  });
  return errors;
}
