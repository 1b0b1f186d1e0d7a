import { describe, expect, it } from 'vitest';
import { entitySchemas, type EntityKind } from '../../../shared/domain/model.ts';
import { TrajectIdSchema } from '../../../shared/domain/ids.ts';
import {
  aTraject,
  checklist,
  fields,
  frequency,
  grades,
  list,
  priority,
  table,
  text,
} from '../../../shared/testing/builders.ts';
import { FakeClock } from '../../../shared/testing/fake-clock.ts';
import { SequenceIds } from '../../../shared/testing/sequence-ids.ts';

function full() {
  return aTraject()
    .withAnswer('2.ambitie', text('Alle jongeren voelen zich veilig'))
    .withAnswer('1B.ambities', list('Veilig', 'Gezond'))
    .withAnswer('4.kwaliteit', fields({ deskundigheid: 'Training' }))
    .withAnswer('3A.tabel', table({ rij: { kolom: 'x' } }))
    .withAnswer('0B.lv.cijfers', grades({ deelnemer: 'GGD', thema: 'relatie', cijfer: 7 }))
    .withAnswer('3A.prioriteit', priority(['k1', 'p1'], ['k1']))
    .withAnswer(
      '0B.lv.afspraken',
      frequency({ interval: 3, unit: 'maanden' }, { volgendeDatum: '2026-04-01' }),
    )
    .withAnswer('6.checklist', checklist({ a: 'ja', b: 'deels' }))
    .withPartner({ organisatie: 'GGD', rollen: ['uitvoering'] })
    .withIndicator({ naam: 'Meldingen' }, [{ datum: '2026-01-01', waarde: 4 }])
    .withActiviteit({ naam: 'Spreekuur' })
    .withReflectie({ status: 'afgerond' })
    .withReflectie()
    .withActie({ deadline: '2026-03-01' })
    .withOverleg();
}

describe('aTraject()', () => {
  it('builds records that every schema of the model accepts', () => {
    const built = full().build();
    const pairs: [EntityKind, readonly unknown[]][] = [
      ['traject', [built.traject]],
      ['antwoord', built.antwoorden],
      ['partner', built.partners],
      ['indicator', built.indicatoren],
      ['meting', built.metingen],
      ['activiteit', built.activiteiten],
      ['reflectie', built.reflecties],
      ['actie', built.acties],
      ['overleg', built.overleggen],
    ];
    for (const [kind, records] of pairs) {
      expect(records.length, kind).toBeGreaterThan(0);
      for (const record of records) expect(entitySchemas[kind].parse(record)).toEqual(record);
    }
  });

  it('links every record to the traject and metingen to their indicator', () => {
    const built = full().withTraject({ id: 'traject-eigen' }).build();
    const all = [built.antwoorden, built.partners, built.indicatoren, built.metingen, built.acties].flat();
    expect(all.every((r) => r.trajectId === 'traject-eigen')).toBe(true);
    expect(built.metingen[0]?.indicatorId).toBe(built.indicatoren[0]?.id);
  });

  it('gives the same ids on every run', () => {
    expect(full().build()).toEqual(full().build());
    expect(full().build().partners[0]?.id).toBe('partner-000001');
  });

  it('raises the revision when a question is answered again', () => {
    const built = aTraject()
      .withAnswer('2.ambitie', text('Eerst'))
      .withAnswer('2.ambitie', text('Daarna'))
      .build();
    expect(built.antwoorden).toHaveLength(1);
    expect(built.antwoorden[0]).toMatchObject({
      revisie: 2,
      value: text('Daarna'),
      id: 'traject-000001.2.ambitie',
    });
  });

  it('closes a finished reflectie on its own day', () => {
    const built = aTraject().withReflectie({ status: 'afgerond', datum: '2026-05-04' }).build();
    expect(built.reflecties[0]).toMatchObject({
      status: 'afgerond',
      afgerondOp: '2026-05-04T17:00:00+01:00',
    });
  });

  it('stamps records with a FakeClock when given one', () => {
    const clock = new FakeClock('2026-09-01T08:00:00Z');
    const built = aTraject({}, clock).withAnswer('2.ambitie', text('x')).build();
    expect(built.traject.aangemaakt).toBe('2026-09-01T08:00:00.000Z');
    expect(built.antwoorden[0]?.gewijzigd).toBe('2026-09-01T08:00:00.000Z');
  });

  it('refuses invalid input, naming the record', () => {
    expect(() => aTraject().withPartner({ email: 'geen e-mailadres' }).build()).toThrow(/partner 1/);
    expect(() => aTraject().withAnswer('geen vraag-id', text('x')).build()).toThrow(/antwoord geen vraag-id/);
  });

  it('builds a repository snapshot with versions', () => {
    const snapshot = full().buildSnapshot('7');
    expect(snapshot.traject.version).toBe('7');
    expect(snapshot.partners.every((p) => p.version === '7')).toBe(true);
    expect(snapshot.problems).toEqual([]);
  });
});

describe('FakeClock', () => {
  it('stands still, and can be set and advanced', () => {
    const clock = new FakeClock('2026-03-28T12:00:00Z');
    expect(clock.now().toISOString()).toBe('2026-03-28T12:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2026-03-28T12:00:00.000Z');
    clock.advance({ days: 1, hours: 2, minutes: 3, seconds: 4, ms: 5 });
    expect(clock.now().toISOString()).toBe('2026-03-29T14:03:04.005Z');
    clock.advance(-5);
    expect(clock.now().toISOString()).toBe('2026-03-29T14:03:04.000Z');
    clock.set('2027-01-01T00:00:00+01:00');
    expect(clock.now().toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('cannot be moved by mutating a date it returned', () => {
    const clock = new FakeClock('2026-01-01T00:00:00Z');
    clock.now().setUTCFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2026);
  });

  it('rejects an instant that is not one', () => {
    expect(() => new FakeClock('gisteren')).toThrow(RangeError);
  });
});

describe('SequenceIds', () => {
  it('counts up deterministically, UUID-shaped by default', () => {
    const ids = new SequenceIds();
    expect([ids.next(), ids.next()]).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000002',
    ]);
    ids.reset();
    expect(ids.next()).toBe('00000000-0000-4000-8000-000000000001');
  });

  it('makes ids the domain accepts, even with a one-letter prefix', () => {
    const ids = new SequenceIds({ prefix: 't', start: 41 });
    const id = ids.next();
    expect(id).toBe('t-000041');
    expect(TrajectIdSchema.safeParse(id).success).toBe(true);
    expect(TrajectIdSchema.safeParse(new SequenceIds().next()).success).toBe(true);
    expect(() => new SequenceIds({ prefix: 'met spatie' })).toThrow(RangeError);
  });
});
