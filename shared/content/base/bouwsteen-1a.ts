import type { BouwsteenInput } from '../schema.ts';

/** Bouwsteen 1-A as seed 003 has it, without its theme advice (editions/sgg/bouwsteen-1a.ts). */
export const bouwsteen1A: BouwsteenInput = {
  id: '1A',
  nummer: 1,
  title: 'Maak een gezamenlijke analyse over hoe het gaat met kinderen en jongeren',
  resultaat: {
    waarom: [
      'Je kunt pas gericht beleid inzetten als je weet hoe het met kinderen en jongeren gaat en wat zij nodig hebben. Het formuleren van ambities helpt bij het bepalen van je beleid en geeft richting aan de uitvoering hiervan.',
    ],
    uitkomst: [
      'We hebben het gesprek gevoerd over hoe het gaat met kinderen en jongeren in onze gemeente / regio, wat we willen en waar we voor gaan.',
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
      id: '1A.vooraf.betrekken',
      prompt: 'Hoe betrekken we kinderen, jongeren en gezinnen bij deze stap?',
      shortLabel: 'Kinderen, jongeren en gezinnen betrekken',
      guidance: [{ kind: 'advies', text: ['Maak gebruik van jongerenparticipatie.'] }],
      input: { kind: 'longText' },
    },
    {
      type: 'question',
      id: '1A.vooraf.partners',
      prompt: 'Met welke partners doen we dit samen en hoe betrekken we die?',
      shortLabel: 'Partners betrekken',
      input: { kind: 'longText' },
    },
  ],
  // The seed's "Vervolg – …" headings only mark a page break inside a worksheet, so they are left out.
  sheets: [
    {
      id: '1A/analyse',
      title: 'Analyse: verzamelen van gegevens',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Hoe gaat het met de kinderen en jongeren in onze gemeente? Dit kan verschillen per wijk, gebied, school, klas en kind. Bij voorkeur wordt de analyse samen met partners én met kinderen, jongeren en hun gezinnen gedaan.',
          ],
        },
        { type: 'heading', text: 'Informatie verzamelen vanuit jouw organisatie' },
        // Introduces the two numbered questions below it.
        {
          type: 'heading',
          text: 'Wat zijn zorgen en kansen voor kinderen en jongeren in onze gemeente of regio?',
        },
        {
          type: 'question',
          id: '1A.analyse.landelijk',
          prompt: 'Wat weten we over hoe het gaat met de jeugd vanuit landelijk onderzoek?',
          shortLabel: 'Landelijk onderzoek',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '1A.analyse.lokaal',
          prompt: 'Welke lokale cijfers hebben we?',
          shortLabel: 'Lokale cijfers',
          guidance: [
            {
              kind: 'tip',
              text: ['Vraag jezelf ook af: hoe verhouden de lokale cijfers zich tot de landelijke cijfers?'],
            },
          ],
          input: { kind: 'longText' },
        },
        { type: 'heading', text: 'Bij wie wil je nog meer informatie ophalen?' },
        {
          type: 'question',
          id: '1A.analyse.partners',
          prompt: 'Wat zijn zorgen en kansen vanuit betrokken partners?',
          shortLabel: 'Zorgen en kansen vanuit partners',
          help: [
            'Vraag partners, jongeren en gezinnen naar hun ervaringen en inschatting van zorgen en kansen.',
          ],
          guidance: [
            {
              kind: 'tip',
              text: [
                "Kijk indien mogelijk ook naar cijfers op bijvoorbeeld wijkniveau of naar cijfers van verschillende groepen, zoals op leeftijd. Mogelijk zijn er bepaalde wijken of groepen met specifieke problematiek, risico's of juist beschermende factoren. Gebruik zoveel mogelijk bestaande monitors en onderzoeken.",
              ],
            },
          ],
          input: { kind: 'longText' },
        },
      ],
    },
    {
      id: '1A/in-gesprek',
      title: 'In gesprek: gezamenlijke interpretatie van de gegevens',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'We hebben in de vorige stap de landelijke en lokale informatie en informatie van partners opgehaald. Deze gaan we nu gezamenlijk bespreken en interpreteren met partners uit de regio. Zo toetsen we of ons beeld klopt.',
          ],
        },
        { type: 'heading', text: 'Bedenk met wie je in gesprek gaat' },
        {
          type: 'question',
          id: '1A.gesprek.partners',
          prompt:
            'Met welke partners in onze regio gaan we in gesprek om hun signalen en beelden over de staat van de jeugd op te halen?',
          shortLabel: 'Gesprekspartners',
          guidance: [
            {
              kind: 'info',
              text: [
                'Kies in eerste instantie voor partners die een belangrijke plek innemen en die gemotiveerd zijn om bij te dragen aan het gemeenschappelijke doel. Een overzicht met mogelijke gesprekspartners staat in het Overzicht Jeugdveld (nji.nl).',
                'Betrek ook jongeren en ouders bij dit gesprek.',
              ],
              // The seed lost this address and no copy of it was found: title only.
              links: [{ title: 'Overzicht Jeugdveld (nji.nl)' }],
            },
          ],
          input: { kind: 'longText' },
        },
        { type: 'heading', text: 'Vragen tijdens het gesprek' },
        {
          type: 'text',
          text: [
            'Ga in het gezamenlijke gesprek met partners uit de regio aan de slag met onderstaande vragen:',
          ],
        },
        {
          type: 'question',
          id: '1A.gesprek.signalen',
          prompt:
            'Welke aanvullende signalen hebben we vanuit de praktijk over hoe het nu gaat met kinderen en jongeren?',
          shortLabel: 'Aanvullende signalen uit de praktijk',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '1A.gesprek.verklaren',
          prompt: 'Kunnen we het beeld verklaren? Wat is het verhaal achter de cijfers?',
          shortLabel: 'Verhaal achter de cijfers',
          guidance: [
            {
              kind: 'advies',
              text: [
                'Breng mogelijke verklaringen van verschillende partners samen en zoek naar een mogelijke rode draad.',
              ],
            },
          ],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '1A.gesprek.herkennen',
          prompt: 'Herkennen wij het beeld vanuit de opgehaalde cijfers?',
          shortLabel: 'Herkennen we het beeld',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '1A.gesprek.waarderen',
          prompt: 'Wat vinden we ervan? Willen we dit verbeteren?',
          shortLabel: 'Wat vinden we ervan',
          guidance: [
            {
              kind: 'tip',
              text: [
                'Let op dat alle verschillende partners hun stem kunnen laten horen. Mocht een partner de beelden niet herkennen, vraag dan hoe die partner erover denkt.',
              ],
            },
          ],
          input: { kind: 'longText' },
        },
      ],
    },
    {
      id: '1A/zorgen-en-kansen',
      title: 'In gesprek: Gedeelde zorgen en kansen',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Kijkend naar het gezamenlijke beeld dat we hebben over het hoe het gaat met kinderen en jongeren: waar zien we zorgen en kansen?',
          ],
        },
        {
          type: 'question',
          id: '1A.zorgen',
          prompt: 'Wat zijn onze gedeelde zorgen over de kinderen en jongeren in onze gemeente of regio?',
          shortLabel: 'Gedeelde zorgen',
          help: ['De zorgen kunnen verschillend zijn per wijk, gebied, school, klas en kind.'],
          input: { kind: 'list', itemLabel: 'Zorg' },
        },
        {
          type: 'question',
          id: '1A.kansen',
          prompt: 'Wat zien we als kansen voor de kinderen en jongeren in onze gemeente of regio?',
          shortLabel: 'Kansen',
          help: ['De kansen kunnen verschillend zijn per wijk, gebied, school, klas en kind.'],
          input: { kind: 'list', itemLabel: 'Kans' },
        },
      ],
    },
  ],
};
