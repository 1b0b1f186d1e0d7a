/** Records, a small edition and a wired outbox for the application tests. */
import type { Outbox, OutboxOptions } from '../../../shared/application/outbox.ts';
import { Outbox as OutboxClass } from '../../../shared/application/outbox.ts';
import {
  EditionSchema,
  type Edition,
  type EditionId,
  type EditionInput,
  type SheetItemInput,
} from '../../../shared/content/schema.ts';
import type { AnswerValue } from '../../../shared/domain/answer.ts';
import { TrajectIdSchema, type TrajectId } from '../../../shared/domain/ids.ts';
import {
  AnswerSchema,
  PartnerSchema,
  TrajectSchema,
  antwoordId,
  type Answer,
  type Partner,
  type Traject,
} from '../../../shared/domain/model.ts';
import { InMemoryTrajectRepository } from '../../../shared/testing/in-memory-repository.ts';
import { ManualScheduler, MemoryPendingStore, ScriptedRepository } from './fakes.ts';

export const trajectId: TrajectId = TrajectIdSchema.parse('traject-0001');

export function aTraject(props: Partial<Traject> = {}): Traject {
  return TrajectSchema.parse({
    id: trajectId,
    naam: 'Samen tegen grensoverschrijdend gedrag',
    gemeente: 'Voorbeeldstad',
    editie: 'sgg',
    aangemaakt: '2026-03-01T10:00:00Z',
    ...props,
  });
}

export function anAnswer(questionId: string, value: AnswerValue, props: Partial<Answer> = {}): Answer {
  return AnswerSchema.parse({
    id: antwoordId(trajectId, questionId),
    trajectId,
    questionId,
    value,
    auteur: 'anna@voorbeeldstad.nl',
    gewijzigd: '2026-03-02T09:00:00Z',
    revisie: 1,
    ...props,
  });
}

export const textAnswer = (questionId: string, text: string, props: Partial<Answer> = {}) =>
  anAnswer(questionId, { kind: 'text', text }, props);

export function aPartner(id: string, organisatie: string): Partner {
  return PartnerSchema.parse({ id, trajectId, organisatie });
}

type QuestionItem = Extract<SheetItemInput, { type: 'question' }>;

const question = (id: string, input: QuestionItem['input']): QuestionItem => ({
  type: 'question',
  id,
  prompt: `Vraag ${id}?`,
  shortLabel: `Vraag ${id}`,
  input,
});

function edition(id: EditionId, withDoelgroepen: boolean): Edition {
  const input: EditionInput = {
    id,
    version: '0.0.1',
    title: `Testeditie ${id}`,
    publisher: 'Kompas tests',
    sources: ['tests/unit/application/fixtures.ts'],
    bouwstenen: [
      {
        id: '1B',
        nummer: 1,
        title: 'Ambities',
        sheets: [
          {
            id: '1B/ambities',
            title: 'Ambities',
            kind: 'werkblad',
            items: [question('1B.ambities', { kind: 'list', itemLabel: 'Ambitie', softMax: 3 })],
          },
        ],
      },
      {
        id: '2',
        nummer: 2,
        title: 'Maatschappelijke resultaten',
        sheets: [
          {
            id: '2/resultaten',
            title: 'Resultaten',
            kind: 'werkblad',
            items: [
              question('2.ambitie', { kind: 'longText' }),
              ...(withDoelgroepen ? [question('2.doelgroepen', { kind: 'longText' })] : []),
              question('2.resultaten', { kind: 'list', itemLabel: 'Maatschappelijk resultaat' }),
              question('2.indicatoren', { kind: 'indicators', scope: 'maatschappelijk-resultaat', slots: 3 }),
            ],
          },
        ],
      },
    ],
  };
  return EditionSchema.parse(input);
}

/** `sgg` has 2.doelgroepen, `algemeen` does not: switching editions hides that answer. */
export const editions: Record<EditionId, Edition> = {
  sgg: edition('sgg', true),
  algemeen: edition('algemeen', false),
  kwaliteitsmodel: edition('kwaliteitsmodel', false),
};

export interface Rig {
  readonly scheduler: ManualScheduler;
  readonly store: MemoryPendingStore;
  readonly memory: InMemoryTrajectRepository;
  readonly repository: ScriptedRepository;
  outbox: Outbox;
  /** A new page over the same store and repository: the old outbox is gone, the new one restores. */
  reload(options?: OutboxOptions): Promise<Outbox>;
}

export async function rig(options: OutboxOptions = {}): Promise<Rig> {
  const scheduler = new ManualScheduler();
  const store = new MemoryPendingStore();
  const memory = new InMemoryTrajectRepository();
  await memory.save('traject', aTraject());
  const repository = new ScriptedRepository(memory, scheduler);
  const ports = { repository, store, scheduler, clock: scheduler.clock };
  const outbox = await OutboxClass.open(ports, options);
  const r: Rig = {
    scheduler,
    store,
    memory,
    repository,
    outbox,
    async reload(next = options) {
      r.outbox.dispose();
      r.outbox = await OutboxClass.open(ports, next);
      return r.outbox;
    },
  };
  return r;
}
