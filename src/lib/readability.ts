/**
 * Reading grade of plain-language prose: the Flesch–Kincaid grade level (Kincaid et al. 1975),
 * with syllables counted by the `syllable` package and the formula from `flesch-kincaid`.
 * Pure; used by `npm run bench` (which prints each page's grade) and the content tests.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The reading grade that plain-language sections must not exceed. */
export const MAX_PLAIN_GRADE = 8;

/** Markdown to running text: links keep their words, markup goes, list items end sentences. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*#{1,6}\s+.*$/gm, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+(.*)$/gm, (_, item: string) => (/[.!?:]$/.test(item.trim()) ? item : `${item}.`))
    .replace(/[*_`>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// A type alias, not an interface, so it fits flesch-kincaid's index-signature parameter.
export type TextCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

/** Sentences end at . ! ? (not inside numbers such as 2.5); words are runs of letters and digits. */
export function countText(text: string): TextCounts {
  const sentences = text.split(/(?<=[.!?])["')\]]*\s+(?=["'([]?[A-Z0-9])/).filter((s) => /[A-Za-z]/.test(s));
  const words = text.match(/[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g) ?? [];
  return {
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((n, w) => n + Math.max(1, syllable(w)), 0),
  };
}

/** Flesch–Kincaid grade of Markdown prose, one decimal. */
export function readingGrade(markdown: string): number {
  return Math.round(fleschKincaid(countText(plainText(markdown))) * 10) / 10;
}

/** The text of one `## heading` section of an MDX body (up to the next `## `), if it has one. */
export function bodySection(body: string, heading: string): string | undefined {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim().toLowerCase() === `## ${heading.toLowerCase()}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}
