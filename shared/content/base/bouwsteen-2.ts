import type { BouwsteenInput } from '../schema.ts';

// Placeholder until the content of bouwsteen 2 is transcribed.
export const bouwsteen2: BouwsteenInput = { id: '2', nummer: 2, title: 'Bouwsteen 2', sheets: [] };
