/**
 * Cijfers for the samenwerking (bouwsteen 0-B): per theme each participant gives a grade 1–10 and
 * an explanation; below each theme its spread (lowest, highest, average), which is what the
 * partners discuss.
 */
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { AddRegular, LightbulbRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AnswerValueOf, GradeEntry } from '../../../../shared/domain/answer.ts';
import { formatNumber } from '../../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../../app/index.ts';
import type { InputOf } from '../values.ts';
import { useEditorStyles } from './editors.styles.ts';
import type { EditorProps } from './types.ts';

export interface Deelnemer {
  /** A partner id, or the name of someone who is not a partner record. */
  readonly id: string;
  readonly naam: string;
}

export interface Spread {
  readonly min: number;
  readonly max: number;
  readonly average: number;
}

export function spreadOf(entries: readonly GradeEntry[], thema: string): Spread | undefined {
  const grades = entries.filter((e) => e.thema === thema).map((e) => e.cijfer);
  if (grades.length === 0) return undefined;
  return {
    min: Math.min(...grades),
    max: Math.max(...grades),
    average: grades.reduce((a, b) => a + b, 0) / grades.length,
  };
}

const cijfers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export interface GradesEditorProps extends EditorProps<'grades', InputOf<'grades'>> {
  /** The traject's partners, who give grades by default. */
  readonly partners: readonly Deelnemer[];
  /** The seed's tip on the spread ("Bespreek met elkaar de verschillen …"). */
  readonly tip?: string | undefined;
}

export function GradesEditor({
  input,
  value,
  onChange,
  labelId,
  describedBy,
  id,
  partners,
  tip,
}: GradesEditorProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useEditorStyles();
  const [added, setAdded] = useState<readonly string[]>([]);
  const [newName, setNewName] = useState('');

  const known = new Set(partners.map((p) => p.id));
  const others = [...new Set([...value.entries.map((e) => e.deelnemer), ...added])].filter(
    (d) => !known.has(d),
  );
  const deelnemers: readonly Deelnemer[] = [...partners, ...others.map((naam) => ({ id: naam, naam }))];

  const entryOf = (deelnemer: string, thema: string) =>
    value.entries.find((e) => e.deelnemer === deelnemer && e.thema === thema);

  const setEntry = (
    deelnemer: string,
    thema: string,
    next: { cijfer: number; toelichting: string } | undefined,
  ) => {
    const rest = value.entries.filter((e) => !(e.deelnemer === deelnemer && e.thema === thema));
    onChange({
      kind: 'grades',
      entries: next === undefined ? rest : [...rest, { deelnemer, thema, ...next }],
    } satisfies AnswerValueOf<'grades'>);
  };

  const addDeelnemer = () => {
    const naam = newName.trim();
    if (naam === '' || deelnemers.some((d) => d.naam === naam || d.id === naam)) return;
    setAdded([...added, naam]);
    setNewName('');
  };

  const round = (n: number) => formatNumber(locale, Math.round(n * 10) / 10);

  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.stack}>
      {deelnemers.length === 0 && <Text>{t('werkbladen.grades.noDeelnemers')}</Text>}
      {input.themes.map((theme, ti) => {
        const themeId = `${id}-${theme.id}`;
        const spread = spreadOf(value.entries, theme.id);
        return (
          <fieldset key={theme.id} className={styles.fieldset} aria-describedby={`${themeId}-spread`}>
            <legend className={styles.legend}>{theme.label}</legend>
            {theme.prompt !== undefined && <Text className={styles.muted}>{theme.prompt}</Text>}
            {deelnemers.length > 0 && (
              <div className={styles.scroll}>
                <table className={styles.table}>
                  <thead>
                    <tr>
                      <th scope="col">{t('werkbladen.grades.deelnemer')}</th>
                      <th scope="col">{t('werkbladen.grades.cijfer')}</th>
                      <th scope="col">{t('werkbladen.grades.toelichting')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {deelnemers.map((d, di) => {
                      const entry = entryOf(d.id, theme.id);
                      const names = { deelnemer: d.naam, thema: theme.label };
                      return (
                        <tr key={d.id}>
                          <th scope="row">{d.naam}</th>
                          <td>
                            <Select
                              id={ti === 0 && di === 0 ? id : undefined}
                              aria-label={t('werkbladen.grades.cijferVan', names)}
                              value={entry === undefined ? '' : String(entry.cijfer)}
                              onChange={(_, data) => {
                                const cijfer = Number(data.value);
                                setEntry(
                                  d.id,
                                  theme.id,
                                  data.value === ''
                                    ? undefined
                                    : { cijfer, toelichting: entry?.toelichting ?? '' },
                                );
                              }}
                            >
                              <option value="">{t('werkbladen.grades.geen')}</option>
                              {cijfers.map((c) => (
                                <option key={c} value={String(c)}>
                                  {c}
                                </option>
                              ))}
                            </Select>
                          </td>
                          <td>
                            {/* An explanation belongs to a grade: it is stored with it. */}
                            <Input
                              className={styles.cellInput}
                              aria-label={t('werkbladen.grades.toelichtingVan', names)}
                              value={entry?.toelichting ?? ''}
                              disabled={entry === undefined}
                              onChange={(_, data) =>
                                entry !== undefined &&
                                setEntry(d.id, theme.id, { cijfer: entry.cijfer, toelichting: data.value })
                              }
                            />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            <Text id={`${themeId}-spread`} weight="semibold">
              {spread === undefined
                ? t('werkbladen.grades.noSpread')
                : t('werkbladen.grades.spread', {
                    min: spread.min,
                    max: spread.max,
                    gemiddelde: round(spread.average),
                  })}
            </Text>
          </fieldset>
        );
      })}
      {tip !== undefined && (
        <div className={styles.iconRow}>
          <LightbulbRegular aria-hidden className={styles.warningIcon} />
          <Text>
            <Text weight="semibold">{t('werkbladen.guidance.tip')}: </Text>
            {tip}
          </Text>
        </div>
      )}
      <div className={styles.inlineForm}>
        <Field label={t('werkbladen.grades.nieuweDeelnemer')}>
          <Input
            value={newName}
            onChange={(_, data) => setNewName(data.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addDeelnemer();
              }
            }}
          />
        </Field>
        <Button icon={<AddRegular />} onClick={addDeelnemer}>
          {t('werkbladen.grades.addDeelnemer')}
        </Button>
      </div>
    </div>
  );
}
