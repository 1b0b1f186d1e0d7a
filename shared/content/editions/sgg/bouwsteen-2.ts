import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice, examples and sources of seed 003 for bouwsteen 2. */
export const sgg2: readonly OverlayOp[] = [
  {
    op: 'addGuidance',
    to: '2.doelgroepen',
    guidance: {
      kind: 'advies',
      text: [
        'Besteed extra aandacht aan groepen die kwetsbaar zijn voor plegerschap of slachtofferschap. Denk aan jongeren met een licht verstandelijke beperking, autisme, ADHD of hechtingsproblematiek. Maar denk ook aan lhbtiaq+ jongeren die vaker slachtoffer zijn van grensoverschrijdend gedrag.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.keuzes',
    guidance: {
      kind: 'advies',
      text: [
        'Je kunt niet vroeg genoeg beginnen met preventie. Het is goed om al op jonge leeftijd te leren wat grenzen zijn en dat het oké is om nee te zeggen. Zo verklein je de kans dat kinderen later in hun leven over de eigen grenzen en die van de ander gaan.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.indicatoren',
    guidance: {
      kind: 'info',
      text: [
        'Denk aan informatie van de GGD, uit de Jeugdmonitor, Seks onder je 25e of informatie van andere partners zoals het Centrum Seksueel Geweld of de politie.',
      ],
      // The seed lost both addresses; these are the sources' own sites.
      links: [
        { title: 'Jeugdmonitor', url: 'https://jeugdmonitor.cbs.nl' },
        { title: 'Seks onder je 25e', url: 'https://www.seksonderje25e.nl' },
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.indicatoren',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'Indicatoren: Percentage jongeren dat tevreden is over hun seksleven. Percentage jongeren dat aangeeft ooit te zijn gedwongen om iets te doen of toe te staan op seksueel gebied.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.indicatoren',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'Signaal: Veranderingen die leerkrachten opmerken in het onderling aanspreken van leerlingen op grensoverschrijdend gedrag.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '2.lv.afspraken',
    guidance: {
      kind: 'advies',
      text: [
        'Veranderingen in maatschappelijk resultaten gaan langzaam. Verwacht dus geen grote resultaten op korte termijn. Ook zijn dit soort resultaten onderhevig aan meerdere invloeden waarop je niet altijd zelf invloed hebt. Zoals cultuur, media en politiek. Focus op tussenstappen die energie geven om door te zetten.',
      ],
    },
  },
  // Stands at the end of the sheet in the seed, below the reflection questions.
  {
    op: 'addGuidance',
    to: '2/leren-en-verbeteren',
    guidance: {
      kind: 'tip',
      text: [
        'Bewustwording kan invloed hebben op de cijfers. Incidenten worden bijvoorbeeld eerder gemeld, grensoverschrijding wordt eerder herkend of het wordt gemakkelijker om je uit te spreken. Ook al lijkt dit achteruitgang, het is wel degelijk vooruitgang.',
      ],
    },
  },
];
