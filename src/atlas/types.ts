/** Shared types of the body atlas. Coordinates are SVG user units, y pointing down. */

export type Point = readonly [number, number];
export type Ring = Point[];
/** A polygon with optional holes (outer ring first), as src/atlas/clip.ts returns it. */
export type Polygon = Ring[];
export type MultiPolygon = Polygon[];

/** The drawn views of the atlas: the whole body from three sides, close views, the pelvis section. */
export const VIEW_IDS = [
  'anterior',
  'posterior',
  'body-lateral',
  'head-lateral',
  'hand-palmar',
  'hand-dorsal',
  'foot-dorsal',
  'foot-plantar',
  'mouth',
  'pelvis',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/**
 * How a region relates to the midline. `midline` regions are drawn once, across both halves;
 * `paired` regions exist on the right and on the left, with the same id.
 */
export type Laterality = 'midline' | 'paired';
/** A drawn side: right, left, or midline. */
export type Side = 'r' | 'l' | 'm';

/** The body areas the site groups muscles and regions by. */
export const BODY_AREAS = ['head-neck', 'shoulder-upper-back', 'arm-hand', 'trunk', 'low-back-hip', 'thigh-knee', 'leg-foot'] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  'head-neck': 'Head & neck',
  'shoulder-upper-back': 'Shoulder & upper back',
  'arm-hand': 'Arm & hand',
  trunk: 'Trunk',
  'low-back-hip': 'Low back & hip',
  'thigh-knee': 'Thigh & knee',
  'leg-foot': 'Leg & foot',
};

export interface RegionDef {
  /** Stable id that reads as anatomy; content names regions by it. */
  id: string;
  /** Label shown to users. */
  label: string;
  /** Everyday words people use for the place ("back of the knee"). */
  synonyms: readonly string[];
  laterality: Laterality;
  area: BodyArea;
  /**
   * Set on a group: an id kept for skin that the atlas now splits into finer regions (an old
   * id stays valid this way). A group is not drawn; content that names it means all its members.
   */
  members?: readonly string[];
  /**
   * Set on a strip along the edge of a digit (a finger's radial or ulnar border), which the
   * palm and the back views both show: the regions of the digit's faces. A zone that names one
   * face of the digit draws the border only on the views that show that face (see
   * `drawnInstances` in src/lib/zones.ts), so a pattern on the back of a finger does not put
   * stripes on the palm.
   */
  faces?: readonly string[];
}

/** One drawn instance of a region on a view: a region on one side. */
export interface RegionShape {
  region: string;
  side: Side;
  /** The body part it lies on (head, trunk, arm…): the finder shows boundaries part by part. */
  part: string;
  /** SVG path data, closed. */
  d: string;
  /** Area in square units, used by soundness checks. */
  area: number;
  /** A point inside the shape, for labels and focus rings. */
  centroid: Point;
  polygons: MultiPolygon;
}

export interface ViewGeometry {
  id: ViewId;
  label: string;
  viewBox: readonly [number, number, number, number];
  /** Outline of the figure (union of all regions), SVG path data. */
  outline: string;
  /** Surface-anatomy lines (eyes, clavicles, scapulae, creases…) as one path, stroked lightly. */
  anatomy: string;
  /**
   * Contours of parts that lie in front of others in this view (the hanging arm and hand on
   * the side view), one path: drawn over the referral zones, so a zone that the hand hides
   * reads as hidden by the hand, not as a hole.
   */
  contour: string;
  figure: MultiPolygon;
  regions: RegionShape[];
}
