/**
 * What the demo partnership wrote: its partners, its answers in its own words, and the entries of
 * its list answers (with fixed ids, so records link to them). Dutch, as a gemeente would write it.
 */
import { CSG_USER, DEMO_USER, GGD_USER, JONGERENWERK_USER, WIJKTEAM_USER } from './people.ts';

const DEMO = DEMO_USER.upn;
const GGD = GGD_USER.upn;
const WIJKTEAM = WIJKTEAM_USER.upn;
const CSG = CSG_USER.upn;
const JONGERENWERK = JONGERENWERK_USER.upn;

export const VRAAGSTUK = [
  'Uit de Gezondheidsmonitor Jeugd 2023 blijkt dat in Voorbeeldstad 13 procent van de jongeren in klas 2 en 4 van het voortgezet onderwijs ooit is gedwongen om iets te doen of toe te staan op seksueel gebied; in de regio is dat 11 procent. Grensoverschrijdend gedrag vindt steeds vaker online plaats, bijvoorbeeld door het ongevraagd doorsturen van naaktfoto’s in groepsapps.',
  'Scholen, jongerenwerk, wijkteam en politie zien dit terug in hun praktijk, maar pakken het ieder op hun eigen manier aan. De preventie is versnipperd, lessen over relaties en seksualiteit hangen af van de inzet van individuele leerkrachten en signalen worden niet altijd gedeeld. Wij willen samen één samenhangende aanpak: eerder voorkomen, eerder signaleren en goed doorverwijzen.',
];

export interface PartnerSeed {
  readonly organisatie: string;
  readonly domein?: string;
  readonly niveau?: string;
  readonly rollen: readonly ('regie' | 'contact' | 'uitvoering' | 'financier' | 'kennispartner')[];
  readonly contactpersoon: string;
  readonly email: string;
  readonly toelichting: string;
}

