import type { OverlayOp } from '../../overlay.ts';

/** The generic worksheet of bouwsteen 3A (seed 001) with its Voorbeeld examples. */
export const algemeen3A: readonly OverlayOp[] = [
  {
    op: 'addGuidance',
    to: '3A.kennis',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'Inzetten op de eerste 1000 dagen van een kind draagt bij aan een kansrijke start; vriendschap draagt bij aan mentale weerbaarheid; het voorkomen en stoppen van kindermishandeling vraagt om een integrale aanpak.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '3A.principes',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'Zorg dichtbij, eigen regie en ruimte voor de professional, doen wat nodig is, responsief, betrouwbaar.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '3A.randvoorwaarden',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'Goede samenwerking tussen ketenpartners, passend aanbod aan activiteiten, bestuurlijk commitment, tijd voor samenwerking en afstemming.',
      ],
    },
  },
  {
    op: 'addGuidance',
    to: '3A.indicatoren',
    guidance: {
      kind: 'voorbeeld',
      text: [
        'Inzet op de eerste 1000 dagen: meer ouders in kwetsbare posities starten goed voorbereid met hun zwangerschap, er wordt multidisciplinair samengewerkt rondom gezinnen in kwetsbare posities.',
      ],
    },
  },
];
