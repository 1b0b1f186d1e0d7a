import type { BouwsteenInput } from '../../schema.ts';

/** Stap 6 Verbetercyclus: from discussing the outcome to improving it (bouwsteen 6). */
export const stap6: BouwsteenInput = {
  id: '6',
  nummer: 6,
  title: 'Stap 6: Hoe kunnen gemeenten en voorzieningen de outcome verbeteren?',
  intro: [{ type: 'heading', text: 'Verbetercyclus' }],
  sheets: [
    {
      id: '6/km-cijfers',
      title: 'Cijfers spreken niet voor zich',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'De outcome meet de kwaliteit van een voorziening. Maar deze cijfers spreken niet voor zich. In de jeugdhulp bijvoorbeeld, betekent een lage tevredenheidsscore van een hulpverlener niet per definitie dat het een slechte hulpverlener is. Best kans dat deze persoon vanwege zijn kwaliteiten de moeilijkste gezinnen krijgt toegeschoven!',
            'Kortom, de outcome is er om te bespreken, niet om op af te rekenen!',
          ],
        },
        {
          type: 'question',
          id: '6.km-gesprek',
          prompt: 'Gaat u met uw instellingen in gesprek op basis van de outcome van hun diensten?',
          shortLabel: 'In gesprek over de outcome',
          input: { kind: 'longText' },
          guidance: [
            {
              kind: 'tip',
              text: [
                'Pas op voor perverse prikkels',
                'Als je als gemeente voorzieningen zónder gesprek afrekent op cijfers, creeër je perverse prikkels. Stel, een voorziening wordt alleen gefinancierd bij een cliënttevredenheid van een 8 of hoger. Dan zal de voorziening misschien een kritische en moeilijke doelgroep links laten liggen. Terwijl deze groep de hulp wellicht het hardste nodig heeft.',
              ],
            },
          ],
        },
      ],
    },
    {
      id: '6/km-verbeteren',
      title: 'Van bespreken naar verbeteren',
      kind: 'lerenEnVerbeteren',
      items: [
        {
          // The interpretation question of every Leren-en-verbeteren sheet: shares its answer with bouwsteen 6.
          type: 'question',
          id: '6.lv.begrijpen',
          prompt: 'Ga in gesprek met elkaar over de outcome. Welk verhaal zit er achter de cijfers?',
          shortLabel: 'Het verhaal achter de cijfers',
          input: { kind: 'reflection', step: 'begrijpen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '6.lv.acties',
          prompt: 'Bepaal samen welke verbeteracties nodig zijn.',
          shortLabel: 'Verbeteracties',
          help: ['Een voorziening kan bijvoorbeeld meer de cliëntenpanels betrekken bij een programma.'],
          input: { kind: 'actions' },
          cadence: 'periodiek',
          guidance: [
            {
              kind: 'tip',
              text: [
                'Aanspreekpunt',
                'Kijk of een voorziening één aanspreekpunt heeft voor het bespreken van de outcome. Deze persoon heeft de verantwoordelijkheid en bevoegdheid om verbeteringen door te voeren. Anders blijven de verbeteracties in de lucht hangen en verandert er niets.',
              ],
            },
          ],
        },
        {
          type: 'question',
          id: '6.km-systeem-gemeente',
          prompt: 'Hoe kan de gemeente het systeem zo inrichten dat de outcome wordt verbeterd?',
          shortLabel: 'Verbeteracties van de gemeente',
          help: ['Verbeteracties zijn er ook voor gemeenten. Zij moeten ook een kwaliteitscyclus hebben.'],
          input: { kind: 'longText' },
          cadence: 'periodiek',
          guidance: [
            {
              kind: 'voorbeeld',
              text: ['Bijvoorbeeld:'],
              bullets: [
                // "informatie - functie" is spaced so in the seed, mid-line; kept as the NJi wrote it.
                {
                  text: 'goed samenspel tussen preventie, basisvoorziening, 1e lijn en intensieve hulp: optimale informatie - functie;',
                },
                { text: 'stimuleren van innovatie door vernieuwingsgericht in te kopen;' },
                { text: 'minimaliseren administratieve processen.' },
              ],
            },
          ],
        },
        {
          type: 'guidance',
          guidance: {
            kind: 'info',
            text: ['Meer weten?', 'Vooorbeelden'],
            links: [
              { title: 'Handboek praktijkgestuurd effectonderzoek' },
              {
                title: 'Samenwerkingsverband Effectieve Jeugdzorg Nederland (SEJN)',
                // Recovered with a search: the NJi's page on the SEJN.
                url: 'https://www.nji.nl/effectieve-jeugdhulp/sejn',
              },
            ],
          },
        },
      ],
    },
  ],
};
