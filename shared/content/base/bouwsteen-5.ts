import type { BouwsteenInput } from '../schema.ts';

// Placeholder until the content of bouwsteen 5 is transcribed.
export const bouwsteen5: BouwsteenInput = { id: '5', nummer: 5, title: 'Bouwsteen 5', sheets: [] };
