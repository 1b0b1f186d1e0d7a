import type { BouwsteenInput } from '../schema.ts';

/**
 * Bouwsteen 0-A as seed 003 has it, without its theme advice (editions/sgg/bouwsteen-0a.ts).
 * The partner overview keeps every organisation of the seed, in the seed's cell.
 */
export const bouwsteen0A: BouwsteenInput = {
  id: '0A',
  nummer: 0,
  title: 'Zoek naar de samenwerking en het gezamenlijk belang',
  resultaat: {
    waarom: [
      'Een doelgerichte en samenhangende aanpak heeft meer slagkracht dan afzonderlijke initiatieven.',
    ],
    uitkomst: [
      'We weten welk vraagstuk voor ons ligt en welke samenwerking we nodig hebben. We erkennen dat dit een gezamenlijk vraagstuk is en voelen de urgentie om er samen mee aan de slag te gaan.',
    ],
  },
  sheets: [
    {
      id: '0A/vraagstuk-en-samenwerking',
      // The seed's first worksheet has no title of its own; it carries the bouwsteen's.
      title: 'Zoek naar de samenwerking en het gezamenlijk belang',
      kind: 'werkblad',
      items: [
        {
          type: 'question',
          id: '0A.vraagstuk',
          prompt: 'Met welk vraagstuk willen we aan de slag voor kinderen en jongeren?',
          shortLabel: 'Vraagstuk',
          help: [
            'Probeer niet om dit vraagstuk perfect tot in de puntjes te verwoorden. In bouwsteen 1 en 2 gaan we hiermee verder.',
          ],
          input: { kind: 'longText' },
        },
        { type: 'heading', text: 'Wie betrekken we?' },
        {
          type: 'text',
          text: [
            'Veel vraagstukken vragen om samenwerking op lange termijn. Geef daarom alvast antwoord op de volgende vragen:',
          ],
        },
        {
          type: 'question',
          id: '0A.samenwerkingen',
          prompt: 'Welke samenwerkingen zijn leidend of nodig om aan dit vraagstuk te werken?',
          shortLabel: 'Leidende of nodige samenwerkingen',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0A.partners',
          prompt:
            'Welke partijen betrekken we bij ons plan? Wat is een logische samenstelling in onze gemeente/regio?',
          shortLabel: 'Samenwerkingspartners',
          // The overview's heading and lead-in introduce the table this question is answered in.
          help: [
            'Overzicht mogelijke externe samenwerkingspartners',
            'Hieronder vind je een overzicht van externe samenwerkingspartners waaraan je kunt denken (naast het betrekken van kinderen, jongeren en gezinnen).',
          ],
          guidance: [
            {
              kind: 'tip',
              text: [
                'Richt je op mensen die gemotiveerd zijn om het vraagstuk aan te pakken, die het belang van samenwerking inzien en die binnen hun organisatie een zeker mandaat hebben.',
              ],
            },
            {
              kind: 'tip',
              text: [
                'Zie voor meer inspiratie het overzicht Opgroeien in Nederland: wie zijn daarbij betrokken?',
              ],
              links: [
                {
                  title: 'Opgroeien in Nederland: wie zijn daarbij betrokken?',
                  url: 'https://www.nji.nl/opvoeden-en-ouderschap/opgroeien-in-nederland-wie-zijn-daarbij-betrokken',
                },
              ],
            },
          ],
          input: {
            kind: 'partnerOverview',
            domains: [
              { id: 'opvangOnderwijs', label: 'Opvang en onderwijs' },
              { id: 'welzijnSportCultuur', label: 'Welzijn, sport en cultuur' },
              { id: 'gezondheidZorg', label: 'Gezondheid en zorg' },
              { id: 'wonenWerkInkomen', label: 'Wonen, werk en inkomen' },
              { id: 'veiligheid', label: 'Veiligheid' },
            ],
            levels: [
              { id: 'basisvoorzieningen', label: 'Basisvoorzieningen' },
              { id: 'basisondersteuning', label: 'Basisondersteuning' },
              { id: 'intensief', label: 'Intensieve en gespecialiseerde ondersteuning' },
            ],
            // Cells as the seed's table has them; empty cells of the seed have no entry.
            suggestions: [
              {
                domain: 'opvangOnderwijs',
                level: 'basisvoorzieningen',
                organisations: [
                  'Kinderopvang',
                  'School (basis-, middelbaar en hoger onderwijs)',
                  'Samenwerkingsverbanden',
                ],
              },
              {
                domain: 'opvangOnderwijs',
                level: 'basisondersteuning',
                organisations: [
                  'Voor- en vroegschoolse educatie',
                  'Speciaal basisonderwijs',
                  'Leerplicht',
                  'Schoolmaatschappelijk werk',
                ],
              },
              { domain: 'opvangOnderwijs', level: 'intensief', organisations: ['Speciaal onderwijs'] },
              {
                domain: 'welzijnSportCultuur',
                level: 'basisvoorzieningen',
                organisations: [
                  'Kinder- en jongerenwerk',
                  'Buurtcentra',
                  'Vrijtijdsvoorzieningen',
                  'Horeca',
                  'Festivals',
                  'Poppodia',
                ],
              },
              {
                domain: 'welzijnSportCultuur',
                level: 'basisondersteuning',
                organisations: ['Maatjes- en mentorprojecten', 'Vrijwilligerswerk', 'Steungezinnen'],
              },
              {
                domain: 'gezondheidZorg',
                level: 'basisvoorzieningen',
                organisations: ['Huisarts', 'Consultatiebureau', 'Verloskundige zorg'],
              },
              {
                domain: 'gezondheidZorg',
                level: 'basisondersteuning',
                organisations: ['Wijkteam, CJG', 'Praktijkondersteuner van de huisarts'],
              },
              {
                domain: 'gezondheidZorg',
                level: 'intensief',
                organisations: ['Jeugd- en opvoedhulp', 'Jeugd-ggz', 'Gehandicaptenzorg', 'Verslavingszorg'],
              },
              {
                domain: 'wonenWerkInkomen',
                level: 'intensief',
                organisations: [
                  'Jeugdhulp in gezinsvormen',
                  'Jeugdhulp met verblijf',
                  'Schuldsanering',
                  'Voedselbank',
                ],
              },
              { domain: 'veiligheid', level: 'basisvoorzieningen', organisations: ['Buurtvereniging'] },
              {
                domain: 'veiligheid',
                level: 'basisondersteuning',
                organisations: ['Kindertelefoon', 'Wijkagent/politie', 'Rechtsbijstand', 'Veilig Thuis'],
              },
              {
                domain: 'veiligheid',
                level: 'intensief',
                organisations: [
                  'Rechter',
                  // The seed's "jeugd-reclassering" is a line-break hyphen in a narrow table cell.
                  'Jeugdbescherming en jeugdreclassering',
                  'Raad voor de Kinderbescherming',
                  'Jeugdzorg-plus',
                  'Justitiële jeugdinrichting',
                  'Centrum seksueel geweld',
                  'Vrouwenopvang',
                ],
              },
            ],
          },
        },
        {
          type: 'question',
          id: '0A.betrekken',
          prompt: 'Hoe betrekken we kinderen, jongeren en gezinnen in dit proces?',
          shortLabel: 'Kinderen, jongeren en gezinnen betrekken',
          guidance: [
            {
              kind: 'info',
              text: ['Meer informatie over hoe je dit vorm kunt geven:'],
              // Bare addresses in the seed; titles taken from their paths.
              links: [
                {
                  title: 'Handreiking duurzame jongerenparticipatie',
                  url: 'https://www.nji.nl/handreiking-duurzame-jongerenparticipatie',
                },
                { title: 'ZonMw', url: 'https://www.zonmw.nl' },
                {
                  title: 'Voortijdig schoolverlaten en verzuim',
                  url: 'https://www.nji.nl/voortijdig-schoolverlaten-en-verzuim',
                },
                { title: 'Aanpak met andere ogen', url: 'https://www.aanpakmetandereogen.nl' },
              ],
            },
            { kind: 'advies', text: ['Maak gebruik van jongerenparticipatie.'] },
          ],
          input: { kind: 'longText' },
        },
      ],
    },
    {
      id: '0A/gezamenlijk-vraagstuk',
      title: 'Wat is ons gezamenlijke vraagstuk?',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Beantwoord met de partijen uit de vorige stap onderstaande vragen. Blijf alert op elkaars beelden en visies en geef ruimte aan het bespreken van mogelijke verschillen. Dit helpt in het proces.',
          ],
        },
        {
          type: 'question',
          id: '0A.gezamenlijk-vraagstuk.opvalt',
          prompt: 'Wat valt ons op bij dit vraagstuk?',
          shortLabel: 'Wat valt ons op',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0A.gezamenlijk-vraagstuk.kwesties',
          prompt: 'Tegen welke kwesties lopen we aan?',
          shortLabel: 'Kwesties',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0A.gezamenlijk-vraagstuk.belang',
          prompt: 'Waarom is het belangrijk om samen aan de slag te gaan?',
          shortLabel: 'Belang van samen aan de slag gaan',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0A.gezamenlijk-vraagstuk.randvoorwaarden',
          prompt: 'Hebben we duidelijk welke randvoorwaarden we hiervoor nodig hebben?',
          shortLabel: 'Randvoorwaarden',
          help: ['Denk aan mandaat, financiering, bemensing en monitoring.'],
          input: { kind: 'longText' },
        },
      ],
    },
  ],
};
