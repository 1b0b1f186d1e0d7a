import { stap1 } from './stap-1.ts';
import { stap2 } from './stap-2.ts';
import { stap3 } from './stap-3.ts';
import { stap4 } from './stap-4.ts';
import { stap5 } from './stap-5.ts';
import { stap6 } from './stap-6.ts';
import type { EditionOverlay } from '../../overlay.ts';

/**
 * The NJi's older kwaliteitsmodel in six steps (seed 002, a clickable PDF). Each step replaces the bouwsteen
 * it maps to and reuses that bouwsteen's question ids where it asks the same thing with the same kind of
 * answer; its own questions have `km-` ids. Left out on purpose, as they are not content of the model: the
 * PDF's navigation ("Dit is een klikbare pdf …", "Klik!", "Model menu"), the "Over het NJi" page, the contact
 * addresses, the e-mail link and the colophon.
 */
export const kwaliteitsmodelOverlay: EditionOverlay = {
  id: 'kwaliteitsmodel',
  version: '1.0.0',
  title: 'Kwaliteitsmodel (6 stappen)',
  publisher: 'Nederlands Jeugdinstituut',
  sources: ['002_37476c7b7b9c0692.txt'],
  intro: [
    { type: 'heading', text: 'Het kwaliteitsmodel' },
    {
      type: 'text',
      text: [
        'Gemeenten beschikken over veel cijfers, maar het is vaak ingewikkeld om de effecten en maatschappelijke resultaten van het jeugdbeleid echt goed in beeld te krijgen. Het blijkt bijvoorbeeld lastig om de cijfers te duiden. Ook zoeken gemeenten vaak nog naar bruikbare indicatoren om goed te kunnen meten hoe het met de transformatie van de jeugdsector staat. Het kwaliteitsmodel van het NJi helpt gemeenten om in 6 stappen zicht én grip te krijgen op de realisatie van hun transformatiedoelen.',
      ],
    },
  ],
  bouwstenen: [stap1, stap2, stap3, stap4, stap5, stap6],
  stepMapping: [
    { step: 1, title: 'Monitoring & ambities', bouwsteen: '1B' },
    { step: 2, title: 'Maatschappelijk resultaat', bouwsteen: '2' },
    { step: 3, title: 'Activiteiten', bouwsteen: '3B' },
    { step: 4, title: 'Input kwaliteit voorzieningen', bouwsteen: '4' },
    { step: 5, title: 'Outcome voorzieningen', bouwsteen: '5' },
    { step: 6, title: 'Verbetercyclus', bouwsteen: '6' },
  ],
  ops: [],
};
