/** An answer shown as text (cross-references, both sides of a conflict). People's text stays text. */
import { Text } from '@fluentui/react-components';
import type { TrajectView } from '../../../shared/application/index.ts';
import type { Question } from '../../../shared/content/schema.ts';
import type { AnswerValue } from '../../../shared/domain/answer.ts';
import { formatDate, frequencyText } from '../../../shared/i18n/index.ts';
import { useLocale, useT } from '../../app/index.ts';
import { listEntriesOf } from './values.ts';
import { useValueViewStyles } from './ValueView.styles.ts';

export interface ValueViewProps {
  readonly question: Question;
  readonly value: AnswerValue;
  readonly view: Pick<TrajectView, 'partners' | 'antwoorden'>;
}

export function ValueView({ question, value, view }: ValueViewProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useValueViewStyles();
  const empty = <Text className={styles.muted}>{t('werkbladen.value.empty')}</Text>;
  const input = question.input;
  switch (value.kind) {
    case 'text':
      return value.text.trim() === '' ? empty : <Text className={styles.text}>{value.text}</Text>;
    case 'list': {
      const items = value.items.filter((i) => i.text.trim() !== '');
      return items.length === 0 ? (
        empty
      ) : (
        <ul className={styles.list}>
          {items.map((i) => (
            <li key={i.id}>
              <Text className={styles.text}>{i.text}</Text>
            </li>
          ))}
        </ul>
      );
    }
    case 'fields': {
      const defs =
        input.kind === 'qualityTable'
          ? input.rows.map((r) => ({ id: r.id, label: r.label }))
          : 'fields' in input
            ? input.fields
            : Object.keys(value.fields).map((id) => ({ id, label: id }));
      const filled = defs.filter((d) => (value.fields[d.id] ?? '').trim() !== '');
      return filled.length === 0 ? (
        empty
      ) : (
        <dl className={styles.dl}>
          {filled.map((d) => (
            <div key={d.id}>
              <dt>{d.label}</dt>
              <dd className={styles.text}>{value.fields[d.id]}</dd>
            </div>
          ))}
        </dl>
      );
    }
    case 'table': {
      const lines =
        input.kind === 'table'
          ? input.rows.flatMap((r) =>
              input.columns.flatMap((c) => {
                const cell = value.cells[r.id]?.[c.id] ?? '';
                return cell.trim() === ''
                  ? []
                  : [
                      {
                        key: `${r.id}/${c.id}`,
                        veld: t('werkbladen.table.cell', { rij: r.label, kolom: c.label }),
                        tekst: cell,
                      },
                    ];
              }),
            )
          : [];
      return lines.length === 0 ? (
        empty
      ) : (
        <ul className={styles.list}>
          {lines.map((l) => (
            <li key={l.key}>{t('werkbladen.value.field', { veld: l.veld, tekst: l.tekst })}</li>
          ))}
        </ul>
      );
    }
    case 'grades': {
      if (value.entries.length === 0) return empty;
      const naam = (id: string) => view.partners.find((p) => p.id === id)?.organisatie ?? id;
      const thema = (id: string) =>
        (input.kind === 'grades' ? input.themes.find((th) => th.id === id)?.label : undefined) ?? id;
      return (
        <ul className={styles.list}>
          {value.entries.map((e) => (
            <li key={`${e.deelnemer}/${e.thema}`}>
              {t('werkbladen.value.field', {
                veld: t('werkbladen.grades.cijferVan', {
                  deelnemer: naam(e.deelnemer),
                  thema: thema(e.thema),
                }),
                tekst: e.toelichting.trim() === '' ? String(e.cijfer) : `${e.cijfer} — ${e.toelichting}`,
              })}
            </li>
          ))}
        </ul>
      );
    }
    case 'priority': {
      const from = input.kind === 'prioritering' ? input.from : [];
      const texts = new Map(from.flatMap((q) => listEntriesOf(view, q)).map((e) => [e.id as string, e.text]));
      const order = value.order.filter((id) => texts.has(id));
      if (order.length === 0 && value.toelichting.trim() === '') return empty;
      return (
        <>
          <ol className={styles.list}>
            {order.map((id) => (
              <li key={id}>
                {value.prioriteit.includes(id)
                  ? t('werkbladen.prioritering.priority', { element: texts.get(id) ?? '' })
                  : texts.get(id)}
              </li>
            ))}
          </ol>
          {value.toelichting.trim() !== '' && <Text className={styles.text}>{value.toelichting}</Text>}
        </>
      );
    }
    case 'frequency': {
      const parts = [
        value.frequentie && frequencyText(locale, value.frequentie),
        value.organisator.trim() !== '' &&
          t('werkbladen.value.field', {
            veld: t('werkbladen.frequency.organisator'),
            tekst: value.organisator,
          }),
        value.volgendeDatum &&
          t('werkbladen.value.field', {
            veld: t('werkbladen.frequency.volgendeDatum'),
            tekst: formatDate(locale, value.volgendeDatum),
          }),
        value.afspraken.trim() !== '' && value.afspraken,
      ].filter((p): p is string => typeof p === 'string' && p !== '');
      return parts.length === 0 ? (
        empty
      ) : (
        <ul className={styles.list}>
          {parts.map((p) => (
            <li key={p} className={styles.text}>
              {p}
            </li>
          ))}
        </ul>
      );
    }
    case 'checklist': {
      const items = input.kind === 'checklist' ? input.items : [];
      const checked = items.flatMap((i) => {
        const check = value.checks[i.id];
        return check === undefined ? [] : [{ id: i.id, text: i.text, check }];
      });
      if (checked.length === 0 && value.toelichting.trim() === '') return empty;
      return (
        <>
          <ul className={styles.list}>
            {checked.map((c) => (
              <li key={c.id}>
                {t('werkbladen.value.field', { veld: c.text, tekst: t(`werkbladen.checklist.${c.check}`) })}
              </li>
            ))}
          </ul>
          {value.toelichting.trim() !== '' && <Text className={styles.text}>{value.toelichting}</Text>}
        </>
      );
    }
  }
}
