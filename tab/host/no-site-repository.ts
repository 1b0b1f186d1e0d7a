/**
 * The store of a tab that has no team site: the personal "Mijn acties" tab reads each of the user's
 * teams through its own repository, and has nothing to read or write here.
 */
import { KompasError } from '../../shared/domain/errors.ts';
import type { TrajectRepository } from '../../shared/ports/traject-repository.ts';

const refuse = (): Promise<never> =>
  Promise.reject(new KompasError('Unsupported', 'this tab has no team site to keep trajecten in'));

export const noSiteRepository: TrajectRepository = {
  listTrajecten: refuse,
  openTraject: refuse,
  save: refuse,
  remove: refuse,
  answerHistory: refuse,
};
