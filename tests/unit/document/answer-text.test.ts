import { describe, expect, it } from 'vitest';
import { findQuestion } from '../../../shared/content/queries.ts';
import type { Question } from '../../../shared/content/schema.ts';
import {
  answerToText,
  formatTag,
  parseTag,
  textToAnswer,
  type TextToAnswerResult,
} from '../../../shared/document/answer-text.ts';
import type { AnswerValue } from '../../../shared/domain/answer.ts';
import { isKompasError } from '../../../shared/domain/errors.ts';
import { entry, fields, list, text } from '../../../shared/testing/builders.ts';
import { syntheticEdition } from './synthetic-edition.ts';

function question(id: string): Question {
  const found = findQuestion(syntheticEdition, id);
  if (found === undefined) throw new Error(`no question ${id}`);
  return found.question;
}

function ok(result: TextToAnswerResult): AnswerValue {
  if (result.ok === undefined) throw new Error(`unsupported: ${result.unsupported}`);
  return result.ok;
}

describe('tags', () => {
  it('formats and parses traject, blank and field tags', () => {
    const tag = formatTag({ owner: 'traject-0000aa01', question: '1B.rollen', field: 'beleid' });
    expect(tag).toBe('kompas:traject-0000aa01:1B.rollen#beleid');
    expect(parseTag(tag)).toEqual({ owner: 'traject-0000aa01', question: '1B.rollen', field: 'beleid' });
    expect(parseTag('kompas:blanco:2.ambitie')).toEqual({ owner: 'blanco', question: '2.ambitie' });
  });

  it.each([
    'Titel',
    'kompas',
    'kompas:blanco',
    'kompas:blanco:',
    'kompas:blanco:7.ambitie',
    'kompas:blanco:2.ambitie#',
    'kompas:blanco:2.ambitie#a#b',
    'kompas:kort:2.ambitie',
    'kompas:traject-0000aa01:2.ambitie:extra',
    'KOMPAS:blanco:2.ambitie',
    'kompas:<w:p>:2.ambitie',
  ])('rejects the foreign or malformed tag %j', (raw) => {
    expect(parseTag(raw)).toBeUndefined();
  });

  it('refuses to format a tag from bad parts', () => {
    let error: unknown;
    try {
      formatTag({ owner: 'x', question: '2.ambitie' });
    } catch (e) {
      error = e;
    }
    expect(isKompasError(error, 'Validation')).toBe(true);
  });
});

describe('answerToText and textToAnswer', () => {
  it('round-trips long text line by line, normalising CR and dropping trailing empty paragraphs', () => {
    const q = question('0A.vraagstuk');
    expect(answerToText(q, text('een\ntwee'))).toBe('een\ntwee');
    expect(ok(textToAnswer(q, 'een\r\ntwee\rdrie\n\n'))).toEqual(text('een\ntwee\ndrie'));
  });

  it('keeps a one-line answer on one line', () => {
    expect(ok(textToAnswer(question('0A.naam'), 'Samen\nsterk'))).toEqual(text('Samen sterk'));
  });

  it('keeps the ids of unchanged and edited-in-place entries, and numbers new ones after the question', () => {
    const q = question('1B.ambities');
    const previous = list(
      entry('a1', 'Veilig opgroeien'),
      entry('a2', 'Gezond leven'),
      entry('a3', 'Meedoen'),
    );
    expect(answerToText(q, previous)).toBe('Veilig opgroeien\nGezond leven\nMeedoen');
    // Moved line, edited line, deleted line, new line.
    const result = ok(
      textToAnswer(q, 'Meedoen\nGezond leven en bewegen\n\n  Kansrijk opgroeien  ', previous),
    );
    expect(result).toEqual(
      list(
        entry('a3', 'Meedoen'),
        entry('a2', 'Gezond leven en bewegen'),
        entry('1b-ambities-1', 'Kansrijk opgroeien'),
      ),
    );
  });

  it('keeps the id of the entry a reworded line still resembles, even after a deletion above it', () => {
    const q = question('2.resultaten');
    const previous = list(
      entry('r1', 'Minder pesten op school'),
      entry('r2', 'Meer jongeren voelen zich veilig'),
    );
    expect(ok(textToAnswer(q, 'Meer jongeren voelen zich veilig op straat', previous))).toEqual(
      list(entry('r2', 'Meer jongeren voelen zich veilig op straat')),
    );
  });

  it('gives duplicate lines their own ids', () => {
    const q = question('1B.ambities');
    const previous = list(entry('x1', 'Zelfde'), entry('x2', 'Zelfde'));
    expect(ok(textToAnswer(q, 'Zelfde\nZelfde', previous))).toEqual(previous);
  });

  it('uses a given id generator for new entries', () => {
    const q = question('3A.kennis');
    let n = 0;
    const ids = { next: () => `uuid-${++n}` };
    expect(ok(textToAnswer(q, 'Nieuw', undefined, { ids }))).toEqual(list(entry('uuid-1', 'Nieuw')));
  });

  it('writes one field of a field kind and keeps the others', () => {
    const q = question('1B.rollen');
    const previous = fields({ praktijk: 'Scholen', beleid: 'Subsidie' });
    expect(answerToText(q, previous, 'beleid')).toBe('Subsidie');
    expect(answerToText(q, previous)).toBe('Uitvoerende praktijk: Scholen\nFinancier/beleid: Subsidie');
    expect(ok(textToAnswer(q, 'Beleid\nen geld', previous, { field: 'beleid' }))).toEqual(
      fields({ praktijk: 'Scholen', beleid: 'Beleid\nen geld' }),
    );
  });

  it('treats quality-table rows as fields', () => {
    expect(ok(textToAnswer(question('4.kwaliteit'), 'Ja', undefined, { field: 'deskundigheid' }))).toEqual(
      fields({ deskundigheid: 'Ja' }),
    );
  });

  it('says why it cannot turn text into an answer', () => {
    expect(textToAnswer(question('2.indicatoren'), 'x')).toEqual({ unsupported: 'notTextLike' });
    expect(textToAnswer(question('6.lv.afspraken'), 'x')).toEqual({ unsupported: 'notTextLike' });
    expect(textToAnswer(question('1B.rollen'), 'x')).toEqual({ unsupported: 'fieldRequired' });
    expect(textToAnswer(question('1B.rollen'), 'x', undefined, { field: 'onbekend' })).toEqual({
      unsupported: 'unknownField',
    });
    expect(textToAnswer(question('0A.vraagstuk'), 'x', undefined, { field: 'praktijk' })).toEqual({
      unsupported: 'fieldNotExpected',
    });
  });

  it('ignores a previous value of another shape', () => {
    const q = question('1B.ambities');
    expect(answerToText(q, text('geen lijst'))).toBe('');
    expect(ok(textToAnswer(q, 'Een', text('geen lijst')))).toEqual(list(entry('1b-ambities-1', 'Een')));
  });
});