/** Domains and levels are ids of the 0-A overview (`0A.partners`). */
export const partnerSeeds = {
  gemeente: {
    organisatie: 'Gemeente Voorbeeldstad, team Jeugd en Onderwijs',
    rollen: ['regie', 'financier'],
    contactpersoon: DEMO_USER.displayName,
    email: DEMO,
    toelichting:
      'Beleidsadviseur jeugd. Trekker van de aanpak, voorzitter van de kernregiegroep en opdrachtgever van de monitoring.',
  },
  ggd: {
    organisatie: 'GGD Regio Voorbeeld',
    domein: 'gezondheidZorg',
    niveau: 'basisvoorzieningen',
    rollen: ['kennispartner', 'uitvoering'],
    contactpersoon: GGD_USER.displayName,
    email: GGD,
    toelichting:
      'Jeugdgezondheidszorg en seksuele gezondheid. Levert de cijfers uit de Gezondheidsmonitor Jeugd en verzorgt met de scholen de lessen Lang Leve de Liefde.',
  },
  po: {
    organisatie: 'Basisschool De Regenboog',
    domein: 'opvangOnderwijs',
    niveau: 'basisvoorzieningen',
    rollen: ['uitvoering'],
    contactpersoon: 'Fatima El Amrani',
    email: 'f.elamrani@deregenboog-voorbeeld.nl',
    toelichting:
      'Intern begeleider. Pilotschool voor de doorlopende leerlijn relationele en seksuele vorming in het primair onderwijs.',
  },
  vo: {
    organisatie: 'Stedelijk Lyceum Voorbeeldstad',
    domein: 'opvangOnderwijs',
    niveau: 'basisvoorzieningen',
    rollen: ['uitvoering'],
    contactpersoon: 'Jeroen de Vries',
    email: 'j.devries@stedelijklyceum-voorbeeld.nl',
    toelichting: 'Zorgcoördinator. Vertegenwoordigt in het overleg ook de andere vo-scholen van de gemeente.',
  },
  samenwerkingsverband: {
    organisatie: 'Samenwerkingsverband PO/VO Voorbeeldstad e.o.',
    domein: 'opvangOnderwijs',
    niveau: 'basisvoorzieningen',
    rollen: ['contact', 'kennispartner'],
    contactpersoon: 'Marloes Hendriks',
    email: 'm.hendriks@swv-voorbeeld.nl',
    toelichting:
      'Verbindt de schoolbesturen en organiseert de scholing voor intern begeleiders, mentoren en zorgcoördinatoren.',
  },
  csg: {
    organisatie: 'Centrum Seksueel Geweld Regio Voorbeeld',
    domein: 'veiligheid',
    niveau: 'intensief',
    rollen: ['kennispartner', 'uitvoering'],
    contactpersoon: CSG_USER.displayName,
    email: CSG,
    toelichting:
      'Acute hulp na seksueel geweld. Deelt geanonimiseerde cijfers over hulpvragen van jongeren en denkt mee over signalering.',
  },
  politie: {
    organisatie: 'Politie, basisteam Voorbeeldstad',
    domein: 'veiligheid',
    niveau: 'basisondersteuning',
    rollen: ['uitvoering'],
    contactpersoon: 'Mehmet Yilmaz',
    email: 'm.yilmaz@politie-voorbeeld.nl',
    toelichting:
      'Jeugdagent. Geeft voorlichting over sexting en sextortion op scholen en is aanspreekpunt bij zedenzaken met jonge verdachten.',
  },
  jongerenwerk: {
    organisatie: 'Jongerenwerk Stichting Welzijn Voorbeeldstad',
    domein: 'welzijnSportCultuur',
    niveau: 'basisvoorzieningen',
    rollen: ['uitvoering', 'contact'],
    contactpersoon: JONGERENWERK_USER.displayName,
    email: JONGERENWERK,
    toelichting:
      'Jongerenwerker. Zorgt voor de verbinding met jongeren buiten school en met de jongerenraad.',
  },
  veiligThuis: {
    organisatie: 'Veilig Thuis Regio Voorbeeld',
    domein: 'veiligheid',
    niveau: 'basisondersteuning',
    rollen: ['kennispartner'],
    contactpersoon: 'Ingrid Visser',
    email: 'i.visser@veiligthuis-voorbeeld.nl',
    toelichting: 'Advies en meldingen bij huiselijk geweld en seksueel misbruik binnen het gezin.',
  },
  wijkteam: {
    organisatie: 'Wijkteam Voorbeeldstad (CJG)',
    domein: 'gezondheidZorg',
    niveau: 'basisondersteuning',
    rollen: ['uitvoering'],
    contactpersoon: WIJKTEAM_USER.displayName,
    email: WIJKTEAM,
    toelichting:
      'Jeugd- en gezinswerker. Werkt met het Vlaggensysteem en verwijst door naar specialistische hulp.',
  },
} as const satisfies Record<string, PartnerSeed>;
export type PartnerKey = keyof typeof partnerSeeds;

/** An answer written once as text: question, author, when (UTC, to the minute), its paragraphs. */
export interface TextAnswer {
  readonly question: string;
  readonly by: string;
  readonly at: string;
  readonly text: readonly string[];
}

