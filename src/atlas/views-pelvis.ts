/**
 * The pelvis view: midline sections of the female and the male pelvis, seen from the patient's
 * right, for pain referred inside the pelvis (bladder, vagina, rectum, pelvic floor) and to the
 * genitals. Drawn once ('single' parts); paired regions (the testicle) appear on the right.
 */
import { MALE_SECTION, FEMALE_SECTION, PENIS, SCROTUM } from './figure-pelvis';
import { VERTICAL, type ViewSpec } from './parts';
import { PELVIS_FEMALE, PELVIS_MALE, PELVIS_PENIS, PELVIS_SCROTUM } from './partitions/pelvis';

export const PELVIS_VIEW: ViewSpec = {
  id: 'pelvis',
  label: 'Pelvis, midline section',
  parts: [
    { id: 'female-section', kind: 'single', shape: [FEMALE_SECTION], frame: VERTICAL, ...PELVIS_FEMALE },
    { id: 'male-section', kind: 'single', shape: [MALE_SECTION], frame: VERTICAL, ...PELVIS_MALE },
    { id: 'penis', kind: 'single', shape: [PENIS], frame: VERTICAL, ...PELVIS_PENIS },
    { id: 'scrotum', kind: 'single', shape: [SCROTUM], frame: VERTICAL, ...PELVIS_SCROTUM },
  ],
  toView: (p) => p,
  margin: 4,
  outlined: ['bladder', 'uterus', 'vagina', 'rectum', 'prostate', 'pubic-symphysis', 'sacrum', 'coccyx', 'testicle'],
};
