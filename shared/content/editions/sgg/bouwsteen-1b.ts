import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 1-B. */
export const sgg1B: readonly OverlayOp[] = [
  {
    op: 'addGuidance',
    to: '1B.lv.afspraken',
    guidance: {
      kind: 'tip',
      text: [
        'Cultuurverandering is een proces dat lang duurt. Verwacht dus geen grote resultaten op korte termijn. Focus op resultaten en tussenstappen die energie geven om door te zetten.',
      ],
    },
  },
];