export const textAnswers: readonly TextAnswer[] = [
  {
    question: '0A.samenwerkingen',
    by: DEMO,
    at: '2024-09-23T09:00',
    text: [
      'De aanpak sluit aan bij bestaande samenwerkingen: het Lokaal Preventieakkoord (GGD, jongerenwerk en sportverenigingen), het zorg- en adviesteam op de vo-scholen en het netwerk Veilig Opgroeien van gemeente, politie en Veilig Thuis.',
      'Het Centrum Seksueel Geweld en de GGD werken al samen in het regionale programma Seksuele Gezondheid. Nieuw is een kernregiegroep die deze lijnen bij elkaar brengt.',
    ],
  },
  {
    question: '0A.betrekken',
    by: JONGERENWERK,
    at: '2024-10-01T15:40',
    text: [
      'Via de jongerenraad Voorbeeldstad en de leerlingenraden van drie vo-scholen halen we twee keer per jaar op wat jongeren bezighoudt. Het jongerenwerk voert daarnaast gesprekken met groepen die we via school minder goed bereiken, zoals mbo-studenten en lhbtiq+-jongeren. Ouders betrekken we via de ouderraden en de ouderavonden over mediagebruik.',
    ],
  },
  {
    question: '0A.gezamenlijk-vraagstuk.opvalt',
    by: DEMO,
    at: '2024-10-15T09:00',
    text: [
      'Alle partners zien dat jongeren hun grenzen vaak pas benoemen als het al mis is gegaan. Leerkrachten vinden het lastig om seksualiteit bespreekbaar te maken en jongeren weten niet goed bij wie ze terechtkunnen. Opvallend is dat meldingen bij Veilig Thuis en de politie vooral over online gedrag gaan, terwijl het preventieve aanbod vooral over relaties offline gaat.',
    ],
  },
  {
    question: '0A.gezamenlijk-vraagstuk.kwesties',
    by: DEMO,
    at: '2024-10-15T10:20',
    text: [
      'Lessen over relaties en seksualiteit zijn niet structureel ingeroosterd en beginnen pas in het voortgezet onderwijs.',
      'Signalen van grensoverschrijdend gedrag blijven hangen bij één organisatie.',
      'Jongens en jonge mannen worden vooral als (mogelijke) pleger aangesproken en nauwelijks als deel van de oplossing.',
      'Ouders weten weinig van wat hun kinderen online meemaken.',
    ],
  },
  {
    question: '0A.gezamenlijk-vraagstuk.belang',
    by: GGD,
    at: '2024-10-16T13:05',
    text: [
      'Geen enkele partner kan dit alleen oplossen. Scholen bereiken alle kinderen, het jongerenwerk bereikt jongeren in hun vrije tijd, de GGD en het CSG weten wat werkt en de politie en Veilig Thuis zien de ernstige situaties. Door samen op te trekken voorkomen we dubbel aanbod en gaten, en krijgen jongeren overal dezelfde boodschap.',
    ],
  },
  {
    question: '0A.gezamenlijk-vraagstuk.randvoorwaarden',
    by: DEMO,
    at: '2024-10-16T13:30',
    text: [
      'Commitment van de directies en schoolbesturen, een vaste contactpersoon met mandaat per partner, structurele financiering voor ten minste vier jaar (Lokaal Preventieakkoord en gemeentelijke middelen) en afspraken over het delen van geanonimiseerde gegevens.',
    ],
  },
  {
    question: '0B.vraagstuk',
    by: DEMO,
    at: '2024-11-05T09:00',
    text: [
      'Samen zorgen we ervoor dat kinderen en jongeren in Voorbeeldstad gezonde en gelijkwaardige relaties hebben en minder te maken krijgen met seksueel grensoverschrijdend gedrag, online en offline. Dat doen we door eerder te voorkomen, eerder te signaleren en goed door te verwijzen.',
    ],
  },
  {
    question: '0B.regie',
    by: DEMO,
    at: '2024-11-05T09:20',
    text: [
      'De gemeente heeft de regie en zit de kernregiegroep voor. De GGD is inhoudelijk trekker van de monitoring en de lessen. Het overleg valt onder het bestuurlijk overleg Jeugd en Onderwijs, zodat besluiten aansluiten bij het jeugdbeleid en de Lokale Educatieve Agenda.',
    ],
  },
  {
    question: '0B.mensen',
    by: DEMO,
    at: '2024-11-05T09:40',
    text: [
      'In de kernregiegroep zitten mensen die in hun organisatie mandaat hebben én dicht bij de praktijk staan: een zorgcoördinator, een intern begeleider, de jeugdagent, een jongerenwerker en een jeugd- en gezinswerker. Bij de start hebben we per partner besproken wie het beste aan tafel kan zitten.',
    ],
  },
  {
    question: '0B.besluitvorming',
    by: DEMO,
    at: '2024-11-12T09:00',
    text: [
      'De kernregiegroep besluit over de uitvoering binnen het afgesproken budget. Besluiten over geld en beleid gaan via de gemeente naar het bestuurlijk overleg Jeugd en Onderwijs. Elke partner heeft met de eigen directie afgesproken waarover de vertegenwoordiger zelf mag besluiten.',
    ],
  },
  {
    question: '0B.contact.voortgang',
    by: DEMO,
    at: '2024-11-12T09:30',
    text: [
      'Na elk overleg stuurt de gemeente een korte terugkoppeling aan alle partners. De actielijst staat in Kompas, in het kanaal van het team.',
    ],
  },
  {
    question: '0B.contact.aangehaakt',
    by: CSG,
    at: '2024-11-14T11:45',
    text: [
      'Partners die minder vaak aanschuiven (politie, Veilig Thuis en het CSG) krijgen de agenda vooraf met de vraag welke punten zij willen inbrengen. Eén keer per jaar gaat de gemeente bij elke partner langs.',
    ],
  },
  {
    question: '0B.contact.momenten',
    by: DEMO,
    at: '2024-11-12T09:50',
    text: [
      'Elke zes weken de kernregiegroep, twee keer per jaar het brede partneroverleg en één keer per jaar een werkconferentie met professionals en jongeren.',
    ],
  },
  {
    question: '0B.contact.ouders-jongeren',
    by: JONGERENWERK,
    at: '2024-11-14T14:20',
    text: [
      'De jongerenraad schuift twee keer per jaar aan bij het partneroverleg. Via de ouderraden van de scholen houden we ouders op de hoogte.',
    ],
  },
  {
    question: '0B.langdurig.verankeren',
    by: DEMO,
    at: '2024-11-26T09:00',
    text: [
      'De aanpak is opgenomen in het jeugdbeleidsplan 2025–2028 en in de Lokale Educatieve Agenda. Scholen nemen de doorlopende leerlijn op in hun schoolplan.',
    ],
  },
  {
    question: '0B.langdurig.werkwijzen',
    by: WIJKTEAM,
    at: '2024-11-27T10:05',
    text: [
      'We werken toe naar één manier van signaleren (het Vlaggensysteem) bij school, jongerenwerk en wijkteam, en naar een gezamenlijke scholing, zodat professionals dezelfde taal spreken.',
    ],
  },
  {
    question: '1A.vooraf.betrekken',
    by: JONGERENWERK,
    at: '2025-01-14T09:00',
    text: [
      'We bespreken de cijfers met de jongerenraad en met twee groepen van het jongerenwerk: herkennen zij het beeld?',
    ],
  },
  {
    question: '1A.vooraf.partners',
    by: GGD,
    at: '2025-01-14T10:30',
    text: [
      'De GGD verzamelt de cijfers; alle partners leveren signalen uit hun eigen praktijk aan voor een gezamenlijke sessie in februari.',
    ],
  },
  {
    question: '1A.analyse.landelijk',
    by: GGD,
    at: '2025-01-21T09:00',
    text: [
      'Landelijk onderzoek, zoals Seks onder je 25e van Rutgers en Soa Aids Nederland, laat zien dat een aanzienlijk deel van de jongeren ooit iets op seksueel gebied heeft meegemaakt dat zij niet wilden, meisjes vaker dan jongens. Online grensoverschrijding komt steeds vaker voor. Lhbtiq+-jongeren en jongeren met een licht verstandelijke beperking lopen meer risico.',
    ],
  },
  {
    question: '1A.analyse.partners',
    by: DEMO,
    at: '2025-02-11T09:00',
    text: [
      'Scholen: leerlingen spreken elkaar weinig aan op grensoverschrijdende grappen en opmerkingen.',
      'Jongerenwerk: het doorsturen van beelden in groepsapps is een groot thema; jongeren weten niet dat dit strafbaar kan zijn.',
      'Wijkteam: ouders vragen vaker hulp bij het online gedrag van hun kind.',
      'Politie: meer aangiften van sextortion door jongens.',
    ],
  },
  {
    question: '1A.gesprek.partners',
    by: DEMO,
    at: '2025-02-11T09:30',
    text: [
      'De zorgcoördinatoren van de vo-scholen, intern begeleiders uit het primair onderwijs, jongerenwerkers, de jeugdagent, Veilig Thuis, het CSG en de jongerenraad.',
    ],
  },
  {
    question: '1A.gesprek.signalen',
    by: WIJKTEAM,
    at: '2025-02-18T13:15',
    text: [
      'Professionals zien dat jongeren online sneller grenzen overschrijden dan offline; leerkrachten in groep 7 en 8 krijgen al vragen over naaktfoto’s. Jongeren zelf vinden de lessen vaak te laat en te braaf.',
    ],
  },
  {
    question: '1A.gesprek.verklaren',
    by: GGD,
    at: '2025-02-18T14:40',
    text: [
      'Het hogere percentage hangt mogelijk samen met de lage deelname van scholen aan lessen over relaties en seksualiteit en met weinig aanbod voor jongeren buiten school. Jongeren geven ook aan dat ze niet weten bij wie ze terechtkunnen.',
    ],
  },
  {
    question: '1A.gesprek.herkennen',
    by: DEMO,
    at: '2025-02-18T16:00',
    text: [
      'Ja, de partners herkennen het beeld. Politie en CSG plaatsen de kanttekening dat het om een kleine groep met ernstige ervaringen gaat; de scholen wijzen op grote verschillen tussen scholen.',
    ],
  },
  {
    question: '1A.gesprek.waarderen',
    by: DEMO,
    at: '2025-02-18T16:10',
    text: [
      'We vinden het niet acceptabel dat meer jongeren dan gemiddeld grensoverschrijdend gedrag meemaken. Tegelijk zijn we positief over de bereidheid van scholen en jongerenwerk om samen op te trekken. Dit willen we verbeteren.',
    ],
  },
  {
    question: '1B.keuze',
    by: DEMO,
    at: '2025-04-08T09:00',
    text: [
      'We kiezen de zorgen waar de partners samen de meeste invloed op hebben: preventie op school en in de vrije tijd, en eerder signaleren en doorverwijzen. De ernstige zaken pakken politie, Veilig Thuis en het CSG al op; daar sluiten we op aan.',
    ],
  },
  {
    question: '2.vooraf.betrekken',
    by: JONGERENWERK,
    at: '2025-05-13T09:00',
    text: ['De jongerenraad heeft de resultaten getoetst: zijn ze begrijpelijk en herkenbaar?'],
  },
  {
    question: '2.vooraf.partners',
    by: DEMO,
    at: '2025-05-13T10:00',
    text: ['In een werksessie van de kernregiegroep, met de GGD als kennispartner.'],
  },
  {
    question: '2.ambitie',
    by: DEMO,
    at: '2025-05-20T09:00',
    text: [
      'Alle kinderen en jongeren in Voorbeeldstad groeien op met respect voor hun eigen grenzen en die van een ander, en durven hun wensen en grenzen aan te geven.',
    ],
  },
  {
    question: '2.bereikt',
    by: GGD,
    at: '2025-05-27T13:00',
    text: [
      'We zijn op de goede weg als jongeren in de Gezondheidsmonitor vaker zeggen dat ze tevreden zijn over hun seksleven en minder vaak dat ze zijn gedwongen, en als leerkrachten merken dat leerlingen elkaar vaker aanspreken op grensoverschrijdend gedrag.',
    ],
  },
  {
    question: '2.termijn',
    by: DEMO,
    at: '2025-05-27T09:00',
    text: [
      'In 2029 krijgen alle leerlingen van groep 1 tot en met het examenjaar lessen volgens de doorlopende leerlijn, weten jongeren waar ze terechtkunnen en is het aandeel jongeren dat ooit is gedwongen gedaald naar 9 procent.',
    ],
  },
  {
    question: '2.doelgroepen',
    by: JONGERENWERK,
    at: '2025-06-03T11:10',
    text: [
      'Extra aandacht voor jongeren met een licht verstandelijke beperking (praktijkonderwijs en vso), lhbtiq+-jongeren en jongens van 12 tot 16 jaar die online risico lopen op sextortion. Omgevingen: school, online (groepsapps en sociale media) en de jongerenplekken in de wijken Noord en Centrum.',
    ],
  },
  {
    question: '2.keuzes',
    by: DEMO,
    at: '2025-06-10T09:00',
    text: [
      'Met een beperkt budget kiezen we voor vroege preventie: de doorlopende leerlijn vanaf groep 1 en de scholing van leerkrachten. Een eigen meldpunt richten we niet in; we verwijzen naar de bestaande hulp.',
    ],
  },
  {
    question: '3A.vooraf.betrekken',
    by: JONGERENWERK,
    at: '2025-09-16T09:00',
    text: ['Jongerenwerkers hebben met drie groepen jongeren besproken wat volgens hen werkt.'],
  },
  {
    question: '3A.bereiken',
    by: DEMO,
    at: '2025-09-23T09:00',
    text: [
      'We willen dat kinderen en jongeren gezonde, gelijkwaardige relaties hebben. Daarvoor beginnen we vroeg en structureel met relationele en seksuele vorming, maken we professionals deskundiger en geven we jongeren zelf een stem.',
    ],
  },
  {
    question: '3A.samenhang',
    by: GGD,
    at: '2025-10-14T13:20',
    text: [
      'De scholing van leerkrachten is een voorwaarde voor de doorlopende leerlijn. Inzet op meerdere niveaus en het betrekken van jongens versterken elkaar via het jongerenwerk. Spanning zit tussen structurele inzet en de beperkte roostertijd op scholen.',
    ],
  },
];

