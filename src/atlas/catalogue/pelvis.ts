/** Regions inside the pelvis and of the external genitals, drawn on the pelvis view. */
import { M, P, r } from './define';

export const PELVIS_REGIONS = [
  r('bladder', 'Bladder (suprapubic, internal)', 'low-back-hip', M, 'bladder', 'bladder pain', 'pressure above the pubic bone'),
  r('vagina', 'Vagina', 'low-back-hip', M, 'vaginal pain', 'pain with intercourse'),
  r('rectum', 'Rectum', 'low-back-hip', M, 'rectal pain', 'pain inside the back passage'),
  r('scrotum', 'Scrotum', 'low-back-hip', M, 'scrotal pain'),
  r('testicle', 'Testicle', 'low-back-hip', P, 'testicular pain', 'testis'),
  // Further places the midline section shows.
  r('pubic-symphysis', 'Pubic symphysis (pubic bone)', 'low-back-hip', M, 'pubic bone', 'front of the pelvic bone'),
  r('pelvic-floor', 'Pelvic floor (levator ani)', 'low-back-hip', M, 'pelvic floor muscles', 'deep in the pelvis', 'deep pelvic pain'),
  r('uterus', 'Uterus', 'low-back-hip', M, 'womb', 'period-like pain'),
  r('prostate', 'Prostate', 'low-back-hip', M, 'prostate pain', 'deep between the scrotum and the back passage'),
  r('penis', 'Penis', 'low-back-hip', M, 'penile pain', 'base of the penis'),
];
