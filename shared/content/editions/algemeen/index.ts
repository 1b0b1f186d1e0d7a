import type { EditionOverlay } from '../../overlay.ts';

export const algemeenOverlay: EditionOverlay = {
  id: 'algemeen',
  version: '1.0.0',
  title: 'Kwaliteitskompas (algemeen)',
  publisher: 'Nederlands Jeugdinstituut',
  sources: ['000_04840388d5dafa02.txt', '001_881ddc819d232cf4.txt', '004_5a189afd27617be1.txt', '003_5171f1eb69702403.txt'],
  ops: [],
};
