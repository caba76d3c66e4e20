/** The finder index built from the real content, as /data/finder.json is (for tests and the bench). */
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/content-files';
import { finderData } from '../../src/lib/finder-data';
import { buildIndex, type FinderIndex } from '../../src/lib/finder-query';
import { buildGraph } from '../../src/lib/graph';

export function realIndex(): FinderIndex {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const content = loadContent(root);
  if (content.errors.length) throw new Error(content.errors.map((e) => e.message).join('\n'));
  type Args = Parameters<typeof finderData>;
  const muscles = content.muscles as unknown as Args[0];
  const conditions = content.conditions as unknown as Args[1];
  const graph = buildGraph(
    content.muscles as unknown as Parameters<typeof buildGraph>[0],
    content.conditions as unknown as Parameters<typeof buildGraph>[1],
  );
  return buildIndex(
    finderData(
      muscles,
      conditions,
      (id) => (graph.musclesOfCondition.get(id) ?? []).map((l) => l.muscle),
      content.otherSources as unknown as Args[3],
    ),
  );
}
