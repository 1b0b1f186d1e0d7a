/**
 * A traject that answers every question of any edition with plausible Dutch text, plus partners,
 * indicators with metingen, activities and actions. Accounts and e-mail addresses are filled in
 * on purpose: the rendered document must never show them (Woo).
 */
import { allQuestions } from '../../../shared/content/queries.ts';
import type { Edition, Question } from '../../../shared/content/schema.ts';
import { activiteitNiveaus } from '../../../shared/domain/model.ts';
import { aTraject, type AnswerValueInput, type TrajectBuilder } from '../../../shared/testing/builders.ts';

export const ACCOUNT = 'j.jansen@gemeente.example';
export const PARTNER_EMAIL = 'contact@partner.example';
export const TRAJECT_ID = 'traject-0000aa01';

const slug = (q: Question) => q.id.toLowerCase().replace(/\./g, '-');

/** The entry ids a list answer of `syntheticTraject` gets, so records can point at them. */
export function entryIds(q: Question, count = 3): string[] {
  return Array.from({ length: count }, (_, i) => `${slug(q)}-e${i + 1}`);
}

function answerFor(q: Question, partnerIds: readonly string[]): AnswerValueInput | undefined {
  const input = q.input;
  switch (input.kind) {
    case 'text':
      return { kind: 'text', text: `Kort antwoord: ${q.shortLabel}` };
    case 'longText':
    case 'reflection':
      return { kind: 'text', text: `Ons antwoord op “${q.shortLabel}”.\nTweede regel\tmet een tab.` };
    case 'list':
    case 'veranderverhaal':
      return {
        kind: 'list',
        items: entryIds(q).map((id, i) => ({
          id,
          text: `${'itemLabel' in input ? input.itemLabel : q.shortLabel} ${i + 1}`,
        })),
      };
    case 'roleSplit':
    case 'beforeNow':
    case 'keepImprove':
    case 'dosDonts':
      return {
        kind: 'fields',
        fields: Object.fromEntries(input.fields.map((f) => [f.id, `${f.label}: ons antwoord`])),
      };
    case 'qualityTable':
      return {
        kind: 'fields',
        fields: Object.fromEntries(input.rows.map((r) => [r.id, `Over ${r.label.toLowerCase()}`])),
      };
    case 'table':
      return {
        kind: 'table',
        cells: Object.fromEntries(
          input.rows.map((r) => [
            r.id,
            Object.fromEntries(input.columns.map((c) => [c.id, `${r.label} × ${c.label}`])),
          ]),
        ),
      };
    case 'grades':
      return {
        kind: 'grades',
        entries: [partnerIds[0] ?? 'Deelnemer A', 'Wethouder'].flatMap((deelnemer, i) =>
          input.themes.map((t, j) => ({
            deelnemer,
            thema: t.id,
            cijfer: ((i + j) % 5) + 5,
            toelichting: j === 0 ? 'Goed op weg' : '',
          })),
        ),
      };
    case 'prioritering':
      return undefined; // needs the entry ids of other questions; see syntheticTraject
    case 'frequency':
      return {
        kind: 'frequency',
        frequentie: { interval: 3, unit: 'maanden' },
        organisator: ACCOUNT,
        volgendeDatum: '2026-04-01',
        afspraken: 'De regisseur plant het overleg.',
      };
    case 'checklist':
      return {
        kind: 'checklist',
        checks: Object.fromEntries(
          input.items.map((item, i) => [item.id, i % 3 === 0 ? 'ja' : i % 3 === 1 ? 'deels' : 'nee']),
        ),
        toelichting: 'Grotendeels op orde.',
      };
    case 'indicators':
    case 'partnerOverview':
    case 'activityMatrix':
    case 'actions':
      return undefined; // answered by records
  }
}

