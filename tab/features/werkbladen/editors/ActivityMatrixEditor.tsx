/**
 * The 3-B matrix: the maatschappelijke resultaten of bouwsteen 2 as columns, the levels of provision
 * as rows, activiteiten in the cells. An activity is added in its cell; the gaps (a result without
 * activity, an activity without result) come from the domain rule, as the Overzicht's warnings do.
 */
import { Button, Field, Input, Link, Text } from '@fluentui/react-components';
import { AddRegular, WarningRegular } from '@fluentui/react-icons';
import { useLayoutEffect, useRef, useState } from 'react';
import { saveActiviteit, type TrajectView } from '../../../../shared/application/index.ts';
import { allQuestions, findQuestion } from '../../../../shared/content/queries.ts';
import type { Edition } from '../../../../shared/content/schema.ts';
import type { EntryId } from '../../../../shared/domain/ids.ts';
import { activiteitNiveaus } from '../../../../shared/domain/model.ts';
import { buildActivityMatrix, type ActiviteitNiveau } from '../../../../shared/domain/rules/index.ts';
import { routeHref, useServices, useT } from '../../../app/index.ts';
import { listEntriesOf, type InputOf } from '../values.ts';
import { useEditorStyles } from './editors.styles.ts';
import { LinkArrow } from '../LinkArrow.tsx';

const isNiveau = (id: string): id is ActiviteitNiveau =>
  (activiteitNiveaus as readonly string[]).includes(id);

interface Cell {
  readonly niveau: ActiviteitNiveau;
  readonly resultaatId: EntryId;
}

export interface ActivityMatrixEditorProps {
  readonly id: string;
  readonly input: InputOf<'activityMatrix'>;
  readonly edition: Edition;
  readonly view: TrajectView;
  readonly labelId: string;
  readonly describedBy?: string | undefined;
  /** The question already links to the results when it refers to them (its crossRef). */
  readonly linksToResults?: boolean;
}

