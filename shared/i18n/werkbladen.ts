/**
 * UI strings of the Werkbladen screen (tab/features/werkbladen), nl and en with identical keys.
 * Kept apart until the lead merges them into `nl.ts` and `en.ts`. Whole sentences with named
 * placeholders, as in the shared catalogue.
 */
import type { MessageValue } from './messages.ts';

const nl = {
  'werkbladen.title': 'Werkbladen',
  'werkbladen.loading': 'De werkbladen worden geladen…',
  'werkbladen.picker.label': 'Bouwstenen',
  'werkbladen.picker.bouwsteen': 'Bouwsteen {bouwsteen}',
  'werkbladen.picker.stap': 'Stap {stap}',
  'werkbladen.notInEdition':
    'Bouwsteen {bouwsteen} hoort niet bij deze editie van het kwaliteitskompas. Kies hierboven een bouwsteen.',
  'werkbladen.questionNotFound': 'De vraag uit de link staat niet op de werkbladen van deze bouwsteen.',

  'werkbladen.resultaat.heading': 'Resultaat',
  'werkbladen.resultaat.waarom': 'Waarom',
  'werkbladen.resultaat.uitkomst': 'Wat we bereiken',
  'werkbladen.vooraf.heading': 'Belangrijke vragen vooraf',
  'werkbladen.sheet.actie': 'Actie',
  'werkbladen.sheet.lerenEnVerbeteren': 'Leren en verbeteren',
  'werkbladen.cadence.eenmalig': 'Nu invullen',
  'werkbladen.cadence.periodiek': 'Periodiek',
  'werkbladen.question.optional': 'Optioneel',

  'werkbladen.copyLink.button': 'Kopieer link',
  'werkbladen.copyLink.name': 'Kopieer link naar ‘{vraag}’',
  'werkbladen.copyLink.copied': 'De link naar ‘{vraag}’ is gekopieerd.',
  'werkbladen.copyLink.failed': 'Kopiëren lukte niet. Selecteer de link hieronder en kopieer hem zelf.',
  'werkbladen.copyLink.field': 'Link naar ‘{vraag}’',

  'werkbladen.guidance.voorbeeld': 'Voorbeeld',
  'werkbladen.guidance.tip': 'Tip',
  'werkbladen.guidance.advies': 'Advies',
  'werkbladen.guidance.letop': 'Let op!',
  'werkbladen.guidance.info': 'Meer informatie',
  'werkbladen.guidance.newTab': '(opent in een nieuw tabblad)',
  'werkbladen.guidance.noUrl': '{titel} (de link is niet beschikbaar)',

  'werkbladen.crossRef.answered': 'Jullie antwoord bij ‘{vraag}’ (bouwsteen {bouwsteen}):',
  'werkbladen.crossRef.unanswered': '‘{vraag}’ (bouwsteen {bouwsteen}) is nog niet beantwoord.',
  'werkbladen.crossRef.goTo': 'Ga naar ‘{vraag}’',
  'werkbladen.crossRef.missing': 'De vraag waarnaar hier verwezen wordt, staat niet in deze editie.',
  'werkbladen.crossRef.indicatoren': {
    plural: 'count',
    one: '{count} indicator of signaal: {namen}',
    other: '{count} indicatoren en signalen: {namen}',
  },
  'werkbladen.crossRef.partners': {
    plural: 'count',
    one: '{count} partner: {namen}',
    other: '{count} partners: {namen}',
  },
  'werkbladen.crossRef.activiteiten': {
    plural: 'count',
    one: '{count} activiteit: {namen}',
    other: '{count} activiteiten: {namen}',
  },
  'werkbladen.crossRef.acties': {
    plural: 'count',
    one: '{count} actie: {namen}',
    other: '{count} acties: {namen}',
  },
  'werkbladen.crossRef.fromReflectie': 'Uit de reflectie van {datum}.',

  'werkbladen.save.queued': 'Wacht op verbinding',
  'werkbladen.save.throttled': 'Even wachten: Microsoft 365 vraagt om het zo opnieuw te proberen',

  'werkbladen.conflict.title': 'Iemand anders heeft dit tegelijk met jou gewijzigd',
  'werkbladen.conflict.intro': 'Er gaat niets verloren. Bekijk beide versies en kies wat je wilt bewaren.',
  'werkbladen.conflict.mine': 'Jouw versie',
  'werkbladen.conflict.theirs': 'Versie van {auteur}, {tijd}',
  'werkbladen.conflict.theirsAnonymous': 'Versie van iemand anders, {tijd}',
  'werkbladen.conflict.theirsRecord': 'Versie van iemand anders',
  'werkbladen.conflict.deleted': 'Iemand anders heeft dit verwijderd.',
  'werkbladen.conflict.merge': 'Samengevoegde versie',
  'werkbladen.conflict.mergeHint': 'Een voorstel dat beide versies combineert. Je kunt het hier aanpassen.',
  'werkbladen.conflict.noMerge':
    'Deze antwoorden kunnen niet automatisch worden samengevoegd. Kies een van beide versies.',
  'werkbladen.conflict.keepMine': 'Mijn versie houden',
  'werkbladen.conflict.takeTheirs': 'Hun versie overnemen',
  'werkbladen.conflict.saveMerged': 'Samenvoegen',
  'werkbladen.conflict.removal': 'Jij had dit verwijderd.',

  'werkbladen.value.empty': 'Niet ingevuld',
  'werkbladen.value.field': '{veld}: {tekst}',

  'werkbladen.reflection.herkennen': 'Herkennen',
  'werkbladen.reflection.begrijpen': 'Begrijpen',
  'werkbladen.reflection.waarderen': 'Waarderen',
  'werkbladen.reflection.verbeteren': 'Verbeteren',

  'werkbladen.list.entry': '{item} {n}',
  'werkbladen.list.add': '{item} toevoegen',
  'werkbladen.list.remove': 'Verwijder {item} {n}',
  'werkbladen.list.moveUp': 'Zet {item} {n} hoger',
  'werkbladen.list.moveDown': 'Zet {item} {n} lager',
  'werkbladen.list.moved': '{item} staat nu op plaats {n} van {total}.',
  'werkbladen.list.removed': '{item} {n} is verwijderd.',
  'werkbladen.list.empty': 'Nog niets ingevuld. Voeg hieronder iets toe.',
  'werkbladen.list.softMax': 'Kies je focus',

  'werkbladen.veranderverhaal.element': 'Element',
  'werkbladen.veranderverhaal.kennis': 'Kennis over wat werkt',
  'werkbladen.veranderverhaal.principes': 'Leidende principes en waarden',
  'werkbladen.veranderverhaal.randvoorwaarden': 'Randvoorwaarden',
  'werkbladen.veranderverhaal.anders': 'Anders',

  'werkbladen.prioritering.order': 'Volgorde, belangrijkste eerst',
  'werkbladen.prioritering.priority': 'Prioriteit: {element}',
  'werkbladen.prioritering.moveUp': 'Zet ‘{element}’ hoger',
  'werkbladen.prioritering.moveDown': 'Zet ‘{element}’ lager',
  'werkbladen.prioritering.moved': '‘{element}’ staat nu op plaats {n} van {total}.',
  'werkbladen.prioritering.empty':
    'Er zijn nog geen elementen. Vul eerst de elementen van het veranderverhaal in.',
  'werkbladen.prioritering.toelichting': 'Toelichting op de prioriteiten',
  'werkbladen.prioritering.category': 'uit: {categorie}',

  'werkbladen.grades.deelnemer': 'Deelnemer',
  'werkbladen.grades.cijfer': 'Cijfer',
  'werkbladen.grades.toelichting': 'Toelichting',
  'werkbladen.grades.cijferVan': 'Cijfer van {deelnemer} voor {thema}',
  'werkbladen.grades.toelichtingVan': 'Toelichting van {deelnemer} bij {thema}',
  'werkbladen.grades.geen': 'Geen cijfer',
  'werkbladen.grades.spread': 'Laagste {min}, hoogste {max}, gemiddeld {gemiddelde}',
  'werkbladen.grades.noSpread': 'Nog geen cijfers voor dit thema.',
  'werkbladen.grades.noDeelnemers':
    'Er zijn nog geen deelnemers. Voeg partners toe op het scherm Partners, of voeg hieronder iemand toe.',
  'werkbladen.grades.addDeelnemer': 'Deelnemer toevoegen',
  'werkbladen.grades.nieuweDeelnemer': 'Naam van een deelnemer die geen partner is',

  'werkbladen.qualityTable.questions': 'Mogelijke vragen bij {aspect}',

  'werkbladen.frequency.interval': 'Elke',
  'werkbladen.frequency.unit': 'Periode',
  'werkbladen.frequency.unit.none': 'Geen vaste frequentie',
  'werkbladen.frequency.unit.weken': 'weken',
  'werkbladen.frequency.unit.maanden': 'maanden',
  'werkbladen.frequency.unit.jaren': 'jaar',
  'werkbladen.frequency.organisator': 'Wie plant het in?',
  'werkbladen.frequency.volgendeDatum': 'Eerstvolgende moment',
  'werkbladen.frequency.afspraken': 'Afspraken',

  'werkbladen.table.cell': '{rij} — {kolom}',

  'werkbladen.checklist.ja': 'Ja',
  'werkbladen.checklist.deels': 'Deels',
  'werkbladen.checklist.nee': 'Nee',
  'werkbladen.checklist.toelichting': 'Toelichting',

  'werkbladen.indicators.naam': 'Naam',
  'werkbladen.indicators.soort': 'Soort',
  'werkbladen.indicators.soort.indicator': 'Indicator (in cijfers)',
  'werkbladen.indicators.soort.signaal': 'Signaal (in woorden)',
  'werkbladen.indicators.definitie': 'Definitie',
  'werkbladen.indicators.bron': 'Bron',
  'werkbladen.indicators.entry': 'Indicator of signaal: {naam}',
  'werkbladen.indicators.new': 'Nieuwe indicator of signaal',
  'werkbladen.indicators.add': 'Toevoegen',
  'werkbladen.indicators.remove': 'Verwijder ‘{naam}’',
  'werkbladen.indicators.presets': 'Voorgestelde indicatoren',
  'werkbladen.indicators.addPreset': '‘{naam}’ toevoegen',
  'werkbladen.indicators.empty': 'Nog geen indicatoren of signalen bij deze vraag.',
  'werkbladen.indicators.naamRequired': 'Geef de indicator of het signaal een naam.',
  'werkbladen.indicators.link': 'Metingen en doelen bijhouden bij Indicatoren',

  'werkbladen.actions.tekst': 'Actie',
  'werkbladen.actions.eigenaar': 'Eigenaar',
  'werkbladen.actions.deadline': 'Deadline',
  'werkbladen.actions.entry': 'Actie: {actie}',
  'werkbladen.actions.new': 'Nieuwe verbeteractie',
  'werkbladen.actions.add': 'Toevoegen',
  'werkbladen.actions.remove': 'Verwijder actie ‘{actie}’',
  'werkbladen.actions.empty': 'Nog geen verbeteracties bij deze vraag.',
  'werkbladen.actions.tekstRequired': 'Beschrijf wat er moet gebeuren.',
  'werkbladen.actions.fromReflectie': 'Uit een reflectie: {actie}',
  'werkbladen.actions.link': 'Alle acties en hun status bij Acties',

  'werkbladen.matrix.noResults':
    'Er zijn nog geen maatschappelijke resultaten. Vul die eerst in bij bouwsteen 2; ze worden de kolommen van dit overzicht.',
  'werkbladen.matrix.addIn': 'Activiteit toevoegen: {niveau}, {resultaat}',
  'werkbladen.matrix.naam': 'Naam van de activiteit',
  'werkbladen.matrix.add': 'Toevoegen',
  'werkbladen.matrix.cancel': 'Annuleren',
  'werkbladen.matrix.naamRequired': 'Geef de activiteit een naam.',
  'werkbladen.matrix.gaps': 'Wat nog ontbreekt',
  'werkbladen.matrix.noGaps':
    'Bij elk resultaat staat een activiteit en elke activiteit draagt bij aan een resultaat.',
  'werkbladen.matrix.resultaatZonderActiviteit': 'Bij het resultaat ‘{resultaat}’ staat nog geen activiteit.',
  'werkbladen.matrix.zonderResultaat': 'Zonder resultaat',
  'werkbladen.matrix.link': 'Activiteiten bewerken bij Activiteiten',

  'werkbladen.partners.unplaced': 'Nog niet ingedeeld: {namen}',
  'werkbladen.partners.suggestions': 'Bijvoorbeeld: {organisaties}',
  'werkbladen.partners.link': 'Partners toevoegen en bewerken bij Partners',
  'werkbladen.partners.count': {
    plural: 'count',
    one: '{count} partner staat in het overzicht.',
    other: '{count} partners staan in het overzicht.',
  },
} as const satisfies Record<string, MessageValue>;

