/**
 * The catalogue's section for Leren en verbeteren (reflection cycles, verbeteracties, meetings in
 * Outlook): nl and en with identical keys. The core's meeting builder uses it through
 * `reflectie.ts`, so it is registered wherever that runs; it imports no `translate.ts`, so the
 * catalogue can import it without a cycle.
 */
import type { ReflectieIssue } from '../domain/reflectie/issues.ts';
import type { MessageValue, TranslationOf } from './messages.ts';
import { registerMessages } from './registry.ts';

const nl = {
  'reflectie.onderwerp.een': 'Reflectie bouwsteen {bouwsteen}: {thema} — {traject}',
  'reflectie.onderwerp.meer': 'Reflectie bouwstenen {bouwstenen} — {traject}',

  'reflectie.agenda.wanneer': '{datum}, {van} tot {tot}',
  'reflectie.agenda.wanneerMeerdereDagen': 'Van {van} tot {tot}',
  'reflectie.agenda.traject': 'Traject: {traject}',
  'reflectie.agenda.bouwsteen': 'Bouwsteen {bouwsteen}: {thema}',
  'reflectie.agenda.opdracht': 'Actie: {actie}',
  'reflectie.agenda.acties.kop': 'Zijn voorgenomen acties uitgevoerd?',
  'reflectie.agenda.acties.geen': 'Er staan geen open acties.',
  'reflectie.agenda.actie.eigenaarDeadline': '{tekst} — {eigenaar}, uiterlijk {deadline}',
  'reflectie.agenda.actie.eigenaar': '{tekst} — {eigenaar}',
  'reflectie.agenda.actie.deadline': '{tekst} — uiterlijk {deadline}',
  'reflectie.agenda.indicatoren.kop': 'Hoe staan de indicatoren en signalen ervoor?',
  'reflectie.agenda.indicatoren.geen': 'Er zijn nog geen indicatoren of signalen gekoppeld.',
  'reflectie.agenda.indicator.waarde': '{naam}: {waarde} op {datum}',
  'reflectie.agenda.indicator.waardeBeweging': '{naam}: {waarde} op {datum} ({beweging})',
  'reflectie.agenda.indicator.signaal': '{naam}: gemeten op {datum}',
  'reflectie.agenda.indicator.geenMeting': '{naam}: nog geen meting',
  'reflectie.agenda.vragen.kop': 'Vragen om samen te bespreken',
  'reflectie.agenda.vraag.stap': '{stap}: {vraag}',
  'reflectie.agenda.link': 'Open de reflectie in Kompas',
  'reflectie.agenda.teams': 'Deelnemen aan de Teams-vergadering',

  'reflectie.beweging.up': 'gestegen',
  'reflectie.beweging.down': 'gedaald',
  'reflectie.beweging.equal': 'gelijk gebleven',
  'reflectie.stap.herkennen': 'Herkennen',
  'reflectie.stap.begrijpen': 'Begrijpen',
  'reflectie.stap.waarderen': 'Waarderen',
  'reflectie.stap.verbeteren': 'Verbeteren',
  'reflectie.actieStatus.open': 'Open',
  'reflectie.actieStatus.bezig': 'Bezig',
  'reflectie.actieStatus.afgerond': 'Uitgevoerd',
  'reflectie.actieStatus.vervallen': 'Vervallen',
  'reflectie.vergelijk.eerder': 'Eerder',
  'reflectie.vergelijk.nu': 'Op dit moment',
  'reflectie.cijfers.verschil':
    'De cijfers voor ‘{thema}’ lopen uiteen van {min} tot {max}. Bespreek met elkaar de verschillen en wat er nodig is om een hoger cijfer te halen.',
  'reflectie.schema.bron.afspraak': 'Volgens de afspraak op het werkblad Leren en verbeteren.',
  'reflectie.schema.bron.overleg': 'Volgens het overleg dat in Outlook is gepland.',
  'reflectie.schema.bron.geen': 'Er is nog geen afspraak en geen overleg gepland.',
  'reflectie.gepland.organisator': 'Jij plant deze reflectie.',
  'reflectie.gepland.deelnemer': 'Je bent uitgenodigd voor deze reflectie.',
  'reflectie.teams.nietBeschikbaar':
    'In deze agenda kun je geen Teams-vergadering toevoegen. Het overleg is gepland zonder Teams-link.',
  'reflectie.annuleren.bericht': 'Het overleg ‘{onderwerp}’ gaat niet door.',
  'reflectie.annuleren.berichtMetReden': 'Het overleg ‘{onderwerp}’ gaat niet door. Reden: {reden}',

  'reflectie.validation.tijdzone':
    'Kies een tijdzone die Kompas kent, bijvoorbeeld Europe/Amsterdam voor Nederlandse tijd.',
  'reflectie.validation.startInVerleden':
    'Het overleg begint in het verleden. Kies een moment dat nog moet komen.',
  'reflectie.validation.eindVoorStart':
    'Het overleg eindigt voordat het begint. Kies een eindtijd na de begintijd.',
  'reflectie.validation.geenDeelnemers': 'Nodig ten minste één deelnemer uit.',
  'reflectie.validation.deelnemerZonderEmail':
    'Niet alle deelnemers hebben een geldig e-mailadres. Vul het e-mailadres van de contactpersoon aan bij Partners, of haal de deelnemer van de lijst.',
  'reflectie.validation.teveelDeelnemers': 'Outlook staat hoogstens 500 deelnemers per overleg toe.',
  'reflectie.validation.herhalingEindigtVoorStart':
    'De herhaling stopt voordat het eerste overleg plaatsvindt. Kies een einddatum op of na de eerste datum.',
  'reflectie.validation.afgerond':
    'Deze reflectie is afgerond en blijft bewaard zoals hij is. Start een nieuwe reflectie om verder te gaan.',
  'reflectie.validation.datumInToekomst':
    'Een reflectie start op vandaag of een eerdere datum. Plan een toekomstige reflectie als overleg in Outlook.',
  'reflectie.validation.geenBouwsteen': 'Kies ten minste één bouwsteen.',
  'reflectie.validation.bouwsteenZonderReflectie':
    'Deze bouwsteen heeft geen werkblad Leren en verbeteren in deze editie.',
  'reflectie.validation.bouwsteenNietInReflectie': 'Deze bouwsteen hoort niet bij deze reflectie.',
  'reflectie.validation.vraagNietInReflectie':
    'Deze vraag hoort niet bij de periodieke vragen van de bouwstenen in deze reflectie.',
  'reflectie.validation.verkeerdeAntwoordsoort': 'Dit antwoord past niet bij deze vraag.',
  'reflectie.validation.geenCijfervraag':
    'Bij de bouwstenen van deze reflectie hoort geen vraag om cijfers te geven.',
  'reflectie.validation.themaOnbekend': 'Dit thema hoort niet bij de cijfers voor de samenwerking.',
  'reflectie.validation.deelnemerOnbekend':
    'Deze deelnemer is niet bekend bij deze reflectie of bij Partners.',
  'reflectie.validation.dubbelCijfer': 'Geef per deelnemer één cijfer per thema.',
  'reflectie.validation.geenActies': 'Voeg ten minste één verbeteractie toe.',
  'reflectie.validation.deadlineVoorReflectie':
    'De deadline van een actie ligt vóór de datum van de reflectie.',
  'reflectie.validation.alGepland':
    'Dit overleg staat al in Outlook. Verzet of annuleer het daar vanuit Kompas.',
  'reflectie.validation.nietGepland': 'Dit overleg staat nog niet in Outlook. Plan het eerst.',
  'reflectie.validation.geannuleerd': 'Dit overleg is geannuleerd.',
  'reflectie.validation.linkOngeldig': 'De link naar Kompas moet met https:// of http:// beginnen.',
} as const satisfies Record<string, MessageValue> & Record<`reflectie.validation.${ReflectieIssue}`, string>;

