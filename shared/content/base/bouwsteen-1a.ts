import type { BouwsteenInput } from '../schema.ts';

// Placeholder until the content of bouwsteen 1A is transcribed.
export const bouwsteen1A: BouwsteenInput = { id: '1A', nummer: 1, title: 'Bouwsteen 1A', sheets: [] };
