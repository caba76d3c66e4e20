/** Zod issues as content errors: file, field path, problem and fix. */
import type { z } from 'astro/zod';
import { ContentError } from './slug';

/** A zod issue path as a field path: `landmarks[3].positions.anterior`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Formats zod issues the way Astro reports them: file, field path, message. Messages written
 * as "<problem>. Fix: <fix>" keep their fix; others get a generic one. `whole` names the field
 * when the issue is about the whole document. A bad record key is reported at the key.
 */
export function schemaErrors(file: string, schema: z.ZodType, data: unknown, whole = '(frontmatter)'): ContentError[] {
  const res = schema.safeParse(data);
  if (res.success) return [];
  return res.error.issues.map((i) => {
    // A bad record key ("Invalid key in record") carries the key schema's own message inside.
    const message = i.code === 'invalid_key' ? (i.issues[0]?.message ?? i.message) : i.message;
    const [problem, fix] = message.split(' Fix: ');
    return new ContentError(
      file,
      fieldPath(i.path) || whole,
      problem!.endsWith('.') ? problem! : `${problem}.`,
      fix ?? 'correct the value to match the schema in src/schemas/.',
    );
  });
}
