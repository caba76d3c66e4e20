/** JSON Schemas of the open data files, generated from the zod shapes they are built to. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { openAtlas, openMuscles, openOtherSources } from '../../schemas/open-data';

const SCHEMAS = { muscles: openMuscles, atlas: openAtlas, 'other-sources': openOtherSources } as const;

export const getStaticPaths: GetStaticPaths = () => Object.keys(SCHEMAS).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) => {
  const schema = SCHEMAS[params.name as keyof typeof SCHEMAS];
  const json = { $id: `https://trigger-point-atlas.org/data/${params.name}.schema.json`, ...z.toJSONSchema(schema) };
  return new Response(JSON.stringify(json, null, 2), { headers: { 'Content-Type': 'application/schema+json' } });
};
