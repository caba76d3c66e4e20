/**
 * Trigger point sites as named landmarks. Positions are in each view's construction
 * coordinates (body views: patient's right at +x; the builder places them on the view).
 * Every landmark is drawn on the right side: see SIDES in ./index.ts.
 */
import type { Point, ViewId } from './types';

export interface LandmarkDef {
  id: string;
  label: string;
  positions: Partial<Record<ViewId, Point>>;
}

function lm(id: string, label: string, positions: Partial<Record<ViewId, Point>>): LandmarkDef {
  return { id, label, positions };
}

export const LANDMARKS: readonly LandmarkDef[] = [
  lm('upper-trapezius-free-border', 'Free (anterior) border of the upper trapezius, mid-fibres', { posterior: [42, 123], 'head-lateral': [-26, 134] }),
  lm('upper-trapezius-lateral', 'Upper trapezius, lateral fibres above the scapular spine', { posterior: [60, 130], 'head-lateral': [-14, 146] }),
  lm('scm-sternal-upper', 'Sternal head of sternocleidomastoid, upper third', { anterior: [19, 100], 'head-lateral': [-7, 90] }),
  lm('scm-sternal-mid', 'Sternal head of sternocleidomastoid, middle third', { anterior: [19, 110], 'head-lateral': [1, 108] }),
  lm('scm-sternal-lower', 'Sternal head of sternocleidomastoid, near the sternum', { anterior: [9, 123], 'head-lateral': [10, 130] }),
  lm('scm-clavicular', 'Clavicular head of sternocleidomastoid, middle third', { anterior: [24, 116], 'head-lateral': [-5, 122] }),
  lm('temporalis-anterior', 'Temporalis, anterior fibres above the zygomatic arch', { 'head-lateral': [17, 42], anterior: [27, 40] }),
  lm('temporalis-middle', 'Temporalis, middle fibres', { 'head-lateral': [4, 38] }),
  lm('temporalis-posterior', 'Temporalis, posterior fibres above the ear', { 'head-lateral': [-9, 36] }),
  lm('masseter-superficial-upper', 'Superficial masseter, upper belly below the zygomatic arch', { 'head-lateral': [11, 68] }),
  lm('masseter-superficial-mid', 'Superficial masseter, mid-belly', { 'head-lateral': [9, 80] }),
  lm('masseter-superficial-lower', 'Superficial masseter, near the angle of the mandible', { 'head-lateral': [5, 92] }),
  lm('masseter-deep', 'Deep masseter, in front of the TMJ', { 'head-lateral': [3, 61] }),
  lm('splenius-capitis', 'Splenius capitis, below the mastoid in the muscular triangle', { posterior: [20, 102], 'head-lateral': [-28, 100] }),
  lm('suboccipitals', 'Suboccipital muscles, just below the occipital ridge', { posterior: [11, 90], 'head-lateral': [-33, 86] }),
  lm('levator-scapulae-angle', 'Levator scapulae at the angle of the neck', { posterior: [27, 121], 'head-lateral': [-24, 124] }),
  lm('levator-scapulae-lower', 'Levator scapulae just above the superior angle of the scapula', { posterior: [31, 137] }),
  lm('scalenus-anterior', 'Scalenus anterior, behind the clavicular head of SCM', { anterior: [21, 117], 'head-lateral': [1, 124] }),
  lm('scalenus-medius', 'Scalenus medius, above the clavicle', { anterior: [27, 116], 'head-lateral': [-7, 119] }),
  lm('scalenus-posterior', 'Scalenus posterior, in front of the levator scapulae', { 'head-lateral': [-15, 127] }),
  lm('infraspinatus-upper-medial', 'Infraspinatus, just below the spine of the scapula, medial', { posterior: [40, 170] }),
  lm('infraspinatus-upper-lateral', 'Infraspinatus, just below the spine of the scapula, lateral', { posterior: [54, 173] }),
  lm('infraspinatus-lower-medial', 'Infraspinatus, lower medial fossa', { posterior: [40, 198] }),
  lm('supraspinatus-medial', 'Supraspinatus, medial supraspinous fossa', { posterior: [40, 144] }),
  lm('supraspinatus-lateral', 'Supraspinatus, lateral fossa near the acromion', { posterior: [62, 145] }),
  lm('supraspinatus-tendon', 'Supraspinatus tendon at the greater tubercle', { posterior: [86, 152], anterior: [86, 150] }),
  lm('subscapularis-lateral', 'Subscapularis at the lateral border of the scapula, reached from the axilla', { posterior: [62, 180], anterior: [70, 180] }),
  lm('subscapularis-upper', 'Subscapularis, upper lateral border near the glenoid', { posterior: [64, 166], anterior: [71, 166] }),
  lm('gluteus-minimus-anterior', 'Gluteus minimus, anterior portion below the anterior iliac crest', { anterior: [70, 372], posterior: [72, 372] }),
  lm('gluteus-minimus-posterior', 'Gluteus minimus, posterior portion along the upper buttock', { posterior: [56, 366] }),
];

export const LANDMARK_BY_ID: ReadonlyMap<string, LandmarkDef> = new Map(LANDMARKS.map((l) => [l.id, l]));
export const LANDMARK_IDS: readonly string[] = LANDMARKS.map((l) => l.id);
