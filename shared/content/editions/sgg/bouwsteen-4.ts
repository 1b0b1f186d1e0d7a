import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 4. */
export const sgg4: readonly OverlayOp[] = [
  // Ends the seed's tip whose generic first sentences are in the base.
  {
    op: 'addGuidance',
    to: '4.bijdrage',
    guidance: {
      kind: 'tip',
      text: [
        'Is een professional met een SKJ-registratie bijvoorbeeld ook deskundig in het voorkomen van seksueel grensoverschrijdend gedrag?',
      ],
    },
  },
];
