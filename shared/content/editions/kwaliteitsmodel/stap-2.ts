import type { BouwsteenInput } from '../../schema.ts';

/** Stap 2 Maatschappelijk resultaat: ambitie → resultaat over vier jaar → indicatoren (bouwsteen 2). */
export const stap2: BouwsteenInput = {
  id: '2',
  nummer: 2,
  title: 'Stap 2: Hoe maken we onze ambities meetbaar?',
  sheets: [
    {
      id: '2/km-maatschappelijk-resultaat',
      title: 'Maatschappelijk resultaat',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Het is belangrijk om ambities te vertalen naar concrete en meetbare maatschappelijke resultaten. Aan de hand van de maatschappelijke resultaten meet je hoe je ervoor staat.',
          ],
        },
        // The seed's three columns (Ambitie, Maatschappelijk resultaat, Indicatoren), each with its worked
        // examples in the same order, so example n of one column belongs to example n of the next.
        {
          type: 'question',
          id: '2.ambitie',
          prompt: 'We willen dat meer kinderen...',
          shortLabel: 'Ambitie',
          input: { kind: 'longText' },
          guidance: [
            {
              kind: 'voorbeeld',
              text: [],
              bullets: [
                { text: 'We willen dat meer kinderen mee doen in de samenleving.' },
                { text: 'We willen dat meer kinderen school succesvol doorlopen.' },
                { text: 'We willen dat meer kinderen gezond opgroeien.' },
              ],
            },
          ],
        },
        {
          type: 'question',
          id: '2.resultaten',
          prompt: 'Over 4 jaar willen we dat...',
          shortLabel: 'Maatschappelijk resultaat',
          input: { kind: 'list', itemLabel: 'Maatschappelijk resultaat' },
          guidance: [
            {
              kind: 'voorbeeld',
              text: [],
              bullets: [
                { text: '...% jongeren zijn actief betrokken bij ontwikkelingen in de gemeenten' },
                { text: '...% jongeren behalen kwalificatie voor werk of vervolgonderwijs' },
                { text: '...% jongeren hebben een gezonde leefstijl' },
              ],
            },
          ],
        },
        {
          type: 'question',
          id: '2.indicatoren',
          prompt: 'Waaraan zien we dat het goed gaat?',
          shortLabel: 'Indicatoren',
          input: { kind: 'indicators', scope: 'maatschappelijk-resultaat', slots: 3 },
          guidance: [
            {
              kind: 'voorbeeld',
              text: [],
              bullets: [
                {
                  text: 'Deelnamegraad vrijwilligerswerk voor vereningingen, instellingen of maatschappelijke organisaties',
                },
                { text: 'Aantal jeugdigen dat onderwijs verlaat met startkwalificatie' },
                { text: 'Aantal jeugdigen dat sport, niet rookt en matig alcohol gebruikt.' },
              ],
            },
          ],
        },
        {
          type: 'question',
          id: '2.km-meetbaar-resultaat',
          prompt:
            'Welk meetbaar resultaat wilt u over vier jaar zien? Welke gegevens heeft u nodig om dit te meten?',
          shortLabel: 'Meetbaar resultaat en benodigde gegevens',
          input: { kind: 'longText' },
          guidance: [
            {
              kind: 'tip',
              text: [
                'Continu in gesprek',
                'Formuleer het maatschappelijk resultaat samen met de burgers, voorzieningen en maatschappelijke partners. Hiermee creëert u commitment. Maak tussentijds de balans op. En kijk samen wat extra nodig is.',
              ],
            },
            {
              // "Meer informatie?" was a link in the PDF; its address did not survive the extraction.
              kind: 'info',
              text: [
                'NJi Helpt. Onze experts helpen bij het opstellen en monitoren van indicatoren om de resultaten te meten en zichtbaar te maken.',
                'Meer informatie?',
              ],
            },
          ],
        },
        // The seed's link to the next step.
        {
          type: 'text',
          text: [
            'Welke burgers, voorzieningen en partners helpen om het maatschappelijk resultaat te behalen?',
          ],
        },
      ],
    },
  ],
};
