/**
 * Bouwsteen 4 as seed 003 has it, without its advice on seksueel grensoverschrijdend gedrag
 * (that lives in editions/sgg/bouwsteen-4.ts).
 */
import type { BouwsteenInput } from '../schema.ts';

export const bouwsteen4: BouwsteenInput = {
  id: '4',
  nummer: 4,
  title: 'Werk aan de kwaliteit van activiteiten',
  resultaat: {
    waarom: [
      'Het regelmatig bespreken van de kwaliteit en hierop bijsturen, draagt bij aan een lerende beweging. Dit zorgt voor betere resultaten voor kinderen en jongeren.',
    ],
    uitkomst: [
      'We weten wat we nodig hebben om de activiteiten zo optimaal mogelijk uit te voeren. We zetten dit in om de activiteit te verbeteren.',
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
      id: '4.vooraf.betrekken',
      prompt: 'Hoe betrekken we kinderen, jongeren en gezinnen bij deze stap?',
      shortLabel: 'Kinderen, jongeren en gezinnen betrekken',
      input: { kind: 'longText' },
      guidance: [
        {
          kind: 'tip',
          text: ['Denk bijvoorbeeld aan het betrekken van de leerlingenraad of jongerenraad.'],
        },
      ],
    },
    {
      type: 'question',
      id: '4.vooraf.partners',
      prompt: 'Met welke partners doen we dit samen en hoe betrekken we die?',
      shortLabel: 'Partners betrekken',
      input: { kind: 'longText' },
    },
  ],
  sheets: [
    {
      id: '4/eigen-rol',
      title: 'Hoe werken we ieder vanuit onze eigen rol aan de kwaliteit van de activiteiten?',
      kind: 'werkblad',
      items: [
        {
          type: 'question',
          id: '4.eigen-rol',
          prompt: 'Hoe werken we ieder vanuit onze eigen rol aan de kwaliteit van de activiteiten?',
          shortLabel: 'Kwaliteit vanuit onze eigen rol',
          help: [
            'Om tot een goede kwaliteit te komen, is het belangrijk dat alle betrokken partijen hun verantwoordelijkheid nemen. Beschrijf hoe jij op dit moment vanuit jouw rol werkt aan de kwaliteit van de activiteit.',
            'Als we het hebben over de kwaliteit van de activiteit kan dit gaan over een enkel aanbod dat de activiteit biedt, maar ook over het totale aanbod dat wordt aangeboden door de activiteit/organisatie.',
          ],
          input: {
            kind: 'roleSplit',
            fields: [
              { id: 'uitvoerendePraktijk', label: 'Uitvoerende praktijk' },
              { id: 'financierBeleid', label: 'Financier/beleid' },
            ],
          },
        },
      ],
    },
    {
      id: '4/huidige-kwaliteit',
      title: 'Wat is de huidige kwaliteit van deze activiteit?',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'Gebruik dit schema om te achterhalen welke elementen van kwaliteit relevant zijn voor jouw activiteit. Heb je deze elementen voldoende geborgd? Of is actie nodig? Door de voor jou relevante vragen te beantwoorden, kom je hierachter.',
          ],
        },
        {
          type: 'guidance',
          guidance: {
            kind: 'letop',
            text: ['Niet alle vragen hoeven voor jouw activiteit of aanbod van toepassing te zijn.'],
          },
        },
        {
          type: 'question',
          id: '4.kwaliteit',
          prompt: 'Wat is de huidige kwaliteit van deze activiteit?',
          shortLabel: 'Huidige kwaliteit van de activiteit',
          input: {
            kind: 'qualityTable',
            rows: [
              {
                id: 'deskundigheid',
                label: 'Deskundigheid',
                questions: [
                  'Voelen uitvoerend medewerkers zich (vak)bekwaam om hun taken uit te voeren?',
                  'Zijn er vakinhoudelijke richtlijnen, beroepscode of veldnormen waarmee uitvoerend medewerkers te maken hebben? Hoe gaan we daarmee om?',
                  'Welke opleiding hebben uitvoerend medewerkers gevolgd?',
                  'Hebben uitvoerend medewerkers een beroepsregistratie (nodig)? Zo ja, hebben zij deze?',
                  'Zijn uitvoerend medewerkers voldoende toegerust op de meest voorkomende vragen en problemen van kinderen en jongeren?',
                ],
              },
              {
                id: 'onderbouwingAanpak',
                label: 'Onderbouwing aanpak',
                questions: [
                  'Hebben we zicht op de meest voorkomende vragen waarmee kinderen en jongeren bij ons komen? Weten we wat daarbij werkt?',
                  'Is het aanbod gebaseerd op kennis over wat werkt?',
                  'Is het aanbod onderbouwd of erkend?',
                  'Hoe gaan we om met aanbod waarvan de werkzaamheid (nog) onbekend is? Op welke manier besteden we dan aandacht aan kwaliteit?',
                ],
              },
              {
                id: 'faciliterenMedewerkers',
                label: 'Faciliteren medewerkers',
                questions: [
                  'Zorgt de organisatie voor ruimte om benodigde trainingen en opleidingen te volgen?',
                  'Biedt de organisatie ruimte voor supervisie en intervisie?',
                  'Zijn de randvoorwaarden op orde zodat uitvoerend medewerkers kwaliteit kunnen leveren?',
                ],
              },
              {
                id: 'metenVanKwaliteit',
                // The seed prints "Metten"; the row is "Meten van kwaliteit" as the lead specified.
                label: 'Meten van kwaliteit',
                questions: [
                  'Hoe waardeert de doelgroep de kwaliteit van de activiteit (eisen, behoeften en waardering)?',
                  'Voldoen we aan interne en/of externe normen van kwaliteit?',
                  'Is er een kwaliteitscyclus? Hoe ziet die eruit?',
                ],
              },
              {
                id: 'kwaliteitskaders',
                label: 'Kwaliteitskaders en -eisen',
                questions: [
                  'Weet ik welke wettelijke kwaliteitskaders er voor deze activiteit zijn?',
                  'Weet ik welke aanvullende kwaliteitskaders er voor deze activiteit zijn?',
                  'Zijn er afspraken gemaakt over kwaliteitseisen? (bijvoorbeeld bij de inkoop/subsidiering)',
                ],
              },
              {
                id: 'samenwerken',
                label: 'Samenwerken',
                questions: [
                  'Hoe voeren we het gesprek over het gebruik van effectieve jeugdinterventies, richtlijnen en het monitoren van resultaten?',
                  'Hebben we zicht op wat de uitvoerende praktijk nodig heeft om de kwaliteit van het aanbod van de activiteit te verbeteren? Bespreken we dit met elkaar?',
                  'Is kwaliteit onderdeel van een doorlopend gesprek tussen uitvoerder en beleidsmaker/financier?',
                  'Is kwaliteit onderdeel van een doorlopend gesprek met onze samenwerkingspartners?',
                ],
              },
              // The seed leaves this row open: no possible questions, only room for an answer.
              { id: 'anders', label: 'Anders, namelijk', questions: [] },
            ],
          },
          guidance: [
            {
              // Printed in the answer cell of "Faciliteren medewerkers".
              kind: 'tip',
              text: [
                'Bekijk samen ook of medewerkers ondersteuning kunnen krijgen bij partnerorganisaties. Misschien kan de judotrainer wel helpen met een cursus voor kinderopvangmedewerkers.',
              ],
            },
            {
              kind: 'tip',
              text: [
                'Pas op dat het werken aan kwaliteit geen afvinklijstje wordt. Wat moet het verbeteren van de kwaliteit opleveren voor kinderen en jongeren? Niet voor alle activiteiten is duidelijk wat bijdraagt aan de kwaliteit. Haal dan ervaringen bij de doelgroep op om te kijken wat je kunt verbeteren.',
              ],
            },
            {
              kind: 'tip',
              text: [
                'Voorkom extra bureaucratie. Maak waar mogelijk gebruik van bestaande kwaliteitseisen en -kaders.',
              ],
            },
          ],
        },
      ],
    },
    {
      id: '4/in-gesprek',
      title: 'In gesprek over de huidige kwaliteit (van het aanbod) van de activiteit',
      kind: 'werkblad',
      items: [
        {
          type: 'question',
          id: '4.oordeel',
          prompt: 'Wat vinden we van de huidige kwaliteit van het aanbod van de activiteit?',
          shortLabel: 'Oordeel over de huidige kwaliteit',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '4.bijdrage',
          prompt: 'Draagt dit bij aan de gewenste resultaten voor kinderen en jongeren?',
          shortLabel: 'Bijdrage aan de gewenste resultaten',
          input: { kind: 'longText' },
          guidance: [
            {
              kind: 'tip',
              text: [
                'Probeer door de bril van kinderen en jongeren te kijken. Relateert je inzet op kwaliteit aan de gewenste resultaten voor kinderen en jongeren?',
              ],
            },
          ],
        },
        {
          type: 'question',
          id: '4.aandachtspunten',
          prompt: 'Zien we aandachtspunten bij de huidige kwaliteit?',
          shortLabel: 'Aandachtspunten bij de kwaliteit',
          input: { kind: 'longText' },
        },
      ],
    },
    {
      id: '4/verbeteren',
      title:
        'Hoe gaan we ieder vanuit onze eigen rol aan de slag met het verbeteren van de kwaliteit van de activiteit?',
      kind: 'werkblad',
      items: [
        {
          type: 'question',
          id: '4.vervolgacties',
          prompt:
            'Hoe gaan we ieder vanuit onze eigen rol aan de slag met het verbeteren van de kwaliteit van de activiteit?',
          shortLabel: 'Vervolgacties per rol',
          help: [
            'In de vorige stappen hebben we een beeld gevormd van de huidige kwaliteit van de activiteit. Bespreek op basis daarvan wat je wil veranderen en welke acties je daarvoor gaat ondernemen.',
          ],
          input: {
            kind: 'roleSplit',
            fields: [
              {
                id: 'uitvoerendePraktijk',
                label: 'Vervolgacties voor uitvoerende praktijk',
                prompt:
                  'Denk aan: Hoe zorgen we ervoor dat ons aanbod zoveel mogelijk is gebaseerd op kennis over wat werkt? Hoe zorgen we ervoor dat werken aan de kwaliteit vast onderdeel wordt van onze activiteiten? Hoe geven we professionals de ruimte om te leren en reflecteren?',
              },
              {
                id: 'financierBeleid',
                label: 'Vervolgacties voor financier/beleid',
                prompt:
                  'Denk aan: Hoe zorgen we ervoor dat uitvoerende organisaties en professionals de ruimte krijgen om te innoveren, delen, leren en reflecteren? Hoe stimuleren we de uitvoerende praktijk om gebruik te maken van kennis over wat werkt?',
              },
            ],
          },
        },
      ],
    },
    {
      id: '4/leren-en-verbeteren',
      title: 'Leren en verbeteren: kwaliteit van activiteiten',
      kind: 'lerenEnVerbeteren',
      actie: 'Bespreek of de kwaliteit bijdraagt aan betere resultaten voor kinderen en jongeren.',
      items: [
        { type: 'heading', text: 'Vul de vraag hieronder nu in.' },
        { type: 'heading', text: 'Hoe volgen we de kwaliteit van de activiteit over tijd?' },
        {
          type: 'text',
          text: [
            'Bespreek met elkaar hoe vaak je de kwaliteit van de activiteit in kaart brengt. Maar ook wat je samen in kaart brengt. Neem hierbij het bespreken van de directe resultaten mee. Dit kan aanknopingspunten bieden voor het verbeteren van de kwaliteit.',
          ],
        },
        {
          type: 'question',
          id: '4.lv.afspraken',
          prompt: 'Welke afspraken maken we en hoe organiseren we die?',
          shortLabel: 'Afspraken over het volgen van de kwaliteit',
          input: { kind: 'frequency' },
          cadence: 'eenmalig',
        },
        { type: 'heading', text: 'Vul de vragen hieronder periodiek in.' },
        {
          type: 'question',
          id: '4.lv.kwaliteit-nu',
          prompt: 'Hoe staat de kwaliteit van mijn activiteit er nu voor?',
          shortLabel: 'Kwaliteit van de activiteit nu',
          help: [
            'De kwaliteit van de activiteit en het aanbod wordt steeds opnieuw in beeld gebracht. Beschrijf hier de kwaliteit zoals deze nu is.',
          ],
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '4.lv.directe-resultaten',
          prompt:
            'Welke (verbeter)acties voor de kwaliteit van de activiteit komen voort uit de directe resultaten van de activiteit?',
          shortLabel: 'Verbeteracties uit de directe resultaten',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        { type: 'heading', text: 'Hoe verloopt de inzet op kwaliteit? Wat vraagt aandacht?' },
        {
          type: 'text',
          text: [
            'Er is opnieuw in kaart gebracht wat de kwaliteit van de activiteit is. Ook is er gekeken naar het directe resultaat van de activiteit en wat dit betekent voor de kwaliteit. Bespreek met elkaar wat dit voor vervolg vraagt.',
          ],
        },
        {
          type: 'question',
          id: '4.lv.acties-uitgevoerd',
          prompt: 'Zijn voorgenomen acties rondom de kwaliteit uitgevoerd?',
          shortLabel: 'Voorgenomen acties uitgevoerd',
          help: ['Dit kunnen eerder benoemde acties zijn of acties uit een voorgaande evaluatie.'],
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '4.lv.werkt-wel',
          prompt: 'Wat werkt wel? Kunnen we daar meer van doen?',
          shortLabel: 'Wat werkt wel',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '4.lv.werkt-niet',
          prompt: 'Wat werkt niet? Stoppen we hiermee of krijgt dit een ander vervolg?',
          shortLabel: 'Wat werkt niet',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '4.lv.onderzoeken',
          prompt: 'Als we niet weten of het werkt: kunnen we het onderzoeken?',
          shortLabel: 'Onderzoeken of het werkt',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '4.lv.verder',
          prompt: 'Wat betekent dit voor hoe we verder gaan werken aan de kwaliteit van activiteiten?',
          shortLabel: 'Verder werken aan kwaliteit',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '4.lv.vervolgacties',
          prompt: 'Welke acties zien we en hoe pakken we die op?',
          shortLabel: 'Vervolgacties per rol',
          help: ['Noteer dat hier. Ook wie de actie oppakt.'],
          input: {
            kind: 'roleSplit',
            fields: [
              { id: 'uitvoerendePraktijk', label: 'Vervolgacties voor uitvoerende praktijk' },
              { id: 'financierBeleid', label: 'Vervolgacties voor financier/beleid' },
            ],
          },
          cadence: 'periodiek',
        },
      ],
    },
  ],
};
