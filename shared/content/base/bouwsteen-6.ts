/**
 * Bouwsteen 6 as seed 003 has it. Seed 003 gives no theme-specific advice for this bouwsteen.
 */
import type { BouwsteenInput } from '../schema.ts';

export const bouwsteen6: BouwsteenInput = {
  id: '6',
  nummer: 6,
  title: 'Heb aandacht voor leren en verbeteren',
  resultaat: {
    waarom: [
      'Het bijhouden van hoe het gaat met doelen en resultaten en hierin samen leren en verbeteren, zorgt voor een effectievere aanpak.',
    ],
    uitkomst: ['We weten wat er goed gaat, wat er beter kan en hoe we dat gaan doen.'],
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
      id: '6.vooraf.betrekken',
      prompt: 'Hoe betrekken we kinderen, jongeren en gezinnen bij deze stap?',
      shortLabel: 'Kinderen, jongeren en gezinnen betrekken',
      input: { kind: 'longText' },
    },
    {
      type: 'question',
      id: '6.vooraf.partners',
      prompt: 'Met welke partners doen we dit samen en hoe betrekken we die?',
      shortLabel: 'Partners betrekken',
      input: { kind: 'longText' },
      guidance: [
        {
          kind: 'advies',
          text: [
            'Betrek mensen vanuit beleid en vanuit de uitvoering. Je hebt beiden nodig om te werken aan kwaliteit en zo betere resultaten te bereiken voor kinderen en jongeren.',
          ],
        },
      ],
    },
  ],
  sheets: [
    {
      id: '6/samen-leren',
      title: 'Wat is voor ons belangrijk om samen te leren?',
      kind: 'werkblad',
      items: [
        {
          type: 'question',
          id: '6.samen-leren',
          prompt: 'Wat is voor ons belangrijk om samen te leren?',
          shortLabel: 'Belangrijk bij samen leren',
          help: [
            'Bespreek met elkaar welke punten voor jullie van belang zijn om samen effectief te kunnen leren en waarom. Er zijn verschillende contexten waarbinnen je met elkaar leert en verbetert. Bespreek wat je belangrijk vindt in elk van deze contexten. Denk hierbij aan de volgende onderwerpen:',
          ],
          input: {
            kind: 'dosDonts',
            fields: [
              { id: 'dos', label: "Do's", prompt: 'Wat moeten we vooral wel doen?' },
              { id: 'donts', label: "Don'ts", prompt: 'Wat moeten we vooral niet doen?' },
              { id: 'waarden', label: 'Waarden', prompt: 'Welke waarden vinden we belangrijk?' },
              { id: 'verwachtingen', label: 'Verwachtingen', prompt: 'Welke verwachtingen hebben we?' },
            ],
          },
        },
        {
          type: 'question',
          id: '6.context',
          prompt:
            'Hoe dragen we zorg voor het creëren van een prettige en effectieve context om samen te leren?',
          shortLabel: 'Afspraken voor een goede leercontext',
          help: [
            'In de vorige stap hebben we in beeld gebracht welke dingen belangrijk zijn bij samen leren en verbeteren. Welke afspraken maken we naar aanleiding hiervan? Zet ze hier op een rijtje.',
          ],
          input: { kind: 'list', itemLabel: 'Afspraak' },
        },
      ],
    },
    {
      id: '6/momenten',
      title: 'Organiseren van momenten om samen te leren en te verbeteren',
      kind: 'werkblad',
      items: [
        {
          type: 'question',
          id: '6.voortgang',
          prompt: 'Hoe zorgen we ervoor dat we regelmatig het gesprek over de voortgang voeren?',
          shortLabel: 'Regelmatig gesprek over de voortgang',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '6.koppelen',
          prompt: 'Kunnen we dit koppelen aan reeds geplande periodieke overleggen?',
          shortLabel: 'Koppelen aan bestaand overleg',
          input: { kind: 'longText' },
        },
        // The agreements on the next moment feed the reflection schedule.
        {
          type: 'question',
          id: '6.afspraken',
          prompt: 'Welke afspraken maken we daar nu over? Wat is het eerstvolgende moment?',
          shortLabel: 'Afspraken en eerstvolgende moment',
          input: { kind: 'frequency' },
        },
        {
          type: 'question',
          id: '6.aanwezig',
          prompt: 'Wie zijn daarbij aanwezig?',
          shortLabel: 'Wie aanwezig zijn',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '6.input',
          prompt: 'Wie leveren de gegevens/input voor dit gesprek?',
          shortLabel: 'Wie de gegevens leveren',
          input: { kind: 'longText' },
        },
      ],
    },
    {
      id: '6/leren-en-verbeteren',
      title: 'Leren en verbeteren: beleid en uitvoering',
      kind: 'lerenEnVerbeteren',
      actie: 'Bespreek wat er goed gaat, wat beter kan en hoe dit wordt aangepakt.',
      items: [
        { type: 'heading', text: 'Samen sturen op effectief jeugdbeleid' },
        {
          type: 'text',
          text: [
            'Om effectief te kunnen sturen op kwaliteit heb je twee speelvelden nodig: beleid en praktijk. Door informatie over beide speelvelden samen te brengen, kan er een leerproces ontstaan waarin je samen stuurt op kwaliteit. Je brengt daarvoor eerst de informatie bij elkaar van de speelvelden en de daarbij behorende bouwstenen.',
          ],
        },
        { type: 'heading', text: 'Beleid en uitvoering' },
        { type: 'text', text: ['Hier komt beleid en praktijk samen.'] },
        {
          type: 'question',
          id: '6.lv.beleid-en-uitvoering',
          prompt: 'Hoe zijn deze op elkaar afgestemd? Vullen ze elkaar aan? Wat leren we van elkaar?',
          shortLabel: 'Afstemming beleid en uitvoering',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        { type: 'heading', text: 'Beleid' },
        {
          type: 'text',
          text: [
            'Hier komen de beleidsambities, maatschappelijke resultaten en een passende beleidsaanpak samen. Bij voorkeur in samenspraak met andere partijen.',
          ],
        },
        {
          type: 'question',
          id: '6.lv.beleid',
          prompt: 'Welke informatie hebben we hierover?',
          shortLabel: 'Informatie over beleid',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        { type: 'heading', text: 'Uitvoering' },
        {
          type: 'text',
          text: [
            'Hier gaat het over de inspanningen die gedaan worden om de directe resultaten voor kinderen en jongeren te verbeteren, en de samenwerking die daarin een rol speelt.',
          ],
        },
        {
          type: 'question',
          id: '6.lv.uitvoering',
          prompt: 'Welke informatie is er over dit speelveld?',
          shortLabel: 'Informatie over uitvoering',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '6.lv.eerdere-acties',
          prompt: 'Wat hebben we al gedaan om betere resultaten voor kinderen en jongeren te halen?',
          shortLabel: 'Wat we al gedaan hebben',
          help: [
            'Als je al eerder verbeteracties hebt doorgevoerd, bespreek dan ook met elkaar wat het resultaat is van deze verbeteracties. Noteer dat hier.',
          ],
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'heading',
          text: 'In gesprek: gezamenlijke interpretatie van de informatie en samen bepalen wat nodig is voor het vervolg',
        },
        {
          type: 'text',
          text: [
            'Bespreek met elkaar de bij elkaar gebrachte informatie van de vorige sheet, aan de hand van de volgende vier vragen. Deze vragen kunnen in iedere context worden toegepast om te leren en verbeteren.',
          ],
        },
        {
          type: 'question',
          id: '6.lv.herkennen',
          prompt: 'Herkennen: Hoe verhoudt deze informatie zich tot wat we dagelijks in onze praktijk zien?',
          shortLabel: 'Herkennen',
          input: { kind: 'reflection', step: 'herkennen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '6.lv.begrijpen',
          prompt: 'Begrijpen: Kunnen we de beelden verklaren? Wat is het verhaal achter de informatie?',
          shortLabel: 'Begrijpen',
          input: { kind: 'reflection', step: 'begrijpen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '6.lv.waarderen',
          prompt: 'Waarderen: Wat vinden we ervan? Wat willen we aanpakken?',
          shortLabel: 'Waarderen',
          input: { kind: 'reflection', step: 'waarderen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '6.lv.verbeteren',
          prompt: 'Verbeteren: Welke (verbeter)acties halen we hieruit? En hoe gaan we die doen?',
          shortLabel: 'Verbeteren',
          input: { kind: 'reflection', step: 'verbeteren' },
          cadence: 'periodiek',
        },
        { type: 'heading', text: 'In gesprek over het proces van samen leren en verbeteren' },
        {
          type: 'question',
          id: '6.lv.proces',
          prompt: 'Hoe verliep het samen leren en verbeteren?',
          shortLabel: 'Verloop van samen leren en verbeteren',
          help: [
            'Naast het kijken naar de opbrengsten, is het ook goed om samen naar het proces van leren en verbeteren te kijken. Beschrijf dat hier.',
          ],
          input: {
            kind: 'keepImprove',
            fields: [
              { id: 'vasthouden', label: 'Wat verliep goed en moeten we vasthouden?' },
              { id: 'werkenAan', label: 'Wat ging minder goed en waar moeten we nog aan werken?' },
            ],
          },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '6.lv.acties',
          prompt: 'Welke verbeteracties halen we hieruit en hoe gaan we hiermee aan de slag?',
          shortLabel: 'Verbeteracties',
          input: { kind: 'actions' },
          cadence: 'periodiek',
        },
      ],
    },
  ],
};