/** Answers and records for every question of `edition`. */
export function syntheticTraject(edition: Edition): TrajectBuilder {
  const questions = allQuestions(edition);
  const builder = aTraject({
    id: TRAJECT_ID,
    naam: 'Samen sterk in Voorbeeldstad',
    editie: edition.id,
    aangemaaktDoor: ACCOUNT,
  });
  const partnerIds: string[] = [];
  const overview = questions.find((l) => l.question.input.kind === 'partnerOverview')?.question.input;
  const placements =
    overview?.kind === 'partnerOverview'
      ? overview.domains.map((d, i) => ({
          domein: d.id,
          niveau: overview.levels[i % overview.levels.length]?.id,
        }))
      : [];
  placements.forEach(({ domein, niveau }, i) => {
    const id = `partner-${String(i + 1).padStart(4, '0')}`;
    partnerIds.push(id);
    builder.withPartner({
      id,
      organisatie: `Partnerorganisatie ${i + 1}`,
      domein,
      ...(niveau === undefined ? {} : { niveau }),
      contactpersoon: 'Anna de Vries',
      email: PARTNER_EMAIL,
    });
  });
  builder.withPartner({ id: 'partner-9999', organisatie: 'Partner zonder plek', email: PARTNER_EMAIL });

  for (const { question } of questions) {
    const value = answerFor(question, partnerIds);
    if (value !== undefined) builder.withAnswer(question.id, value);
  }
  for (const { question } of questions) {
    const input = question.input;
    if (input.kind === 'prioritering') {
      const ids = input.from.flatMap((id) => {
        const from = questions.find((l) => l.question.id === id)?.question;
        return from === undefined ? [] : entryIds(from).slice(0, 2);
      });
      builder.withAnswer(question.id, {
        kind: 'priority',
        order: ids,
        prioriteit: ids.slice(0, 1),
        toelichting: 'Eerst de kennis.',
      });
    }
    if (input.kind === 'indicators') {
      builder.withIndicator(
        {
          naam: `Indicator bij ${question.shortLabel}`,
          soort: 'indicator',
          eenheid: '%',
          basis: { waarde: 42.5, datum: '2025-01-01' },
          doel: { waarde: 60, jaar: 2028 },
          eigenaar: ACCOUNT,
          herkomst: question.id,
        },
        [
          { datum: '2025-06-01', waarde: 45 },
          { datum: '2025-12-01', waarde: 48.25 },
        ],
      );
      builder.withIndicator(
        { naam: `Signaal bij ${question.shortLabel}`, soort: 'signaal', herkomst: question.id },
        [{ datum: '2025-11-01', toelichting: 'Jongeren melden vaker.' }],
      );
    }
    if (input.kind === 'actions') {
      const bouwsteen = questions.find((l) => l.question.id === question.id)?.bouwsteen.id;
      if (bouwsteen !== undefined) {
        builder.withActie({
          tekst: `Verbeteractie bij ${question.shortLabel}`,
          eigenaar: ACCOUNT,
          deadline: '2026-03-01',
          status: 'bezig',
          herkomst: { soort: 'bouwsteen', bouwsteen, questionId: question.id },
        });
      }
    }
    if (input.kind === 'activityMatrix') {
      const results = questions.find((l) => l.question.id === input.resultsFrom)?.question;
      const resultIds = results === undefined ? [] : entryIds(results);
      const verhaal = questions.find((l) => l.question.input.kind === 'veranderverhaal')?.question;
      const levels = input.rows.flatMap((row) => {
        const niveau = activiteitNiveaus.find((n) => n === row.id);
        return niveau === undefined ? [] : [{ row, niveau }];
      });
      levels.forEach(({ row, niveau }, i) => {
        builder.withActiviteit({
          naam: `Activiteit ${row.label.toLowerCase()}`,
          niveau,
          resultaten: resultIds.slice(i % 2, (i % 2) + 1),
          veranderverhaal: verhaal === undefined ? [] : entryIds(verhaal).slice(0, 1),
          ...(partnerIds[0] === undefined ? {} : { aanbieder: partnerIds[0] }),
        });
      });
      builder.withActiviteit({ naam: 'Activiteit zonder resultaat', niveau: 'basis' });
    }
  }
  return builder;
}
