import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 3B. */
export const sgg3B: readonly OverlayOp[] = [
  // Seed 003 gives two tips in one box; the generic first one is in the base.
  {
    op: 'addGuidance',
    to: '3B.matrix',
    guidance: {
      kind: 'tip',
      text: [
        'Gebruik erkende interventies zodat je zeker weet dat de lessen aansluiten bij de leeftijd en ontwikkeling van de kinderen.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '3B.nieuw',
    guidance: {
      kind: 'info',
      text: [
        'Check de databank Effectieve jeugdinterventies en Materiaal & trainingen - seksuele grensoverschrijding als er nieuwe activiteiten of interventies nodig zijn.',
      ],
      // The seed lost this link's address and no source found it again, so it has no url.
      links: [
        {
          title:
            'databank Effectieve jeugdinterventies en Materiaal & trainingen - seksuele grensoverschrijding',
        },
      ],
    },
  },
];
