/**
 * "Neem de ambitie uit bouwsteen 1 als uitgangspunt": the referenced answer shown in place, a link
 * to the question while it is unanswered, or a note when this edition does not have it.
 */
import { Link, Text } from '@fluentui/react-components';

import type { TrajectView } from '../../../shared/application/index.ts';
import { findQuestion } from '../../../shared/content/queries.ts';
import type { Edition, Question } from '../../../shared/content/schema.ts';
import { resolveCrossRef, type QuestionValue } from '../../../shared/domain/rules/index.ts';
import { bouwsteenLabel, formatDate } from '../../../shared/i18n/index.ts';
import { routeHref, useLocale, useT, type T } from '../../app/index.ts';
import { ValueView } from './ValueView.tsx';
import { LinkArrow } from './LinkArrow.tsx';
import { useCrossRefStyles } from './CrossRef.styles.ts';
import { joinIsolated } from '../../../shared/i18n/bidi.ts';

function recordsText(t: T, value: Exclude<QuestionValue, { source: 'antwoord' | 'reflectie' }>): string {
  switch (value.source) {
    case 'indicatoren':
      return t('werkbladen.crossRef.indicatoren', {
        count: value.indicatoren.length,
        namen: joinIsolated(value.indicatoren.map((i) => i.naam)),
      });
    case 'partners':
      return t('werkbladen.crossRef.partners', {
        count: value.partners.length,
        namen: joinIsolated(value.partners.map((p) => p.organisatie)),
      });
    case 'activiteiten':
      return t('werkbladen.crossRef.activiteiten', {
        count: value.activiteiten.length,
        namen: joinIsolated(value.activiteiten.map((a) => a.naam)),
      });
    case 'acties':
      return t('werkbladen.crossRef.acties', {
        count: value.acties.length,
        namen: joinIsolated(value.acties.map((a) => a.tekst)),
      });
  }
}

export interface CrossRefProps {
  readonly id: string;
  readonly question: Question;
  readonly edition: Edition;
  readonly view: TrajectView;
}

export function CrossRef({ id, question, edition, view }: CrossRefProps) {
  const t = useT();
  const locale = useLocale();
  const styles = useCrossRefStyles();
  const result = resolveCrossRef(edition, question, view);
  if (result === undefined || question.crossRef === undefined) return null;
  const note = <Text className={styles.note}>{question.crossRef.note}</Text>;
  if (result.status === 'missing') {
    return (
      <div id={id} className={styles.root}>
        {note}
        <Text>{t('werkbladen.crossRef.missing')}</Text>
      </div>
    );
  }
  const target = findQuestion(edition, result.question.id);
  const bouwsteen = target?.bouwsteen.id;
  const names = {
    vraag: result.question.shortLabel,
    bouwsteen: bouwsteen === undefined ? '' : bouwsteenLabel(bouwsteen),
  };
  const href =
    bouwsteen === undefined
      ? undefined
      : routeHref({ screen: 'werkbladen', bouwsteen, questionId: result.question.id });
  if (result.status === 'unanswered') {
    return (
      <div id={id} className={styles.root}>
        {note}
        <Text>{t('werkbladen.crossRef.unanswered', names)}</Text>
        {href !== undefined && (
          <Link href={href}>
            {t('werkbladen.crossRef.goTo', { vraag: result.question.shortLabel })}
            <LinkArrow />
          </Link>
        )}
      </div>
    );
  }
  const { value } = result;
  return (
    <div id={id} className={styles.root}>
      {note}
      <Text weight="semibold">{t('werkbladen.crossRef.answered', names)}</Text>
      {value.source === 'antwoord' || value.source === 'reflectie' ? (
        <>
          <ValueView question={result.question} value={value.value} view={view} />
          {value.source === 'reflectie' && (
            <Text size={200}>
              {t('werkbladen.crossRef.fromReflectie', { datum: formatDate(locale, value.reflectie.datum) })}
            </Text>
          )}
        </>
      ) : (
        <Text>{recordsText(t, value)}</Text>
      )}
      {href !== undefined && (
        <Link href={href}>
          {t('werkbladen.crossRef.goTo', { vraag: result.question.shortLabel })}
          <LinkArrow />
        </Link>
      )}
    </div>
  );
}
