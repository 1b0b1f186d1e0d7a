/** What every use case works with: the ports, wired once by each host's main. */
import type { Edition, EditionId } from '../content/schema.ts';
import type { IdGenerator } from '../domain/ids.ts';
import type { Clock } from '../domain/time.ts';
import type { HostUser } from '../ports/host-context.ts';
import type { TrajectRepository } from '../ports/traject-repository.ts';
import type { Outbox } from './outbox.ts';

export interface AppContext {
  readonly repository: TrajectRepository;
  /** Every edit goes through the outbox, so it is kept until the store has it. */
  readonly outbox: Pick<Outbox, 'enqueue' | 'known' | 'pending'>;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Recorded as author (`auteur`, `aangemaaktDoor`). */
  readonly user: Pick<HostUser, 'upn'>;
  /** The content of an edition: `getEdition` in the hosts, a small synthetic one in tests. */
  readonly edition: (id: EditionId) => Edition;
}
