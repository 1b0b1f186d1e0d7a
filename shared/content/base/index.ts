import type { BouwsteenInput } from '../schema.ts';

/** The shared questions of the kwaliteitskompas (from seed 003 without its theme advice), in order. */
export const basisBouwstenen: readonly BouwsteenInput[] = [];
