/**
 * One question of a worksheet: the prompt (its editor's accessible name), help, the referenced answer,
 * the editor with its save state (and a conflict, when there is one), a "Kopieer link" button, and the
 * guidance beside it.
 */
import { Badge, Text } from '@fluentui/react-components';
import { ArrowRepeatAllRegular, EditRegular } from '@fluentui/react-icons';
import { useEffect, useState, type ReactNode } from 'react';
import {
  parseEntity,
  parseStored,
  recordKey,
  type Conflict,
  type Outbox,
  type TrajectView,
} from '../../../shared/application/index.ts';
import type { BouwsteenId, Edition, Question } from '../../../shared/content/schema.ts';
import { valueKindOf, type AnswerValue } from '../../../shared/domain/answer.ts';
import { antwoordId, type Answer } from '../../../shared/domain/model.ts';
import { listOverSoftMaxWarnings } from '../../../shared/domain/rules/index.ts';
import { describeWarning } from '../../../shared/i18n/index.ts';
import { useLinkTo, useLocale, useRecordState, useServices, useT } from '../../app/index.ts';
import { ConflictPanel } from './ConflictPanel.tsx';
import { CopyLink } from './CopyLink.tsx';
import { CrossRef } from './CrossRef.tsx';
import { QuestionEditor } from './editors/QuestionEditor.tsx';
import { ids } from './editors/types.ts';
import { formatDateTime } from './format.ts';
import { GuidanceList } from './Guidance.tsx';
import { useQuestionStyles } from './Question.styles.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { useAnswerDraft, type AnswerDraft } from './useAnswerDraft.ts';
import { currentAnswer } from './values.ts';
import { ValueView } from './ValueView.tsx';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** The DOM id of a question's block, the target of a deep link. */
export function questionDomId(questionId: string): string {
  return `vraag-${questionId}`;
}

interface BodyProps {
  readonly question: Question;
  readonly bouwsteen: BouwsteenId;
  readonly edition: Edition;
  readonly view: TrajectView;
  readonly labelId: string;
  readonly describedBy: string | undefined;
  readonly editorId: string;
}

function AnswerConflict({
  id,
  conflict,
  draft,
  outbox,
  ...body
}: BodyProps & {
  readonly id: string;
  readonly conflict: Conflict;
  readonly draft: AnswerDraft;
  readonly outbox: Pick<Outbox, 'resolveConflict'>;
}) {
  const t = useT();
  const locale = useLocale();
  const { ctx } = useServices();
  const { question, view } = body;
  const mine =
    conflict.mine.op === 'save' && conflict.mine.kind === 'antwoord' ? conflict.mine.entity : undefined;
  const theirs = parseStored('antwoord', conflict.theirs);
  const parsedMerge = conflict.merge === undefined ? undefined : parseEntity('antwoord', conflict.merge);
  const suggestion: Answer | undefined = parsedMerge?.success === true ? parsedMerge.data : undefined;
  const [merged, setMerged] = useState<AnswerValue | undefined>(suggestion?.value);
  // A newer suggestion (more typing while the conflict is open) replaces the one being edited.
  useEffect(() => setMerged(suggestion?.value), [conflict.merge]);

  const tijd = theirs === undefined ? '' : formatDateTime(locale, theirs.gewijzigd);
  return (
    <ConflictPanel
      id={id}
      mine={mine === undefined ? undefined : <ValueView question={question} value={mine.value} view={view} />}
      theirs={
        theirs === undefined
          ? undefined
          : {
              label:
                theirs.auteur === ''
                  ? t('werkbladen.conflict.theirsAnonymous', { tijd })
                  : t('werkbladen.conflict.theirs', { auteur: theirs.auteur, tijd }),
              body: <ValueView question={question} value={theirs.value} view={view} />,
            }
      }
      merge={
        suggestion === undefined || merged === undefined ? undefined : (
          <QuestionEditor
            {...body}
            value={merged}
            onChange={setMerged}
            labelId={`${id}-merge`}
            describedBy={`${id}-merge-hint`}
            id={`${id}-merge-veld`}
            newId={() => ctx.ids.next()}
          />
        )
      }
      onKeepMine={() => outbox.resolveConflict(conflict.key, 'mine')}
      onTakeTheirs={async () => {
        await outbox.resolveConflict(conflict.key, 'theirs');
        if (theirs !== undefined) draft.adopt(theirs.value, theirs.revisie);
      }}
      onMerge={
        suggestion === undefined || merged === undefined
          ? undefined
          : async () => {
              await outbox.resolveConflict(conflict.key, { merged: { ...suggestion, value: merged } });
              draft.adopt(merged, suggestion.revisie);
            }
      }
    />
  );
}

