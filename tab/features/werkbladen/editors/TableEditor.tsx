/** A table with fixed rows and columns (kwaliteitsmodel step 3): a field in every cell. */
import { Input } from '@fluentui/react-components';
import type { AnswerValueOf } from '../../../../shared/domain/answer.ts';
import { useT } from '../../../app/index.ts';
import type { InputOf } from '../values.ts';
import { useEditorStyles } from './editors.styles.ts';
import type { EditorProps } from './types.ts';

function withCell(
  value: AnswerValueOf<'table'>,
  row: string,
  column: string,
  text: string,
): AnswerValueOf<'table'> {
  return { kind: 'table', cells: { ...value.cells, [row]: { ...value.cells[row], [column]: text } } };
}

export function TableEditor({
  input,
  value,
  onChange,
  labelId,
  describedBy,
  id,
}: EditorProps<'table', InputOf<'table'>>) {
  const t = useT();
  const styles = useEditorStyles();
  return (
    // On a narrow screen the table scrolls sideways in its box; its fields keep it reachable by keyboard.
    <div role="group" aria-labelledby={labelId} aria-describedby={describedBy} className={styles.scroll}>
      <table className={styles.table} aria-labelledby={labelId}>
        <thead>
          <tr>
            <td />
            {input.columns.map((c) => (
              <th key={c.id} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {input.rows.map((r, ri) => (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              {input.columns.map((c, ci) => (
                <td key={c.id}>
                  <Input
                    id={ri === 0 && ci === 0 ? id : undefined}
                    className={styles.cellInput}
                    aria-label={t('werkbladen.table.cell', { rij: r.label, kolom: c.label })}
                    value={value.cells[r.id]?.[c.id] ?? ''}
                    onChange={(_, data) => onChange(withCell(value, r.id, c.id, data.value))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
