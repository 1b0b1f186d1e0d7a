import type { BouwsteenInput } from '../schema.ts';

// Placeholder until the content of bouwsteen 4 is transcribed.
export const bouwsteen4: BouwsteenInput = { id: '4', nummer: 4, title: 'Bouwsteen 4', sheets: [] };
