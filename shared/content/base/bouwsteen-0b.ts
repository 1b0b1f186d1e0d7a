import type { BouwsteenInput } from '../schema.ts';

/**
 * Bouwsteen 0-B as seed 003 has it (it holds no theme advice), with bouwsteen 0's
 * Leren-en-verbeteren sheet as its last sheet.
 */
export const bouwsteen0B: BouwsteenInput = {
  id: '0B',
  nummer: 0,
  title: 'Organiseer de samenwerking en de besluitvorming',
  resultaat: {
    waarom: [
      'Voor het gezamenlijke vraagstuk is samenwerking nodig tussen mensen, afdelingen en organisaties.',
    ],
    uitkomst: [
      'We hebben bepaald waar en bij wie de regie ligt. Ook hebben we afspraken gemaakt over het proces van planontwikkeling en besluitvorming.',
    ],
  },
  sheets: [
    {
      id: '0B/regie-en-besluitvorming',
      // The seed's first worksheet has no title of its own; it carries the bouwsteen's.
      title: 'Organiseer de samenwerking en de besluitvorming',
      kind: 'werkblad',
      items: [
        {
          type: 'question',
          id: '0B.vraagstuk',
          prompt: 'Wat is ons gezamenlijke vraagstuk?',
          shortLabel: 'Gezamenlijk vraagstuk',
          crossRef: {
            question: '0A.gezamenlijk-vraagstuk.opvalt',
            note: 'Zet hier nogmaals het gezamenlijke vraagstuk uit sheet 2 van bouwsteen 0-A neer.',
          },
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0B.regie',
          prompt:
            'Op welke plek ligt het voor de hand om dit vraagstuk bestuurlijk en beleidsmatig vorm te geven? Bij welke partner(s) ligt de regie?',
          shortLabel: 'Plek en regie',
          help: ['Kijk of er een goede samenwerking is die je kunt benutten.'],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0B.mensen',
          prompt:
            'Hoe vinden we de goede mensen om hiermee aan de slag te gaan? Wie onderneemt hierop actie?',
          shortLabel: 'De goede mensen vinden',
          help: ['Kijk naar energie die partners hebben om met het vraagstuk aan de slag te gaan.'],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0B.organisatie',
          prompt:
            'Wie zorgt voor de organisatie, zoals een agenda, vastleggen van acties en besluiten, planning?',
          shortLabel: 'Organisatie van de samenwerking',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0B.besluitvorming',
          prompt: 'Waar vindt besluitvorming plaats, tussen de organisaties en intern? Wie heeft mandaat?',
          shortLabel: 'Besluitvorming en mandaat',
          guidance: [
            {
              kind: 'advies',
              text: [
                'Let erop dat iedereen eigenaarschap blijft voelen. Maak afspraken over hoe je samenwerkt en hoe je handelt bij een conflict.',
              ],
            },
          ],
          input: { kind: 'longText' },
        },
      ],
    },
    {
      id: '0B/contact-onderhouden',
      title: 'Contact onderhouden',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Als iedereen aan de slag gaat met zijn deel is het belangrijk om met elkaar in verbinding te blijven. Maak gezamenlijke afspraken over:',
          ],
        },
        {
          type: 'question',
          id: '0B.contact.voortgang',
          prompt: 'Wanneer en hoe informeren we elkaar over de voortgang van de activiteiten?',
          shortLabel: 'Elkaar informeren over de voortgang',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0B.contact.aangehaakt',
          prompt: 'Hoe houden we iedereen aangehaakt?',
          shortLabel: 'Iedereen aangehaakt houden',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0B.contact.momenten',
          prompt: 'Op welke momenten zoeken we elkaar op, ook buiten leer- en verbetermomenten?',
          shortLabel: 'Momenten om elkaar op te zoeken',
          guidance: [
            {
              kind: 'tip',
              text: [
                'Zorg ook dat er informele momenten zijn om de relaties warm te houden. En vier samen je successen.',
              ],
            },
          ],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0B.contact.ouders-jongeren',
          prompt: 'Hoe houden we de verbinding met ouders en jongeren?',
          shortLabel: 'Verbinding met ouders en jongeren',
          guidance: [
            {
              kind: 'advies',
              text: [
                'Sluit aan op de leefwereld van de ouders en jongeren. Vraag aan hen hoe ze in contact willen blijven.',
              ],
            },
          ],
          input: { kind: 'longText' },
        },
      ],
    },
    {
      id: '0B/langdurige-samenwerking',
      title: 'Langdurige samenwerking',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Het samen aanpakken van dit vraagstuk vormt een kans om te werken aan duurzame samenwerking. Stel jezelf de volgende vragen:',
          ],
        },
        {
          type: 'question',
          id: '0B.langdurig.verankeren',
          prompt:
            'Hoe verankeren we de huidige samenwerking in onze organisatiestructuren en in regulier beleid en uitvoering?',
          shortLabel: 'Samenwerking verankeren',
          guidance: [
            {
              kind: 'advies',
              text: [
                'Maak de samenwerking onderdeel van je beleidsvoering. Stel gezamenlijke doelen op, maak werkafspraken en monitor de resultaten periodiek. Organiseer tijd en ruimte voor afstemming en gezamenlijke planvorming.',
              ],
            },
            {
              kind: 'tip',
              text: [
                'Werk actief samen bij het uitvoeren van het gezamenlijke beleid. Op die manier blijf je bewust bezig met de gezamenlijke aanpak. Organiseer bijvoorbeeld samen met partners trainingen voor professionals, of organiseer kennisbijeenkomsten.',
              ],
            },
          ],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '0B.langdurig.werkwijzen',
          prompt:
            'Hoe kunnen we deze gezamenlijke aanpak en werkwijze gebruiken om bestaande werkwijzen en culturen te veranderen? (minder verkokering en versnippering)',
          shortLabel: 'Werkwijzen en culturen veranderen',
          guidance: [
            {
              kind: 'tip',
              text: [
                'Maak samen afspraken hoe je omgaat met tussentijdse in- en uitreders of bij conflicten.',
              ],
            },
          ],
          input: { kind: 'longText' },
        },
      ],
    },
    {
      id: '0B/leren-en-verbeteren',
      title: 'Leren en verbeteren: Gezamenlijk belang en samenwerking',
      kind: 'lerenEnVerbeteren',
      actie: 'Evalueer de samenwerking regelmatig.',
      items: [
        { type: 'heading', text: 'Bij aanvang van de samenwerking.' },
        {
          type: 'question',
          id: '0B.lv.afspraken',
          prompt: 'Hoe reflecteren we regelmatig op de samenwerking?',
          shortLabel: 'Afspraken over reflectie op de samenwerking',
          help: [
            'Leren doe je samen vanuit bestuur, beleid en uitvoering. Hoe zorgen we dat we vaste momenten voor reflectie inplannen vanuit alle drie de niveaus? Welke frequentie spreken we af en wie plant dit in?',
          ],
          input: { kind: 'frequency' },
          cadence: 'eenmalig',
        },
        { type: 'heading', text: 'Vragen om tijdens de samenwerking regelmatig te stellen.' },
        {
          type: 'question',
          id: '0B.lv.cijfers',
          prompt: 'Blijf in gesprek: hoe verloopt de samenwerking?',
          shortLabel: 'Cijfers voor de samenwerking',
          help: [
            "Voer met elkaar regelmatig het gesprek over de samenwerking aan de hand van onderstaande thema's:",
          ],
          guidance: [
            {
              kind: 'tip',
              text: [
                'Geef de verschillende onderdelen een cijfer. Bespreek met elkaar de verschillen en wat er nodig is om een hoger cijfer te halen.',
              ],
            },
            {
              kind: 'info',
              text: [
                'Lees meer over hoe je samen met partners kunt reflecteren op de samenwerking in dit reflectie-instrument.',
              ],
              // The seed lost this address and no copy of it was found: title only.
              links: [{ title: 'reflectie-instrument' }],
            },
          ],
          input: {
            kind: 'grades',
            themes: [
              {
                id: 'gezamenlijkVraagstuk',
                label: 'Gezamenlijk vraagstuk',
                prompt:
                  'Zitten we (nog) allemaal op één lijn? Vraagt het gezamenlijke vraagstuk bijstelling?',
              },
              {
                id: 'belangen',
                label: 'Belangen',
                prompt:
                  'Hebben we zicht op elkaars belangen? Kan iedereen voldoende bijdragen? Haalt iedereen er voldoende uit?',
              },
              {
                id: 'relatie',
                label: 'Relatie',
                prompt: 'Draagt wat we doen bij aan onderling vertrouwen? Hoe gaan we om met conflicten?',
              },
              {
                id: 'organisatie',
                label: 'Organisatie',
                prompt:
                  'Hebben we de organisatie goed belegd? Draagt deze bij aan de opgave? Is het mandaat goed geregeld?',
              },
              {
                id: 'proces',
                label: 'Proces',
                prompt:
                  'Evalueren we de voortgang? En de samenwerking? Zijn de rolverdeling en het proces voldoende duidelijk?',
              },
            ],
            min: 1,
            max: 10,
          },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '0B.lv.acties',
          prompt: 'Welke acties komen er uit de tussenevaluatie van de samenwerking?',
          shortLabel: 'Acties uit de tussenevaluatie',
          help: ['Noteer of en zo ja welke (verbeter)acties je hieruit haalt en hoe je dat gaat aanpakken.'],
          input: { kind: 'actions' },
          cadence: 'periodiek',
        },
      ],
    },
  ],
};
