import type { EditionOverlay } from '../../overlay.ts';

export const kwaliteitsmodelOverlay: EditionOverlay = {
  id: 'kwaliteitsmodel',
  version: '1.0.0',
  title: 'Kwaliteitsmodel (6 stappen)',
  publisher: 'Nederlands Jeugdinstituut',
  sources: ['002_37476c7b7b9c0692.txt'],
  ops: [],
};
