/**
 * Trigger point landmarks and muscle outlines for the muscles listed under "low-back-hip".
 * Positions and outline points are in each view's construction coordinates (body views:
 * patient's right at +x, y down, head = 100 units; see ../figure.ts). Muscles are drawn on the right.
 */
import { lm, type LandmarkDef, type OutlineSpec } from './types';

export const landmarks: LandmarkDef[] = [
  lm('gluteus-minimus-anterior', 'Gluteus minimus, anterior portion below the anterior iliac crest', { anterior: [70, 372], posterior: [72, 372] }),
  lm('gluteus-minimus-posterior', 'Gluteus minimus, posterior portion along the upper buttock', { posterior: [56, 366] }),
  lm('gluteus-maximus-sacral', 'Gluteus maximus, upper medial fibres beside the sacrum (TrP1)', { posterior: [17, 362] }),
  lm('gluteus-maximus-ischial', 'Gluteus maximus, lower fibres just above the ischial tuberosity (TrP2)', { posterior: [27, 404] }),
  lm('gluteus-maximus-coccygeal', 'Gluteus maximus, most medial and inferior fibres beside the coccyx (TrP3)', { posterior: [10, 403] }),
  lm('gluteus-medius-posterior', 'Gluteus medius, posterior fibres below the iliac crest near the sacroiliac joint (TrP1)', { posterior: [22, 347] }),
  lm('gluteus-medius-middle', 'Gluteus medius, middle fibres below the midpoint of the iliac crest (TrP2)', { posterior: [44, 344] }),
  lm('gluteus-medius-anterior', 'Gluteus medius, anterior fibres below the crest behind the anterior superior iliac spine (TrP3)', { posterior: [67, 347], anterior: [72, 352] }),
  lm('piriformis-lateral', 'Piriformis, lateral belly just medial to the greater trochanter (TrP1)', { posterior: [52, 384] }),
  lm('piriformis-medial', 'Piriformis, medial belly at the greater sciatic foramen beside the sacrum (TrP2)', { posterior: [22, 373] }),
  lm('short-rotators-gemelli', 'Gemelli, between the ischium and the greater trochanter just below the piriformis', { posterior: [44, 395] }),
  lm('short-rotators-quadratus-femoris', 'Quadratus femoris, between the ischial tuberosity and the greater trochanter', { posterior: [42, 412] }),
  lm('pelvic-floor-levator-ani', 'Levator ani, beside the anorectal junction (reached internally)', { posterior: [5, 402] }),
  lm('pelvic-floor-coccygeus', 'Coccygeus, at the lateral border of the coccyx and lower sacrum', { posterior: [9, 386] }),
  lm('pelvic-floor-obturator-internus', 'Obturator internus, medial to the ischial tuberosity on the pelvic side wall', { posterior: [16, 400] }),
  lm('tfl-belly', 'Tensor fasciae latae, upper belly below and behind the anterior superior iliac spine', { anterior: [65, 368] }),
  lm('sartorius-upper', 'Sartorius, upper third below the anterior superior iliac spine', { anterior: [56, 398] }),
  lm('sartorius-middle', 'Sartorius, middle third on the anteromedial thigh', { anterior: [40, 470] }),
  lm('sartorius-lower', 'Sartorius, lower third above the medial knee', { anterior: [29, 540] }),
  lm('pectineus-belly', 'Pectineus, just below the superior pubic ramus between the femoral vessels and adductor longus', { anterior: [22, 410] }),
];

export const outlines: Record<string, OutlineSpec[]> = {
  'gluteus-minimus': [
    ['posterior', 'deep', [[36, 352], [52, 341], [70, 345], [79, 370], [77, 396], [70, 404], [60, 392], [46, 374]]],
    ['anterior', 'deep', [[62, 352], [71, 347], [79, 372], [77, 396], [70, 398], [64, 380]]],
  ],
  'gluteus-maximus': [
    ['posterior', 'superficial', [[12, 338], [22, 341], [40, 353], [58, 367], [72, 385], [77, 405], [74, 428], [64, 440], [48, 436], [30, 430], [14, 420], [6, 404], [5, 380], [8, 356]]],
  ],
  'gluteus-medius': [
    ['posterior', 'superficial', [[15, 342], [30, 334], [50, 332], [66, 336], [74, 352], [76, 372], [72, 392], [64, 391], [52, 378], [38, 366], [24, 357], [16, 350]]],
    ['anterior', 'superficial', [[64, 338], [70, 336], [75, 352], [77, 372], [72, 380], [70, 360], [66, 348]]],
  ],
  'piriformis': [
    ['posterior', 'deep', [[10, 362], [24, 366], [44, 374], [62, 382], [68, 388], [62, 392], [44, 390], [24, 386], [10, 384]]],
  ],
  'short-lateral-rotators': [
    ['posterior', 'deep', [[18, 390], [40, 392], [62, 394], [68, 400], [64, 417], [44, 419], [26, 417], [18, 404]]],
  ],
  'pelvic-floor': [
    ['posterior', 'deep', [[2, 376], [10, 380], [18, 390], [22, 401], [17, 409], [7, 413], [1, 412]]],
  ],
  'tensor-fasciae-latae': [
    ['anterior', 'superficial', [[56, 344], [64, 341], [72, 352], [77, 378], [79, 405], [77, 428], [72, 432], [66, 414], [60, 390], [56, 366]]],
  ],
  'sartorius': [
    ['anterior', 'superficial', [[60, 343], [66, 347], [62, 380], [52, 430], [40, 480], [32, 530], [30, 572], [24, 578], [23, 540], [28, 490], [40, 440], [52, 390], [56, 360]]],
  ],
  'pectineus': [
    ['anterior', 'superficial', [[8, 404], [18, 396], [28, 398], [36, 420], [36, 440], [30, 446], [22, 432], [12, 418]]],
  ],
};
