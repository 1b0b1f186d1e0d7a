/**
 * The catalogue's section for the Word task pane (word-addin/), nl and en with identical keys,
 * registered at the pane's boot (`word-addin/app/i18n.ts`). Whole sentences with named placeholders; error codes of the
 * core come from the core section (`error.<code>`), Office's from here.
 */
import type { MessageValue, TranslationOf } from './messages.ts';
import { registerMessages } from './registry.ts';

const nl = {
  'word.app.title': 'Kompas',
  'word.boot.starting': 'Kompas wordt gestart…',
  'word.boot.failed': 'Kompas kon niet starten',
  'word.boot.retry': 'Opnieuw proberen',
  'word.demo.marker': 'Demo — lokale gegevens',
  'word.demo.explanation': 'Je werkt met voorbeeldgegevens op deze computer, niet in Microsoft 365.',
  'word.status.label': 'Voortgang',

  'word.host.outsideWord': 'Open Kompas in Word om sjablonen in te voegen',
  'word.host.outsideWordBody':
    'Hier kun je een sjabloon wel bekijken en downloaden als Word-document, en dat later in Word openen.',
  'word.host.requirement':
    'Deze versie van Word kan geen sjablonen van Kompas invoegen of bijwerken: daarvoor is {set} {versie} nodig. Werk Word bij, of gebruik Word op het web. Bekijken en downloaden als Word-document kan wel.',
  'word.host.noChangeEvents':
    'Deze versie van Word meldt wijzigingen in het document niet vanzelf. Kies ‘Controleer op wijzigingen’ om te zien wat er in Word is gewijzigd.',

  'word.source.label': 'Waarmee wil je het sjabloon vullen?',
  'word.source.traject': 'Met de antwoorden van een traject',
  'word.source.blanco': 'Niets: een blanco sjabloon om met de hand in te vullen',
  'word.source.blancoHint': 'Voor een blanco sjabloon hoef je niet aan te melden.',
  'word.edition.label': 'Editie van het kompas',

  'word.traject.heading': 'Traject',
  'word.team.label': 'Team',
  'word.team.choose': 'Kies een team',
  'word.team.loading': 'Je teams worden geladen…',
  'word.team.empty':
    'Je bent nog geen lid van een team. Kompas bewaart de trajecten in de SharePoint-site van een team; vraag een teameigenaar om je toe te voegen.',
  'word.traject.label': 'Traject',
  'word.traject.choose': 'Kies een traject',
  'word.traject.loading': 'De trajecten van het team worden geladen…',
  'word.traject.empty':
    'Dit team heeft nog geen trajecten. Maak een traject aan in Kompas in Teams; daarna kun je het hier kiezen.',
  'word.traject.opening': 'Het traject wordt geopend…',
  'word.traject.summary': 'Gemeente of regio: {gemeente}. Editie: {editie}.',
  'word.traject.notProvisioned':
    'Kompas is nog niet ingericht voor dit team. Open Kompas één keer in Teams; daarna kun je de trajecten van het team hier gebruiken.',
  'word.traject.reload': 'Opnieuw laden',
  'word.signIn.outsideWord':
    'Aanmelden kan alleen in Word. Hier kun je wel een blanco sjabloon bekijken en downloaden.',
  'word.signIn.button': 'Aanmelden',
  'word.signIn.busy': 'Bezig met aanmelden…',

  'word.insert.heading': 'Sjabloon',
  'word.insert.needsTraject': 'Kies eerst een traject, of kies voor een blanco sjabloon.',
  'word.selection.label': 'Onderdeel van het kompas',
  'word.selection.kompas': 'Het hele kompas',
  'word.selection.bouwsteen': 'Bouwsteen {bouwsteen}: {titel} (alle werkbladen)',
  'word.selection.group': 'Bouwsteen {bouwsteen}: {titel}',
  'word.guidance.label': 'Met toelichting (voorbeelden, tips en adviezen)',
  'word.preview.show': 'Voorbeeld tonen',
  'word.preview.hide': 'Voorbeeld verbergen',
  'word.preview.label': 'Voorbeeld van het sjabloon',
  'word.preview.control': 'In te vullen: {titel}',
  'word.preview.lockedControl': 'Uit Kompas, niet te bewerken in Word: {titel}',
  'word.insert.button': 'Invoegen bij de cursor',
  'word.insert.busy': 'Het sjabloon wordt ingevoegd…',
  'word.insert.done': {
    plural: 'count',
    one: 'Het sjabloon is ingevoegd, met {count} onderdeel om in te vullen.',
    other: 'Het sjabloon is ingevoegd, met {count} onderdelen om in te vullen.',
  },
  'word.insert.movedOut':
    'De cursor stond in een antwoord van Kompas. Daarom staat het sjabloon direct na dat antwoord.',
  'word.insert.afterSelection':
    'Je had tekst geselecteerd. Die is blijven staan; het sjabloon staat erachter.',
  'word.insert.incomplete': {
    plural: 'count',
    one: '{count} onderdeel kwam niet in het document: {namen}. Probeer het op een andere plek, bijvoorbeeld buiten een tabel.',
    other:
      '{count} onderdelen kwamen niet in het document: {namen}. Probeer het op een andere plek, bijvoorbeeld buiten een tabel.',
  },
  'word.download.button': 'Download als Word-document',
  'word.download.done': 'Het Word-document ‘{bestand}’ is gedownload.',
  'word.download.fileName': 'Kompas - {onderwerp}',

  'word.document.heading': 'Document bijwerken',
  'word.document.intro':
    'Vul de onderdelen van Kompas in dit document met de antwoorden uit Teams, of zet wat je in Word hebt geschreven terug in Teams.',
  'word.document.needsTraject':
    'Kies eerst een traject om het document te vullen of wijzigingen op te slaan.',
  'word.fill.button': 'Vullen met antwoorden uit Teams',
  'word.fill.busy': 'Het document wordt gevuld…',
  'word.fill.done': {
    plural: 'count',
    one: 'Het document is gevuld: {count} onderdeel heeft een antwoord.',
    other: 'Het document is gevuld: {count} onderdelen hebben een antwoord.',
  },
  'word.fill.none':
    'Dit document heeft nog geen onderdelen van Kompas voor dit traject. Voeg eerst een sjabloon in.',
  'word.fill.empty': {
    plural: 'count',
    one: '{count} onderdeel heeft nog geen antwoord in Teams:',
    other: '{count} onderdelen hebben nog geen antwoord in Teams:',
  },
  'word.fill.skipped': {
    plural: 'count',
    one: '{count} onderdeel hoort niet bij dit traject of deze editie en is niet gewijzigd.',
    other: '{count} onderdelen horen niet bij dit traject of deze editie en zijn niet gewijzigd.',
  },
  'word.fill.atRisk.title': 'In Word staat tekst die nog niet in Teams staat',
  'word.fill.atRisk.body': {
    plural: 'count',
    one: 'Bij {count} onderdeel staat in Word andere tekst dan in Teams. Vullen zou die tekst vervangen. Bekijk eerst de wijzigingen en sla op wat je wilt bewaren.',
    other:
      'Bij {count} onderdelen staat in Word andere tekst dan in Teams. Vullen zou die tekst vervangen. Bekijk eerst de wijzigingen en sla op wat je wilt bewaren.',
  },
  'word.fill.atRisk.check': 'Eerst wijzigingen bekijken',
  'word.fill.atRisk.force': 'Toch vullen en de tekst in Word vervangen',
  'word.fill.atRisk.cancel': 'Annuleren',
  'word.fill.atRisk.cancelled': 'Het vullen is afgebroken. Er is niets gewijzigd.',

  'word.check.button': 'Controleer op wijzigingen',
  'word.check.busy': 'Het document wordt gecontroleerd…',
  'word.check.none': 'Geen wijzigingen: wat in Word staat, staat ook in Teams.',
  'word.check.found': {
    plural: 'count',
    one: '{count} antwoord is in Word gewijzigd.',
    other: '{count} antwoorden zijn in Word gewijzigd.',
  },
  'word.check.changesLabel': 'Wijzigingen in Word',
  'word.check.include': 'Opslaan in Teams: {titel}',
  'word.check.inWord': 'In Word',
  'word.check.inTeams': 'In Teams',
  'word.check.empty': '(leeg)',
  'word.check.newerInTeams': {
    plural: 'count',
    one: 'In Teams is intussen {count} antwoord gewijzigd dat in dit document nog de oude tekst heeft: {namen}. Kies ‘Vullen met antwoorden uit Teams’ om het document bij te werken.',
    other:
      'In Teams zijn intussen {count} antwoorden gewijzigd die in dit document nog de oude tekst hebben: {namen}. Kies ‘Vullen met antwoorden uit Teams’ om het document bij te werken.',
  },
  'word.check.skippedLocked': {
    plural: 'count',
    one: '{count} vergrendeld onderdeel wordt bijgehouden in Kompas in Teams en niet vanuit Word opgeslagen.',
    other:
      '{count} vergrendelde onderdelen worden bijgehouden in Kompas in Teams en niet vanuit Word opgeslagen.',
  },
  'word.save.button': 'Opslaan in Teams ({count})',
  'word.save.busy': 'De wijzigingen worden opgeslagen…',
  'word.save.nothingSelected': 'Kies minstens één wijziging om op te slaan.',
  'word.save.changedSinceCheck':
    'Het document is gewijzigd sinds je controleerde. Bekijk de wijzigingen hieronder opnieuw en kies dan weer ‘Opslaan in Teams’.',
  'word.save.queued': {
    plural: 'count',
    one: '{count} antwoord wordt opgeslagen in Teams.',
    other: '{count} antwoorden worden opgeslagen in Teams.',
  },
  'word.save.allSaved': 'Alles is opgeslagen in Teams.',
  'word.save.unsaved': {
    plural: 'count',
    one: '{count} wijziging is nog niet opgeslagen. Die blijft bewaard en wordt opnieuw verstuurd.',
    other: '{count} wijzigingen zijn nog niet opgeslagen. Die blijven bewaard en worden opnieuw verstuurd.',
  },
  'word.save.failedItem': '‘{titel}’ is niet opgeslagen.',
  'word.save.retry': 'Opnieuw proberen',

  'word.conflict.title': 'Iemand anders heeft ‘{titel}’ tegelijk met jou gewijzigd',
  'word.conflict.intro': 'Er gaat niets verloren. Bekijk beide versies en kies wat je wilt bewaren.',
  'word.conflict.mine': 'In Word',
  'word.conflict.theirs': 'In Teams, door {auteur}',
  'word.conflict.theirsAnonymous': 'In Teams',
  'word.conflict.deleted': 'In Teams is dit antwoord intussen verwijderd.',
  'word.conflict.merge': 'Samengevoegd',
  'word.conflict.noMerge': 'Deze antwoorden kunnen niet automatisch worden samengevoegd. Kies een van beide.',
  'word.conflict.keepMine': 'Versie uit Word bewaren',
  'word.conflict.takeTheirs': 'Versie uit Teams overnemen',
  'word.conflict.saveMerged': 'Samengevoegde versie bewaren',
  'word.conflict.resolved': 'Je keuze voor ‘{titel}’ is bewaard en het document is bijgewerkt.',

  'word.issues.heading': 'Let op in dit document',
  'word.issues.duplicate': {
    plural: 'count',
    one: '‘{titel}’ staat {count} keer in het document.',
    other: '‘{titel}’ staat {count} keer in het document. Kompas vult en bewaart ze als één antwoord.',
  },
  'word.issues.duplicateDiffer': {
    plural: 'count',
    one: '‘{titel}’ staat {count} keer in het document, met verschillende tekst. Verwijder de kopie die niet klopt; tot dan wordt dit antwoord niet opgeslagen.',
    other:
      '‘{titel}’ staat {count} keer in het document, met verschillende tekst. Verwijder de kopie die niet klopt; tot dan wordt dit antwoord niet opgeslagen.',
  },
  'word.issues.missing':
    '‘{titel}’ ontbreekt in ‘{onderdeel}’. Is het per ongeluk verwijderd? Zet het terug met Ongedaan maken, of voeg het onderdeel opnieuw in.',
  'word.issues.otherTraject':
    '‘{titel}’ komt uit een ander traject. Kompas vult het niet en slaat het niet op in dit traject.',
  'word.issues.unknownQuestion':
    'Een onderdeel met de code ‘{tag}’ hoort niet bij deze editie van het kompas. Kompas laat het ongemoeid.',
  'word.issues.goToPlace': 'Ga naar plek {n}',
  'word.issues.goToPlaceName': 'Ga naar plek {n} van ‘{titel}’',
  'word.issues.goTo': 'Ga naar',
  'word.issues.goToName': 'Ga naar ‘{titel}’',
  'word.issues.goToUnit': 'Ga naar het onderdeel',
  'word.issues.goToUnitName': 'Ga naar ‘{onderdeel}’',
  'word.issues.selected': 'Het onderdeel is geselecteerd in het document.',
  'word.changed.hint':
    'Er is iets gewijzigd in het document. Kies ‘Controleer op wijzigingen’ om te zien wat.',

  'word.error.code': 'Foutcode: {code}',
  'word.error.AccessDenied':
    'Word staat geen wijzigingen toe in dit document. Misschien is het beveiligd of alleen te lezen. Zet bewerken aan, of vraag de eigenaar van het document om toegang, en probeer het opnieuw. Er is niets verloren gegaan.',
  'word.error.ActivityLimitReached': 'Word is even te druk. Wacht een moment en probeer het opnieuw.',
  'word.error.ApiNotFound': 'Deze versie van Word kan dit niet. Werk Word bij, of gebruik Word op het web.',
  'word.error.ConnectionFailure': 'De verbinding met Word is weggevallen. Probeer het opnieuw.',
  'word.error.GeneralException':
    'Word kon dit nu niet uitvoeren. Probeer het opnieuw; lukt het weer niet, sla het document dan op en open het opnieuw. Er is niets verloren gegaan.',
  'word.error.InvalidArgument':
    'Word accepteert de inhoud niet op deze plek. Zet de cursor in een gewone alinea, buiten een tabel, kop- of voettekst, en probeer het opnieuw.',
  'word.error.InvalidObjectPath':
    'Het document veranderde terwijl Kompas ermee bezig was. Probeer het opnieuw.',
  'word.error.InvalidRequestContext':
    'Het document veranderde terwijl Kompas ermee bezig was. Probeer het opnieuw.',
  'word.error.ItemNotFound':
    'Dit onderdeel staat niet meer in het document. Kies ‘Controleer op wijzigingen’ om de huidige stand te zien.',
  'word.error.NotAllowed':
    'Word staat dit nu niet toe, bijvoorbeeld omdat er een venster of menu openstaat. Sluit dat en probeer het opnieuw.',
  'word.error.NotImplemented':
    'Deze versie van Word kan dit niet. Werk Word bij, of gebruik Word op het web.',
  'word.error.RequestPayloadSizeLimitExceeded':
    'Dit is te veel om in één keer in te voegen. Voeg de bouwstenen of werkbladen een voor een in.',
  'word.error.ResponsePayloadSizeLimitExceeded':
    'Het document is te groot om in één keer te lezen. Probeer het in Word op de computer, of splits het document.',
  'word.error.RequirementMissing':
    'Deze versie van Word kan dit niet. Werk Word bij, of gebruik Word op het web. Downloaden als Word-document kan wel.',
  'word.error.Unknown': 'Word meldde een onverwachte fout. Probeer het opnieuw; er is niets verloren gegaan.',
} as const satisfies Record<string, MessageValue>;

