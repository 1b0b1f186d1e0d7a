/** The 0-A partner overview from the edition's content, and what the Partners screen derives from it. */
import { allQuestions } from '../../../shared/content/queries.ts';
import type { Edition, FieldDef, QuestionInput } from '../../../shared/content/schema.ts';
import { PartnerSchema, partnerRollen, type Partner } from '../../../shared/domain/model.ts';
import { tooLong, type FieldError } from '../common/field-error.ts';

export type OverviewInput = Extract<QuestionInput, { kind: 'partnerOverview' }>;
export type Rol = (typeof partnerRollen)[number];
export const rollen = partnerRollen;

/** The edition's `partnerOverview` question (0A.partners): its domains, levels and suggestions. */
export function overviewOf(edition: Edition): OverviewInput | undefined {
  for (const { question } of allQuestions(edition)) {
    if (question.input.kind === 'partnerOverview') return question.input;
  }
  return undefined;
}

export function labelOf(fields: readonly FieldDef[], id: string | undefined): string | undefined {
  return id === undefined ? undefined : fields.find((f) => f.id === id)?.label;
}

/** Partners per domain and level; those not (validly) placed are listed apart. */
export function overviewGrid(
  overview: OverviewInput,
  partners: readonly Partner[],
): { readonly cells: ReadonlyMap<string, Partner[]>; readonly unplaced: readonly Partner[] } {
  const cells = new Map<string, Partner[]>();
  const unplaced: Partner[] = [];
  for (const partner of partners) {
    const placed =
      labelOf(overview.domains, partner.domein) !== undefined &&
      labelOf(overview.levels, partner.niveau) !== undefined;
    if (!placed) {
      unplaced.push(partner);
      continue;
    }
    const key = `${partner.domein}/${partner.niveau}`;
    cells.set(key, [...(cells.get(key) ?? []), partner]);
  }
  return { cells, unplaced };
}

function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), 'nl', { sensitivity: 'base' }) === 0;
}

export interface SuggestionGroup {
  readonly domain: string;
  readonly level: string;
  readonly organisations: readonly string[];
}

/** The seed's organisations that are not a partner yet, by domain and level. */
export function openSuggestions(overview: OverviewInput, partners: readonly Partner[]): SuggestionGroup[] {
  return overview.suggestions
    .map((s) => ({
      domain: s.domain,
      level: s.level,
      organisations: s.organisations.filter((o) => !partners.some((p) => sameName(p.organisatie, o))),
    }))
    .filter((s) => s.organisations.length > 0);
}

/** What a person edits of a partner. */
export interface PartnerDraft {
  readonly organisatie: string;
  readonly domein: string;
  readonly niveau: string;
  readonly rollen: readonly Rol[];
  readonly contactpersoon: string;
  readonly email: string;
  readonly toelichting: string;
}

export const emptyDraft: PartnerDraft = {
  organisatie: '',
  domein: '',
  niveau: '',
  rollen: [],
  contactpersoon: '',
  email: '',
  toelichting: '',
};

export function draftOf(partner: Partner): PartnerDraft {
  return {
    organisatie: partner.organisatie,
    domein: partner.domein ?? '',
    niveau: partner.niveau ?? '',
    rollen: partner.rollen,
    contactpersoon: partner.contactpersoon,
    email: partner.email,
    toelichting: partner.toelichting,
  };
}

/** The record's fields from a draft: an empty choice is "not placed". */
export function fieldsOf(draft: PartnerDraft) {
  return {
    organisatie: draft.organisatie.trim(),
    ...(draft.domein === '' ? {} : { domein: draft.domein }),
    ...(draft.niveau === '' ? {} : { niveau: draft.niveau }),
    rollen: [...draft.rollen],
    contactpersoon: draft.contactpersoon.trim(),
    email: draft.email.trim(),
    toelichting: draft.toelichting,
  };
}

export type PartnerField = keyof PartnerDraft;

const EditableSchema = PartnerSchema.pick({
  organisatie: true,
  contactpersoon: true,
  email: true,
  toelichting: true,
});

/** Field errors with their message keys; the domain schema decides, so what passes here is saved. */
export function validatePartner(draft: PartnerDraft): Partial<Record<PartnerField, FieldError>> {
  const result = EditableSchema.safeParse(fieldsOf(draft));
  if (result.success) return {};
  const errors: Partial<Record<PartnerField, FieldError>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === 'organisatie') {
      errors.organisatie =
        issue.code === 'too_big' ? tooLong(255) : { key: 'tab.partner.validation.organisatie' };
    } else if (field === 'email') {
      errors.email = { key: 'tab.partner.validation.email' };
    } else if (field === 'contactpersoon') {
      errors.contactpersoon = tooLong(255);
    } else if (field === 'toelichting') {
      errors.toelichting = tooLong(60_000);
    }
  }
  return errors;
}
