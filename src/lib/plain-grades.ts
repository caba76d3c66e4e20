/**
 * The reading grade of each entry's "In plain words" section, read from the content folder.
 * Node only; shared by `npm run bench` (which prints them) and the content tests (which hold
 * every condition, muscle and other-source page at MAX_PLAIN_GRADE or below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from './content-files';
import { bodySection, readingGrade } from './readability';

export interface PlainGrade {
  /** content/<collection>/<slug>.mdx */
  file: string;
  slug: string;
  grade: number;
}

/** Grades of every entry in content/<collection>/ that has an "In plain words" section. */
export function plainGrades(root: string, collection: 'conditions' | 'muscles' | 'other-sources'): PlainGrade[] {
  const dir = join(root, 'content', collection);
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .flatMap((f) => {
      const text = bodySection(splitFrontmatter(readFileSync(join(dir, f), 'utf8')).body, 'In plain words');
      return text ? [{ file: `content/${collection}/${f}`, slug: f.replace(/\.mdx?$/, ''), grade: readingGrade(text) }] : [];
    });
}
