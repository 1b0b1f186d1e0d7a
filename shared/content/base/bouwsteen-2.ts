import type { BouwsteenInput } from '../schema.ts';

/**
 * Bouwsteen 2 as seed 003 has it, without its theme advice (editions/sgg/bouwsteen-2.ts);
 * the generic worksheet's examples are in editions/algemeen/bouwsteen-2.ts.
 */
export const bouwsteen2: BouwsteenInput = {
  id: '2',
  nummer: 2,
  title: 'Formuleer concrete maatschappelijke resultaten',
  resultaat: {
    waarom: [
      'Door het meetbaar maken van maatschappelijke resultaten kun je zien, merken en weten of je op de goede weg bent.',
    ],
    uitkomst: [
      'We hebben concrete maatschappelijke resultaten voor kinderen en jongeren geformuleerd, met bijbehorende indicatoren en signalen.',
    ],
  },
  intro: [
    {
      type: 'guidance',
      guidance: {
        kind: 'info',
        text: ['Een goede start begint met de juiste samenwerking. Ga hiervoor naar bouwsteen 0.'],
      },
    },
  ],
  vooraf: [
    {
      type: 'question',
      id: '2.vooraf.betrekken',
      prompt: 'Hoe betrekken we kinderen, jongeren en gezinnen bij deze stap?',
      shortLabel: 'Kinderen, jongeren en gezinnen betrekken',
      guidance: [{ kind: 'advies', text: ['Maak gebruik van jongerenparticipatie.'] }],
      input: { kind: 'longText' },
    },
    {
      type: 'question',
      id: '2.vooraf.partners',
      prompt: 'Met welke partners doen we dit samen en hoe betrekken we die?',
      shortLabel: 'Partners betrekken',
      input: { kind: 'longText' },
    },
  ],
  sheets: [
    {
      id: '2/maatschappelijke-resultaten',
      // The seed's worksheet has no title of its own; it carries the bouwsteen's.
      title: 'Formuleer concrete maatschappelijke resultaten',
      kind: 'werkblad',
      items: [
        {
          type: 'question',
          id: '2.ambitie',
          prompt: 'Wat is onze ambitie?',
          shortLabel: 'Ambitie',
          crossRef: {
            question: '1B.ambities',
            note: 'Neem de ambitie uit bouwsteen 1 als uitgangspunt bij het beantwoorden van deze vraag.',
          },
          guidance: [
            {
              kind: 'tip',
              text: [
                'Bespreek met elkaar of de resultaten haalbaar en realistisch zijn en stel deze zo nodig bij.',
              ],
            },
          ],
          input: { kind: 'longText' },
        },
        { type: 'heading', text: 'Maak de beoogde resultaten zo concreet mogelijk!' },
        {
          type: 'question',
          id: '2.bereikt',
          // "Waarom" is the seed's wording (the generic worksheet says "Waaraan").
          prompt: 'Waarom zien we dat ons resultaat bereikt is of dat we op de goede weg zijn?',
          shortLabel: 'Waaraan we zien dat het resultaat bereikt is',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '2.resultaten',
          prompt: 'Wat willen we concreet voor en met onze kinderen en jongeren bereiken?',
          shortLabel: 'Maatschappelijke resultaten',
          input: { kind: 'list', itemLabel: 'Maatschappelijk resultaat' },
        },
        {
          type: 'question',
          id: '2.termijn',
          prompt: 'Wat is er concreet over .. jaar anders dan nu voor kinderen en jongeren?',
          shortLabel: 'Wat is er over een aantal jaar anders',
          guidance: [
            {
              kind: 'tip',
              text: [
                'Ben ambitieus, zodat je in beweging komt met elkaar, maar zorg dat het haalbaar is, zodat het niet lam slaat.',
              ],
            },
          ],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '2.doelgroepen',
          prompt: 'Zijn er (sub)doelgroepen of specifieke omgevingen die aandacht vragen? En waarom?',
          shortLabel: 'Doelgroepen en omgevingen',
          help: ['Denk bij omgevingen bijvoorbeeld aan thuis, school, wijk, online.'],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '2.keuzes',
          prompt:
            'Keuzes maken (bijvoorbeeld door beperkt budget). Met welke inzet denken we het meeste verschil te maken?',
          shortLabel: 'Keuzes en inzet',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '2.indicatoren',
          prompt: 'Hoe meet je de beoogde resultaten? Welke indicatoren of signalen hanteren we?',
          shortLabel: 'Indicatoren en signalen',
          // The seed's three "Indicator of signaal:" lines are the slots.
          input: { kind: 'indicators', scope: 'maatschappelijk-resultaat', slots: 3 },
        },
        {
          type: 'guidance',
          guidance: {
            kind: 'tip',
            text: [
              'Sluit zoveel mogelijk aan bij wat er al gemonitord wordt. Gebruik indicatoren uit onderzoeken waarbij al veel is nagedacht over de stelling van de vragen.',
            ],
          },
        },
      ],
    },
    {
      id: '2/leren-en-verbeteren',
      title: 'Leren en verbeteren: Maatschappelijk resultaat',
      kind: 'lerenEnVerbeteren',
      actie: 'Evalueer de voortgang op de maatschappelijke resultaten.',
      items: [
        { type: 'heading', text: 'Vul de vraag hieronder nu in.' },
        {
          type: 'heading',
          text: 'Hoe volgen we hoe het met kinderen en jongeren gaat rondom de maatschappelijke resultaten?',
        },
        {
          type: 'text',
          text: [
            'Bespreek met elkaar hoe vaak je de voortgang van de indicatoren en signalen uit de vorige stap wil evalueren. Wie brengt welke informatie bij elkaar en wanneer? Bedenk wat een realistische termijn is om verandering in de beoogde resultaten te verwachten.',
          ],
        },
        {
          type: 'question',
          id: '2.lv.afspraken',
          prompt: 'Welke afspraken maken we en hoe organiseren we die?',
          shortLabel: 'Afspraken over het volgen van de resultaten',
          input: { kind: 'frequency' },
          cadence: 'eenmalig',
        },
        { type: 'heading', text: 'Vul de vragen hieronder periodiek in.' },
        {
          type: 'heading',
          text: 'Het evalueren van de voortgang: wat betekent dit voor beleid en onze inzet?',
        },
        {
          type: 'text',
          text: [
            'Er is opnieuw in kaart gebracht hoe het gaat met kinderen en jongeren rondom onze maatschappelijke resultaten. Betekent dit iets voor het vervolg? Leg hier ook de link met resultaten die behaald zijn op het veranderverhaal. Deze hebben invloed op de maatschappelijke resultaten.',
          ],
        },
        // The seed prints these four in a 2×2 grid; they follow the order of the reflection steps.
        {
          type: 'question',
          id: '2.lv.herkennen',
          prompt:
            'Herkennen we de ontwikkeling rondom de maatschappelijke resultaten? En rondom de elementen uit het veranderverhaal?',
          shortLabel: 'Herkennen we de ontwikkeling',
          help: ['Zie de uitleg bij bouwsteen 3A.'],
          input: { kind: 'reflection', step: 'herkennen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '2.lv.begrijpen',
          prompt: 'Kunnen we het beeld verklaren?',
          shortLabel: 'Kunnen we het beeld verklaren',
          input: { kind: 'reflection', step: 'begrijpen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '2.lv.waarderen',
          prompt: 'Wat vinden we ervan? Willen we onze maatschappelijke resultaten veranderen of bijstellen?',
          shortLabel: 'Resultaten veranderen of bijstellen',
          input: { kind: 'reflection', step: 'waarderen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '2.lv.verbeteren',
          prompt: 'Welke acties halen we hieruit? En hoe pakken we die aan?',
          shortLabel: 'Acties',
          input: { kind: 'reflection', step: 'verbeteren' },
          cadence: 'periodiek',
        },
      ],
    },
  ],
};
