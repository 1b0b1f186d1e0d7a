/** The draft of a record being added: its fields, and its errors shown once a field was left or the form sent. */
import { useCallback, useMemo, useState } from 'react';

export function useDraftForm<D extends object, E>(
  initial: D | (() => D),
  validate: (draft: D) => Partial<Record<keyof D, E>>,
) {
  const [draft, setDraft] = useState<D>(initial);
  const [shown, setShown] = useState<ReadonlySet<keyof D>>(new Set());
  const errors = useMemo(() => validate(draft), [validate, draft]);
  const visible = useMemo(() => {
    const out: Partial<Record<keyof D, E>> = {};
    for (const field of shown) if (errors[field] !== undefined) out[field] = errors[field];
    return out;
  }, [errors, shown]);

  const change = useCallback(<F extends keyof D>(field: F, value: D[F]) => {
    setDraft((d) => ({ ...d, [field]: value }));
  }, []);
  const blur = useCallback((field: keyof D) => setShown((s) => new Set([...s, field])), []);
  /** Shows every error; true when the draft can be added. */
  const check = useCallback((): boolean => {
    const invalid = Object.keys(errors) as (keyof D)[];
    if (invalid.length === 0) return true;
    setShown(new Set(invalid));
    return false;
  }, [errors]);

  return { draft, errors, visible, change, blur, check };
}
