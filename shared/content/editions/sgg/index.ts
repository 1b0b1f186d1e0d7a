import { sgg0A } from './bouwsteen-0a.ts';
import { sgg0B } from './bouwsteen-0b.ts';
import { sgg1A } from './bouwsteen-1a.ts';
import { sgg1B } from './bouwsteen-1b.ts';
import { sgg2 } from './bouwsteen-2.ts';
import { sgg3A } from './bouwsteen-3a.ts';
import { sgg3B } from './bouwsteen-3b.ts';
import { sgg4 } from './bouwsteen-4.ts';
import { sgg5 } from './bouwsteen-5.ts';
import { sgg6 } from './bouwsteen-6.ts';
import type { EditionOverlay } from '../../overlay.ts';
import type { SheetItemInput } from '../../schema.ts';

/** The cover page "Voor wie zijn deze werkbladen?" of seed 003. */
const intro: SheetItemInput[] = [
  { type: 'heading', text: 'Voor wie zijn deze werkbladen?' },
  {
    type: 'text',
    text: [
      "Deze werkbladen zijn bedoeld voor gemeenten en hun samenwerkingspartners die samen seksueel grensoverschrijdend gedrag onder kinderen en jongeren willen voorkomen en verminderen. Deze werkbladen zijn de praktische vertaling van het kwaliteitskompas 'Samen seksueel grensoverschrijdend gedrag aanpakken'.",
      'Het kwaliteitskompas en de werkbladen geven handvatten om vanuit een gezamenlijke analyse te komen tot een samenhangende aanpak. Het helpt om krachten te bundelen en beter te doen wat kinderen en jongeren nodig hebben. Ook helpt het om de opgave te vertalen naar een concreet plan, en om duurzame resultaten te bereiken voor kinderen en jongeren.',
      'Het kwaliteitskompas en de bijbehorende werkbladen zijn opgedeeld in zeven bouwstenen:',
    ],
    bullets: [
      { lead: 'Bouwsteen 0', text: 'A. Zoek naar de samenwerking en het gezamenlijk belang' },
      { lead: 'Bouwsteen 0', text: 'B. Organiseer de samenwerking en de besluitvorming' },
      {
        lead: 'Bouwsteen 1',
        text: 'A. Maak een gezamenlijke analyse over hoe het gaat met kinderen en jongeren',
      },
      { lead: 'Bouwsteen 1', text: 'B. Formuleer ambities voor kinderen en jongeren' },
      { lead: 'Bouwsteen 2', text: 'Formuleer concrete maatschappelijke resultaten' },
      { lead: 'Bouwsteen 3', text: 'A. Bepaal hoe je de maatschappelijke resultaten gaat bereiken' },
      { lead: 'Bouwsteen 3', text: 'B. Match activiteiten met het maatschappelijk resultaat' },
      { lead: 'Bouwsteen 4', text: 'Werk aan de kwaliteit van activiteiten' },
      { lead: 'Bouwsteen 5', text: 'Breng in beeld wat kinderen en jongeren hebben aan de activiteit' },
      { lead: 'Bouwsteen 6', text: 'Heb aandacht voor leren en verbeteren' },
    ],
  },
  {
    type: 'text',
    text: [
      'Op elk werkblad geven we meer informatie en handvatten over hoe je met deze bouwsteen aan de slag gaat. Het is een leidraad om gezamenlijk de juiste vragen te stellen en tot acties te komen in de preventie en aanpak van seksueel grensoverschrijdend gedrag. Dit is geen blauwdruk, maar biedt houvast voor een continu proces van leren en verbeteren.',
      'Aan de slag!',
      'Disclaimer: Het kwaliteitskompas blijft in ontwikkeling. We horen graag suggesties en ideeën voor verbetering. Ook vragen zijn welkom. Neem contact op met Monique Malmberg van het NJi: m.malmberg@nji.nl.',
    ],
  },
];

export const sggOverlay: EditionOverlay = {
  id: 'sgg',
  version: '1.0.0',
  title: 'Samen seksueel grensoverschrijdend gedrag aanpakken',
  subtitle:
    'Werkbladen bij het kwaliteitskompas om seksueel grensoverschrijdend gedrag te voorkomen en verminderen.',
  publisher: 'Nederlands Jeugdinstituut en Rutgers',
  sources: ['003_5171f1eb69702403.txt'],
  intro,
  ops: [...sgg0A, ...sgg0B, ...sgg1A, ...sgg1B, ...sgg2, ...sgg3A, ...sgg3B, ...sgg4, ...sgg5, ...sgg6],
};
