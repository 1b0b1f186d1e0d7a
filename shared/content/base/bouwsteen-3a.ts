/**
 * Bouwsteen 3-A as seed 003 has it, without its advice on seksueel grensoverschrijdend gedrag
 * (that lives in editions/sgg/bouwsteen-3a.ts).
 */
import type { BouwsteenInput } from '../schema.ts';

export const bouwsteen3A: BouwsteenInput = {
  id: '3A',
  nummer: 3,
  title: 'Bepaal hoe je de maatschappelijke resultaten gaat bereiken',
  resultaat: {
    waarom: [
      'Scherp krijgen op welke manier je toewerkt naar de resultaten voor kinderen en jongeren draagt bij aan het vasthouden van de focus waarvoor je het doet.',
    ],
    uitkomst: [
      'We hebben de samenhang expliciet gemaakt tussen datgene waarop we willen inzetten en de beoogde effecten hiervan voor kinderen en jongeren.',
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
      id: '3A.vooraf.betrekken',
      prompt: 'Hoe betrekken we kinderen, jongeren en gezinnen bij deze stap?',
      shortLabel: 'Kinderen, jongeren en gezinnen betrekken',
      input: { kind: 'longText' },
      guidance: [{ kind: 'advies', text: ['Maak gebruik van jongerenparticipatie.'] }],
    },
    {
      type: 'question',
      id: '3A.vooraf.partners',
      prompt: 'Met welke partners doen we dit samen en hoe betrekken we die?',
      shortLabel: 'Partners betrekken',
      input: { kind: 'longText' },
    },
  ],
  sheets: [
    {
      id: '3A/veranderverhaal',
      title: 'Wat willen we bereiken? En op welke manier gaan we daarnaar toewerken?',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Onderzoek de veronderstellingen die er zijn over hoe de resultaten voor kinderen en jongeren het beste bereikt kunnen worden. Wat vinden we belangrijk? Waar willen we op inzetten en waarom? Dit is jullie veranderverhaal.',
          ],
        },
        {
          type: 'question',
          id: '3A.bereiken',
          prompt: 'Wat wil je bereiken voor kinderen en jongeren?',
          shortLabel: 'Wat we willen bereiken',
          input: { kind: 'longText' },
          crossRef: {
            question: '2.resultaten',
            note: 'Neem de maatschappelijke resultaten uit bouwsteen 2 als uitgangspunt.',
          },
          guidance: [
            {
              kind: 'tip',
              text: [
                'Neem de maatschappelijke resultaten uit bouwsteen 2 als uitgangspunt. Op die manier zorg je voor meer samenhang in je beleid.',
              ],
            },
          ],
        },
        // The diagram of the seed: the four kinds of elements that together form the veranderverhaal.
        {
          type: 'text',
          text: ['Hoe gaan jullie dit bereiken? = Veranderverhaal'],
          bullets: [
            { text: 'Kennis over wat werkt' },
            { text: 'Leidende principes & waarden' },
            { text: 'Randvoorwaarden' },
            { text: 'Anders, namelijk...' },
          ],
        },
      ],
    },
    {
      id: '3A/elementen',
      title: 'Welke elementen zijn onderdeel van het veranderverhaal?',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Besprek met elkaar welke elementen een plek hebben in jullie gezamenlijke veranderverhaal en waarom. Beantwoord met elkaar de volgende vragen.',
          ],
        },
        { type: 'heading', text: 'Kennis over wat werkt' },
        {
          type: 'question',
          id: '3A.kennis',
          prompt:
            'Wat weten we over wat werkt vanuit wetenschappelijk onderzoek, praktijkonderzoek en vanuit kinderen en jongeren zelf? Welke werkzame elementen zijn bekend?',
          shortLabel: 'Kennis over wat werkt',
          input: { kind: 'veranderverhaal', category: 'kennis' },
        },
        { type: 'heading', text: 'Leidende principes & waarden' },
        {
          type: 'question',
          id: '3A.principes',
          prompt:
            'Welke leidende principes en (politieke) waarden zijn belangrijk bij het toewerken naar deze resultaten?',
          shortLabel: 'Leidende principes & waarden',
          input: { kind: 'veranderverhaal', category: 'principes' },
          guidance: [
            {
              kind: 'info',
              text: ['Meer informatie:'],
              links: [
                {
                  title:
                    'Leidende principes geven richting aan het sociaal domein | Nederlands Jeugdinstituut (nji.nl)',
                  url: 'https://www.nji.nl/publicaties/leidende-principes-geven-richting-aan-het-sociaal-domein',
                },
              ],
            },
          ],
        },
        { type: 'heading', text: 'Randvoorwaarden' },
        {
          type: 'question',
          id: '3A.randvoorwaarden',
          prompt: 'Welke randvoorwaarden zijn nodig om dit resultaat voor kinderen en jongeren te behalen?',
          shortLabel: 'Randvoorwaarden',
          help: ['Denk aan samenwerking, commitment of draagvlak.'],
          input: { kind: 'veranderverhaal', category: 'randvoorwaarden' },
        },
        { type: 'heading', text: 'Anders, namelijk...' },
        {
          type: 'question',
          id: '3A.anders',
          prompt: 'Wat maakt nog meer onderdeel uit van het veranderverhaal?',
          shortLabel: 'Anders, namelijk',
          input: { kind: 'veranderverhaal', category: 'anders' },
          optional: true,
        },
      ],
    },
    {
      id: '3A/ordenen',
      title: 'Gezamenlijk ordenen en prioriteren',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'In de vorige stap hebben we de elementen uit het veranderverhaal in kaart gebracht. Deze gaan we nu verder ordenen en prioriteren. Zo geven we meer richting aan onze keuzes.',
          ],
        },
        {
          type: 'question',
          id: '3A.samenhang',
          prompt: 'Zien we samenhang tussen de verschillende elementen?',
          shortLabel: 'Samenhang tussen de elementen',
          help: [
            'Welke elementen versterken elkaar? Welke elementen sluiten op elkaar aan?',
            'Welke elementen spreken elkaar tegen? Is dat erg? Is een van deze elementen belangrijker dan de andere?',
          ],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '3A.toevoegen-weglaten',
          prompt:
            'Wat vinden we ervan? Zouden we op basis van bovenstaande punten nog een element willen toevoegen of weglaten?',
          shortLabel: 'Elementen toevoegen of weglaten',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '3A.prioriteit',
          prompt:
            'Welke elementen vinden we het belangrijkste? Waar geven we het meeste prioriteit aan? En waarom?',
          shortLabel: 'Prioriteit van de elementen',
          input: {
            kind: 'prioritering',
            from: ['3A.kennis', '3A.principes', '3A.randvoorwaarden', '3A.anders'],
          },
          crossRef: {
            question: '2.doelgroepen',
            note: 'Bij bouwsteen 2 is stilgestaan bij de doelgroep waar je het meeste verschil voor kunt maken. Neem dit mee voor het prioriteren.',
          },
        },
        {
          type: 'question',
          id: '3A.activiteiten',
          prompt: 'Wat betekent dit voor onze activiteiten?',
          shortLabel: 'Betekenis voor onze activiteiten',
          input: { kind: 'longText' },
        },
      ],
    },
    {
      id: '3A/monitoren',
      title: 'Welke elementen van het veranderverhaal brengen we in beeld? Wat gaan we monitoren?',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'In de vorige stap is in kaart gebracht wat belangrijk is om de maatschappelijke resultaten te behalen. Om te weten hoe het gaat met de voortgang op de elementen uit jullie veranderverhaal, is het belangrijk om dit regelmatig te evalueren. Bedenk met elkaar welke gegevens je daarvoor nodig hebt en hoe je dit gaat verzamelen. Bespreek met elkaar de volgende vragen:',
          ],
        },
        {
          type: 'question',
          id: '3A.informatie',
          prompt:
            'Welke informatie hebben we echt nodig? En welke informatie is interessant, maar niet noodzakelijk?',
          shortLabel: 'Benodigde informatie',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '3A.meenemen',
          prompt: 'Wat nemen we mee en wat niet? Past wat we willen weten bij ons veranderverhaal?',
          shortLabel: 'Wat we meenemen',
          input: { kind: 'longText' },
          guidance: [
            {
              kind: 'advies',
              text: [
                'Vul kwantitatieve informatie aan met kwalitatieve signalen en beelden. Bijvoorbeeld met behulp van interviews onder jongeren en professionals.',
              ],
            },
          ],
        },
        {
          type: 'question',
          id: '3A.indicatoren',
          prompt: 'Welke gegevens gaan we verzamelen? Hoe meten we die? Welke input gebruiken we daarvoor?',
          shortLabel: 'Indicatoren en signalen veranderverhaal',
          input: { kind: 'indicators', scope: 'veranderverhaal', slots: 3 },
        },
        {
          type: 'question',
          id: '3A.frequentie',
          prompt:
            'Hoe vaak meten we deze gegevens? Past deze frequentie bij de verwachtingen uit het veranderverhaal?',
          shortLabel: 'Frequentie van meten',
          input: { kind: 'longText' },
          guidance: [
            {
              kind: 'advies',
              text: [
                'Kijk of je kunt aansluiten bij iets dat al ergens geregistreerd wordt. Zo voorkom je dubbel werk en vraagt het minder inzet om de informatie te verzamelen.',
              ],
            },
          ],
        },
        {
          type: 'question',
          id: '3A.verantwoordelijk',
          prompt: 'Wie is verantwoordelijk voor het verzamelen van deze gegevens?',
          shortLabel: 'Verantwoordelijk voor de gegevens',
          input: { kind: 'text' },
        },
      ],
    },
    {
      id: '3A/leren-en-verbeteren',
      title: 'Leren en verbeteren: veranderverhaal',
      kind: 'lerenEnVerbeteren',
      actie: 'Evalueer de voortgang op de belangrijkste elementen uit het veranderverhaal.',
      items: [
        { type: 'heading', text: 'Hoe meten we of onze aanpak werkt? Hoe leren we ervan?' },
        {
          type: 'text',
          text: [
            'Bij monitoring is het essentieel dat je praat over de gegevens. Cijfers kunnen iets zeggen over de noodzaak of het resultaat van een aanpak, maar ze bieden vaak pas echt helderheid als ze gezamenlijk en vanuit verschillende perspectieven worden besproken. Ga samen in gesprek over onderstaande vragen om zo de gegevens te duiden en er samen van te leren.',
          ],
        },
        {
          type: 'question',
          id: '3A.lv.herkennen',
          prompt: 'Herkennen. Hoe verhoudt de informatie zich tot wat we dagelijks in onze praktijk zien?',
          shortLabel: 'Herkennen',
          input: { kind: 'reflection', step: 'herkennen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '3A.lv.begrijpen',
          prompt: 'Begrijpen. Hoe denken we dat dit komt? Kunnen we het beeld verklaren?',
          shortLabel: 'Begrijpen',
          help: [
            'Leg hier de link met voortgang op je maatschappelijke resultaten. Inzet vanuit het veranderverhaal doe je om de maatschappelijke resultaten te bereiken.',
          ],
          input: { kind: 'reflection', step: 'begrijpen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '3A.lv.waarderen',
          prompt:
            'Waarderen. Wat vinden we ervan? Waar zijn we tevreden over en waarmee niet? Zijn er dingen die we willen veranderen?',
          shortLabel: 'Waarderen',
          input: { kind: 'reflection', step: 'waarderen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '3A.lv.verbeteren',
          prompt: 'Verbeteren. Welke (verbeter)acties halen we hier uit? Hoe gaan we die aanpakken?',
          shortLabel: 'Verbeteren',
          input: { kind: 'reflection', step: 'verbeteren' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '3A.lv.acties',
          prompt: 'Welke acties volgen hieruit rondom de inzet van onze activiteiten? Hoe pakken we die op?',
          shortLabel: 'Acties voor de inzet van activiteiten',
          input: { kind: 'actions' },
          cadence: 'periodiek',
        },
      ],
    },
  ],
};
