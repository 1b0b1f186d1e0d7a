import type { OverlayOp } from '../../overlay.ts';

/** Theme-specific advice of seed 003 for bouwsteen 3A: what works against seksueel grensoverschrijdend gedrag. */
export const sgg3A: readonly OverlayOp[] = [
  {
    op: 'addGuidance',
    to: '3A.kennis',
    guidance: {
      kind: 'info',
      text: [
        'Er zijn verschillende elementen waarvan we weten dat die goed werken bij de preventie van seksueel grensoverschrijdend gedrag:',
      ],
      bullets: [
        {
          lead: 'Zet in op meerdere niveaus.',
          text: 'Richt je zowel op het individu als op professionals, organisaties en de maatschappij als geheel. Op deze manier versterken de maatregelen elkaar. Lessen voor jongeren op school hebben meer effect als de boodschap ervan wordt ondersteund in hun omgeving, zoals in hun gezin, op de sportclub en in de media.',
        },
        {
          lead: 'Richt je op het ontwikkelen van kennis, attitudes en vaardigheden',
          text: 'die resulteren in minder seksueel grensoverschrijdend gedrag. Zet in op het voorkomen van het ongewenste gedrag. Minder plegers resulteert uiteindelijk in een duurzame afname van het aantal kinderen en jongeren dat te maken krijgt met seksueel grensoverschrijdend gedrag.',
        },
        {
          lead: 'Begin op tijd, voordat jongeren seksuele relaties aangaan.',
          text: 'Dat betekent dat seksuele vorming met aandacht voor respectvolle omgang al begint op de basisschool.',
        },
        {
          lead: 'Zorg voor structurele inzet.',
          text: 'Eén keer een les op school, jongerencentrum of in de jeugdzorg, kan jongeren niet leren hoe zij elkaars wensen en grenzen kunnen respecteren. Een ingewikkeld onderwerp als seksuele grensoverschrijding vraagt om meerdere lessen die herhaald worden en een doorlopende leerlijn.',
        },
        {
          lead: 'Investeer in deskundigheid.',
          text: 'Professionals met een rol in de preventie van seksueel grensoverschrijdend gedrag zijn in staat om seksualiteit, seksuele grensoverschrijding en consent te bespreken, risicofactoren te signaleren en slachtoffers door te verwijzen naar de juiste hulpverlenende instanties.',
        },
        {
          lead: 'Betrek mannen.',
          // "erin betreft" is the NJi's own wording; kept as in the source.
          text: 'Het tegengaan van seksueel grensoverschrijdend gedrag is veel effectiever als je jongens en mannen erin betreft. Traditionele gendernormen bepalen hoe mannen en vrouwen zich zouden moeten gedragen, ook op het gebied van seksualiteit. Als jongens en mannen niet alleen worden gezien als potentiële daders, maar als deel van de oplossing, kunnen we seksuele grensoverschrijding tegengaan.',
        },
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '3A.kennis',
    guidance: {
      kind: 'tip',
      text: [
        'Bekijk factoren die van invloed zijn op seksueel grensoverschrijdend gedrag, acties die nodig zijn bij de preventie van seksueel grensoverschrijdend gedrag en het 8-punten plan voor effectieve preventie voor meer kennis en inspiratie.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '3A.prioriteit',
    guidance: {
      kind: 'advies',
      text: [
        'Kijk welke elementen onderbouwd bijdragen aan de beoogde maatschappelijke resultaten. Welke verandering draagt daadwerkelijk bij aan minder grensoverschrijdend gedrag? Op die manier voorkom je dat je inzet op de verkeerde dingen of om de verkeerde redenen. Zoals het inrichten van een meldpunt om seksueel grensoverschrijdend gedrag te voorkomen. Meldpunten voorkomen het gedrag niet, maar brengen het in kaart. Dit is enkel nuttig als je ook iets doet met de meldingen.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '3A.activiteiten',
    guidance: {
      kind: 'advies',
      text: [
        'Formuleer zo concreet en onderbouwd mogelijk op welke manier deze keuzes bijdragen aan minder seksueel grensoverschrijdend gedrag. Welke verandering willen we bijvoorbeeld zien in houding, kennis en vaardigheden van jongeren, ouders, omstanders en professionals? Of welke sociale norm willen we neerzetten? En welk beleid hoort daarbij?',
      ],
    },
  },
  // Seed 003 gives two adviezen in one box; the generic second one is in the base, this one goes before it.
  {
    op: 'addGuidance',
    to: '3A.meenemen',
    at: 'start',
    guidance: {
      kind: 'advies',
      text: [
        'Seksuele vorming van kinderen en jongeren vindt op veel meer plekken plaats dan alleen in het onderwijs. Blijf hier aandacht voor houden bij de inzet van activiteiten en bij de beeldvorming.',
      ],
    },
  },
];
