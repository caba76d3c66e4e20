/** Named regions of the head, face and neck. See ../regions.ts for what a region is. */
import { g, M, P, r } from './define';

export const HEAD_REGIONS = [
  // Head and face
  r('vertex', 'Vertex (crown)', 'head-neck', P, 'top of the head', 'crown'),
  r('forehead', 'Forehead', 'head-neck', P, 'brow', 'front of the head', 'between the eyebrows'),
  r('glabella', 'Glabella (between the eyebrows)', 'head-neck', M, 'between the eyebrows', 'above the bridge of the nose', 'frown lines'),
  r('eyebrow', 'Eyebrow (supraorbital ridge)', 'head-neck', P, 'above the eye', 'brow ridge'),
  r('temple', 'Temple', 'head-neck', P, 'side of the head', 'temples', 'above the ear'),
  r('parietal', 'Parietal area', 'head-neck', P, 'upper side of the head', 'side of the crown'),
  r('occiput', 'Occiput', 'head-neck', P, 'back of the head', 'base of the head'),
  r('external-occipital-protuberance', 'External occipital protuberance (inion)', 'head-neck', M, 'bump at the back of the head', 'middle of the base of the skull at the back'),
  r('mastoid', 'Mastoid area', 'head-neck', P, 'behind the ear', 'bone behind the ear'),
  r('suboccipital', 'Suboccipital area', 'head-neck', P, 'base of the skull', 'top of the neck at the back'),
  r('orbit', 'Orbit (eye)', 'head-neck', P, 'eye', 'behind the eye', 'eye socket', 'around the eye'),
  r('nose', 'Side of the nose', 'head-neck', P, 'nose', 'bridge of the nose', 'sinuses'),
  // The cheek, split into the facial regions charts draw separately (below the eye, the
  // cheekbone and arch, the cheek proper); `cheek` still names all three.
  g('cheek', 'Cheek (maxilla and cheekbone)', 'head-neck', P, ['infraorbital', 'zygoma', 'buccal'], 'cheek', 'sinus', 'face'),
  r('buccal', 'Cheek (buccal area)', 'head-neck', P, 'middle of the cheek', 'cheek over the teeth', 'side of the mouth'),
  r('infraorbital', 'Below the eye (infraorbital area)', 'head-neck', P, 'under the eye', 'lower eyelid', 'bags under the eyes'),
  r('zygoma', 'Cheekbone (zygoma and zygomatic arch)', 'head-neck', P, 'cheekbone', 'top of the cheek', 'cheekbone in front of the ear'),
  r('ear', 'Ear', 'head-neck', P, 'earache', 'inside the ear', 'ear canal'),
  r('tmj', 'Temporomandibular joint (TMJ)', 'head-neck', P, 'jaw joint', 'in front of the ear', 'jaw clicking'),
  r('retromandibular', 'Below the ear, behind the jaw (retromandibular area)', 'head-neck', P, 'below the ear', 'behind the jaw', 'under the earlobe'),
  r('upper-molars', 'Upper molars', 'head-neck', P, 'upper back teeth', 'upper teeth', 'toothache'),
  r('upper-premolars', 'Upper premolars and canine', 'head-neck', P, 'upper side teeth', 'upper teeth'),
  r('upper-incisors', 'Upper incisors (upper lip)', 'head-neck', M, 'upper front teeth', 'upper lip'),
  r('lower-molars', 'Lower molars', 'head-neck', P, 'lower back teeth', 'lower teeth', 'toothache'),
  r('lower-premolars', 'Lower premolars and canine', 'head-neck', P, 'lower side teeth', 'lower teeth'),
  r('lower-incisors', 'Lower incisors (lower lip)', 'head-neck', M, 'lower front teeth', 'lower lip'),
  // The mandible: its body along the jawline and the ramus up to the jaw joint; `mandible` names both.
  g('mandible', 'Mandible (jaw)', 'head-neck', P, ['mandibular-body', 'ramus'], 'jaw', 'jawline', 'lower jaw'),
  r('mandibular-body', 'Body of the mandible (jawline)', 'head-neck', P, 'jawline', 'lower jaw', 'along the jaw'),
  r('ramus', 'Ramus of the mandible (side of the jaw)', 'head-neck', P, 'side of the jaw', 'back of the jaw', 'jaw muscle'),
  r('jaw-angle', 'Angle of the mandible', 'head-neck', P, 'angle of the jaw', 'corner of the jaw'),
  r('chin', 'Chin', 'head-neck', M, 'point of the chin'),
  r('submental', 'Under the chin (submental area)', 'head-neck', M, 'under the chin', 'below the chin'),
  r('submandibular', 'Under the jaw (submandibular area)', 'head-neck', P, 'under the jaw', 'below the jawbone'),
  r('tongue', 'Tongue', 'head-neck', M, 'tongue pain', 'sore tongue'),
  r('palate', 'Hard palate (roof of the mouth)', 'head-neck', M, 'roof of the mouth', 'palate'),
  r('pharynx', 'Pharynx (back of the throat)', 'head-neck', M, 'back of the throat', 'sore throat', 'difficulty swallowing'),
  // Neck
  r('posterior-neck', 'Posterior neck', 'head-neck', P, 'back of the neck', 'nape', 'stiff neck'),
  r('neck-base', 'Base of the neck (C7)', 'head-neck', P, 'bottom of the neck', 'neck bump'),
  r('lateral-neck', 'Lateral neck', 'head-neck', P, 'side of the neck'),
  r('angle-of-neck', 'Angle of the neck', 'head-neck', P, 'where the neck meets the shoulder', 'crook of the neck'),
  r('throat', 'Throat (anterior neck)', 'head-neck', M, 'front of the neck', 'sore throat'),
  r('supraclavicular', 'Supraclavicular fossa', 'head-neck', P, 'above the collarbone', 'hollow above the collarbone'),
];
