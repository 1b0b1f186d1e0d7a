/**
 * Bouwsteen 0's cijfers in a cycle: per theme every participant gives a 1–10 with a toelichting,
 * and under each theme its spread (lowest to highest, the average, who is at each end), with the
 * kompas's tip to discuss the differences.
 */
import { Button, Field, Input, Select, mergeClasses, useId } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Question } from '../../../shared/content/schema.ts';
import type { GradeEntry } from '../../../shared/domain/answer.ts';
import type { Partner, Reflectie } from '../../../shared/domain/model.ts';
import { gradeSpread, latestGrades, type ThemeSpread } from '../../../shared/domain/reflectie/grades.ts';
import { formatList, formatNumber, type Locale } from '../../../shared/i18n/index.ts';
import { useLocale, useT, type T } from '../../app/index.ts';
import { useCommonStyles } from '../common/common.styles.ts';
import { useDebouncedSave } from '../common/useDebouncedSave.ts';
import { personName } from './model.ts';
import { useReflectiesStyles } from './Reflecties.styles.ts';
import type { Flush } from './useCycle.ts';

const cijfers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

type GradesInput = Extract<Question['input'], { kind: 'grades' }>;

/** The spread in words: the range with the average, and who gave the lowest and the highest. */
export function spreadText(
  t: T,
  locale: Locale,
  spread: ThemeSpread,
  names: (id: string) => string,
): { readonly range: string; readonly ends: string } {
  const average = formatNumber(locale, Math.round(spread.gemiddelde * 10) / 10);
  const range = t('reflecties.cijfers.spreiding', { min: spread.min, max: spread.max, gemiddelde: average });
  const ends =
    spread.verschil === 0
      ? t('reflecties.cijfers.eens', {
          cijfer: spread.min,
          namen: formatList(locale, spread.laagst.map(names)),
        })
      : t('reflecties.cijfers.uiteinden', {
          laagst: spread.min,
          laagstNamen: formatList(locale, spread.laagst.map(names)),
          hoogst: spread.max,
          hoogstNamen: formatList(locale, spread.hoogst.map(names)),
        });
  return { range, ends };
}

