/** Validates content/ with the build's schemas and prints every problem: `npx tsx scripts/check-content.ts`. */
import { loadContent } from '../src/lib/content-files';

const { errors, muscles, conditions, guides, otherSources } = loadContent(process.cwd());
for (const e of errors) console.error(`✗ ${e.message}`);
console.log(
  `${muscles.length} muscles, ${conditions.length} conditions, ${guides.length} guides and ${otherSources.length} other sources valid; ${errors.length} problem(s).`,
);
process.exit(errors.length ? 1 : 0);
