/** The conflict panel for a record edited on a worksheet: keep mine or take theirs (records have no merge). */
import type { ReactNode } from 'react';
import {
  parseEntity,
  parseStored,
  type Conflict,
  type Outbox,
} from '../../../../shared/application/index.ts';
import type { EntityKind, EntityMap } from '../../../../shared/domain/model.ts';
import { ConflictPanel } from '../ConflictPanel.tsx';
import { useT } from '../../../app/index.ts';

export interface RecordConflictProps<K extends EntityKind> {
  readonly id: string;
  readonly kind: K;
  readonly conflict: Conflict;
  readonly outbox: Pick<Outbox, 'resolveConflict'>;
  readonly render: (record: EntityMap[K]) => ReactNode;
  /** Theirs became the record on screen. */
  readonly onTheirs: (record: EntityMap[K]) => void;
}

export function RecordConflict<K extends EntityKind>({
  id,
  kind,
  conflict,
  outbox,
  render,
  onTheirs,
}: RecordConflictProps<K>) {
  const t = useT();
  const parsedMine = conflict.mine.op === 'save' ? parseEntity(kind, conflict.mine.entity) : undefined;
  const mine = parsedMine?.success === true ? parsedMine.data : undefined;
  const theirs = conflict.theirs === undefined ? undefined : parseStored(kind, conflict.theirs);
  return (
    <ConflictPanel
      id={id}
      mine={mine === undefined ? undefined : render(mine)}
      theirs={
        theirs === undefined
          ? undefined
          : { label: t('werkbladen.conflict.theirsRecord'), body: render(theirs) }
      }
      onKeepMine={() => outbox.resolveConflict(conflict.key, 'mine')}
      onTakeTheirs={async () => {
        await outbox.resolveConflict(conflict.key, 'theirs');
        if (theirs !== undefined) onTheirs(theirs);
      }}
    />
  );
}
