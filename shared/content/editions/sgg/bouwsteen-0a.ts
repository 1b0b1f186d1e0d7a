import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 0-A. */
export const sgg0A: readonly OverlayOp[] = [
  // Continues the base's generic "Maak gebruik van jongerenparticipatie." (one Advies in the seed).
  {
    op: 'addGuidance',
    to: '0A.betrekken',
    guidance: {
      kind: 'advies',
      text: [
        'Vaak zijn jongeren al bezig met het thema preventie seksueel geweld. Bijvoorbeeld via belangenverenigingen als het COC, of via scholen of lokale actiegroepen.',
      ],
    },
  },
];
