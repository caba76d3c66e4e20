/**
 * How the two midline sections of the pelvis view (female and male, see ../figure-pelvis.ts)
 * are cut into regions. The organs and bones are patches, painted in order: the bones first
 * (their surfaces are exact), then the levator plate, then the organs from front to back, each
 * drawn a little full toward the shapes painted before it so that neighbours share one wall.
 * The grid takes what is left: above the perineal line the lower abdomen (its wall, the pubic
 * region and the cavity around the organs) is `suprapubic`; below it, the perineum.
 * See ../parts.ts for rows, cells, boundaries and patches.
 */
import { FEMALE, MALE } from '../figure-pelvis';
import { INF, R, type Partition, type Patch } from '../parts';

type Section = typeof FEMALE | typeof MALE;

function skeletonPatches(s: Section): Patch[] {
  return [
    { region: 'pubic-symphysis', points: s.symphysis },
    { region: 'lumbosacral', points: s.l5 },
    { region: 'sacrum', points: s.sacrum },
    { region: 'coccyx', points: s.coccyx },
    { region: 'pelvic-floor', points: s.levator },
  ];
}

const grid = (s: Section) => [R(s.perinealLine, 'suprapubic'), R(INF, 'perineum')];

export const PELVIS_FEMALE: Partition = {
  patches: [
    ...skeletonPatches(FEMALE),
    { region: 'bladder', points: FEMALE.bladder },
    { region: 'uterus', points: FEMALE.uterus },
    { region: 'vagina', points: FEMALE.vagina },
    { region: 'rectum', points: FEMALE.rectum },
  ],
  grid: grid(FEMALE),
};

export const PELVIS_MALE: Partition = {
  patches: [
    ...skeletonPatches(MALE),
    { region: 'bladder', points: MALE.bladder },
    { region: 'prostate', points: MALE.prostate },
    { region: 'penis', points: MALE.penisRoot },
    { region: 'rectum', points: MALE.rectum },
  ],
  grid: grid(MALE),
};

/** The shaft and glans of the penis, outside the trunk. */
export const PELVIS_PENIS: Partition = { grid: [R(INF, 'penis')] };

/** The scrotum with the right testicle in it. */
export const PELVIS_SCROTUM: Partition = {
  patches: [{ region: 'testicle', points: MALE.testicle }],
  grid: [R(INF, 'scrotum')],
};
