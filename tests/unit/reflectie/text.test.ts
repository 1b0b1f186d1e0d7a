import { describe, expect, it } from 'vitest';
import { findQuestion, getEdition } from '../../../shared/content/index.ts';
import type { Question } from '../../../shared/content/schema.ts';
import type { ListEntry } from '../../../shared/domain/answer.ts';
import { answerLines, answerText, type AnswerWords } from '../../../shared/domain/reflectie/text.ts';
import {
  checklist,
  entry,
  fields,
  frequency,
  grades,
  list,
  priority,
  table,
  text,
} from '../../../shared/testing/builders.ts';

function question(edition: 'sgg' | 'kwaliteitsmodel', id: string): Question {
  const found = findQuestion(getEdition(edition), id);
  if (found === undefined) throw new Error(`${id} is not in ${edition}`);
  return found.question;
}

const PARTNER_ID = '5f0c3a1e-8d2b-4c6a-9e7f-1a2b3c4d5e6f';

describe('an answer as the text people wrote', () => {
  it('keeps text, list entries and labelled fields as written, without empty lines', () => {
    expect(answerLines(text('Eerste regel\r\n\r\nTweede regel'))).toEqual(['Eerste regel', 'Tweede regel']);
    expect(answerLines(list('Gezond opgroeien', ' ', 'Minder uitval'))).toEqual([
      'Gezond opgroeien',
      'Minder uitval',
    ]);
    const rol = question('sgg', '4.eigen-rol');
    expect(answerLines(fields({ financierBeleid: 'Subsidie', uitvoerendePraktijk: '  ' }), rol)).toEqual([
      'Financier/beleid: Subsidie',
    ]);
  });

  describe('a prioritering', () => {
    const prioriteit = question('sgg', '3A.prioriteit');
    const lists: Readonly<Record<string, readonly ListEntry[]>> = {
      '3A.kennis': list(
        entry('kennis-op-tijd', 'Begin op tijd: een doorlopende leerlijn vanaf groep 1.'),
        entry('kennis-mannen', 'Betrek jongens en mannen.'),
      ).items,
      '3A.principes': list(entry('principe-samen', 'Partners werken samen rond het kind.')).items,
      // Not one of the lists 3A.prioriteit orders: its entries must not be used.
      '2.ambities': list(entry('ambitie-1', 'Een ambitie')).items,
    };
    const words: AnswerWords = { listEntries: (id) => lists[id] ?? [] };

    it('names the elements by their texts, most important first, with the explanation', () => {
      const value = priority(['principe-samen', 'kennis-op-tijd'], ['principe-samen'], 'Samen eerst.');
      expect(answerLines(value, prioriteit, words)).toEqual([
        'Partners werken samen rond het kind.',
        'Begin op tijd: een doorlopende leerlijn vanaf groep 1.',
        'Samen eerst.',
      ]);
    });

    it('leaves out elements it cannot find rather than show their ids', () => {
      const value = priority(['kennis-weg', 'ambitie-1', 'kennis-mannen']);
      expect(answerLines(value, prioriteit, words)).toEqual(['Betrek jongens en mannen.']);
      expect(answerText(priority(['kennis-op-tijd'], [], 'Toelichting'), prioriteit)).toBe('Toelichting');
    });
  });

  describe('grades', () => {
    const cijfers = question('sgg', '0B.lv.cijfers');
    const value = grades(
      { deelnemer: PARTNER_ID, thema: 'relatie', cijfer: 8, toelichting: 'Veel vertrouwen.' },
      { deelnemer: 'Wijkteam Noord', thema: 'relatie', cijfer: 6 },
    );

    it('names a partner by its organisation and anyone else by the name given', () => {
      const words: AnswerWords = {
        partnerName: (id) => (id === PARTNER_ID ? 'GGD Voorbeeldregio' : undefined),
      };
      expect(answerLines(value, cijfers, words)).toEqual([
        'GGD Voorbeeldregio, Relatie: 8 (Veel vertrouwen.)',
        'Wijkteam Noord, Relatie: 6',
      ]);
    });

    it('shows what was stored when no partner has the id', () => {
      expect(answerLines(value, cijfers)[0]).toBe(`${PARTNER_ID}, Relatie: 8 (Veel vertrouwen.)`);
    });
  });

  describe('a rhythm', () => {
    const value = frequency(
      { interval: 1, unit: 'jaren' },
      { organisator: 'De GGD', volgendeDatum: '2027-02-09', afspraken: 'Na de monitor.' },
    );

    it('reads the rhythm and the next date in Dutch by default', () => {
      const lines = answerLines(value);
      expect(lines).toEqual(['Elk jaar', 'De GGD', '9 februari 2027', 'Na de monitor.']);
      expect(lines.join('\n')).not.toContain('2027-02-09');
    });

    it('reads them in the language asked for', () => {
      const every3Months = frequency({ interval: 3, unit: 'maanden' }, { volgendeDatum: '2026-11-30' });
      expect(answerLines(every3Months, undefined, { locale: 'en' })).toEqual([
        'Every 3 months',
        '30 November 2026',
      ]);
      expect(answerLines(every3Months, undefined, { locale: 'nl' })).toEqual([
        'Elke 3 maanden',
        '30 november 2026',
      ]);
    });

    it('has no lines when nothing was agreed', () => {
      expect(answerLines(frequency())).toEqual([]);
    });
  });

  it('names a table cell by its row and column labels', () => {
    const spelers = question('kwaliteitsmodel', '3B.km-spelers');
    const value = table({ activiteiten: { burgers: 'Vrijwilligers', voorzieningen: ' ' } });
    expect(answerLines(value, spelers)).toEqual(['Activiteiten / Burgers: Vrijwilligers']);
    expect(answerLines(value)).toEqual(['activiteiten / burgers: Vrijwilligers']);
  });

  it('names checklist items by their text', () => {
    const vragen = question('kwaliteitsmodel', '4.km-checklist');
    expect(answerLines(checklist({ effectiviteit: 'deels' }, 'Nog uitzoeken'), vragen)).toEqual([
      'Hebben de voorzieningen zicht op de effectiviteit van hun interventies en methoden? Wat werkt?: deels',
      'Nog uitzoeken',
    ]);
  });

  it('joins the lines into one text, empty for no answer', () => {
    expect(answerText(undefined)).toBe('');
    expect(answerText(list('a', 'b'))).toBe('a\nb');
  });
});
