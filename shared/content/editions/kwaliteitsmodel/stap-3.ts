import type { BouwsteenInput } from '../../schema.ts';

/** Stap 3 Activiteiten: what burgers, voorzieningen and maatschappelijke partners contribute (bouwsteen 3-B). */
export const stap3: BouwsteenInput = {
  id: '3B',
  nummer: 3,
  title: 'Stap 3: Welke voorzieningen, partners en burgers helpen onze ambities waar te maken?',
  sheets: [
    {
      id: '3B/km-activiteiten',
      title: 'Activiteiten',
      kind: 'werkblad',
      items: [
        { type: 'heading', text: 'Match ambities met activiteiten en aanbod' },
        {
          type: 'text',
          text: [
            'U heeft uw ambities en gewenst maatschappelijk resultaat helder. Maar sluit het jeugdhulpaanbod van voorzieningen en de activiteiten van maatschappelijke partners en burgers hierop aan? Hoe werken ze samen? Wat bieden zij? En waar zitten nog gaten?',
          ],
        },
        { type: 'heading', text: 'Hoe realiseer je het maatschappelijk resultaat?' },
        {
          type: 'text',
          text: [
            '1. Alleen samen met burgers, voorzieningen en maatschappelijke partners kan een gemeente haar maatschappelijke resultaat waar maken. De rol van de gemeente varieert van sterk sturend naar een meer faciliterende overheid.',
            '2. Als het goed is leveren alle activiteiten samen (burgerinitiatieven, preventie, basisvoorzieningen 1e lijn en intensieve zorg) hun bijdragen aan de realisatie van de maatschappelijke resultaten. Door aan de spelers te vragen wat hun concrete inzet is om het maatschappelijk resultaat te realiseren ontstaat gezamelijk draagvlak en inzicht in wat nog ontbreekt.',
          ],
        },
        {
          // The seed's table: the three players as columns; their activities and the gemeente's role as rows.
          type: 'question',
          id: '3B.km-spelers',
          prompt: 'Wat draagt iedere speler bij aan de realisatie van het maatschappelijk resultaat?',
          shortLabel: 'Bijdrage van iedere speler',
          input: {
            kind: 'table',
            columns: [
              { id: 'burgers', label: 'Burgers' },
              { id: 'voorzieningen', label: 'Voorzieningen' },
              { id: 'maatschappelijkePartners', label: 'Maatschappelijke partners' },
            ],
            rows: [
              { id: 'activiteiten', label: 'Activiteiten' },
              { id: 'rolGemeente', label: 'Rol gemeente' },
            ],
          },
          guidance: [
            {
              kind: 'voorbeeld',
              text: [],
              bullets: [
                {
                  lead: 'Burgers',
                  text: 'Vrijwilligers die schoolverlaters begeleiden. Participatieraad/jongerenraad.',
                },
                {
                  lead: 'Voorzieningen',
                  text: 'Wijkteams, preventieve programma’s, CJG, JGZ, specialistische jeugdhulp, ambulante jeugdhulp, pleegzorg, jeugdbescherming.',
                },
                {
                  lead: 'Maatschappelijke partners',
                  text: 'Huisartsen, kinderopvang, onderwijs, politie, bedrijfsleven.',
                },
              ],
            },
            {
              kind: 'info',
              text: ['Rol gemeente'],
              bullets: [
                {
                  lead: 'Burgers',
                  text: 'Als gemeente faciliteert u de keuzes van uw burgers. U creërt de randvoorwaarden om burgers te kunnen laten participeren.',
                },
                {
                  lead: 'Voorzieningen',
                  text: 'U bent opdrachtgever en heeft een meer sturende rol. U maakt inkoop- en subsidieafspraken en kunt eisen stellen aan kwaliteit.',
                },
                {
                  lead: 'Maatschappelijke partners',
                  text: 'U bent geen financier. Uw rol is wisselend. Ga in gesprek met maatschappelijke partners om duidelijk te krijgen wat ieders verwachtingen en rollen zijn.',
                },
              ],
            },
            {
              kind: 'info',
              text: [
                'NJi Helpt. Het NJi maakt voor gemeenten een analyse van de problematiek afgezet tegen het aanbod.',
              ],
            },
            {
              kind: 'tip',
              text: [
                'Continu in gesprek',
                // "beïnvloeden- denk" is the seed's own punctuation (mid-line), not a broken word.
                'Jeugdproblematiek is complex. Er zal niet altijd één op één een relatie te vinden zijn tussen het werk van een voorziening en een maatschappelijk resultaat. Externe factoren kunnen maatschappelijk resultaat beïnvloeden- denk aan een recessie of maatschappelijke onrust. Blijf daarover met elkaar in gesprek.',
                'In een tussentijdse evaluatie wordt bepaald of het samengestelde pakket aan activiteiten moet worden aangepast.',
              ],
            },
          ],
        },
        // The seed's link to the next step.
        { type: 'text', text: ['Hoe zorgt u voor voorzieningen van kwaliteit?'] },
      ],
    },
  ],
};
