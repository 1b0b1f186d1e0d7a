/**
 * The editor for a question, by the kind of its input. The switch is exhaustive: a new kind in the
 * content schema does not compile until it has an editor here.
 */
import type { TrajectView } from '../../../../shared/application/index.ts';
import { findQuestion } from '../../../../shared/content/queries.ts';
import type { BouwsteenId, Edition, Question } from '../../../../shared/content/schema.ts';
import type { AnswerValue } from '../../../../shared/domain/answer.ts';
import { useT } from '../../../app/index.ts';
import { listEntriesOf, valueAs } from '../values.ts';
import { ActionsEditor } from './ActionsEditor.tsx';
import { ActivityMatrixEditor } from './ActivityMatrixEditor.tsx';
import { ChecklistEditor } from './ChecklistEditor.tsx';
import { FieldsEditor, QualityTableEditor } from './FieldsEditor.tsx';
import { FrequencyEditor } from './FrequencyEditor.tsx';
import { GradesEditor } from './GradesEditor.tsx';
import { IndicatorsEditor } from './IndicatorsEditor.tsx';
import { ListEditor } from './ListEditor.tsx';
import { PartnerOverview } from './PartnerOverview.tsx';
import { PrioriteringEditor, type Element } from './PrioriteringEditor.tsx';
import { TableEditor } from './TableEditor.tsx';
import { LongTextEditor, ReflectionEditor, TextEditor } from './TextEditors.tsx';

export interface QuestionEditorProps {
  readonly question: Question;
  readonly bouwsteen: BouwsteenId;
  readonly edition: Edition;
  readonly view: TrajectView;
  /** The draft of a question answered by a value; unused by record kinds. */
  readonly value: AnswerValue;
  readonly onChange: (value: AnswerValue) => void;
  readonly labelId: string;
  readonly describedBy?: string | undefined;
  /** The id of the editor's first field. */
  readonly id: string;
  readonly newId: () => string;
  /** The soft-max advice of a list, from the rules. */
  readonly softMaxWarning?: string | undefined;
}

export function QuestionEditor(props: QuestionEditorProps) {
  const t = useT();
  const { question, bouwsteen, edition, view, value, onChange, labelId, describedBy, id, newId } = props;
  const common = { labelId, describedBy, id };
  const input = question.input;
  switch (input.kind) {
    case 'text':
      return <TextEditor {...common} input={input} value={valueAs(value, 'text')} onChange={onChange} />;
    case 'longText':
      return <LongTextEditor {...common} input={input} value={valueAs(value, 'text')} onChange={onChange} />;
    case 'reflection':
      return (
        <ReflectionEditor {...common} input={input} value={valueAs(value, 'text')} onChange={onChange} />
      );
    case 'list':
      return (
        <ListEditor
          {...common}
          items={valueAs(value, 'list').items}
          onChange={(items) => onChange({ kind: 'list', items })}
          itemLabel={input.itemLabel}
          newId={newId}
          softMaxWarning={props.softMaxWarning}
        />
      );
    case 'veranderverhaal':
      return (
        <ListEditor
          {...common}
          items={valueAs(value, 'list').items}
          onChange={(items) => onChange({ kind: 'list', items })}
          itemLabel={t('werkbladen.veranderverhaal.element')}
          newId={newId}
        />
      );
    case 'roleSplit':
    case 'beforeNow':
    case 'keepImprove':
    case 'dosDonts':
      return <FieldsEditor {...common} input={input} value={valueAs(value, 'fields')} onChange={onChange} />;
    case 'qualityTable':
      return (
        <QualityTableEditor {...common} input={input} value={valueAs(value, 'fields')} onChange={onChange} />
      );
    case 'table':
      return <TableEditor {...common} input={input} value={valueAs(value, 'table')} onChange={onChange} />;
    case 'checklist':
      return (
        <ChecklistEditor {...common} input={input} value={valueAs(value, 'checklist')} onChange={onChange} />
      );
    case 'frequency':
      return (
        <FrequencyEditor {...common} input={input} value={valueAs(value, 'frequency')} onChange={onChange} />
      );
    case 'grades':
      return (
        <GradesEditor
          {...common}
          input={input}
          value={valueAs(value, 'grades')}
          onChange={onChange}
          partners={view.partners.map((p) => ({ id: p.id, naam: p.organisatie }))}
          tip={question.guidance.find((g) => g.kind === 'tip')?.text.join(' ')}
        />
      );
    case 'prioritering': {
      const elements: Element[] = input.from.flatMap((from) => {
        const source = findQuestion(edition, from)?.question;
        const categorie =
          source?.input.kind === 'veranderverhaal'
            ? t(`werkbladen.veranderverhaal.${source.input.category}`)
            : (source?.shortLabel ?? from);
        return listEntriesOf(view, from).map((e) => ({ id: e.id, text: e.text, categorie }));
      });
      return (
        <PrioriteringEditor
          {...common}
          input={input}
          value={valueAs(value, 'priority')}
          onChange={onChange}
          elements={elements}
        />
      );
    }
    case 'indicators':
      return <IndicatorsEditor {...common} question={question} input={input} view={view} />;
    case 'actions':
      return <ActionsEditor {...common} question={question} bouwsteen={bouwsteen} view={view} />;
    case 'activityMatrix':
      return (
        <ActivityMatrixEditor
          {...common}
          input={input}
          edition={edition}
          view={view}
          linksToResults={question.crossRef?.question === input.resultsFrom}
        />
      );
    case 'partnerOverview':
      return <PartnerOverview {...common} input={input} view={view} />;
    default: {
      // A kind added to the content schema without an editor fails to compile here.
      const unhandled: never = input;
      throw new Error(`no editor for ${JSON.stringify(unhandled)}`);
    }
  }
}
