import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 1-A. */
export const sgg1A: readonly OverlayOp[] = [
  {
    op: 'addGuidance',
    to: '1A.analyse.lokaal',
    // The seed prints this Advies before the base's generic tip.
    at: 'start',
    guidance: {
      kind: 'advies',
      text: [
        "Naast landelijke data kun je ook data verzamelen over je eigen gemeente of regio. Zoals het aantal kinderen en jongeren dat te maken krijgt met seksueel grensoverschrijdend gedrag. Voor veel GGD-regio's zijn er regionale cijfers beschikbaar over de seksuele gezondheid van jongeren. Waaronder cijfers over seksuele grensoverschrijding. Vraag cijfers op bij lokale en regionale instanties, zoals de GGD, Centrum Seksueel Geweld, Veilig Thuis en de politie. Kijk ook op www.waarstaatjegemeente.nl voor informatie over zedenmisdrijven. Verzamel signalen, beelden en verhalen uit de praktijk, van professionals, jongeren en ouders, en van de verschillende partners. Vraag vooral ook de jongeren in je gemeente naar hun mening.",
      ],
      links: [{ title: 'Waar staat je gemeente', url: 'https://www.waarstaatjegemeente.nl' }],
    },
  },
  {
    op: 'addGuidance',
    to: '1A.gesprek.verklaren',
    guidance: {
      kind: 'tip',
      text: [
        'Bewustwording door maatschappelijke ontwikkelingen kan ervoor zorgen dat cijfers over veiligheidsgevoel en het vertrouwen dat je iets kunt bespreken eerst achteruitgaan, voordat ze verbeteren.',
      ],
    },
  },
];
