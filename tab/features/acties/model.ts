/** Verbeteracties as the Acties screens list, filter and edit them. */
import { ActieSchema, actieStatussen, type Actie } from '../../../shared/domain/model.ts';
import type { BouwsteenId } from '../../../shared/content/schema.ts';
import { tooLong, type FieldError } from '../common/field-error.ts';

export type ActieStatus = (typeof actieStatussen)[number];
export const statussen = actieStatussen;

/** A status from a select's value; undefined for anything else. */
export function statusOf(value: string): ActieStatus | undefined {
  return statussen.find((s) => s === value);
}
export const ALL = '';

export interface ActieFilter {
  /** `''`: every status. */
  readonly status: ActieStatus | typeof ALL;
  /** `''`: everyone. */
  readonly eigenaar: string;
}

const order: Record<ActieStatus, number> = { open: 0, bezig: 0, afgerond: 1, vervallen: 2 };

/** Open work first, by deadline (none last); then finished, then dropped. */
export function sortActies<A extends Actie>(acties: readonly A[]): A[] {
  return [...acties].sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') ||
      a.aangemaakt.localeCompare(b.aangemaakt),
  );
}

export function filterActies<A extends Actie>(acties: readonly A[], filter: ActieFilter): A[] {
  return acties.filter(
    (a) =>
      (filter.status === ALL || a.status === filter.status) &&
      (filter.eigenaar === ALL || a.eigenaar.trim().toLowerCase() === filter.eigenaar.toLowerCase()),
  );
}

/** The distinct owners, as first written. */
export function eigenaren(acties: readonly Actie[]): string[] {
  const seen = new Map<string, string>();
  for (const a of acties) {
    const name = a.eigenaar.trim();
    if (name !== '' && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'nl'));
}

/** Whether an actie is "mine": its eigenaar names the user by UPN or display name. */
export function isMine(
  actie: Pick<Actie, 'eigenaar'>,
  user: { readonly upn: string; readonly displayName: string },
): boolean {
  const owner = actie.eigenaar.trim().toLowerCase();
  return (
    owner !== '' &&
    (owner === user.upn.trim().toLowerCase() || owner === user.displayName.trim().toLowerCase())
  );
}

export interface ActieDraft {
  readonly tekst: string;
  readonly eigenaar: string;
  /** `YYYY-MM-DD`, or `''` for none. */
  readonly deadline: string;
  readonly status: ActieStatus;
  readonly bouwsteen: BouwsteenId;
}

export type ActieField = keyof ActieDraft;

export function draftOf(actie: Actie): ActieDraft {
  return {
    tekst: actie.tekst,
    eigenaar: actie.eigenaar,
    deadline: actie.deadline ?? '',
    status: actie.status,
    bouwsteen: actie.herkomst.bouwsteen,
  };
}

/** The record's editable fields from a draft. */
export function fieldsOf(draft: ActieDraft) {
  return {
    tekst: draft.tekst.trim(),
    eigenaar: draft.eigenaar.trim(),
    ...(draft.deadline === '' ? {} : { deadline: draft.deadline }),
    status: draft.status,
  };
}

const EditableSchema = ActieSchema.pick({ tekst: true, eigenaar: true, deadline: true, status: true });

/** Field errors with their message keys; the domain schema decides. */
export function validateActie(draft: ActieDraft): Partial<Record<ActieField, FieldError>> {
  const result = EditableSchema.safeParse(fieldsOf(draft));
  if (result.success) return {};
  const errors: Partial<Record<ActieField, FieldError>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === 'tekst') {
      errors.tekst = issue.code === 'too_big' ? tooLong(2000) : { key: 'tab.actie.validation.tekst' };
    } else if (field === 'deadline') {
      errors.deadline = { key: 'tab.actie.validation.deadline' };
    } else if (field === 'eigenaar') {
      errors.eigenaar = tooLong(255);
    }
  }
  return errors;
}
