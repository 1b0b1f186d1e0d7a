import type { BouwsteenInput } from '../schema.ts';

// Placeholder until the content of bouwsteen 1B is transcribed.
export const bouwsteen1B: BouwsteenInput = { id: '1B', nummer: 1, title: 'Bouwsteen 1B', sheets: [] };
