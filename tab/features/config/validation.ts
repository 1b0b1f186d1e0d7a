/**
 * Checks the new-traject form as the person types, with the message keys to show. The same limits
 * as the domain's TrajectSchema, so what passes here passes `createTraject`.
 */
import type { EditionId } from '../../../shared/content/schema.ts';
import { tooLong, type FieldError } from '../common/field-error.ts';

export interface TrajectForm {
  readonly naam: string;
  readonly gemeente: string;
  readonly editie: EditionId;
  readonly vraagstuk: string;
}

export type FormField = keyof TrajectForm;

export const limits = { naam: 255, gemeente: 255, vraagstuk: 60_000 } as const;

export const emptyForm: TrajectForm = { naam: '', gemeente: '', editie: 'sgg', vraagstuk: '' };

export function validateTraject(form: TrajectForm): Partial<Record<FormField, FieldError>> {
  const errors: Partial<Record<FormField, FieldError>> = {};
  if (form.naam.trim() === '') errors.naam = { key: 'tab.traject.validation.naam' };
  else if (form.naam.trim().length > limits.naam) errors.naam = tooLong(limits.naam);
  if (form.gemeente.trim() === '') errors.gemeente = { key: 'tab.traject.validation.gemeente' };
  else if (form.gemeente.trim().length > limits.gemeente) errors.gemeente = tooLong(limits.gemeente);
  if (form.vraagstuk.length > limits.vraagstuk) errors.vraagstuk = tooLong(limits.vraagstuk);
  return errors;
}