export type ReflectieMessageKey = keyof typeof nl;

const en: TranslationOf<typeof nl> = {
  'reflectie.onderwerp.een': 'Reflection building block {bouwsteen}: {thema} — {traject}',
  'reflectie.onderwerp.meer': 'Reflection building blocks {bouwstenen} — {traject}',

  'reflectie.agenda.wanneer': '{datum}, {van} to {tot}',
  'reflectie.agenda.wanneerMeerdereDagen': 'From {van} to {tot}',
  'reflectie.agenda.traject': 'Partnership: {traject}',
  'reflectie.agenda.bouwsteen': 'Building block {bouwsteen}: {thema}',
  'reflectie.agenda.opdracht': 'Action: {actie}',
  'reflectie.agenda.acties.kop': 'Were the planned actions carried out?',
  'reflectie.agenda.acties.geen': 'There are no open actions.',
  'reflectie.agenda.actie.eigenaarDeadline': '{tekst} — {eigenaar}, by {deadline}',
  'reflectie.agenda.actie.eigenaar': '{tekst} — {eigenaar}',
  'reflectie.agenda.actie.deadline': '{tekst} — by {deadline}',
  'reflectie.agenda.indicatoren.kop': 'Where do the indicators and signals stand?',
  'reflectie.agenda.indicatoren.geen': 'No indicators or signals are linked yet.',
  'reflectie.agenda.indicator.waarde': '{naam}: {waarde} on {datum}',
  'reflectie.agenda.indicator.waardeBeweging': '{naam}: {waarde} on {datum} ({beweging})',
  'reflectie.agenda.indicator.signaal': '{naam}: measured on {datum}',
  'reflectie.agenda.indicator.geenMeting': '{naam}: not measured yet',
  'reflectie.agenda.vragen.kop': 'Questions to discuss together',
  'reflectie.agenda.vraag.stap': '{stap}: {vraag}',
  'reflectie.agenda.link': 'Open the reflection in Kompas',
  'reflectie.agenda.teams': 'Join the Teams meeting',

  'reflectie.beweging.up': 'up',
  'reflectie.beweging.down': 'down',
  'reflectie.beweging.equal': 'unchanged',
  'reflectie.stap.herkennen': 'Recognise',
  'reflectie.stap.begrijpen': 'Understand',
  'reflectie.stap.waarderen': 'Appraise',
  'reflectie.stap.verbeteren': 'Improve',
  'reflectie.actieStatus.open': 'Open',
  'reflectie.actieStatus.bezig': 'In progress',
  'reflectie.actieStatus.afgerond': 'Done',
  'reflectie.actieStatus.vervallen': 'Dropped',
  'reflectie.vergelijk.eerder': 'Before',
  'reflectie.vergelijk.nu': 'Now',
  'reflectie.cijfers.verschil':
    'The marks for ‘{thema}’ range from {min} to {max}. Discuss the differences and what it takes to earn a higher mark.',
  'reflectie.schema.bron.afspraak': 'As agreed on the Learn and improve worksheet.',
  'reflectie.schema.bron.overleg': 'As the meeting planned in Outlook says.',
  'reflectie.schema.bron.geen': 'There is no agreement and no meeting planned yet.',
  'reflectie.gepland.organisator': 'You plan this reflection.',
  'reflectie.gepland.deelnemer': 'You are invited to this reflection.',
  'reflectie.teams.nietBeschikbaar':
    'This calendar cannot add Teams meetings. The meeting was planned without a Teams link.',
  'reflectie.annuleren.bericht': 'The meeting ‘{onderwerp}’ is cancelled.',
  'reflectie.annuleren.berichtMetReden': 'The meeting ‘{onderwerp}’ is cancelled. Reason: {reden}',

  'reflectie.validation.tijdzone':
    'Choose a time zone Kompas knows, for example Europe/Amsterdam for Dutch time.',
  'reflectie.validation.startInVerleden': 'The meeting starts in the past. Choose a time still to come.',
  'reflectie.validation.eindVoorStart':
    'The meeting ends before it starts. Choose an end time after the start.',
  'reflectie.validation.geenDeelnemers': 'Invite at least one participant.',
  'reflectie.validation.deelnemerZonderEmail':
    'Not every participant has a valid e-mail address. Add the contact’s address under Partners, or remove the participant.',
  'reflectie.validation.teveelDeelnemers': 'Outlook allows at most 500 attendees per meeting.',
  'reflectie.validation.herhalingEindigtVoorStart':
    'The series stops before the first meeting. Choose an end date on or after the first date.',
  'reflectie.validation.afgerond':
    'This reflection is finished and is kept as it is. Start a new reflection to continue.',
  'reflectie.validation.datumInToekomst':
    'A reflection starts today or on an earlier date. Plan a future reflection as a meeting in Outlook.',
  'reflectie.validation.geenBouwsteen': 'Choose at least one building block.',
  'reflectie.validation.bouwsteenZonderReflectie':
    'This building block has no Learn and improve worksheet in this edition.',
  'reflectie.validation.bouwsteenNietInReflectie': 'This building block is not part of this reflection.',
  'reflectie.validation.vraagNietInReflectie':
    'This question is not one of the recurring questions of the building blocks in this reflection.',
  'reflectie.validation.verkeerdeAntwoordsoort': 'This answer does not fit this question.',
  'reflectie.validation.geenCijfervraag': 'None of the building blocks of this reflection asks for marks.',
  'reflectie.validation.themaOnbekend': 'This theme is not one of the marks for the partnership.',
  'reflectie.validation.deelnemerOnbekend':
    'This participant is not known in this reflection or under Partners.',
  'reflectie.validation.dubbelCijfer': 'Give one mark per participant per theme.',
  'reflectie.validation.geenActies': 'Add at least one improvement action.',
  'reflectie.validation.deadlineVoorReflectie':
    'The deadline of an action is before the date of the reflection.',
  'reflectie.validation.alGepland':
    'This meeting is already in Outlook. Reschedule or cancel it from Kompas.',
  'reflectie.validation.nietGepland': 'This meeting is not in Outlook yet. Plan it first.',
  'reflectie.validation.geannuleerd': 'This meeting was cancelled.',
  'reflectie.validation.linkOngeldig': 'The link to Kompas must start with https:// or http://.',
};

export const reflectieMessages = { nl, en } as const;
registerMessages(reflectieMessages);
