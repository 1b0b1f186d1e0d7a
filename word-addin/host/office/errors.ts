/**
 * Office's errors as typed values. `Word.run` rejects with an `OfficeExtension.Error` whose `code`
 * is one of Word's error codes (AccessDenied on a protected document, GeneralException …); we read
 * the code only (the message is English and may quote document text) and keep nothing else.
 */
import { z } from 'zod';

/** Word.ErrorCodes and OfficeExtension.ErrorCodes that a task pane can meet. */
export const officeErrorCodes = [
  'AccessDenied',
  'ActivityLimitReached',
  'ApiNotFound',
  'ConnectionFailure',
  'GeneralException',
  'InvalidArgument',
  'InvalidObjectPath',
  'InvalidRequestContext',
  'ItemNotFound',
  'NotAllowed',
  'NotImplemented',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
] as const;
export type OfficeErrorCode = (typeof officeErrorCodes)[number];

/** Ours: Office said nothing we know, or a requirement set the operation needs is missing. */
export type WordErrorCode = OfficeErrorCode | 'RequirementMissing' | 'Unknown';

export class WordError extends Error {
  readonly code: WordErrorCode;
  /** Office's code as it came, for diagnostics when `code` is Unknown. */
  readonly officeCode: string | undefined;

  constructor(code: WordErrorCode, options: { readonly officeCode?: string; readonly cause?: unknown } = {}) {
    super(
      `Word: ${code}${options.officeCode !== undefined && options.officeCode !== code ? ` (${options.officeCode})` : ''}`,
      {
        cause: options.cause,
      },
    );
    this.name = 'WordError';
    this.code = code;
    this.officeCode = options.officeCode;
  }
}

const officeErrorShape = z.looseObject({ code: z.string() });
const knownCode = z.enum(officeErrorCodes);

/** Any rejection of `Word.run` as a WordError. */
export function toWordError(error: unknown): WordError {
  if (error instanceof WordError) return error;
  const shape = officeErrorShape.safeParse(error);
  if (!shape.success) return new WordError('Unknown', { cause: error });
  const code = knownCode.safeParse(shape.data.code);
  return new WordError(code.success ? code.data : 'Unknown', { officeCode: shape.data.code, cause: error });
}

export function isWordError(error: unknown, code?: WordErrorCode): error is WordError {
  return error instanceof WordError && (code === undefined || error.code === code);
}