const entry = (id: string, text: string) => ({ id, text }) as const;

export const zorgen = [
  entry('zorg-online-druk', 'Jongeren worden online onder druk gezet om beelden van zichzelf te delen.'),
  entry('zorg-lessen', 'Lessen over relaties en seksualiteit zijn niet structureel en beginnen te laat.'),
  entry('zorg-signalen', 'Signalen blijven hangen bij één organisatie.'),
  entry('zorg-hulp', 'Jongeren weten niet waar ze terechtkunnen na een nare ervaring.'),
];

export const kansen = [
  entry('kans-leerlijn', 'Scholen en jongerenwerk willen samen een doorlopende leerlijn ontwikkelen.'),
  entry('kans-jongerenraad', 'De jongerenraad wil meedenken en meedoen met voorlichting.'),
  entry(
    'kans-vlaggensysteem',
    'Het wijkteam werkt al met het Vlaggensysteem; dat kan breder worden ingezet.',
  ),
];

export const ambities = [
  entry(
    'ambitie-respect',
    'Alle kinderen en jongeren in Voorbeeldstad groeien op met respect voor hun eigen grenzen en die van een ander.',
  ),
  entry(
    'ambitie-veilig',
    'Jongeren durven hun wensen en grenzen aan te geven en voelen zich veilig, op school, online en in hun vrije tijd.',
  ),
  entry(
    'ambitie-toegerust',
    'Ouders en professionals kunnen seksualiteit bespreekbaar maken en pakken signalen op tijd op.',
  ),
];
/** The fourth ambitie of the first draft, dropped to keep focus ("niet meer dan drie ambities"). */
export const droppedAmbitie = entry(
  'ambitie-meldingen',
  'Meldingen van seksueel geweld worden binnen een week opgepakt.',
);