type WerkbladenKey = keyof typeof nl;

const en = {
  'werkbladen.title': 'Worksheets',
  'werkbladen.loading': 'Loading the worksheets…',
  'werkbladen.picker.label': 'Building blocks',
  'werkbladen.picker.bouwsteen': 'Building block {bouwsteen}',
  'werkbladen.picker.stap': 'Step {stap}',
  'werkbladen.notInEdition':
    'Building block {bouwsteen} is not part of this edition of the kwaliteitskompas. Choose a building block above.',
  'werkbladen.questionNotFound': 'The question in the link is not on the worksheets of this building block.',

  'werkbladen.resultaat.heading': 'Result',
  'werkbladen.resultaat.waarom': 'Why',
  'werkbladen.resultaat.uitkomst': 'What we achieve',
  'werkbladen.vooraf.heading': 'Important questions beforehand',
  'werkbladen.sheet.actie': 'Action',
  'werkbladen.sheet.lerenEnVerbeteren': 'Learn and improve',
  'werkbladen.cadence.eenmalig': 'Fill in now',
  'werkbladen.cadence.periodiek': 'Periodic',
  'werkbladen.question.optional': 'Optional',

  'werkbladen.copyLink.button': 'Copy link',
  'werkbladen.copyLink.name': 'Copy link to ‘{vraag}’',
  'werkbladen.copyLink.copied': 'The link to ‘{vraag}’ has been copied.',
  'werkbladen.copyLink.failed': 'Copying did not work. Select the link below and copy it yourself.',
  'werkbladen.copyLink.field': 'Link to ‘{vraag}’',

  'werkbladen.guidance.voorbeeld': 'Example',
  'werkbladen.guidance.tip': 'Tip',
  'werkbladen.guidance.advies': 'Advice',
  'werkbladen.guidance.letop': 'Note!',
  'werkbladen.guidance.info': 'More information',
  'werkbladen.guidance.newTab': '(opens in a new tab)',
  'werkbladen.guidance.noUrl': '{titel} (the link is not available)',

  'werkbladen.crossRef.answered': 'Your answer to ‘{vraag}’ (building block {bouwsteen}):',
  'werkbladen.crossRef.unanswered': '‘{vraag}’ (building block {bouwsteen}) has not been answered yet.',
  'werkbladen.crossRef.goTo': 'Go to ‘{vraag}’',
  'werkbladen.crossRef.missing': 'The question referred to here is not part of this edition.',
  'werkbladen.crossRef.indicatoren': {
    plural: 'count',
    one: '{count} indicator or signal: {namen}',
    other: '{count} indicators and signals: {namen}',
  },
  'werkbladen.crossRef.partners': {
    plural: 'count',
    one: '{count} partner: {namen}',
    other: '{count} partners: {namen}',
  },
  'werkbladen.crossRef.activiteiten': {
    plural: 'count',
    one: '{count} activity: {namen}',
    other: '{count} activities: {namen}',
  },
  'werkbladen.crossRef.acties': {
    plural: 'count',
    one: '{count} action: {namen}',
    other: '{count} actions: {namen}',
  },
  'werkbladen.crossRef.fromReflectie': 'From the reflection of {datum}.',

  'werkbladen.save.queued': 'Waiting for a connection',
  'werkbladen.save.throttled': 'Please wait: Microsoft 365 asked us to try again shortly',

  'werkbladen.conflict.title': 'Someone else changed this at the same time as you',
  'werkbladen.conflict.intro': 'Nothing is lost. Look at both versions and choose what to keep.',
  'werkbladen.conflict.mine': 'Your version',
  'werkbladen.conflict.theirs': 'Version of {auteur}, {tijd}',
  'werkbladen.conflict.theirsAnonymous': 'Version of someone else, {tijd}',
  'werkbladen.conflict.theirsRecord': 'Version of someone else',
  'werkbladen.conflict.deleted': 'Someone else deleted this.',
  'werkbladen.conflict.merge': 'Merged version',
  'werkbladen.conflict.mergeHint': 'A suggestion that combines both versions. You can change it here.',
  'werkbladen.conflict.noMerge':
    'These answers cannot be merged automatically. Choose one of the two versions.',
  'werkbladen.conflict.keepMine': 'Keep my version',
  'werkbladen.conflict.takeTheirs': 'Take their version',
  'werkbladen.conflict.saveMerged': 'Merge',
  'werkbladen.conflict.removal': 'You had deleted this.',

  'werkbladen.value.empty': 'Not filled in',
  'werkbladen.value.field': '{veld}: {tekst}',

  'werkbladen.reflection.herkennen': 'Recognise',
  'werkbladen.reflection.begrijpen': 'Understand',
  'werkbladen.reflection.waarderen': 'Assess',
  'werkbladen.reflection.verbeteren': 'Improve',

  'werkbladen.list.entry': '{item} {n}',
  'werkbladen.list.add': 'Add {item}',
  'werkbladen.list.remove': 'Remove {item} {n}',
  'werkbladen.list.moveUp': 'Move {item} {n} up',
  'werkbladen.list.moveDown': 'Move {item} {n} down',
  'werkbladen.list.moved': '{item} is now in position {n} of {total}.',
  'werkbladen.list.removed': '{item} {n} has been removed.',
  'werkbladen.list.empty': 'Nothing filled in yet. Add something below.',
  'werkbladen.list.softMax': 'Choose your focus',

  'werkbladen.veranderverhaal.element': 'Element',
  'werkbladen.veranderverhaal.kennis': 'Knowledge of what works',
  'werkbladen.veranderverhaal.principes': 'Guiding principles and values',
  'werkbladen.veranderverhaal.randvoorwaarden': 'Preconditions',
  'werkbladen.veranderverhaal.anders': 'Other',

  'werkbladen.prioritering.order': 'Order, most important first',
  'werkbladen.prioritering.priority': 'Priority: {element}',
  'werkbladen.prioritering.moveUp': 'Move ‘{element}’ up',
  'werkbladen.prioritering.moveDown': 'Move ‘{element}’ down',
  'werkbladen.prioritering.moved': '‘{element}’ is now in position {n} of {total}.',
  'werkbladen.prioritering.empty':
    'There are no elements yet. First fill in the elements of the story of change.',
  'werkbladen.prioritering.toelichting': 'Explanation of the priorities',
  'werkbladen.prioritering.category': 'from: {categorie}',

  'werkbladen.grades.deelnemer': 'Participant',
  'werkbladen.grades.cijfer': 'Grade',
  'werkbladen.grades.toelichting': 'Explanation',
  'werkbladen.grades.cijferVan': 'Grade of {deelnemer} for {thema}',
  'werkbladen.grades.toelichtingVan': 'Explanation of {deelnemer} for {thema}',
  'werkbladen.grades.geen': 'No grade',
  'werkbladen.grades.spread': 'Lowest {min}, highest {max}, average {gemiddelde}',
  'werkbladen.grades.noSpread': 'No grades for this theme yet.',
  'werkbladen.grades.noDeelnemers':
    'There are no participants yet. Add partners on the Partners screen, or add someone below.',
  'werkbladen.grades.addDeelnemer': 'Add participant',
  'werkbladen.grades.nieuweDeelnemer': 'Name of a participant who is not a partner',

  'werkbladen.qualityTable.questions': 'Possible questions on {aspect}',

  'werkbladen.frequency.interval': 'Every',
  'werkbladen.frequency.unit': 'Period',
  'werkbladen.frequency.unit.none': 'No fixed frequency',
  'werkbladen.frequency.unit.weken': 'weeks',
  'werkbladen.frequency.unit.maanden': 'months',
  'werkbladen.frequency.unit.jaren': 'years',
  'werkbladen.frequency.organisator': 'Who schedules it?',
  'werkbladen.frequency.volgendeDatum': 'Next moment',
  'werkbladen.frequency.afspraken': 'Agreements',

  'werkbladen.table.cell': '{rij} — {kolom}',

  'werkbladen.checklist.ja': 'Yes',
  'werkbladen.checklist.deels': 'Partly',
  'werkbladen.checklist.nee': 'No',
  'werkbladen.checklist.toelichting': 'Explanation',

  'werkbladen.indicators.naam': 'Name',
  'werkbladen.indicators.soort': 'Kind',
  'werkbladen.indicators.soort.indicator': 'Indicator (in figures)',
  'werkbladen.indicators.soort.signaal': 'Signal (in words)',
  'werkbladen.indicators.definitie': 'Definition',
  'werkbladen.indicators.bron': 'Source',
  'werkbladen.indicators.entry': 'Indicator or signal: {naam}',
  'werkbladen.indicators.new': 'New indicator or signal',
  'werkbladen.indicators.add': 'Add',
  'werkbladen.indicators.remove': 'Remove ‘{naam}’',
  'werkbladen.indicators.presets': 'Suggested indicators',
  'werkbladen.indicators.addPreset': 'Add ‘{naam}’',
  'werkbladen.indicators.empty': 'No indicators or signals for this question yet.',
  'werkbladen.indicators.naamRequired': 'Give the indicator or signal a name.',
  'werkbladen.indicators.link': 'Keep track of measurements and targets under Indicators',

  'werkbladen.actions.tekst': 'Action',
  'werkbladen.actions.eigenaar': 'Owner',
  'werkbladen.actions.deadline': 'Deadline',
  'werkbladen.actions.entry': 'Action: {actie}',
  'werkbladen.actions.new': 'New improvement action',
  'werkbladen.actions.add': 'Add',
  'werkbladen.actions.remove': 'Remove action ‘{actie}’',
  'werkbladen.actions.empty': 'No improvement actions for this question yet.',
  'werkbladen.actions.tekstRequired': 'Describe what needs to happen.',
  'werkbladen.actions.fromReflectie': 'From a reflection: {actie}',
  'werkbladen.actions.link': 'All actions and their status under Actions',

  'werkbladen.matrix.noResults':
    'There are no societal results yet. Fill them in at building block 2 first; they become the columns of this overview.',
  'werkbladen.matrix.addIn': 'Add activity: {niveau}, {resultaat}',
  'werkbladen.matrix.naam': 'Name of the activity',
  'werkbladen.matrix.add': 'Add',
  'werkbladen.matrix.cancel': 'Cancel',
  'werkbladen.matrix.naamRequired': 'Give the activity a name.',
  'werkbladen.matrix.gaps': 'What is still missing',
  'werkbladen.matrix.noGaps': 'Every result has an activity and every activity contributes to a result.',
  'werkbladen.matrix.resultaatZonderActiviteit': 'The result ‘{resultaat}’ has no activity yet.',
  'werkbladen.matrix.zonderResultaat': 'Without a result',
  'werkbladen.matrix.link': 'Edit activities under Activities',

  'werkbladen.partners.unplaced': 'Not placed yet: {namen}',
  'werkbladen.partners.suggestions': 'For example: {organisaties}',
  'werkbladen.partners.link': 'Add and edit partners under Partners',
  'werkbladen.partners.count': {
    plural: 'count',
    one: '{count} partner is in the overview.',
    other: '{count} partners are in the overview.',
  },
} as const satisfies Record<WerkbladenKey, MessageValue>;

// Compile-time check: en has no key that nl lacks (`satisfies` above checks the other way).
type Extra = Exclude<keyof typeof en, WerkbladenKey>;
const _noExtraKeys: [Extra] extends [never] ? true : Extra = true;

export const werkbladenMessages = { nl, en } as const;
