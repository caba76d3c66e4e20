import { describe, expect, it } from 'vitest';
import { nerves } from '../../src/lib/nerves';

describe('nerves: the nerves an innervation text names, for schema.org Nerve items', () => {
  it('names the nerve without its root levels', () => {
    expect(nerves('Axillary nerve (C5 and C6).')).toEqual(['Axillary nerve']);
    expect(nerves('Deep fibular (peroneal) nerve, from the L4 and L5 roots.')).toEqual(['Deep fibular nerve']);
  });

  it("names each part's nerve, and leaves out asides that name none", () => {
    expect(nerves('Spinal accessory nerve (cranial nerve XI) for motor supply; proprioceptive fibres from the ventral rami of C2 and C3.')).toEqual([
      'Spinal accessory nerve',
    ]);
    expect(
      nerves(
        'Long head by the tibial division of the sciatic nerve (L5, S1 and S2); short head by the common fibular (peroneal) division (L5, S1 and S2).',
      ),
    ).toEqual(['Tibial division of the sciatic nerve']);
    expect(nerves('Psoas major: ventral rami of L1 to L3 (sometimes L4). Iliacus: femoral nerve (L2-L3).')).toEqual([
      'Ventral rami of L1 to L3',
      'Femoral nerve',
    ]);
    expect(nerves('Ventral rami of C3 and C4 through the cervical plexus, and the dorsal scapular nerve (C5).')).toEqual([
      'Ventral rami of C3 and C4',
      'Dorsal scapular nerve',
    ]);
  });

  it('does not count a nerve that only passes through the muscle', () => {
    expect(
      nerves(
        'Buccal branches of the facial nerve (cranial nerve VII); the buccal nerve of the trigeminal nerve passes through it but carries only sensation.',
      ),
    ).toEqual(['Buccal branches of the facial nerve']);
  });
});
