import { bouwsteen0A } from './bouwsteen-0a.ts';
import { bouwsteen0B } from './bouwsteen-0b.ts';
import { bouwsteen1A } from './bouwsteen-1a.ts';
import { bouwsteen1B } from './bouwsteen-1b.ts';
import { bouwsteen2 } from './bouwsteen-2.ts';
import { bouwsteen3A } from './bouwsteen-3a.ts';
import { bouwsteen3B } from './bouwsteen-3b.ts';
import { bouwsteen4 } from './bouwsteen-4.ts';
import { bouwsteen5 } from './bouwsteen-5.ts';
import { bouwsteen6 } from './bouwsteen-6.ts';
import type { BouwsteenInput } from '../schema.ts';

/** The shared questions of the kwaliteitskompas (from seed 003 without its theme advice), in order. */
export const basisBouwstenen: readonly BouwsteenInput[] = [
  bouwsteen0A,
  bouwsteen0B,
  bouwsteen1A,
  bouwsteen1B,
  bouwsteen2,
  bouwsteen3A,
  bouwsteen3B,
  bouwsteen4,
  bouwsteen5,
  bouwsteen6,
];