export type WordMessageKey = keyof typeof nl;

const en: TranslationOf<typeof nl> = {
  'word.app.title': 'Kompas',
  'word.boot.starting': 'Starting Kompas…',
  'word.boot.failed': 'Kompas could not start',
  'word.boot.retry': 'Try again',
  'word.demo.marker': 'Demo — local data',
  'word.demo.explanation': 'You are working with sample data on this computer, not in Microsoft 365.',
  'word.status.label': 'Progress',

  'word.host.outsideWord': 'Open Kompas in Word to insert templates',
  'word.host.outsideWordBody':
    'Here you can still view a template and download it as a Word document, to open in Word later.',
  'word.host.requirement':
    'This version of Word cannot insert or update Kompas templates: that needs {set} {versie}. Update Word, or use Word on the web. Viewing and downloading as a Word document still work.',
  'word.host.noChangeEvents':
    'This version of Word does not report changes in the document by itself. Choose ‘Check for changes’ to see what changed in Word.',

  'word.source.label': 'What should the template be filled with?',
  'word.source.traject': 'The answers of a partnership',
  'word.source.blanco': 'Nothing: a blank template to fill in by hand',
  'word.source.blancoHint': 'A blank template does not need you to sign in.',
  'word.edition.label': 'Edition of the compass',

  'word.traject.heading': 'Partnership',
  'word.team.label': 'Team',
  'word.team.choose': 'Choose a team',
  'word.team.loading': 'Loading your teams…',
  'word.team.empty':
    'You are not a member of any team yet. Kompas keeps partnerships in a team’s SharePoint site; ask a team owner to add you.',
  'word.traject.label': 'Partnership',
  'word.traject.choose': 'Choose a partnership',
  'word.traject.loading': 'Loading the team’s partnerships…',
  'word.traject.empty':
    'This team has no partnerships yet. Create one in Kompas in Teams; then you can choose it here.',
  'word.traject.opening': 'Opening the partnership…',
  'word.traject.summary': 'Municipality or region: {gemeente}. Edition: {editie}.',
  'word.traject.notProvisioned':
    'Kompas has not been set up for this team yet. Open Kompas once in Teams; then you can use the team’s partnerships here.',
  'word.traject.reload': 'Load again',
  'word.signIn.outsideWord':
    'You can only sign in inside Word. Here you can still view and download a blank template.',
  'word.signIn.button': 'Sign in',
  'word.signIn.busy': 'Signing in…',

  'word.insert.heading': 'Template',
  'word.insert.needsTraject': 'Choose a partnership first, or choose a blank template.',
  'word.selection.label': 'Part of the compass',
  'word.selection.kompas': 'The whole compass',
  'word.selection.bouwsteen': 'Building block {bouwsteen}: {titel} (all worksheets)',
  'word.selection.group': 'Building block {bouwsteen}: {titel}',
  'word.guidance.label': 'With guidance (examples, tips and advice)',
  'word.preview.show': 'Show preview',
  'word.preview.hide': 'Hide preview',
  'word.preview.label': 'Preview of the template',
  'word.preview.control': 'To fill in: {titel}',
  'word.preview.lockedControl': 'From Kompas, not editable in Word: {titel}',
  'word.insert.button': 'Insert at the cursor',
  'word.insert.busy': 'Inserting the template…',
  'word.insert.done': {
    plural: 'count',
    one: 'The template has been inserted, with {count} part to fill in.',
    other: 'The template has been inserted, with {count} parts to fill in.',
  },
  'word.insert.movedOut':
    'The cursor was in a Kompas answer. That is why the template is placed right after that answer.',
  'word.insert.afterSelection': 'You had selected text. It is still there; the template follows it.',
  'word.insert.incomplete': {
    plural: 'count',
    one: '{count} part did not make it into the document: {namen}. Try another place, for example outside a table.',
    other:
      '{count} parts did not make it into the document: {namen}. Try another place, for example outside a table.',
  },
  'word.download.button': 'Download as a Word document',
  'word.download.done': 'The Word document ‘{bestand}’ has been downloaded.',
  'word.download.fileName': 'Kompas - {onderwerp}',

  'word.document.heading': 'Update the document',
  'word.document.intro':
    'Fill the Kompas parts of this document with the answers from Teams, or put what you wrote in Word back into Teams.',
  'word.document.needsTraject': 'Choose a partnership first to fill the document or save changes.',
  'word.fill.button': 'Fill with answers from Teams',
  'word.fill.busy': 'Filling the document…',
  'word.fill.done': {
    plural: 'count',
    one: 'The document has been filled: {count} part has an answer.',
    other: 'The document has been filled: {count} parts have an answer.',
  },
  'word.fill.none': 'This document has no Kompas parts for this partnership yet. Insert a template first.',
  'word.fill.empty': {
    plural: 'count',
    one: '{count} part has no answer in Teams yet:',
    other: '{count} parts have no answer in Teams yet:',
  },
  'word.fill.skipped': {
    plural: 'count',
    one: '{count} part belongs to another partnership or edition and was left unchanged.',
    other: '{count} parts belong to another partnership or edition and were left unchanged.',
  },
  'word.fill.atRisk.title': 'Word holds text that is not in Teams yet',
  'word.fill.atRisk.body': {
    plural: 'count',
    one: 'In {count} part, Word holds other text than Teams. Filling would replace that text. Review the changes first and save what you want to keep.',
    other:
      'In {count} parts, Word holds other text than Teams. Filling would replace that text. Review the changes first and save what you want to keep.',
  },
  'word.fill.atRisk.check': 'Review the changes first',
  'word.fill.atRisk.force': 'Fill anyway and replace the text in Word',
  'word.fill.atRisk.cancel': 'Cancel',
  'word.fill.atRisk.cancelled': 'Filling was cancelled. Nothing has changed.',

  'word.check.button': 'Check for changes',
  'word.check.busy': 'Checking the document…',
  'word.check.none': 'No changes: what is in Word is also in Teams.',
  'word.check.found': {
    plural: 'count',
    one: '{count} answer was changed in Word.',
    other: '{count} answers were changed in Word.',
  },
  'word.check.changesLabel': 'Changes in Word',
  'word.check.include': 'Save in Teams: {titel}',
  'word.check.inWord': 'In Word',
  'word.check.inTeams': 'In Teams',
  'word.check.empty': '(empty)',
  'word.check.newerInTeams': {
    plural: 'count',
    one: 'In Teams, {count} answer has changed meanwhile that still has the old text in this document: {namen}. Choose ‘Fill with answers from Teams’ to update the document.',
    other:
      'In Teams, {count} answers have changed meanwhile that still have the old text in this document: {namen}. Choose ‘Fill with answers from Teams’ to update the document.',
  },
  'word.check.skippedLocked': {
    plural: 'count',
    one: '{count} locked part is kept in Kompas in Teams and is not saved from Word.',
    other: '{count} locked parts are kept in Kompas in Teams and are not saved from Word.',
  },
  'word.save.button': 'Save in Teams ({count})',
  'word.save.busy': 'Saving the changes…',
  'word.save.nothingSelected': 'Choose at least one change to save.',
  'word.save.changedSinceCheck':
    'The document has changed since you checked. Review the changes below again, then choose ‘Save in Teams’ again.',
  'word.save.queued': {
    plural: 'count',
    one: '{count} answer is being saved in Teams.',
    other: '{count} answers are being saved in Teams.',
  },
  'word.save.allSaved': 'Everything has been saved in Teams.',
  'word.save.unsaved': {
    plural: 'count',
    one: '{count} change has not been saved yet. It is kept and will be sent again.',
    other: '{count} changes have not been saved yet. They are kept and will be sent again.',
  },
  'word.save.failedItem': '‘{titel}’ was not saved.',
  'word.save.retry': 'Try again',

  'word.conflict.title': 'Someone else changed ‘{titel}’ at the same time as you',
  'word.conflict.intro': 'Nothing is lost. Look at both versions and choose what to keep.',
  'word.conflict.mine': 'In Word',
  'word.conflict.theirs': 'In Teams, by {auteur}',
  'word.conflict.theirsAnonymous': 'In Teams',
  'word.conflict.deleted': 'In Teams, this answer has been deleted meanwhile.',
  'word.conflict.merge': 'Merged',
  'word.conflict.noMerge': 'These answers cannot be merged automatically. Choose one of them.',
  'word.conflict.keepMine': 'Keep the version from Word',
  'word.conflict.takeTheirs': 'Take the version from Teams',
  'word.conflict.saveMerged': 'Keep the merged version',
  'word.conflict.resolved': 'Your choice for ‘{titel}’ has been kept and the document has been updated.',

  'word.issues.heading': 'Take note in this document',
  'word.issues.duplicate': {
    plural: 'count',
    one: '‘{titel}’ appears {count} time in the document.',
    other: '‘{titel}’ appears {count} times in the document. Kompas fills and saves them as one answer.',
  },
  'word.issues.duplicateDiffer': {
    plural: 'count',
    one: '‘{titel}’ appears {count} time in the document, with different text. Remove the copy that is wrong; until then this answer is not saved.',
    other:
      '‘{titel}’ appears {count} times in the document, with different text. Remove the copy that is wrong; until then this answer is not saved.',
  },
  'word.issues.missing':
    '‘{titel}’ is missing from ‘{onderdeel}’. Was it deleted by accident? Bring it back with Undo, or insert the part again.',
  'word.issues.otherTraject':
    '‘{titel}’ comes from another partnership. Kompas does not fill it and does not save it in this partnership.',
  'word.issues.unknownQuestion':
    'A part with the code ‘{tag}’ does not belong to this edition of the compass. Kompas leaves it alone.',
  'word.issues.goToPlace': 'Go to place {n}',
  'word.issues.goToPlaceName': 'Go to place {n} of ‘{titel}’',
  'word.issues.goTo': 'Go to',
  'word.issues.goToName': 'Go to ‘{titel}’',
  'word.issues.goToUnit': 'Go to the part',
  'word.issues.goToUnitName': 'Go to ‘{onderdeel}’',
  'word.issues.selected': 'The part is selected in the document.',
  'word.changed.hint': 'Something changed in the document. Choose ‘Check for changes’ to see what.',

  'word.error.code': 'Error code: {code}',
  'word.error.AccessDenied':
    'Word does not allow changes to this document. It may be protected or read-only. Turn on editing, or ask the document’s owner for access, and try again. Nothing has been lost.',
  'word.error.ActivityLimitReached': 'Word is too busy for a moment. Wait a little and try again.',
  'word.error.ApiNotFound': 'This version of Word cannot do this. Update Word, or use Word on the web.',
  'word.error.ConnectionFailure': 'The connection to Word was lost. Try again.',
  'word.error.GeneralException':
    'Word could not do this right now. Try again; if it fails again, save the document and open it again. Nothing has been lost.',
  'word.error.InvalidArgument':
    'Word does not accept the content at this place. Put the cursor in an ordinary paragraph, outside a table, header or footer, and try again.',
  'word.error.InvalidObjectPath': 'The document changed while Kompas was working on it. Try again.',
  'word.error.InvalidRequestContext': 'The document changed while Kompas was working on it. Try again.',
  'word.error.ItemNotFound':
    'This part is no longer in the document. Choose ‘Check for changes’ to see the current state.',
  'word.error.NotAllowed':
    'Word does not allow this right now, for example because a dialog or menu is open. Close it and try again.',
  'word.error.NotImplemented': 'This version of Word cannot do this. Update Word, or use Word on the web.',
  'word.error.RequestPayloadSizeLimitExceeded':
    'This is too much to insert at once. Insert the building blocks or worksheets one at a time.',
  'word.error.ResponsePayloadSizeLimitExceeded':
    'The document is too large to read at once. Try it in Word on the computer, or split the document.',
  'word.error.RequirementMissing':
    'This version of Word cannot do this. Update Word, or use Word on the web. Downloading as a Word document still works.',
  'word.error.Unknown': 'Word reported an unexpected error. Try again; nothing has been lost.',
};

export const wordMessages = { nl, en } as const;
registerMessages(wordMessages);
