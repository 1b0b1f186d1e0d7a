import type { BouwsteenInput } from '../schema.ts';

// Placeholder until the content of bouwsteen 3A is transcribed.
export const bouwsteen3A: BouwsteenInput = { id: '3A', nummer: 3, title: 'Bouwsteen 3A', sheets: [] };