export const resultaten = {
  relaties: entry(
    'resultaat-relaties',
    'Meer jongeren hebben gezonde, gelijkwaardige en plezierige relaties en seksualiteit.',
  ),
  minder: entry(
    'resultaat-minder',
    'Minder kinderen en jongeren krijgen te maken met seksueel grensoverschrijdend gedrag, online en offline.',
  ),
  aanspreken: entry(
    'resultaat-aanspreken',
    'Kinderen, jongeren en professionals herkennen grensoverschrijdend gedrag en spreken elkaar erop aan.',
  ),
  hulp: entry(
    'resultaat-hulp',
    'Jongeren die iets naars meemaken, weten waar ze terechtkunnen en krijgen snel passende hulp.',
  ),
};

export const kennis = {
  niveaus: entry(
    'kennis-niveaus',
    'Zet in op meerdere niveaus: lessen op school krijgen steun van ouders, sportclubs en jongerenwerk.',
  ),
  opTijd: entry(
    'kennis-op-tijd',
    'Begin op tijd: een doorlopende leerlijn relationele en seksuele vorming vanaf groep 1.',
  ),
  deskundigheid: entry(
    'kennis-deskundigheid',
    'Investeer in de deskundigheid van leerkrachten, jongerenwerkers en wijkteammedewerkers.',
  ),
  mannen: entry('kennis-mannen', 'Betrek jongens en mannen als deel van de oplossing.'),
};

export const principes = {
  participatie: entry('principe-participatie', 'Jongeren praten en denken mee: niets over hen zonder hen.'),
  positief: entry(
    'principe-positief',
    'Een positieve kijk op seksualiteit: niet alleen risico’s, ook plezier en gelijkwaardigheid.',
  ),
  samen: entry('principe-samen', 'Bij signalen werken partners samen rond het kind en het gezin.'),
};

export const randvoorwaarden = {
  geld: entry(
    'voorwaarde-geld',
    'Financiering voor ten minste vier jaar via het Lokaal Preventieakkoord en de onderwijsmiddelen.',
  ),
  draagvlak: entry(
    'voorwaarde-draagvlak',
    'Draagvlak bij schoolbesturen: directies roosteren de lessen structureel in.',
  ),
  mandaat: entry('voorwaarde-mandaat', 'Een vaste kernregiegroep met mandaat van elke partner.'),
};
