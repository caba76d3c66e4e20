/** A work in the bibliography (content/sources.yaml). Entries cite works by id. */
import { z } from 'astro/zod';

export const sourceSchema = z.object({
  /** Authors as printed, "Surname AB" style, in order. */
  authors: z.array(z.string()).min(1),
  /** Title of the book or article. */
  title: z.string().min(3),
  /** Edition, for books ("2nd"). */
  edition: z.string().optional(),
  /** Book publisher, or journal name for an article. */
  publisher: z.string().optional(),
  journal: z.string().optional(),
  year: z.number().int().min(1900).max(2100),
  /** Volume (book volume or journal volume). */
  volume: z.string().optional(),
  isbn: z.string().optional(),
  doi: z.string().optional(),
  pmid: z.string().regex(/^\d+$/).optional(),
});

/**
 * A citation: a work and where in it. `source` is a reference to content/sources.yaml; the
 * schema receives the reference type so unit tests can run without Astro.
 */
export function citationSchema<R extends z.ZodType>(sourceRef: R) {
  return z.object({
    /** Id of the work in content/sources.yaml. */
    source: sourceRef,
    /** Chapter, section or figure. */
    chapter: z.string().optional(),
    /** Page range ("278-307"). */
    pages: z.string().optional(),
    /** What the work supports, when not obvious. */
    note: z.string().optional(),
  });
}
