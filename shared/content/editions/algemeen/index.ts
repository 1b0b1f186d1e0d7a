import { algemeen2 } from './bouwsteen-2.ts';
import { algemeen3A } from './bouwsteen-3a.ts';
import { algemeen5 } from './bouwsteen-5.ts';
import type { EditionOverlay } from '../../overlay.ts';

export const algemeenOverlay: EditionOverlay = {
  id: 'algemeen',
  version: '1.0.0',
  title: 'Kwaliteitskompas (algemeen)',
  publisher: 'Nederlands Jeugdinstituut',
  sources: [
    '000_04840388d5dafa02.txt',
    '001_881ddc819d232cf4.txt',
    '004_5a189afd27617be1.txt',
    '003_5171f1eb69702403.txt',
  ],
  ops: [...algemeen2, ...algemeen3A, ...algemeen5],
};
