import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listsTable, withListsTable } from '../../../devtools/docs/lists-table.ts';
import { provisionedLists } from '../../../shared/graph/lists/index.ts';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');

describe('the README documents the SharePoint lists provisioning creates', () => {
  it('is up to date with the list definitions (run `npm run docs` when this fails)', () => {
    expect(withListsTable(readme)).toBe(readme);
  });

  it('names every list, column and index', () => {
    const table = listsTable();
    for (const list of provisionedLists) {
      expect(table).toContain(`\`${list.listName}\``);
      for (const column of list.columns) expect(table).toContain(`| \`${column.name}\` |`);
    }
    expect(table).toContain('geïndexeerd, uniek');
  });
});
