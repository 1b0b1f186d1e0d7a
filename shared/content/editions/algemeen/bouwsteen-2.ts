import type { OverlayOp } from '../../overlay.ts';

/**
 * The generic worksheet of bouwsteen 2 (seed 004): its Voorbeeld examples, its sources and its
 * wording where it differs from seed 003. The seed prints its questions in two columns; the
 * base's order (seed 003) is kept.
 */
export const algemeen2: readonly OverlayOp[] = [
  {
    op: 'addGuidance',
    to: '2.ambitie',
    // Before the base's tip, as in the seed.
    at: 'start',
    guidance: {
      kind: 'voorbeeld',
      text: ['We willen dat alle kinderen in onze gemeente een gezonde leefstijl hebben.'],
    },
  },
  {
    op: 'setPrompt',
    question: '2.bereikt',
    prompt: 'Waaraan zien we dat ons resultaat bereikt is of dat we op de goede weg zijn?',
  },
  {
    op: 'addGuidance',
    to: '2.bereikt',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'Een ‘gezonde leefstijl’ betekent voor ons dat kinderen en jongeren voldoende groente en fruit eten, voldoende bewegen en voldoen aan de slaapnorm.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.resultaten',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'In onze gemeente heeft 40 procent van de kinderen en jongeren een gezonde leefstijl. Dit vinden we te weinig. We willen dat meer kinderen en jongeren gezond opgroeien.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.termijn',
    // The example belongs to the question; the base's tip follows it.
    at: 'start',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'We willen dat over vijf jaar het aantal kinderen en jongeren met een gezonde leefstijl 5 procent hoger ligt dan nu. Dus: over vijf jaar heeft 45 procent van de kinderen en jongeren in onze gemeente een gezonde leefstijl.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.indicatoren',
    guidance: {
      kind: 'info',
      text: [
        'Denk aan informatie van de GGD, gegevens van de jeugdgezondheidszorg, de Staat van de Jeugd of aan andere beschikbare bronnen.',
      ],
      // The seed lists these link targets at the end of the page (the second one twice).
      links: [
        { title: 'Staat van de Jeugd', url: 'https://www.nji.nl/monitoring/staat-van-de-jeugd' },
        {
          title: 'Andere beschikbare bronnen',
          url: 'https://www.nji.nl/monitoring/zoeken-naar-beschikbare-gegevens',
        },
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.indicatoren',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'Indicatoren: Percentage peuters en kleuters dat voldoet aan de slaapnorm, percentage scholieren dat lid is van een sportvereniging of het percentage basisschoolleerlingen dat twee keer per dag fruit eet.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.indicatoren',
    guidance: {
      kind: 'voorbeeld',
      text: ['Signaal: Veranderingen die leerkrachten rapporteren in het gebruik van energiedrankjes.'],
    },
  },
  {
    op: 'addGuidance',
    to: '2.doelgroepen',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'We willen ons richten op kinderen en jongeren onder de leeftijd van 21 jaar. Ook ouders en opvoeders spelen hierin een belangrijke rol.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.keuzes',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'Voorkomen is beter dan genezen. Daarom willen we vooral inzetten op preventie en leggen we het zwaartepunt bij peuters, kleuters, basisschoolleerlingen en scholieren.',
      ],
    },
  },
];
