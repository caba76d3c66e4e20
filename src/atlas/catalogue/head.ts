/** Named regions of the head, face and neck. See ../regions.ts for what a region is. */
import { M, P, r } from './define';

export const HEAD_REGIONS = [
  // Head and face
  r('vertex', 'Vertex (crown)', 'head-neck', M, 'top of the head', 'crown'),
  r('forehead', 'Forehead', 'head-neck', M, 'brow', 'front of the head'),
  r('eyebrow', 'Eyebrow (supraorbital ridge)', 'head-neck', P, 'above the eye', 'brow ridge'),
  r('temple', 'Temple', 'head-neck', P, 'side of the head', 'temples'),
  r('parietal', 'Parietal area', 'head-neck', P, 'upper side of the head', 'side of the crown'),
  r('occiput', 'Occiput', 'head-neck', P, 'back of the head', 'base of the head'),
  r('mastoid', 'Mastoid area', 'head-neck', P, 'behind the ear', 'bone behind the ear'),
  r('suboccipital', 'Suboccipital area', 'head-neck', P, 'base of the skull', 'top of the neck at the back'),
  r('orbit', 'Orbit (eye)', 'head-neck', P, 'eye', 'behind the eye', 'eye socket', 'around the eye'),
  r('nose', 'Nose', 'head-neck', M, 'bridge of the nose', 'sinuses'),
  r('cheek', 'Cheek (maxilla)', 'head-neck', P, 'cheekbone', 'sinus', 'face'),
  r('ear', 'Ear', 'head-neck', P, 'earache', 'inside the ear', 'ear canal'),
  r('tmj', 'Temporomandibular joint (TMJ)', 'head-neck', P, 'jaw joint', 'in front of the ear', 'jaw clicking'),
  r('upper-molars', 'Upper molars', 'head-neck', P, 'upper back teeth', 'upper teeth', 'toothache'),
  r('upper-premolars', 'Upper premolars and canine', 'head-neck', P, 'upper side teeth', 'upper teeth'),
  r('upper-incisors', 'Upper incisors (upper lip)', 'head-neck', M, 'upper front teeth', 'upper lip'),
  r('lower-molars', 'Lower molars', 'head-neck', P, 'lower back teeth', 'lower teeth', 'toothache'),
  r('lower-premolars', 'Lower premolars and canine', 'head-neck', P, 'lower side teeth', 'lower teeth'),
  r('lower-incisors', 'Lower incisors (lower lip)', 'head-neck', M, 'lower front teeth', 'lower lip'),
  r('mandible', 'Body of the mandible', 'head-neck', P, 'jaw', 'jawline', 'lower jaw'),
  r('jaw-angle', 'Angle of the mandible', 'head-neck', P, 'angle of the jaw', 'corner of the jaw'),
  r('chin', 'Chin', 'head-neck', M, 'point of the chin'),
  // Neck
  r('posterior-neck', 'Posterior neck', 'head-neck', P, 'back of the neck', 'nape', 'stiff neck'),
  r('neck-base', 'Base of the neck (C7)', 'head-neck', P, 'bottom of the neck', 'neck bump'),
  r('lateral-neck', 'Lateral neck', 'head-neck', P, 'side of the neck'),
  r('angle-of-neck', 'Angle of the neck', 'head-neck', P, 'where the neck meets the shoulder', 'crook of the neck'),
  r('throat', 'Throat (anterior neck)', 'head-neck', M, 'front of the neck', 'sore throat'),
  r('supraclavicular', 'Supraclavicular fossa', 'head-neck', P, 'above the collarbone', 'hollow above the collarbone'),
];
