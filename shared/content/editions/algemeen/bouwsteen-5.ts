import type { OverlayOp } from '../../overlay.ts';

const voorbeeld = (to: string, text: string): OverlayOp => ({
  op: 'addGuidance',
  to,
  guidance: { kind: 'voorbeeld', text: [text] },
});

/** The generic worksheet of bouwsteen 5 (seed 000) with its Voorbeeld examples. */
export const algemeen5: readonly OverlayOp[] = [
  voorbeeld(
    '5.doel',
    'We willen thuiszittende jongeren door middel van onze voorziening binnen één jaar weer laten uitstromen naar onderwijs.',
  ),
  voorbeeld(
    '5.overkoepelend',
    'We willen dat meer jongeren in onze regio mee kunnen doen op school, zodat ze een startkwalificatie kunnen halen.',
  ),
  voorbeeld(
    '5.bijdrage',
    'Door kinderen te helpen hun gedragsproblematiek te verminderen, zorgen we ervoor dat ze minder verzuimen en minder kans hebben om uit te vallen.',
  ),
  voorbeeld(
    '5.aanpak',
    'Op basis van de vraag van kind en gezin kijken we naar de belangrijkste oorzaken waarom een kind niet kan meedoen op school en met vrienden. We stellen een behandelplan op en voeren dat uit om kinderen weer te laten participeren in de schoolse setting.',
  ),
  // Seed 000 prints typographic quotes around 'goed' where seed 003 has straight ones.
  {
    op: 'setPrompt',
    question: '5.informatie-professional',
    prompt:
      'Welke informatie heb je als professional nodig om met ouders en kinderen te reflecteren op je werk? Wanneer weet je of je het ‘goed’ doet? Hoe weet je of kinderen en jongeren baat hebben bij jouw/jullie inzet?',
  },
  voorbeeld(
    '5.informatie-professional',
    'Ik wil weten in hoeverre ik met het kind de stappen zet die zijn beschreven in het behandelplan, en in hoeverre de doelen die benoemd staan in het behandelplan worden behaald.',
  ),
  {
    op: 'setPrompt',
    question: '5.informatie-organisatie',
    prompt:
      'Welke informatie heb je als organisatie of initiatief nodig om een beeld te vormen of je het ‘goed’ doet? Waaraan kan je zien of het doel van de activiteit gehaald is, of waar ruimte voor verbetering zit?',
  },
  voorbeeld(
    '5.informatie-organisatie',
    'Ik wil weten hoe het drie maanden na uitstroom met het kind gaat. Dit leert ons ook wat belangrijk is bij de overdracht naar de uitstroomlocatie en helpt bij het verduurzamen van onze aanpak.',
  ),
  // "angst’ vermindering" is printed so in seed 000; kept as in the source.
  voorbeeld(
    '5.indicatoren',
    'De hulpvraag is opgelost; klachtenreductie van angst’ vermindering stress; de schoolaanwezigheid voor, tijdens en na de inzet.',
  ),
];
