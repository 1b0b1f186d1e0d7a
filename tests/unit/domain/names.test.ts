import { describe, expect, it } from 'vitest';
import { IndicatorSchema, PartnerSchema, TrajectSchema } from '../../../shared/domain/model.ts';

describe('names', () => {
  const organisatie = PartnerSchema.shape.organisatie;

  it('are one line: runs of white space, line breaks included, become one space', () => {
    expect(organisatie.parse('  GGD\t\tVoorbeeld\r\nregio  ')).toBe('GGD Voorbeeld regio');
    expect(organisatie.parse('a\u2028b\u2029c\u00a0d')).toBe('a b c d');
    expect(TrajectSchema.shape.naam.parse('Samen\n\ntegen')).toBe('Samen tegen');
    expect(IndicatorSchema.shape.naam.parse('Meldingen  CSG')).toBe('Meldingen CSG');
  });

  it('keep every other character as typed', () => {
    const hostile = '<script>alert("x")</script> & Ω 🧒 \u202eRTL';
    expect(organisatie.parse(hostile)).toBe(hostile);
  });

  it('must have a visible character and at most 255 after collapsing', () => {
    expect(organisatie.safeParse(' \t\n ').success).toBe(false);
    expect(organisatie.safeParse('x'.repeat(256)).success).toBe(false);
    expect(organisatie.parse(`${'x'.repeat(255)}\n\n`)).toHaveLength(255);
  });
});
