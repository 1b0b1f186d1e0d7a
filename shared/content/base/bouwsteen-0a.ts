import type { BouwsteenInput } from '../schema.ts';

// Placeholder until the content of bouwsteen 0A is transcribed.
export const bouwsteen0A: BouwsteenInput = { id: '0A', nummer: 0, title: 'Bouwsteen 0A', sheets: [] };
