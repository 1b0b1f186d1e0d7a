import type { BouwsteenInput } from '../schema.ts';

// Placeholder until the content of bouwsteen 6 is transcribed.
export const bouwsteen6: BouwsteenInput = { id: '6', nummer: 6, title: 'Bouwsteen 6', sheets: [] };
