import type { BouwsteenInput } from '../../schema.ts';

/** Stap 5 Outcome voorzieningen: the three harmonised outcome indicators (bouwsteen 5). */
export const stap5: BouwsteenInput = {
  id: '5',
  nummer: 5,
  title: 'Stap 5: Welke directe outcome leveren de voorzieningen?',
  sheets: [
    {
      id: '5/km-outcome',
      title: 'Outcome voorzieningen',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: ['De outcome gegevens bieden stof voor een constant proces van leren en verbeteren.'],
        },
        { type: 'heading', text: 'Outcome' },
        {
          type: 'text',
          text: [
            'Per 1 januari 2015 zijn gemeenten verplicht outcome-indicatoren voor jeugdhulp te hanteren. Door prestaties op een vergelijkbare manier te meten komen gemeenten meer te weten over de effecten van de jeugdhulp.',
            'Aan de hand van bepaalde gegevens kun je als gemeente meten of een voorziening goed werk levert. Dit kunnen we meten met outcome-indicatoren.',
            'Er zijn inmiddels drie geharmoniseerde outcome-indicatoren vastgesteld.',
          ],
        },
        { type: 'heading', text: 'Outcome indicatoren' },
        {
          // Same kind as the base's 5.indicatoren: the outcome indicators are the same records in every edition.
          type: 'question',
          id: '5.indicatoren',
          prompt: 'Gebruiken uw voorzieningen deze 3 outcome-indicatoren?',
          shortLabel: 'Outcome-indicatoren',
          input: {
            kind: 'indicators',
            scope: 'uitkomst',
            slots: 3,
            presets: [
              {
                naam: 'Doelrealisatie',
                definitie:
                  'Wat is de mate waarin het doel wordt bereikt? Zoals: 1. Hoeveel cliënten kunnen na het traject zonder professionele hulp verder? 2. Hoeveel cliënten komen binnen x jaar terug in de hulpverlening? 3. Is de problematiek afgenomen en zelfredzaamheid toegenomen?',
              },
              {
                naam: 'Uitval',
                definitie: 'Hoeveel cliënten haken tijdens een traject af? Wat is de mate van de ‘no shows’?',
              },
              {
                naam: 'Tevredenheid',
                definitie: 'Hoe tevreden zijn cliënten over het nut en effecten van de jeugdhulp?',
              },
            ],
          },
          guidance: [
            {
              // Both were links in the PDF; their addresses did not survive the extraction.
              kind: 'info',
              text: ['NJi Helpt.'],
              links: [
                { title: '10 tips voor gemeenten en voorzieningen over werken met outcome' },
                { title: 'Workshop werken met outcome in de praktijk (‘Outcome in zicht’)' },
              ],
            },
          ],
        },
        { type: 'heading', text: 'Maatschappelijk resultaat vs directe outcome' },
        {
          type: 'text',
          text: [
            'Om te weten of voorzieningen goede resultaten boeken, is het niet handig om alleen naar de uiteindelijke maatschappelijke resultaten te kijken. De directe effecten (outcome) van de geleverde hulp bieden inzicht in de kwaliteit van een voorziening.',
          ],
        },
      ],
    },
  ],
};
