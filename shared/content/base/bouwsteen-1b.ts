import type { BouwsteenInput } from '../schema.ts';

/**
 * Bouwsteen 1-B as seed 003 has it, without its theme advice (editions/sgg/bouwsteen-1b.ts),
 * with bouwsteen 1's Leren-en-verbeteren sheet as its last sheet.
 */
export const bouwsteen1B: BouwsteenInput = {
  id: '1B',
  nummer: 1,
  title: 'Formuleer ambities voor kinderen en jongeren',
  // The seed repeats 1-A's Resultaat on 1-B.
  resultaat: {
    waarom: [
      'Je kunt pas gericht beleid inzetten als je weet hoe het met kinderen en jongeren gaat en wat zij nodig hebben. Het formuleren van ambities helpt bij het bepalen van je beleid en geeft richting aan de uitvoering hiervan.',
    ],
    uitkomst: [
      'We hebben het gesprek gevoerd over hoe het gaat met kinderen en jongeren in onze gemeente / regio, wat we willen en waar we voor gaan.',
    ],
  },
  sheets: [
    {
      id: '1B/ambities-formuleren',
      title: 'Ambities formuleren',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'In de vorige stap hebben we de gezamenlijke zorgen en kansen in kaart gebracht. Waar willen we iets mee gaan doen? Wat willen we aanpakken? Hierover gaan we met elkaar ambities formuleren.',
          ],
        },
        {
          type: 'question',
          id: '1B.keuze',
          prompt: 'Met welke vragen, problemen of kansen willen we aan de slag? Waarom met deze?',
          shortLabel: 'Vragen, problemen of kansen',
          help: [
            'Heb in het gesprek aandacht voor verschillende standpunten en belangen. Over welke punten kunnen we het snel eens zijn? Welke ambities kunnen verbindend werken?',
          ],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '1B.ambities',
          prompt: 'Wat zijn hiervoor onze ambities voor kinderen en jongeren?',
          shortLabel: 'Ambities',
          help: ['Probeer ambities positief te formuleren. Positieve ambities geven energie.'],
          guidance: [
            {
              kind: 'tip',
              text: ['Kies je focus. Ga niet tegelijkertijd werken aan meer dan drie ambities.'],
            },
          ],
          input: { kind: 'list', itemLabel: 'Ambitie', softMax: 3 },
        },
      ],
    },
    {
      id: '1B/leren-en-verbeteren',
      title: 'Leren en verbeteren: Staat van de jeugd en ambities',
      kind: 'lerenEnVerbeteren',
      actie: 'Evalueer hoe het met kinderen en jongeren gaat en reflecteer op de huidige ambities.',
      items: [
        { type: 'heading', text: 'Vul de vraag hieronder nu in.' },
        { type: 'heading', text: 'Analyse: verzamelen van gegevens' },
        {
          type: 'text',
          text: [
            'Bespreek met elkaar hoe vaak je in kaart wil brengen hoe het met kinderen en jongeren gaat. En wat je wanneer in kaart wil brengen. Bedenk wat een realistische termijn is om verandering in de beoogde resultaten te verwachten.',
          ],
        },
        {
          type: 'question',
          id: '1B.lv.afspraken',
          prompt: 'Welke afspraken maken we en hoe organiseren we dit?',
          shortLabel: 'Afspraken over de analyse',
          input: { kind: 'frequency' },
          cadence: 'eenmalig',
        },
        { type: 'heading', text: 'Vul de vragen hieronder periodiek in om samen te reflecteren.' },
        { type: 'heading', text: 'Wat betekent dit voor onze ambities?' },
        {
          type: 'text',
          text: [
            "Er is opnieuw in kaart gebracht hoe het gaat met kinderen en jongeren in de gemeente en welke thema's kinderen en jongeren bezighouden. Betekent dit iets voor de huidige ambities?",
          ],
        },
        // The seed prints these four in a 2×2 grid; they follow the order of the reflection steps.
        {
          type: 'question',
          id: '1B.lv.herkennen',
          prompt: 'Herkennen we de nieuwe gegevens?',
          shortLabel: 'Herkennen we de nieuwe gegevens',
          input: { kind: 'reflection', step: 'herkennen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '1B.lv.begrijpen',
          prompt: 'Kunnen we het beeld verklaren?',
          shortLabel: 'Kunnen we het beeld verklaren',
          input: { kind: 'reflection', step: 'begrijpen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '1B.lv.waarderen',
          prompt: 'Wat vinden we ervan? Willen we onze ambities bijstellen?',
          shortLabel: 'Ambities bijstellen',
          input: { kind: 'reflection', step: 'waarderen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '1B.lv.verbeteren',
          prompt: 'Welke acties halen we hieruit? En hoe pakken we die aan?',
          shortLabel: 'Acties',
          input: { kind: 'reflection', step: 'verbeteren' },
          cadence: 'periodiek',
        },
      ],
    },
  ],
};