/** A question answered by a value: the draft, saved as it is typed. */
function ValueAnswer({ copyLink, ...props }: BodyProps & { readonly copyLink: ReactNode }) {
  const { question, edition, view, editorId } = props;
  const styles = useQuestionStyles();
  const locale = useLocale();
  const { ctx, outbox } = useServices();
  const stored = currentAnswer(view, question.id);
  const draft = useAnswerDraft(question, stored, view.traject);
  const answerId = antwoordId(view.traject.id, question.id);
  const state = useRecordState('antwoord', answerId);

  let softMaxWarning: string | undefined;
  if (question.input.kind === 'list' && question.input.softMax !== undefined) {
    // The rule reads answers; ask it about the draft, so the advice shows while typing.
    const probe: Answer = {
      id: answerId,
      trajectId: view.traject.id,
      questionId: question.id,
      value: draft.value,
      auteur: '',
      gewijzigd: stored?.gewijzigd ?? view.traject.aangemaakt,
      revisie: 1,
    };
    const warning = listOverSoftMaxWarnings(edition, { antwoorden: [probe] }).find(
      (w) => w.place.questionId === question.id,
    );
    softMaxWarning = warning === undefined ? undefined : describeWarning(locale, warning);
  }

  return (
    <>
      <QuestionEditor
        {...props}
        id={editorId}
        value={draft.value}
        onChange={draft.change}
        newId={() => ctx.ids.next()}
        softMaxWarning={softMaxWarning}
      />
      <div className={styles.footer}>
        <SaveStatus
          state={state}
          error={draft.error}
          onRetry={() =>
            draft.error === undefined ? outbox.retry(recordKey('antwoord', answerId)) : draft.flush()
          }
        />
        {copyLink}
      </div>
      {state.status === 'conflict' && (
        <AnswerConflict
          {...props}
          id={`${editorId}-conflict`}
          conflict={state.conflict}
          draft={draft}
          outbox={outbox}
        />
      )}
    </>
  );
}

export interface QuestionBlockProps {
  readonly question: Question;
  readonly bouwsteen: BouwsteenId;
  readonly edition: Edition;
  readonly view: TrajectView;
  readonly headingLevel: HeadingLevel;
}

export function QuestionBlock({ question, bouwsteen, edition, view, headingLevel }: QuestionBlockProps) {
  const t = useT();
  const styles = useQuestionStyles();
  const linkTo = useLinkTo();
  const domId = questionDomId(question.id);
  const labelId = `${domId}-vraag`;
  const helpId = `${domId}-uitleg`;
  const crossRefId = `${domId}-verwijzing`;
  const editorId = `${domId}-veld`;
  const describedBy = ids(question.help.length > 0 && helpId, question.crossRef !== undefined && crossRefId);
  const body: BodyProps = { question, bouwsteen, edition, view, labelId, describedBy, editorId };
  const isRecord = valueKindOf(question.input) === 'record';
  const copyLink = (
    <CopyLink
      link={linkTo({ screen: 'werkbladen', bouwsteen, questionId: question.id })}
      vraag={question.shortLabel}
    />
  );

  return (
    <article id={domId} tabIndex={-1} aria-labelledby={labelId} className={styles.root}>
      <div className={styles.main}>
        <Text as={`h${headingLevel}`} id={labelId} className={styles.prompt}>
          {question.prompt}
        </Text>
        {(question.cadence !== undefined || question.optional) && (
          <div className={styles.badges}>
            {question.cadence === 'eenmalig' && (
              <Badge appearance="tint" color="informative" icon={<EditRegular />}>
                {t('werkbladen.cadence.eenmalig')}
              </Badge>
            )}
            {question.cadence === 'periodiek' && (
              <Badge appearance="tint" color="brand" icon={<ArrowRepeatAllRegular />}>
                {t('werkbladen.cadence.periodiek')}
              </Badge>
            )}
            {question.optional && (
              <Badge appearance="outline" color="informative">
                {t('werkbladen.question.optional')}
              </Badge>
            )}
          </div>
        )}
        {question.help.length > 0 && (
          <div id={helpId}>
            {question.help.map((p, i) => (
              <p key={i} className={styles.help}>
                {p}
              </p>
            ))}
          </div>
        )}
        {question.crossRef !== undefined && (
          <CrossRef id={crossRefId} question={question} edition={edition} view={view} />
        )}
        {isRecord ? (
          <>
            <QuestionEditor
              {...body}
              id={editorId}
              value={{ kind: 'text', text: '' }}
              onChange={() => undefined}
              newId={() => ''}
            />
            <div className={styles.footer}>{copyLink}</div>
          </>
        ) : (
          <ValueAnswer {...body} copyLink={copyLink} />
        )}
      </div>
      {question.guidance.length > 0 && (
        <div className={styles.side}>
          <GuidanceList id={`${domId}-advies`} guidance={question.guidance} />
        </div>
      )}
    </article>
  );
}
