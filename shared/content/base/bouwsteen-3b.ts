/**
 * Bouwsteen 3-B as seed 003 has it, without its advice on seksueel grensoverschrijdend gedrag
 * (that lives in editions/sgg/bouwsteen-3b.ts).
 */
import type { BouwsteenInput } from '../schema.ts';

export const bouwsteen3B: BouwsteenInput = {
  id: '3B',
  nummer: 3,
  title: 'Match activiteiten met het maatschappelijk resultaat',
  resultaat: {
    waarom: [
      'Een analyse van je huidige aanbod helpt bij het beoordelen of je huidige aanbod bijdraagt aan het behalen van je maatschappelijke resultaten.',
    ],
    uitkomst: [
      'We hebben zicht op de meest passende inzet die nodig is om de maatschappelijke resultaten voor kinderen en jongeren te realiseren.',
    ],
  },
  sheets: [
    {
      id: '3B/activiteiten',
      title: 'Activiteiten in kaart brengen',
      kind: 'werkblad',
      items: [
        // The seed puts the ambitie above the schema as its header row; asked first so the matrix reads in context.
        {
          type: 'question',
          id: '3B.ambitie',
          prompt: 'Wat willen we bereiken voor kinderen en jongeren?',
          shortLabel: 'Ambitie (uit bouwsteen 1)',
          input: { kind: 'longText' },
          crossRef: { question: '1B.ambities', note: 'Vul hier de ambitie uit bouwsteen 1 in.' },
        },
        {
          type: 'question',
          id: '3B.matrix',
          prompt: 'Welke activiteiten voor kinderen en jongeren worden er al ingezet in onze regio/gemeente?',
          shortLabel: 'Activiteiten per maatschappelijk resultaat',
          help: [
            'Door onderstaand schema in te vullen, wordt duidelijk hoe activiteiten samenhangen met de beoogde maatschappelijke resultaten en jullie veranderverhaal. Hebben we alle activiteiten om het beoogde resultaat te behalen?',
          ],
          input: {
            kind: 'activityMatrix',
            resultsFrom: '2.resultaten',
            veranderverhaalRow: {
              id: 'veranderverhaal',
              label: 'Wat willen we bereiken vanuit ons veranderverhaal?',
            },
            rows: [
              { id: 'preventie', label: 'Activiteiten op het gebied van preventie' },
              { id: 'basis', label: 'Activiteiten in de basis' },
              { id: 'eerstelijns', label: 'Activiteiten in de eerstelijns' },
              { id: 'intensief', label: 'Activiteiten voor intensieve ondersteuning' },
            ],
            footnote:
              'Bij activiteiten in de basis gaat het om activiteiten die worden uitgevoerd daar waar kinderen opgroeien. Bijvoorbeeld in het gezin, de buurt, de kinderopvang en op school.',
          },
          crossRef: {
            question: '2.resultaten',
            note: 'Vul hierboven de maatschappelijke resultaten uit bouwsteen 2 in.',
          },
          guidance: [
            {
              kind: 'tip',
              text: [
                'Bekijk en bespreek ook samen waar overlap zit of welk aanbod nog niet aansluit bij de beoogde resultaten.',
              ],
            },
          ],
        },
      ],
    },
    {
      id: '3B/analyse',
      title: 'Analyse: Hebben we alle activiteiten die nodig zijn om het beoogde resultaat te halen?',
      kind: 'werkblad',
      items: [
        {
          type: 'text',
          text: [
            'We hebben in de vorige stap de inzet van huidige activiteiten afgezet tegen het beoogde resultaat. We maken nu concreet of er inzet ontbreekt. Zo maken we het plaatje compleet.',
            'Is er inzet nodig die nu nog niet wordt gedaan? Ga op basis van de vorige stappen aan de slag met onderstaande vragen:',
          ],
        },
        {
          type: 'question',
          id: '3B.ontbreekt',
          prompt: 'Ontbreekt er inzet op het beoogde resultaat? Of op elementen van het veranderverhaal?',
          shortLabel: 'Ontbrekende inzet',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '3B.nieuw',
          prompt:
            'Zijn er nieuwe activiteiten of interventies nodig? Is er inzet nodig die nog (door)ontwikkeld moet worden?',
          shortLabel: 'Nieuwe activiteiten of interventies',
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '3B.divers',
          prompt: 'Is de inzet divers genoeg?',
          shortLabel: 'Diversiteit van de inzet',
          help: [
            'Denk aan verschillende leeftijdsgroepen en leefomgevingen, individueel en groepsaanbod, preventief en curatief aanbod. Maar ook aan verschillende type activiteiten en de samenhang tussen alle activiteiten.',
          ],
          input: { kind: 'longText' },
        },
        {
          type: 'question',
          id: '3B.actie',
          prompt: 'Wat betekent dit voor onze inzet? Wat vraagt actie?',
          shortLabel: 'Acties uit de analyse',
          help: [
            'Er is in beeld gebracht welke activiteiten bijdragen aan de beoogde resultaten en welke activiteiten ontbreken. Welke acties volgen er uit deze analyse? En wie pakt die op?',
          ],
          input: { kind: 'actions' },
        },
      ],
    },
    {
      id: '3B/leren-en-verbeteren',
      title: 'Leren en verbeteren: activiteiten',
      kind: 'lerenEnVerbeteren',
      actie: 'Evalueer de inzet van de activiteiten regelmatig.',
      items: [
        { type: 'heading', text: 'Vul de vraag hieronder nu in.' },
        {
          type: 'heading',
          text: 'Hoe evalueren we de match tussen onze activiteiten en het maatschappelijk resultaat?',
        },
        {
          type: 'text',
          text: [
            'Samen leren leidt tot een beter resultaat. Creëer daarom expliciet ruimte en tijd voor reflectie. Maak afspraken over de frequentie en plan dit in.',
          ],
        },
        {
          type: 'question',
          id: '3B.lv.afspraken',
          prompt: 'Welke frequentie spreken we af en wie plant dit in?',
          shortLabel: 'Frequentie en planning van de evaluatie',
          input: { kind: 'frequency' },
          cadence: 'eenmalig',
        },
        { type: 'heading', text: 'Vul de vragen hieronder periodiek in.' },
        { type: 'heading', text: 'Hoe verloopt de inzet van onze activiteiten? Wat vraagt aandacht?' },
        { type: 'text', text: ['Voer regelmatig het gesprek met behulp van onderstaande vragen:'] },
        {
          type: 'question',
          id: '3B.lv.acties-uitgevoerd',
          prompt: 'Zijn de voorgenomen acties op de inzet van activiteiten uitgevoerd?',
          shortLabel: 'Voorgenomen acties uitgevoerd',
          help: [
            'Dit kunnen acties zijn die in de vorige sheet zijn benoemd of acties uit een voorgaande evaluatie.',
          ],
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '3B.lv.bereik',
          prompt:
            'Hebben voldoende kinderen en jongeren deelgenomen aan de activiteiten? Wordt de doelgroep voldoende bereikt door de activiteiten?',
          shortLabel: 'Deelname en bereik',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '3B.lv.activiteiten-uitgevoerd',
          prompt: 'Zijn de voorgenomen activiteiten uitgevoerd?',
          shortLabel: 'Voorgenomen activiteiten uitgevoerd',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '3B.lv.aansluiting',
          prompt: 'Sluiten de activiteiten (steeds) beter aan bij de beoogde maatschappelijke resultaten?',
          shortLabel: 'Aansluiting bij de resultaten',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        {
          type: 'question',
          id: '3B.lv.aandacht',
          prompt: 'Wat vraagt extra aandacht?',
          shortLabel: 'Wat extra aandacht vraagt',
          input: { kind: 'longText' },
          cadence: 'periodiek',
        },
        { type: 'heading', text: 'Acties die volgen uit de evaluatie van de inzet van activiteiten' },
        {
          type: 'question',
          id: '3B.lv.acties',
          prompt: 'Welke acties zien we en hoe pakken we die op?',
          shortLabel: 'Acties uit de evaluatie',
          help: ['Noteer dat hier.'],
          input: { kind: 'actions' },
          cadence: 'periodiek',
        },
      ],
    },
  ],
};
