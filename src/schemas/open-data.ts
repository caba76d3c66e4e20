/**
 * Shapes of the open data files (/data/muscles.json, /data/atlas.json, /data/other-sources.json). The JSON Schemas
 * published beside them (/data/*.schema.json) are generated from these, so the files and their
 * schemas cannot drift apart; a unit test validates the built data against them.
 */
import { z } from 'astro/zod';

const citation = z.object({
  source: z.string().describe('Key of the work in `sources`.'),
  chapter: z.string().optional(),
  pages: z.string().optional(),
  note: z.string().optional(),
});

const zone = z.object({
  region: z.string().describe('Atlas region id (see /data/atlas.json).'),
  side: z.enum(['same', 'opposite', 'both']).describe('Side relative to the trigger point; "same" unless the pattern crosses the midline.'),
});

export const openMuscles = z
  .object({
    licence: z.literal('CC-BY-4.0'),
    source: z.string().describe('Where the data comes from.'),
    muscles: z.array(
      z.object({
        id: z.string().describe('Slug; the page is /muscles/<id>/.'),
        url: z.string(),
        name: z.string(),
        otherNames: z.array(z.string()),
        area: z.string(),
        prevalence: z.enum(['very-common', 'common', 'occasional']),
        ids: z.object({
          wikidata: z.array(z.string().regex(/^Q\d+$/)).describe('Wikidata items: the muscle, or each member of a group.'),
          uberon: z.string().optional(),
          fma: z.string().optional(),
        }),
        triggerPoints: z.array(
          z.object({
            id: z.string(),
            landmark: z.string().describe('Atlas landmark id.'),
            description: z.string(),
            essential: z.array(zone).describe('Essential referral zone: felt by nearly everyone.'),
            spillover: z.array(zone).describe('Spillover referral zone: felt by some.'),
            source: citation,
          }),
        ),
        conditions: z.array(z.string()).describe('Condition ids this muscle mimics or is commonly involved in.'),
        sources: z.array(citation),
      }),
    ),
    conditions: z.array(
      z.object({
        id: z.string(),
        url: z.string(),
        name: z.string(),
        synonyms: z.array(z.string()),
        painRegions: z.array(z.string()),
        muscles: z.array(z.string()),
      }),
    ),
    sources: z.record(
      z.string(),
      z.object({
        authors: z.array(z.string()),
        title: z.string(),
        year: z.number(),
        edition: z.string().optional(),
        publisher: z.string().optional(),
        journal: z.string().optional(),
        volume: z.string().optional(),
        doi: z.string().optional(),
      }),
    ),
  })
  .describe('Trigger Point Atlas referral graph: muscles, their trigger points and referral zones, conditions and sources.');

const place = z.object({
  region: z.string().describe('Atlas region id (see /data/atlas.json); a group means all its members.'),
  side: z
    .enum(['both', 'left', 'right'])
    .describe("The patient's side: both for a paired region felt on either side, left or right for a one-sided pattern."),
});

export const openOtherSources = z
  .object({
    licence: z.literal('CC-BY-4.0'),
    source: z.string().describe('Where the data comes from.'),
    otherSources: z.array(
      z.object({
        id: z.string().describe('Slug; the page is /other-sources/<id>/.'),
        url: z.string(),
        name: z.string(),
        kind: z.enum(['nerve-root', 'peripheral-nerve', 'joint', 'organ']),
        level: z.string().optional().describe('Spinal level, for nerve roots (C2 to S2).'),
        aliases: z.array(z.string()),
        summary: z.string(),
        essential: z.array(place).describe('Where it is felt most typically.'),
        occasional: z.array(place).describe('Where it is sometimes felt.'),
        tellsApart: z.array(z.string()).describe('What tells it apart from myofascial referred pain.'),
        action: z
          .enum(['self-care', 'physio-or-doctor', 'doctor-today', 'emergency'])
          .describe('The usual right step when this source is suspected.'),
        redFlags: z.array(z.object({ sign: z.string(), urgency: z.enum(['emergency', 'today', 'soon']) })),
        muscles: z.array(z.string()).describe('Muscle ids (see muscles.json) whose referred pain is often mistaken for it.'),
        sources: z.array(citation).describe('Keys of works in the `sources` of muscles.json.'),
      }),
    ),
  })
  .describe('Trigger Point Atlas other sources of pain: nerve roots, nerves, joints and organs, where each is felt and what tells it apart.');

/** Bumped when the atlas changes shape; see README ("Open data") for what changed. */
export const ATLAS_SCHEMA_VERSION = 2;

export const openAtlas = z
  .object({
    schemaVersion: z
      .literal(ATLAS_SCHEMA_VERSION)
      .describe('2: curved anatomical regions, region groups, zone shapes, body part per region, surface-anatomy lines.'),
    licence: z.literal('CC-BY-4.0'),
    source: z.string(),
    sides: z.string(),
    regions: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        synonyms: z.array(z.string()),
        laterality: z.enum(['midline', 'paired']),
        area: z.string(),
        members: z
          .array(z.string())
          .optional()
          .describe('Set on a group: an id kept for skin the atlas now splits; it means all of these regions and is not drawn.'),
        faces: z
          .array(z.string())
          .optional()
          .describe(
            "Set on a strip along a digit's edge, which the palm and back views both show: the digit's face regions. A zone naming one face draws the strip only on views that show that face.",
          ),
      }),
    ),
    groups: z.record(z.string(), z.array(z.string())).describe('Each group id and the drawn regions it stands for.'),
    landmarks: z.array(z.object({ id: z.string(), label: z.string(), positions: z.record(z.string(), z.tuple([z.number(), z.number()])) })),
    views: z.array(
      z.object({
        view: z.string(),
        viewLabel: z.string(),
        viewBox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
        outline: z.string().describe('SVG path data of the figure (cubic Bézier curves).'),
        anatomy: z.string().describe('SVG path data of the surface-anatomy lines, to be stroked.'),
        contour: z
          .string()
          .describe(
            'SVG path data of the contours of parts in front of others (the arm on the side view), stroked over the zones; empty for most views.',
          ),
        regions: z.array(
          z.object({
            key: z.string().describe('region|side: r right, l left, m midline.'),
            region: z.string(),
            label: z.string(),
            part: z.string().describe('The body part the region lies on (head, trunk, arm-r…).'),
            d: z.string().describe('SVG path data.'),
            c: z.tuple([z.number(), z.number()]).describe('A point inside the region.'),
          }),
        ),
        zones: z.array(z.unknown()).describe('Empty here: referral zones are per muscle (see muscles.json).'),
        muscles: z.array(z.unknown()),
        marks: z.array(z.unknown()),
      }),
    ),
  })
  .describe('Trigger Point Atlas body atlas: named surface regions and groups, landmarks and view geometry.');
