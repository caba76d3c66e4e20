/**
 * Entry ids come from file names. This keeps them kebab-case and unique within a collection:
 * two files that would give the same URL fail the build and name both files.
 */
export class ContentError extends Error {
  constructor(
    public readonly file: string,
    public readonly field: string,
    problem: string,
    fix: string,
  ) {
    super(`${file}: ${field}: ${problem} Fix: ${fix}`);
    this.name = 'ContentError';
  }
}

function slugFromPath(path: string): string {
  const base = path.split('/').pop() ?? path;
  return base.replace(/\.(mdx?|ya?ml|json)$/i, '');
}

/** A generateId for glob(): checks the slug and remembers which file claimed it. */
export function makeSlugger(collection: string, dir: string) {
  const claimed = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const file = `${dir}/${entry}`;
    const raw = slugFromPath(entry);
    const slug = raw.toLowerCase().replace(/[\s_]+/g, '-');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      throw new ContentError(file, 'slug', `"${raw}" is not a valid ${collection} slug.`, 'name the file in kebab-case, e.g. "upper-trapezius.mdx".');
    }
    const other = claimed.get(slug);
    if (other && other !== file) {
      throw new ContentError(file, 'slug', `duplicate slug "${slug}": ${other} already uses it.`, 'rename or merge one of the two files.');
    }
    claimed.set(slug, file);
    return slug;
  };
}
