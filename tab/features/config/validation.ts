/**
 * Checks the new-traject form as the person types, with the message keys to show. The same limits
 * as the domain's TrajectSchema, so what passes here passes `createTraject`.
 */
import type { EditionId } from '../../../shared/content/schema.ts';
import type { Key } from '../../app/index.ts';

export interface TrajectForm {
  readonly naam: string;
  readonly gemeente: string;
  readonly editie: EditionId;
  readonly vraagstuk: string;
}

export type FormField = keyof TrajectForm;

export interface FieldError {
  readonly key: Extract<
    Key,
    'tab.traject.validation.naam' | 'tab.traject.validation.gemeente' | 'tab.validation.tooLong'
  >;
  readonly max?: number;
}

export const limits = { naam: 255, gemeente: 255, vraagstuk: 60_000 } as const;

export const emptyForm: TrajectForm = { naam: '', gemeente: '', editie: 'sgg', vraagstuk: '' };

export function validateTraject(form: TrajectForm): Partial<Record<FormField, FieldError>> {
  const errors: Partial<Record<FormField, FieldError>> = {};
  if (form.naam.trim() === '') errors.naam = { key: 'tab.traject.validation.naam' };
  else if (form.naam.trim().length > limits.naam)
    errors.naam = { key: 'tab.validation.tooLong', max: limits.naam };
  if (form.gemeente.trim() === '') errors.gemeente = { key: 'tab.traject.validation.gemeente' };
  else if (form.gemeente.trim().length > limits.gemeente) {
    errors.gemeente = { key: 'tab.validation.tooLong', max: limits.gemeente };
  }
  if (form.vraagstuk.length > limits.vraagstuk)
    errors.vraagstuk = { key: 'tab.validation.tooLong', max: limits.vraagstuk };
  return errors;
}