export function ActivityMatrixEditor({
  id,
  input,
  linksToResults = false,
  edition,
  view,
  labelId,
  describedBy,
}: ActivityMatrixEditorProps) {
  const t = useT();
  const styles = useEditorStyles();
  const { ctx } = useServices();
  const [adding, setAdding] = useState<Cell | undefined>(undefined);
  const [naam, setNaam] = useState('');
  const [tried, setTried] = useState(false);
  const [refocus, setRefocus] = useState<string | undefined>(undefined);
  const addButtons = useRef(new Map<string, HTMLButtonElement>());
  const field = useRef<HTMLInputElement>(null);

  const resultaten = listEntriesOf(view, input.resultsFrom);
  const matrix = buildActivityMatrix(resultaten, view.activiteiten);
  const rows = input.rows.flatMap((r) => (isNiveau(r.id) ? [{ ...r, niveau: r.id }] : []));
  const elementText = new Map(
    allQuestions(edition)
      .filter((l) => l.question.input.kind === 'veranderverhaal')
      .flatMap((l) => listEntriesOf(view, l.question.id))
      .map((e) => [e.id as string, e.text]),
  );
  const resultsPlace = findQuestion(edition, input.resultsFrom);
  const cellKey = (c: Cell) => `${c.niveau}/${c.resultaatId}`;

  useLayoutEffect(() => {
    if (adding !== undefined) field.current?.focus();
  }, [adding]);
  useLayoutEffect(() => {
    if (refocus === undefined) return;
    addButtons.current.get(refocus)?.focus();
    setRefocus(undefined);
  }, [refocus]);

  const close = (cell: Cell) => {
    setAdding(undefined);
    setNaam('');
    setTried(false);
    setRefocus(cellKey(cell));
  };

  const add = (cell: Cell) => {
    setTried(true);
    if (naam.trim() === '') return;
    void saveActiviteit(ctx, {
      trajectId: view.traject.id,
      naam: naam.trim(),
      niveau: cell.niveau,
      resultaten: [cell.resultaatId],
    }).then(() => close(cell));
  };

  const resultaatText = (rid: EntryId) => resultaten.find((r) => r.id === rid)?.text ?? '';

  return (
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.stack}>
      {resultaten.length === 0 ? (
        <div className={styles.stack}>
          <Text>{t('werkbladen.matrix.noResults')}</Text>
          {resultsPlace !== undefined && !linksToResults && (
            <Link
              id={id}
              href={routeHref({
                screen: 'werkbladen',
                bouwsteen: resultsPlace.bouwsteen.id,
                questionId: resultsPlace.question.id,
              })}
            >
              {t('werkbladen.crossRef.goTo', { vraag: resultsPlace.question.shortLabel })}
              <LinkArrow />
            </Link>
          )}
        </div>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table} aria-labelledby={labelId}>
            <thead>
              <tr>
                <td />
                {resultaten.map((r) => (
                  <th key={r.id} scope="col">
                    {r.text}
                  </th>
                ))}
                <th scope="col">{t('werkbladen.matrix.zonderResultaat')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{input.veranderverhaalRow.label}</th>
                {matrix.veranderverhaalRow.map((cell) => (
                  <td key={cell.resultaatId}>
                    <ul className={styles.chips}>
                      {cell.elementen.map((e) => (
                        <li key={e}>{elementText.get(e) ?? ''}</li>
                      ))}
                    </ul>
                  </td>
                ))}
                <td />
              </tr>
              {rows.map((row, ri) => {
                const { niveau } = row;
                const matrixRow = matrix.rows.find((m) => m.niveau === niveau);
                return (
                  <tr key={row.id}>
                    <th scope="row">{row.label}</th>
                    {(matrixRow?.cells ?? []).map((cell, ci) => {
                      const here: Cell = { niveau, resultaatId: cell.resultaatId };
                      const open = adding !== undefined && cellKey(adding) === cellKey(here);
                      return (
                        <td key={cell.resultaatId}>
                          {cell.activiteiten.length > 0 && (
                            <ul className={styles.chips}>
                              {cell.activiteiten.map((a) => (
                                <li key={a.id}>{a.naam}</li>
                              ))}
                            </ul>
                          )}
                          {open ? (
                            <div
                              className={styles.stack}
                              onKeyDown={(e) => {
                                if (e.key === 'Escape') close(here);
                              }}
                            >
                              <Field
                                label={t('werkbladen.matrix.naam')}
                                required
                                validationMessage={
                                  tried && naam.trim() === '' ? t('werkbladen.matrix.naamRequired') : null
                                }
                              >
                                <Input
                                  ref={(el) => {
                                    field.current = el;
                                  }}
                                  value={naam}
                                  onChange={(_, d) => setNaam(d.value)}
                                  onKeyDown={(e) => {
                                    if (e.key === 'Enter') add(here);
                                  }}
                                />
                              </Field>
                              <div className={styles.actions}>
                                <Button appearance="primary" size="small" onClick={() => add(here)}>
                                  {t('werkbladen.matrix.add')}
                                </Button>
                                <Button size="small" onClick={() => close(here)}>
                                  {t('werkbladen.matrix.cancel')}
                                </Button>
                              </div>
                            </div>
                          ) : (
                            <Button
                              id={ri === 0 && ci === 0 ? id : undefined}
                              ref={(el) => {
                                if (el === null) addButtons.current.delete(cellKey(here));
                                else addButtons.current.set(cellKey(here), el);
                              }}
                              size="small"
                              appearance="subtle"
                              icon={<AddRegular />}
                              aria-label={t('werkbladen.matrix.addIn', {
                                niveau: row.label,
                                resultaat: resultaatText(cell.resultaatId),
                              })}
                              onClick={() => {
                                setAdding(here);
                                setNaam('');
                                setTried(false);
                              }}
                            />
                          )}
                        </td>
                      );
                    })}
                    <td>
                      {(matrixRow?.zonderResultaat.length ?? 0) > 0 && (
                        <ul className={styles.chips}>
                          {matrixRow?.zonderResultaat.map((a) => (
                            <li key={a.id}>{a.naam}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {input.footnote !== undefined && (
        <Text size={200} className={styles.muted}>
          {input.footnote}
        </Text>
      )}
      <div className={styles.stack}>
        <Text weight="semibold">{t('werkbladen.matrix.gaps')}</Text>
        {matrix.gaps.resultatenZonderActiviteit.length === 0 &&
        matrix.gaps.activiteitenZonderResultaat.length === 0 ? (
          <Text>{t('werkbladen.matrix.noGaps')}</Text>
        ) : (
          <ul className={styles.list}>
            {matrix.gaps.resultatenZonderActiviteit.map((r) => (
              <li key={r.id} className={styles.iconRow}>
                <WarningRegular aria-hidden className={styles.warningIcon} />
                <Text>{t('werkbladen.matrix.resultaatZonderActiviteit', { resultaat: r.text })}</Text>
              </li>
            ))}
            {matrix.gaps.activiteitenZonderResultaat.map((a) => (
              <li key={a.id} className={styles.iconRow}>
                <WarningRegular aria-hidden className={styles.warningIcon} />
                <Text>{t('warning.activityWithoutResult', { activiteit: a.naam })}</Text>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Link href={routeHref({ screen: 'activiteiten' })}>
        {t('werkbladen.matrix.link')}
        <LinkArrow />
      </Link>
    </div>
  );
}
