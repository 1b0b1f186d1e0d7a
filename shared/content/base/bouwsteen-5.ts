/**
 * Bouwsteen 5 as seed 003 has it. Seed 003 gives no theme-specific advice for this bouwsteen;
 * the Voorbeeld examples of the generic worksheet (seed 000) are in editions/algemeen/bouwsteen-5.ts.
 */
import type { BouwsteenInput } from '../schema.ts';

export const bouwsteen5: BouwsteenInput = {
  id: '5',
  nummer: 5,
  title: 'Breng in beeld wat kinderen en jongeren hebben aan de activiteit',
  resultaat: {
    waarom: [
      'Het regelmatig bespreken wat de activiteit oplevert voor kinderen en jongeren, draagt bij aan een lerende beweging. Dit zorgt voor betere resultaten voor kinderen en jongeren.',
    ],
    uitkomst: [
      'We weten hoe we monitoren wat de activiteit oplevert voor kinderen en jongeren. We zetten dit in om de activiteit te verbeteren.',
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
      id: '5.vooraf.betrekken',
      prompt: 'Hoe betrekken we kinderen, jongeren en gezinnen bij deze stap?',
      shortLabel: 'Kinderen, jongeren en gezinnen betrekken',
      input: { kind: 'longText' },
    },
    {
      type: 'question',
      id: '5.vooraf.partners',
      prompt: 'Met welke partners doen we dit samen en hoe betrekken we die?',
      shortLabel: 'Partners betrekken',
      input: { kind: 'longText' },
    },
  ],
  sheets: [
    {
      id: '5/doel',
      title: 'Wat wil je bereiken met je inzet? En hoe draagt dit bij aan overkoepelende resultaten?',
      kind: 'werkblad',
      items: [
        {
          type: 'question',
          id: '5.doel',
          prompt:
            'Wat is de bedoeling van jullie inzet? Wat willen jullie concreet bieden, aanpakken of veranderen voor kinderen en jongeren die deelnemen aan jullie aanbod?',
          shortLabel: 'Doel van de inzet',
          help: ['Dit is je meetbare doel, waar je naartoe werkt.'],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '5.overkoepelend',
          prompt:
            'Bespreek ook aan welke overkoepelende maatschappelijke resultaten (zie bouwsteen 2) het aanbod bijdraagt.',
          shortLabel: 'Overkoepelende maatschappelijke resultaten',
          help: ['Dit zijn collectieve resultaten waar meer inzet voor nodig is dan alleen jullie aanbod.'],
          input: { kind: 'longText' },
          crossRef: { question: '2.resultaten', note: 'Zie bouwsteen 2.' },
        },
        {
          type: 'question',
          id: '5.bijdrage',
          prompt:
            'Maak expliciet op welke manier jullie inzet bijdraagt aan deze overkoepelende maatschappelijke opgave.',
          shortLabel: 'Bijdrage aan de maatschappelijke opgave',
          help: ['Het is goed om dit scherp te hebben en te bespreken met alle betrokkenen.'],
          input: { kind: 'longText' },
        },
        {
          type: 'text',
          text: ['Helpende vragen bij het scherp stellen van het doel van je activiteit:'],
          bullets: [
            { text: 'Wat wil je met jouw activiteit bereiken?' },
            { text: 'Wat wil je (anders) zien bij kinderen en jongeren na jouw inzet?' },
            { text: 'Wanneer ben je tevreden?' },
            { text: 'Wanneer heb je de doelgroep een stap verder geholpen?' },
          ],
        },
        {
          type: 'guidance',
          guidance: {
            kind: 'tip',
            text: [
              'Heb je meerdere doelen voor ogen? Bedenk dan wanneer je tevreden bent en neem dat als uitgangspunt.',
            ],
          },
        },
      ],
    },
    {
      id: '5/acties',
      title: 'Welke acties dragen bij aan het beoogde doel?',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Nu je weet wat het beoogde doel van je inzet is, ga je na op welke manier je dat probeert te bereiken.',
          ],
        },
        {
          type: 'question',
          id: '5.aanpak',
          prompt:
            'Wat onderneem je om je doel te bereiken? Wat zijn de belangrijkste acties om dit voor elkaar te krijgen?',
          shortLabel: 'Belangrijkste acties voor het doel',
          input: { kind: 'longText' },
        },
        // "behaal" is the NJi's own wording; kept as in the source.
        { type: 'heading', text: 'Hoe weet ik of mijn doel behaal?' },
        {
          type: 'guidance',
          guidance: {
            kind: 'info',
            text: [
              'Of je inzet ook daadwerkelijk leidt tot het behalen van je doel, onderzoek je met gegevens die iets zeggen over het directe resultaat van je aanbod voor het kind of de jongere. Je kijkt dan naar de uitkomst. Voorbeelden hoe je uitkomsten kunt meten van een activiteit vind je hier.',
            ],
            links: [
              {
                title: 'hier',
                url: 'https://www.nji.nl/monitoring/hoe-meet-je-de-uitkomsten-van-een-activiteit',
              },
            ],
          },
        },
        {
          type: 'question',
          id: '5.informatie-professional',
          prompt:
            "Welke informatie heb je als professional nodig om met ouders en kinderen te reflecteren op je werk? Wanneer weet je of je het 'goed' doet? Hoe weet je of kinderen en jongeren baat hebben bij jouw/jullie inzet?",
          shortLabel: 'Informatie voor de professional',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '5.informatie-organisatie',
          prompt:
            "Welke informatie heb je als organisatie of initiatief nodig om een beeld te vormen of je het 'goed' doet? Waaraan kan je zien of het doel van de activiteit gehaald is, of waar ruimte voor verbetering zit?",
          shortLabel: 'Informatie voor de organisatie',
          input: { kind: 'longText' },
        },
      ],
    },
    {
      id: '5/in-beeld',
      title: 'Hoe kunnen we het directe resultaat voor kinderen en jongeren in beeld brengen?',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Welke informatie hebben we nodig om het gesprek goed te kunnen voeren? Laat het monitoren in verhouding staan tot de uitgevoerde activiteit. Maak hierin keuzes als dat nodig is. De informatie moet helpen bij het laten zien van je resultaten, maar ook input bieden om te leren en te verbeteren. Bespreek met elkaar de volgende vragen:',
          ],
        },
        {
          type: 'question',
          id: '5.meten-weten',
          prompt: 'Wat willen we echt meten en weten? Is de informatie noodzakelijk of interessant?',
          shortLabel: 'Wat we willen meten en weten',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '5.past-bij-doel',
          prompt: 'Past wat we willen weten bij het doel van de activiteit?',
          shortLabel: 'Past bij het doel',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '5.bruikbaar',
          prompt: 'Kunnen onze medewerkers deze informatie gebruiken in hun dagelijkse werk?',
          shortLabel: 'Bruikbaar voor medewerkers',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '5.indicatoren',
          prompt:
            'Welke gegevens verzamelen we? Hoe meten we die? Welke tools en input gebruiken we daarvoor?',
          shortLabel: 'Indicatoren en signalen uitkomst',
          help: [
            'Bedenk hierbij dat je het grootste verschil maakt door gegevens te verzamelen die uitvoerend medewerkers helpen bij hun inzet voor kinderen en jongeren.',
          ],
          input: { kind: 'indicators', scope: 'uitkomst', slots: 3 },
        },
        {
          type: 'question',
          id: '5.frequentie',
          prompt:
            'Hoe vaak meten we de uitkomsten van de activiteit? Past deze frequentie bij de activiteit?',
          shortLabel: 'Frequentie van meten',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '5.verantwoordelijk',
          prompt:
            'Wie is verantwoordelijk voor het verzamelen en bundelen van deze gegevens? Wie heeft welke rol?',
          shortLabel: 'Verantwoordelijk voor de gegevens',
          input: { kind: 'longText' },
        },
        {
          type: 'guidance',
          guidance: {
            kind: 'tip',
            text: [
              'Stel de vraag of de gegevens iets zeggen over wat je beoogt te bereiken. Dit kan gedurende de inzet veranderen. Toets dit daarom regelmatig en pas waar nodig aan.',
            ],
          },
        },
      ],
    },
    {
      id: '5/leren-en-verbeteren',
      title: 'Leren en verbeteren: Uitkomsten',
      kind: 'lerenEnVerbeteren',
      actie: 'Bespreek wat kinderen en jongeren hebben aan de activiteit.',
      items: [
        {
          type: 'question',
          id: '5.lv.uitkomsten',
          prompt: 'Welke uitkomsten hebben we opgehaald?',
          shortLabel: 'Opgehaalde uitkomsten',
          help: [
            'We brengen steeds opnieuw in kaart wat kinderen en jongeren hebben gehad aan de activiteit. Geef hier een overzicht van de uitkomsten die je in de afgelopen periode hebt verzameld.',
          ],
          input: {
            kind: 'beforeNow',
            fields: [
              { id: 'eerder', label: 'Eerder (indien van toepassing)' },
              { id: 'nu', label: 'Op dit moment' },
            ],
          },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '5.lv.proces',
          prompt: 'Hoe verliep het ophalen van de uitkomsten?',
          shortLabel: 'Verloop van het ophalen',
          help: [
            'Naast het in beeld brengen van de opgehaalde uitkomsten, is het ook goed om te kijken naar hoe dit proces is verlopen. Beschrijf dat hier.',
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
          id: '5.lv.acties',
          prompt: 'Welke verbeteracties halen we hieruit en hoe gaan we hiermee aan de slag?',
          shortLabel: 'Verbeteracties voor het ophalen',
          input: { kind: 'actions' },
          cadence: 'periodiek',
        },
        { type: 'heading', text: 'In gesprek: gezamenlijke interpretatie van de uitkomsten' },
        {
          type: 'text',
          text: [
            'Uitkomsten spreken niet voor zich, maar vragen om een gesprek over het verhaal erachter. Ga samen met je team en in je organisatie in gesprek over onderstaande vragen om de gegevens te duiden en er samen van te leren. Voer dit gesprek met alle partijen. Wie moeten aanwezig zijn vanuit beleid, onderzoek/monitoring en praktijk?',
          ],
        },
        {
          type: 'guidance',
          guidance: {
            kind: 'info',
            text: [
              'Lees meer over hoe je het gesprek over cijfers voert, de juiste mensen daarbij uitnodigt en gezamenlijk doelen bereikt in de tool Samen in gesprek over cijfers.',
            ],
            links: [
              {
                title: 'tool Samen in gesprek over cijfers',
                url: 'https://www.nji.nl/sites/default/files/2021-09/Tool-Samen-in-gesprek-over-cijfers.pdf',
              },
            ],
          },
        },
        {
          type: 'question',
          id: '5.lv.herkennen',
          prompt: 'Herkennen. Hoe verhouden de cijfers zich tot wat we dagelijks in onze praktijk zien?',
          shortLabel: 'Herkennen',
          input: { kind: 'reflection', step: 'herkennen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '5.lv.begrijpen',
          prompt: 'Begrijpen. Hoe denken we dat dit komt? Kunnen we het beeld verklaren?',
          shortLabel: 'Begrijpen',
          help: ['Zijn er groepen waarvoor het cijfer hoger of lager is?'],
          input: { kind: 'reflection', step: 'begrijpen' },
          cadence: 'periodiek',
          guidance: [
            {
              kind: 'tip',
              // "Nji" is how seed 003 spells it.
              text: [
                'Creëer een gedeeld beeld over de uitkomsten en de benutting daarvan. Concreet handelingsperspectief vind je op de website van het Nji.',
              ],
              links: [
                {
                  title: 'website van het Nji',
                  url: 'https://www.nji.nl/monitoring/jeugdhulpaanbieders-en-gemeenten-gebruiken-samen-uitkomsten-van-hulp-voor-kwaliteitsverbetering#1.-gedeeld-beeld-van-het-benutten-van-outcome',
                },
              ],
            },
          ],
        },
        {
          type: 'question',
          id: '5.lv.waarderen',
          prompt:
            'Waarderen. Wat vinden we ervan? Waarover zijn we tevreden en waarover niet? Welke cijfers willen we verbeteren?',
          shortLabel: 'Waarderen',
          input: { kind: 'reflection', step: 'waarderen' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '5.lv.verbeteren',
          prompt:
            'Verbeteren. Willen we iets verbeteren? Welke (verbeter)acties halen we hieruit? En hoe gaan we die aanpakken?',
          shortLabel: 'Verbeteren',
          input: { kind: 'reflection', step: 'verbeteren' },
          cadence: 'periodiek',
          guidance: [
            {
              kind: 'tip',
              text: [
                'Het stellen van een interne norm kan helpen bij het analyseren van uitkomsten. Het maakt scherper wat je van de resultaten vindt en wat je anders wil doen.',
              ],
            },
          ],
        },
      ],
    },
  ],
};
