/** Input from a host is `unknown` until parsed; what is wrong becomes a Validation error with issues. */
import type { z } from 'zod';
import { KompasError } from '../domain/errors.ts';
import { issueLines } from './changes.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new KompasError('Validation', `${what} is invalid`, { issues: issueLines(result.error) });
  }
  return result.data;
}

export function invalid(what: string, ...issues: string[]): KompasError {
  return new KompasError('Validation', `${what} is invalid`, { issues });
}
