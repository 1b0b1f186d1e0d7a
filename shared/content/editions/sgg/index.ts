import type { EditionOverlay } from '../../overlay.ts';

export const sggOverlay: EditionOverlay = {
  id: 'sgg',
  version: '1.0.0',
  title: 'Samen seksueel grensoverschrijdend gedrag aanpakken',
  subtitle: 'Werkbladen bij het kwaliteitskompas om seksueel grensoverschrijdend gedrag te voorkomen en verminderen.',
  publisher: 'Nederlands Jeugdinstituut en Rutgers',
  sources: ['003_5171f1eb69702403.txt'],
  ops: [],
};
