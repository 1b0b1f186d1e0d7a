/** A field's validation message, kept as a catalogue key so models stay free of the locale. */
import type { PlainKey } from '../../../shared/i18n/index.ts';
import { useT, type T } from '../../app/index.ts';

export type FieldError =
  { readonly key: PlainKey } | { readonly key: 'screens.validation.tooLong'; readonly max: number };

export function tooLong(max: number): FieldError {
  return { key: 'screens.validation.tooLong', max };
}

export function errorText(t: T, error: FieldError): string {
  return error.key === 'screens.validation.tooLong' ? t(error.key, { max: error.max }) : t(error.key);
}

/** Fluent `Field` props for a field's error: its message, read out with the field, and the error state. */
export function useFieldMessages<F extends string>(errors: Partial<Record<F, FieldError>>) {
  const t = useT();
  return (field: F) => {
    const error = errors[field];
    return error === undefined
      ? {}
      : { validationMessage: errorText(t, error), validationState: 'error' as const };
  };
}
