import type { BouwsteenInput } from '../../schema.ts';

/** Stap 4 Input kwaliteit voorzieningen (bouwsteen 4). */
export const stap4: BouwsteenInput = {
  id: '4',
  nummer: 4,
  title: 'Stap 4: Hoe zorgen voorzieningen voor kwaliteit?',
  sheets: [
    {
      id: '4/km-kwaliteit-voorzieningen',
      title: 'Input kwaliteit voorzieningen',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Goede kwaliteit van een voorziening draagt bij aan de outcome van de voorziening en het maatschappelijk resultaat.',
            'Gemeenten hebben een verantwoordelijkheid om de kwaliteit van de voorzieningen, hun interne organisatie, de kwaliteit van het personeel en die van de interventies, te bewaken en hier op te sturen.',
          ],
        },
        {
          type: 'question',
          id: '4.km-kennis',
          prompt:
            'Welke kennis heeft u nodig om het goede gesprek met voorzieningen over kwaliteit aan te gaan?',
          shortLabel: 'Kennis voor het gesprek over kwaliteit',
          input: { kind: 'longText' },
          guidance: [
            // "inkoop en- subsidievoorwaarden" is how the NJi wrote it (one line in the PDF), kept as is.
            { kind: 'tip', text: ['U kunt kwaliteitseisen opnemen in uw inkoop en- subsidievoorwaarden'] },
            {
              // The resources were links in the PDF; their addresses did not survive the extraction and a
              // search found no page that is certainly the one meant, so they stay without `url`.
              kind: 'info',
              text: [
                'NJi Helpt. Onze experts adviseren lokale en regionale jeugdhulpaanbieders bij het inrichten van hun kwaliteitsbeleid.',
              ],
              links: [
                { title: 'Databank effectieve interventies' },
                { title: 'Richttlijnen voor professioneel handelen in de jeugdhulp en jeugdbescherming' },
                { title: 'Dossier integrale jeugdhulp' },
                { title: 'Professionalisering jeugdhulp en jeugdbescherming' },
                { title: 'Kwaliteitsregister jeugd' },
              ],
            },
          ],
        },
        {
          type: 'question',
          id: '4.km-checklist',
          prompt: 'Stel de juiste vragen:',
          shortLabel: 'De juiste vragen over kwaliteit',
          input: {
            kind: 'checklist',
            items: [
              {
                id: 'organisatiekwaliteit',
                text: 'Hebben voorzieningen hun interne organisatiekwaliteit op orde?',
              },
              {
                id: 'effectiviteit',
                text: 'Hebben de voorzieningen zicht op de effectiviteit van hun interventies en methoden? Wat werkt?',
              },
              {
                id: 'samenwerking',
                text: 'Vindt er optimale samenwerking plaats tussen de voorzieningen en de wijkteams?',
              },
              { id: 'scholing', text: 'Worden de professionals voldoende geschoold?' },
              {
                id: 'competentie',
                text: 'Sluit de kennis en competentie van de professional aan bij het jeugdhulpaanbod?',
              },
              {
                id: 'beroepsorganisatie',
                text: 'Hebben de professionals in uw wijkteam de juiste beroepsorganisatie?',
              },
            ],
          },
        },
        // The seed's link to the next step.
        { type: 'text', text: ['Welke directe outcome leveren de gekozen voorzieningen?'] },
      ],
    },
  ],
};
