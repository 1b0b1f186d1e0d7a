import type { BouwsteenInput } from '../../schema.ts';

/** Stap 1 Monitoring & ambities: covers bouwsteen 1-A (the analysis) and 1-B (the ambities). */
export const stap1: BouwsteenInput = {
  id: '1B',
  nummer: 1,
  title: 'Stap 1: Hoe gaat het met onze jeugd en wat zijn onze ambities?',
  intro: [{ type: 'heading', text: 'Monitoring & ambities' }],
  sheets: [
    {
      id: '1B/km-monitoring',
      title: 'a. Monitoring',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Goed jeugdbeleid begint met kennis over hoe kinderen, jongeren en ouders in een gemeente ervoor staan.',
          ],
        },
        {
          type: 'text',
          text: ['Denk aan vragen als:'],
          bullets: [
            { text: 'Hoe hoog is het schooluitval?' },
            { text: 'Wat is het percentage kinderen dat onveilig opgroeit?' },
            { text: 'Welk percentage kinderen kampt met psychische problemen?' },
          ],
        },
        {
          type: 'text',
          text: ['Monitoringsgegevens geven antwoord op deze vragen. Bijvoorbeeld:'],
          bullets: [
            {
              lead: 'De jeugdmonitor van CBS.',
              text: 'Gegevens over diverse kenmerken van de jeugd en jeugdhulpgebruik per gemeente.',
            },
            { text: 'Lokale gegevens zoals van de GGD' },
            {
              lead: 'Gemeentelijke monitor sociaal domein.',
              text: 'Gegevens over het sociaal economisch profiel van een gemeente en het zorggebruik.',
            },
          ],
        },
        {
          // The seed nests these two under the fourth bullet; the schema has one bullet level.
          type: 'text',
          text: ['NJi monitoren als:'],
          bullets: [
            { text: 'de monitor kindermishandeling en huiselijk geweld.' },
            { text: 'de monitor aansluiting jeugdhulp en onderwijs.' },
          ],
        },
        {
          type: 'question',
          id: '1B.km-staat-jeugd',
          prompt:
            'Heeft u een goed beeld van de staat van uw jeugd? Waar zou u graag cijfers over willen hebben?',
          shortLabel: 'Beeld van de staat van de jeugd',
          input: { kind: 'longText' },
          guidance: [
            {
              kind: 'info',
              text: [
                'NJi Helpt. Wij weten welke monitoringsinformatie behulpzaam kan zijn bij uw kwaliteitsbeleid.',
              ],
            },
          ],
        },
      ],
    },
    {
      id: '1B/km-duiden',
      title: 'b. Monitors duiden',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Cijfers alleen zeggen weinig.',
            'Het credo van het NJi is “cijfers spreken niet voor zich.” Ze moeten worden gecombineerd en worden geïnterpreteerd. Het gaat erom de achterliggende oorzaken van problemen boven tafel te krijgen.',
          ],
        },
        {
          type: 'guidance',
          guidance: {
            kind: 'voorbeeld',
            text: [
              'Zo heeft 16% van de jongeren op het voortgezet onderwijs last van angst en depressie. Angst en depressie zijn een belangrijke voorspeller van schooluitval. Dus bij een ambitie om schoolverzuim te verlagen, hoort de vraag hoe de jeugdhulp en de school beter op elkaar kunnen aansluiten.',
            ],
          },
        },
        {
          type: 'guidance',
          guidance: {
            kind: 'info',
            text: ['NJi Helpt. Het NJi kan u helpen cijfers te duiden en ambities te formuleren.'],
          },
        },
      ],
    },
    {
      id: '1B/km-ambities',
      title: 'c. Ambities',
      kind: 'werkblad',
      items: [
        {
          // Same question and kind as the base's 1B.ambities, so the ambities carry over between editions.
          type: 'question',
          id: '1B.ambities',
          prompt:
            'Formuleer als gemeente samen met burgers, voorzieningen en maatschappelijke partners de collectieve ambities: hier gaan we samen voor.',
          shortLabel: 'Collectieve ambities',
          input: { kind: 'list', itemLabel: 'Ambitie' },
        },
        // The seed's link to the next step; kept because it frames step 2.
        { type: 'text', text: ['Hoe vertaal je ambities naar meetbare maatschappelijke resultaten?'] },
      ],
    },
  ],
};