function GradeRow({
  deelnemer,
  naam,
  thema,
  themaLabel,
  entry,
  readOnly,
  onGrade,
  register,
}: {
  readonly deelnemer: string;
  readonly naam: string;
  readonly thema: string;
  readonly themaLabel: string;
  readonly entry: GradeEntry | undefined;
  readonly readOnly: boolean;
  readonly onGrade: (entry: GradeEntry) => void;
  readonly register: (flush: Flush) => () => void;
}) {
  const t = useT();
  const common = useCommonStyles();
  const [toelichting, setToelichting] = useState(entry?.toelichting ?? '');
  const { schedule, flush, isWaiting } = useDebouncedSave<string>((text) => {
    if (entry !== undefined) onGrade({ ...entry, toelichting: text });
  });
  useEffect(() => register(flush), [register, flush]);
  const stored = entry?.toelichting ?? '';
  useEffect(() => {
    if (!isWaiting()) setToelichting(stored);
  }, [stored, isWaiting]);
  const names = { deelnemer: naam, thema: themaLabel };
  if (readOnly) {
    return (
      <tr>
        <th scope="row" className={common.userText}>
          {naam}
        </th>
        <td>{entry === undefined ? t('reflecties.cijfers.geen') : entry.cijfer}</td>
        <td className={common.userText}>{entry?.toelichting ?? ''}</td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row" className={common.userText}>
        {naam}
      </th>
      <td>
        <Select
          aria-label={t('reflecties.cijfers.cijferVan', names)}
          value={entry === undefined ? '' : String(entry.cijfer)}
          onChange={(_e, data) => {
            const cijfer = Number(data.value);
            if (Number.isInteger(cijfer) && cijfer >= 1 && cijfer <= 10) {
              onGrade({ deelnemer, thema, cijfer, toelichting });
            }
          }}
        >
          {/* A cijfer once given can be changed, not taken back: the cycle keeps one per person and theme. */}
          {entry === undefined && <option value="">{t('reflecties.cijfers.geen')}</option>}
          {cijfers.map((c) => (
            <option key={c} value={String(c)}>
              {c}
            </option>
          ))}
        </Select>
      </td>
      <td>
        <Input
          aria-label={t('reflecties.cijfers.toelichtingVan', names)}
          value={toelichting}
          disabled={entry === undefined}
          onChange={(_e, data) => {
            setToelichting(data.value);
            schedule(data.value);
          }}
          onBlur={flush}
        />
      </td>
    </tr>
  );
}

export interface GradesProps {
  readonly question: Question & { readonly input: GradesInput };
  readonly reflectie: Reflectie;
  readonly partners: readonly Partner[];
  readonly readOnly: boolean;
  readonly onGrade: (entry: GradeEntry) => void;
  readonly register: (flush: Flush) => () => void;
}

export function Grades({ question, reflectie, partners, readOnly, onGrade, register }: GradesProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useReflectiesStyles();
  const common = useCommonStyles();
  const headingId = useId('cijfers');
  const [added, setAdded] = useState<readonly string[]>([]);
  const [newName, setNewName] = useState('');
  const entries = latestGrades(reflectie.cijfers);
  const themes = question.input.themes;
  // With participants on record only they grade; otherwise anyone named here.
  const open = reflectie.deelnemers.length === 0;
  const deelnemers = [
    ...new Set([...reflectie.deelnemers, ...entries.map((e) => e.deelnemer), ...(open ? added : [])]),
  ];
  const spreads = gradeSpread(
    entries,
    themes.map((th) => th.id),
  );
  const names = (id: string) => personName(id, partners);
  const tip =
    question.guidance.find((g) => g.kind === 'tip')?.text.join(' ') ?? t('reflecties.cijfers.tipTekst');

  const add = () => {
    const naam = newName.trim();
    if (naam === '' || deelnemers.includes(naam)) return;
    setAdded([...added, naam]);
    setNewName('');
  };

  return (
    <section aria-labelledby={headingId} className={styles.form}>
      <h5 id={headingId} className={styles.sideHeading}>
        {question.prompt}
      </h5>
      {question.help.map((p) => (
        <p key={p} className={mergeClasses(styles.paragraph, common.muted)}>
          {p}
        </p>
      ))}
      {deelnemers.length === 0 && <p className={common.muted}>{t('reflecties.cijfers.geenDeelnemers')}</p>}
      {themes.map((theme) => {
        const spread = spreads.find((s) => s.thema === theme.id);
        const text = spread === undefined ? undefined : spreadText(t, locale, spread, names);
        const spreadId = `${headingId}-${theme.id}`;
        return (
          <fieldset key={theme.id} className={styles.fieldset} aria-describedby={spreadId}>
            <legend className={styles.legend}>{theme.label}</legend>
            {theme.prompt !== undefined && (
              <p className={mergeClasses(styles.paragraph, common.muted)}>{theme.prompt}</p>
            )}
            {deelnemers.length > 0 && (
              <div className={styles.tableScroll}>
                <table className={styles.table}>
                  <thead>
                    <tr>
                      <th scope="col">{t('reflecties.cijfers.deelnemer')}</th>
                      <th scope="col">{t('reflecties.cijfers.cijfer')}</th>
                      <th scope="col">{t('reflecties.cijfers.toelichting')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {deelnemers.map((d) => (
                      <GradeRow
                        key={d}
                        deelnemer={d}
                        naam={names(d)}
                        thema={theme.id}
                        themaLabel={theme.label}
                        entry={entries.find((e) => e.deelnemer === d && e.thema === theme.id)}
                        readOnly={readOnly}
                        onGrade={onGrade}
                        register={register}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <div id={spreadId}>
              {text === undefined || spread === undefined ? (
                <p className={mergeClasses(styles.paragraph, common.muted)}>
                  {t('reflecties.cijfers.nogGeen')}
                </p>
              ) : (
                <>
                  <p className={styles.paragraph}>{text.range}</p>
                  <p className={mergeClasses(styles.paragraph, common.userText)}>{text.ends}</p>
                  {spread.verschil > 0 && (
                    <p className={styles.paragraph}>
                      {t('reflectie.cijfers.verschil', {
                        thema: theme.label,
                        min: String(spread.min),
                        max: String(spread.max),
                      })}
                    </p>
                  )}
                </>
              )}
            </div>
          </fieldset>
        );
      })}
      <p className={styles.tip}>
        <strong>{t('reflecties.cijfers.tip')}</strong> {tip}
      </p>
      {!readOnly && open && (
        <div className={styles.row}>
          <Field label={t('reflecties.cijfers.nieuw')}>
            <Input
              value={newName}
              maxLength={255}
              onChange={(_e, data) => setNewName(data.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </Field>
          <Button onClick={add}>{t('reflecties.cijfers.toevoegen')}</Button>
        </div>
      )}
    </section>
  );
}
