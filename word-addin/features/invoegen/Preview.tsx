/**
 * The document model as the pane shows it before inserting: text only, rendered by React (never
 * HTML into Word, never HTML strings into the page), so it reads like the template in Word.
 */
import type { ReactNode } from 'react';
import type {
  Block,
  BulletList,
  CellBlock,
  ContentControl,
  ControlBlock,
  KompasDocument,
  Paragraph,
  Run,
  Table,
} from '../../../shared/document/document-model.ts';
import { useT } from '../../app/i18n.ts';
import { usePreviewStyles } from './Preview.styles.ts';

function Runs({ runs }: { readonly runs: readonly Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        if (r.type === 'link') {
          return (
            <a key={i} href={r.url} target="_blank" rel="noreferrer noopener">
              {r.text}
            </a>
          );
        }
        let node: ReactNode = r.text;
        if (r.italic === true) node = <em>{node}</em>;
        if (r.bold === true) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function P({ block }: { readonly block: Paragraph }) {
  const styles = usePreviewStyles();
  return (
    <p className={styles.paragraph}>
      <Runs runs={block.runs} />
    </p>
  );
}

function Bullets({ block }: { readonly block: BulletList }) {
  const styles = usePreviewStyles();
  return (
    <ul className={styles.list}>
      {block.items.map((runs, i) => (
        <li key={i}>
          <Runs runs={runs} />
        </li>
      ))}
    </ul>
  );
}

function TableView({ table }: { readonly table: Table<CellBlock> }) {
  const styles = usePreviewStyles();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={i} scope="col" className={styles.cell}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {table.columns.map((_, c) => (
              <td key={c} className={styles.cell}>
                {(row[c]?.blocks ?? []).map((b, i) => (
                  <CellContent key={i} block={b} />
                ))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellContent({ block }: { readonly block: CellBlock }) {
  return block.type === 'control' ? <Control control={block} /> : <ControlContent block={block} />;
}

function ControlContent({ block }: { readonly block: ControlBlock }) {
  switch (block.type) {
    case 'paragraph':
      return <P block={block} />;
    case 'bullets':
      return <Bullets block={block} />;
    case 'table':
      return <TableView table={block} />;
  }
}

function Control({ control }: { readonly control: ContentControl }) {
  const t = useT();
  const styles = usePreviewStyles();
  const label = control.locks.contentLocked
    ? t('word.preview.lockedControl', { titel: control.title })
    : t('word.preview.control', { titel: control.title });
  return (
    <div role="group" aria-label={label} className={styles.control}>
      <p className={styles.controlTitle} aria-hidden>
        {control.title}
      </p>
      {control.value.length === 0 ? (
        <p className={styles.placeholder}>{control.placeholder}</p>
      ) : (
        control.value.map((b, i) => <ControlContent key={i} block={b} />)
      )}
    </div>
  );
}

function BlockView({ block }: { readonly block: Block }) {
  const styles = usePreviewStyles();
  switch (block.type) {
    case 'heading':
      // The pane's own headings are h1 and h2; the template's start below them.
      if (block.level === 1) return <h3 className={styles.heading1}>{block.text}</h3>;
      if (block.level === 2) return <h4 className={styles.heading2}>{block.text}</h4>;
      return <h5 className={styles.heading3}>{block.text}</h5>;
    case 'paragraph':
      return <P block={block} />;
    case 'bullets':
      return <Bullets block={block} />;
    case 'note':
      return (
        <aside className={styles.note} aria-label={block.label}>
          {block.label !== undefined && (
            <p className={styles.paragraph}>
              <strong>{block.label}</strong>
            </p>
          )}
          {block.blocks.map((b, i) =>
            b.type === 'paragraph' ? <P key={i} block={b} /> : <Bullets key={i} block={b} />,
          )}
        </aside>
      );
    case 'control':
      return <Control control={block} />;
    case 'table':
      return <TableView table={block} />;
  }
}

export function Preview({ document, id }: { readonly document: KompasDocument; readonly id: string }) {
  const t = useT();
  const styles = usePreviewStyles();
  return (
    // Focusable, so the long preview scrolls with the keyboard.
    <section id={id} aria-label={t('word.preview.label')} className={styles.root} tabIndex={0}>
      {document.blocks.map((b, i) => (
        <BlockView key={i} block={b} />
      ))}
    </section>
  );
}
