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

export const sggOverlay: EditionOverlay = {
  id: 'sgg',
  version: '1.0.0',
  title: 'Samen seksueel grensoverschrijdend gedrag aanpakken',
  subtitle:
    'Werkbladen bij het kwaliteitskompas om seksueel grensoverschrijdend gedrag te voorkomen en verminderen.',
  publisher: 'Nederlands Jeugdinstituut en Rutgers',
  sources: ['003_5171f1eb69702403.txt'],
  ops: [...sgg0A, ...sgg0B, ...sgg1A, ...sgg1B, ...sgg2, ...sgg3A, ...sgg3B, ...sgg4, ...sgg5, ...sgg6],
};
