/**
 * The document model → WordprocessingML: a Flat OPC package for `Word.Range.insertOoxml`, and
 * the parts of a complete .docx. Styles are referenced by the built-in ids (Heading1 …,
 * ListParagraph) so inserted content takes on the municipality's own house style.
 */
import type {
  Block,
  BulletList,
  CellBlock,
  ContentControl,
  ControlBlock,
  KompasDocument,
  Note,
  Paragraph,
  Run,
  Table,
} from './document-model.ts';
import { el, join, text, XML_DECLARATION, type Xml } from './xml.ts';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  pkg: 'http://schemas.microsoft.com/office/2006/xmlPackage',
  cp: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  app: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
} as const;

const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  numbering: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  core: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  app: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
} as const;

export const CONTENT_TYPE = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
} as const;

/** Style ids. Heading1–3, ListParagraph, Title, Hyperlink and PlaceholderText are Word's built-in ids. */
export const STYLE = {
  title: 'Title',
  heading: { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' },
  list: 'ListParagraph',
  note: 'KompasNotitie',
  table: 'KompasTabel',
  hyperlink: 'Hyperlink',
  placeholder: 'PlaceholderText',
} as const;

const BULLET_NUM_ID = 1;
/** Bullets inside table cells, with a small indent: cells are narrow. */
const CELL_BULLET_NUM_ID = 2;
/** A4 (11906 twips) less two margins of 2.5 cm (1418 twips). */
const PAGE = { width: 11906, height: 16838, margin: 1418 } as const;
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const LANGUAGE = 'nl-NL';

/** Only web links become hyperlinks; anything else stays visible text and is never a relationship target. */
const webUrl = /^https?:\/\/[^\s"<>\\^`{|}]+$/i;

export interface PackagePart {
  /** Part name in the package, with a leading slash: `/word/document.xml`. */
  readonly name: string;
  readonly contentType: string;
  readonly xml: string;
}

interface Hyperlink {
  readonly id: string;
  readonly url: string;
}

/** 31-bit FNV-1a: control ids that differ between tags, so a second insertion rarely collides. */
function hash31(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 1 || 1;
}

/** Writes the body; collects the hyperlinks it needs as relationships. */
class BodyWriter {
  private readonly controlIds = new Set<number>();
  private readonly links = new Map<string, Hyperlink>();
  private cellDepth = 0;

  get hyperlinks(): readonly Hyperlink[] {
    return [...this.links.values()];
  }

  blocks(blocks: readonly Block[]): Xml {
    return join(blocks.map((b) => this.block(b)));
  }

  private block(b: Block): Xml {
    switch (b.type) {
      case 'heading':
        return this.paragraph([{ type: 'text', text: b.text }], { style: STYLE.heading[b.level] });
      case 'paragraph':
        return this.paragraph(b.runs);
      case 'bullets':
        return this.bullets(b, STYLE.list);
      case 'note':
        return this.note(b);
      case 'control':
        return this.control(b);
      case 'table':
        return this.table(b);
    }
  }

  title(s: string): Xml {
    return this.paragraph([{ type: 'text', text: s }], { style: STYLE.title });
  }

  paragraph(runs: readonly Run[], p: { style?: string; bullet?: number; keepNext?: boolean } = {}): Xml {
    const pPr = join([
      p.style === undefined ? ('' as Xml) : el('w:pStyle', { 'w:val': p.style }),
      p.keepNext ? el('w:keepNext') : ('' as Xml),
      p.bullet === undefined
        ? ('' as Xml)
        : el('w:numPr', {}, el('w:ilvl', { 'w:val': 0 }), el('w:numId', { 'w:val': p.bullet })),
    ]);
    return el('w:p', {}, pPr === '' ? ('' as Xml) : el('w:pPr', {}, pPr), ...runs.map((r) => this.run(r)));
  }

  private run(r: Run): Xml {
    if (r.type === 'link') {
      if (!webUrl.test(r.url)) return runXml(r.text, {});
      let link = this.links.get(r.url);
      if (link === undefined) {
        link = { id: `rIdLink${this.links.size + 1}`, url: r.url };
        this.links.set(r.url, link);
      }
      return el(
        'w:hyperlink',
        { 'r:id': link.id, 'w:history': 1 },
        runXml(r.text, { style: STYLE.hyperlink }),
      );
    }
    return runXml(r.text, { bold: r.bold === true, italic: r.italic === true });
  }

  private bullets(b: BulletList, style: string): Xml {
    const inCell = this.cellDepth > 0;
    return join(
      b.items.map((runs) =>
        this.paragraph(runs, inCell ? { bullet: CELL_BULLET_NUM_ID } : { style, bullet: BULLET_NUM_ID }),
      ),
    );
  }

  private note(n: Note): Xml {
    const parts: Xml[] = [];
    if (n.label !== undefined) {
      parts.push(
        this.paragraph([{ type: 'text', text: n.label, bold: true }], { style: STYLE.note, keepNext: true }),
      );
    }
    for (const b of n.blocks) {
      parts.push(
        b.type === 'paragraph' ? this.paragraph(b.runs, { style: STYLE.note }) : this.bullets(b, STYLE.note),
      );
    }
    return join(parts);
  }

  private controlId(tag: string): number {
    let id = hash31(tag);
    while (this.controlIds.has(id)) id = id >= 0x7fffffff ? 1 : id + 1;
    this.controlIds.add(id);
    return id;
  }

  private control(c: ContentControl): Xml {
    const empty = c.value.length === 0;
    const lock =
      c.locks.contentLocked && c.locks.controlLocked
        ? 'sdtContentLocked'
        : c.locks.contentLocked
          ? 'contentLocked'
          : c.locks.controlLocked
            ? 'sdtLocked'
            : undefined;
    const sdtPr = el(
      'w:sdtPr',
      {},
      el('w:alias', { 'w:val': c.title }),
      el('w:tag', { 'w:val': c.tag }),
      el('w:id', { 'w:val': this.controlId(c.tag) }),
      lock === undefined ? ('' as Xml) : el('w:lock', { 'w:val': lock }),
      empty ? el('w:showingPlcHdr') : ('' as Xml),
    );
    const content = empty
      ? el('w:p', {}, runXml(c.placeholder, { style: STYLE.placeholder }))
      : join(c.value.map((b) => this.controlBlock(b)));
    return el('w:sdt', {}, sdtPr, el('w:sdtContent', {}, content));
  }

  private controlBlock(b: ControlBlock): Xml {
    switch (b.type) {
      case 'paragraph':
        return this.paragraph(b.runs);
      case 'bullets':
        return this.bullets(b, STYLE.list);
      case 'table':
        return this.table(b);
    }
  }

  private cellBlock(b: CellBlock): Xml {
    return b.type === 'control' ? this.control(b) : this.controlBlock(b);
  }

  private table(t: Table<CellBlock> | Table<Paragraph | BulletList>): Xml {
    const total = t.columns.reduce((sum, c) => sum + c.weight, 0) || 1;
    const widths = t.columns.map((c) => Math.floor((TEXT_WIDTH * c.weight) / total));
    const border = (name: string) =>
      el(name, { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': 'auto' });
    const tblPr = el(
      'w:tblPr',
      {},
      el('w:tblStyle', { 'w:val': STYLE.table }),
      el('w:tblW', { 'w:w': 5000, 'w:type': 'pct' }),
      el(
        'w:tblBorders',
        {},
        border('w:top'),
        border('w:left'),
        border('w:bottom'),
        border('w:right'),
        border('w:insideH'),
        border('w:insideV'),
      ),
      el('w:tblLayout', { 'w:type': 'fixed' }),
      el('w:tblLook', {
        'w:val': '04A0',
        'w:firstRow': 1,
        'w:lastRow': 0,
        'w:firstColumn': 1,
        'w:lastColumn': 0,
        'w:noHBand': 0,
        'w:noVBand': 1,
      }),
    );
    const grid = el('w:tblGrid', {}, ...widths.map((w) => el('w:gridCol', { 'w:w': w })));
    const tcPr = (i: number, header: boolean) =>
      el(
        'w:tcPr',
        {},
        el('w:tcW', { 'w:w': widths[i] ?? 0, 'w:type': 'dxa' }),
        header ? el('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': 'E7E6E6' }) : ('' as Xml),
      );
    // The header row repeats on every page (tblHeader); bold, not only shading, marks it.
    const headerRow = el(
      'w:tr',
      {},
      el('w:trPr', {}, el('w:cantSplit'), el('w:tblHeader')),
      ...t.columns.map((c, i) =>
        el(
          'w:tc',
          {},
          tcPr(i, true),
          this.paragraph(c.header === '' ? [] : [{ type: 'text', text: c.header, bold: true }]),
        ),
      ),
    );
    const rows = t.rows.map((row) =>
      el(
        'w:tr',
        {},
        ...t.columns.map((_, i) => {
          const blocks: readonly CellBlock[] = row[i]?.blocks ?? [];
          const last = blocks[blocks.length - 1];
          // Word refuses a cell that does not end in a paragraph (docx-rs#918).
          const closing = last === undefined || last.type !== 'paragraph' ? emptyParagraph() : ('' as Xml);
          this.cellDepth++;
          const content = blocks.map((b) => this.cellBlock(b));
          this.cellDepth--;
          return el('w:tc', {}, tcPr(i, false), ...content, closing);
        }),
      ),
    );
    return el('w:tbl', {}, tblPr, grid, headerRow, ...rows);
  }
}

/** A paragraph that takes (almost) no room: closes table cells. */
function emptyParagraph(): Xml {
  return el(
    'w:p',
    {},
    el(
      'w:pPr',
      {},
      el('w:spacing', { 'w:before': 0, 'w:after': 0, 'w:line': 20, 'w:lineRule': 'exact' }),
      el('w:rPr', {}, el('w:sz', { 'w:val': 2 })),
    ),
  );
}

/** A run; tabs become `w:tab`, line breaks `w:br`, and spaces are kept (`xml:space="preserve"`). */
function runXml(s: string, style: { bold?: boolean; italic?: boolean; style?: string }): Xml {
  const rPr = el(
    'w:rPr',
    {},
    style.style === undefined ? ('' as Xml) : el('w:rStyle', { 'w:val': style.style }),
    style.bold ? el('w:b') : ('' as Xml),
    style.italic ? el('w:i') : ('' as Xml),
    el('w:lang', { 'w:val': LANGUAGE }),
  );
  const content: Xml[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer !== '') content.push(el('w:t', { 'xml:space': 'preserve' }, text(buffer)));
    buffer = '';
  };
  for (const ch of s.replace(/\r\n?/g, '\n')) {
    if (ch === '\t') {
      flush();
      content.push(el('w:tab'));
    } else if (ch === '\n') {
      flush();
      content.push(el('w:br'));
    } else {
      buffer += ch;
    }
  }
  flush();
  return el('w:r', {}, rPr, ...content);
}

function relationships(
  rels: readonly { id: string; type: string; target: string; external?: boolean }[],
): Xml {
  return el(
    'Relationships',
    { xmlns: NS.rels },
    ...rels.map((r) =>
      el('Relationship', {
        Id: r.id,
        Type: r.type,
        Target: r.target,
        TargetMode: r.external ? 'External' : undefined,
      }),
    ),
  );
}

/** Which style definitions a package carries. */
type StyleSet = 'insert' | 'docx';

function stylesXml(set: StyleSet): Xml {
  const lang = el('w:lang', { 'w:val': LANGUAGE, 'w:eastAsia': 'en-US', 'w:bidi': 'ar-SA' });
  const style = (
    type: 'paragraph' | 'character' | 'table' | 'numbering',
    id: string,
    name: string,
    props: {
      default?: boolean;
      basedOn?: string;
      next?: string;
      ui?: number;
      pPr?: Xml[];
      rPr?: Xml[];
      tblPr?: Xml[];
    },
  ) =>
    el(
      'w:style',
      { 'w:type': type, 'w:styleId': id, 'w:default': props.default ? 1 : undefined },
      el('w:name', { 'w:val': name }),
      props.basedOn === undefined ? ('' as Xml) : el('w:basedOn', { 'w:val': props.basedOn }),
      props.next === undefined ? ('' as Xml) : el('w:next', { 'w:val': props.next }),
      props.ui === undefined ? ('' as Xml) : el('w:uiPriority', { 'w:val': props.ui }),
      type === 'paragraph' || type === 'character' ? el('w:qFormat') : ('' as Xml),
      props.pPr === undefined ? ('' as Xml) : el('w:pPr', {}, ...props.pPr),
      props.rPr === undefined ? ('' as Xml) : el('w:rPr', {}, ...props.rPr),
      props.tblPr === undefined ? ('' as Xml) : el('w:tblPr', {}, ...props.tblPr),
    );
  const heading = (level: 1 | 2 | 3, before: number, size: number) =>
    style('paragraph', STYLE.heading[level], `heading ${level}`, {
      basedOn: 'Normal',
      next: 'Normal',
      ui: 9,
      pPr: [
        el('w:keepNext'),
        el('w:keepLines'),
        el('w:spacing', { 'w:before': before, 'w:after': 120 }),
        el('w:outlineLvl', { 'w:val': level - 1 }),
      ],
      rPr: [el('w:b'), el('w:bCs'), el('w:sz', { 'w:val': size }), el('w:szCs', { 'w:val': size }), lang],
    });
  const cellMargins = el(
    'w:tblCellMar',
    {},
    el('w:top', { 'w:w': 0, 'w:type': 'dxa' }),
    el('w:left', { 'w:w': 108, 'w:type': 'dxa' }),
    el('w:bottom', { 'w:w': 0, 'w:type': 'dxa' }),
    el('w:right', { 'w:w': 108, 'w:type': 'dxa' }),
  );
  const border = (name: string) =>
    el(name, { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': 'auto' });
  const ours = [
    heading(1, 360, 32),
    heading(2, 240, 28),
    heading(3, 200, 24),
    style('paragraph', STYLE.list, 'List Paragraph', {
      basedOn: 'Normal',
      ui: 34,
      pPr: [el('w:ind', { 'w:left': 720 }), el('w:contextualSpacing')],
    }),
    style('paragraph', STYLE.note, 'Kompas notitie', {
      basedOn: 'Normal',
      ui: 29,
      pPr: [
        el('w:pBdr', {}, el('w:left', { 'w:val': 'single', 'w:sz': 24, 'w:space': 8, 'w:color': '595959' })),
        el('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': 'F2F2F2' }),
        el('w:spacing', { 'w:after': 60 }),
        el('w:ind', { 'w:left': 284, 'w:right': 284 }),
      ],
      rPr: [lang],
    }),
    style('character', STYLE.hyperlink, 'Hyperlink', {
      ui: 99,
      rPr: [el('w:color', { 'w:val': '0563C1' }), el('w:u', { 'w:val': 'single' })],
    }),
    style('character', STYLE.placeholder, 'Placeholder Text', {
      ui: 99,
      rPr: [el('w:i'), el('w:color', { 'w:val': '595959' })],
    }),
    style('table', STYLE.table, 'Kompas tabel', {
      basedOn: 'TableNormal',
      ui: 59,
      pPr: [el('w:spacing', { 'w:before': 40, 'w:after': 40 })],
      rPr: [el('w:sz', { 'w:val': 20 }), el('w:szCs', { 'w:val': 20 })],
      tblPr: [
        el(
          'w:tblBorders',
          {},
          border('w:top'),
          border('w:left'),
          border('w:bottom'),
          border('w:right'),
          border('w:insideH'),
          border('w:insideV'),
        ),
      ],
    }),
  ];
  if (set === 'insert') {
    // Only our own styles: a Normal in inserted OOXML can overwrite the document's own
    // (office-js-docs#272), and Word ignores docDefaults on insertion anyway.
    return el('w:styles', { 'xmlns:w': NS.w }, ...ours);
  }
  const docDefaults = el(
    'w:docDefaults',
    {},
    el(
      'w:rPrDefault',
      {},
      el(
        'w:rPr',
        {},
        el('w:rFonts', {
          'w:ascii': 'Calibri',
          'w:hAnsi': 'Calibri',
          'w:eastAsia': 'Calibri',
          'w:cs': 'Calibri',
        }),
        el('w:sz', { 'w:val': 22 }),
        el('w:szCs', { 'w:val': 22 }),
        lang,
      ),
    ),
    el(
      'w:pPrDefault',
      {},
      el('w:pPr', {}, el('w:spacing', { 'w:after': 120, 'w:line': 264, 'w:lineRule': 'auto' })),
    ),
  );
  return el(
    'w:styles',
    { 'xmlns:w': NS.w },
    docDefaults,
    style('paragraph', 'Normal', 'Normal', { default: true, rPr: [lang] }),
    style('character', 'DefaultParagraphFont', 'Default Paragraph Font', { default: true, ui: 1 }),
    el(
      'w:style',
      { 'w:type': 'table', 'w:default': 1, 'w:styleId': 'TableNormal' },
      el('w:name', { 'w:val': 'Normal Table' }),
      el('w:uiPriority', { 'w:val': 99 }),
      el('w:semiHidden'),
      el('w:tblPr', {}, el('w:tblInd', { 'w:w': 0, 'w:type': 'dxa' }), cellMargins),
    ),
    el(
      'w:style',
      { 'w:type': 'numbering', 'w:default': 1, 'w:styleId': 'NoList' },
      el('w:name', { 'w:val': 'No List' }),
      el('w:uiPriority', { 'w:val': 99 }),
      el('w:semiHidden'),
    ),
    style('paragraph', STYLE.title, 'Title', {
      basedOn: 'Normal',
      next: 'Normal',
      ui: 10,
      pPr: [el('w:spacing', { 'w:after': 240 }), el('w:contextualSpacing')],
      rPr: [el('w:sz', { 'w:val': 48 }), el('w:szCs', { 'w:val': 48 }), lang],
    }),
    ...ours,
  );
}

function numberingXml(): Xml {
  const bullet = (id: number, left: number, hanging: number) =>
    el(
      'w:abstractNum',
      { 'w:abstractNumId': id },
      el('w:multiLevelType', { 'w:val': 'singleLevel' }),
      el(
        'w:lvl',
        { 'w:ilvl': 0 },
        el('w:start', { 'w:val': 1 }),
        el('w:numFmt', { 'w:val': 'bullet' }),
        el('w:lvlText', { 'w:val': '•' }),
        el('w:lvlJc', { 'w:val': 'left' }),
        el('w:pPr', {}, el('w:ind', { 'w:left': left, 'w:hanging': hanging })),
      ),
    );
  // abstractNum elements come before num elements (CT_Numbering).
  return el(
    'w:numbering',
    { 'xmlns:w': NS.w },
    bullet(0, 720, 360),
    bullet(1, 227, 227),
    el('w:num', { 'w:numId': BULLET_NUM_ID }, el('w:abstractNumId', { 'w:val': 0 })),
    el('w:num', { 'w:numId': CELL_BULLET_NUM_ID }, el('w:abstractNumId', { 'w:val': 1 })),
  );
}

function settingsXml(): Xml {
  return el(
    'w:settings',
    { 'xmlns:w': NS.w },
    el('w:zoom', { 'w:percent': 100 }),
    // Word then strips author names from the file when someone saves it (Woo publication).
    el('w:removePersonalInformation'),
    el('w:defaultTabStop', { 'w:val': 708 }),
    el('w:characterSpacingControl', { 'w:val': 'doNotCompress' }),
    el(
      'w:compat',
      {},
      el('w:compatSetting', {
        'w:name': 'compatibilityMode',
        'w:uri': 'http://schemas.microsoft.com/office/word',
        'w:val': 15,
      }),
    ),
    el('w:themeFontLang', { 'w:val': LANGUAGE }),
    el('w:decimalSymbol', { 'w:val': ',' }),
    el('w:listSeparator', { 'w:val': ';' }),
  );
}

interface WordParts {
  readonly document: Xml;
  readonly documentRels: Xml;
}

function wordParts(doc: KompasDocument, variant: StyleSet): WordParts {
  const writer = new BodyWriter();
  const body: Xml[] = [];
  if (variant === 'docx') body.push(writer.title(doc.meta.title));
  body.push(writer.blocks(doc.blocks));
  if (variant === 'docx') {
    const last = doc.blocks[doc.blocks.length - 1];
    // The body ends in a paragraph, as Word's own documents do.
    if (last === undefined || (last.type !== 'paragraph' && last.type !== 'heading')) body.push(el('w:p'));
    body.push(
      el(
        'w:sectPr',
        {},
        el('w:pgSz', { 'w:w': PAGE.width, 'w:h': PAGE.height }),
        el('w:pgMar', {
          'w:top': PAGE.margin,
          'w:right': PAGE.margin,
          'w:bottom': PAGE.margin,
          'w:left': PAGE.margin,
          'w:header': 709,
          'w:footer': 709,
          'w:gutter': 0,
        }),
        el('w:cols', { 'w:space': 708 }),
      ),
    );
  }
  const document = el('w:document', { 'xmlns:w': NS.w, 'xmlns:r': NS.r }, el('w:body', {}, ...body));
  const documentRels = relationships([
    { id: 'rIdStyles', type: REL.styles, target: 'styles.xml' },
    { id: 'rIdNumbering', type: REL.numbering, target: 'numbering.xml' },
    ...(variant === 'docx' ? [{ id: 'rIdSettings', type: REL.settings, target: 'settings.xml' }] : []),
    ...writer.hyperlinks.map((l) => ({ id: l.id, type: REL.hyperlink, target: l.url, external: true })),
  ]);
  return { document, documentRels };
}

/**
 * A Flat OPC package for `Word.Range.insertOoxml`: the package relationship, the main document
 * and the parts it refers to (styles, numbering, hyperlinks). Section properties are left out so
 * the content takes the section it lands in.
 */
export function toFlatOpc(doc: KompasDocument): string {
  const { document, documentRels } = wordParts(doc, 'insert');
  const part = (name: string, contentType: string, xml: Xml, padding?: number) =>
    el(
      'pkg:part',
      { 'pkg:name': name, 'pkg:contentType': contentType, 'pkg:padding': padding },
      el('pkg:xmlData', {}, xml),
    );
  const pkg = el(
    'pkg:package',
    { 'xmlns:pkg': NS.pkg },
    part(
      '/_rels/.rels',
      CONTENT_TYPE.rels,
      relationships([{ id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' }]),
      512,
    ),
    part('/word/document.xml', CONTENT_TYPE.document, document),
    part('/word/_rels/document.xml.rels', CONTENT_TYPE.rels, documentRels, 256),
    part('/word/styles.xml', CONTENT_TYPE.styles, stylesXml('insert')),
    part('/word/numbering.xml', CONTENT_TYPE.numbering, numberingXml()),
  );
  // The processing instruction lets the same text open in Word as a file, for checking by eye.
  return `${XML_DECLARATION}<?mso-application progid="Word.Document"?>\n${pkg}`;
}

export interface DocxProperties {
  readonly title: string;
  readonly subject: string;
  /** W3CDTF instant for created/modified; left out when absent. */
  readonly created?: string;
}

/** Every part of a complete .docx, `[Content_Types].xml` first. */
export function toDocxParts(doc: KompasDocument, props: DocxProperties): PackagePart[] {
  const { document, documentRels } = wordParts(doc, 'docx');
  const parts: { name: string; contentType: string; xml: Xml }[] = [
    { name: '/word/document.xml', contentType: CONTENT_TYPE.document, xml: document },
    { name: '/word/_rels/document.xml.rels', contentType: CONTENT_TYPE.rels, xml: documentRels },
    { name: '/word/styles.xml', contentType: CONTENT_TYPE.styles, xml: stylesXml('docx') },
    { name: '/word/numbering.xml', contentType: CONTENT_TYPE.numbering, xml: numberingXml() },
    { name: '/word/settings.xml', contentType: CONTENT_TYPE.settings, xml: settingsXml() },
    { name: '/docProps/core.xml', contentType: CONTENT_TYPE.core, xml: coreXml(props) },
    { name: '/docProps/app.xml', contentType: CONTENT_TYPE.app, xml: appXml() },
    {
      name: '/_rels/.rels',
      contentType: CONTENT_TYPE.rels,
      xml: relationships([
        { id: 'rId1', type: REL.officeDocument, target: 'word/document.xml' },
        { id: 'rId2', type: REL.core, target: 'docProps/core.xml' },
        { id: 'rId3', type: REL.app, target: 'docProps/app.xml' },
      ]),
    },
  ];
  const contentTypes = el(
    'Types',
    { xmlns: NS.contentTypes },
    el('Default', { Extension: 'rels', ContentType: CONTENT_TYPE.rels }),
    el('Default', { Extension: 'xml', ContentType: 'application/xml' }),
    ...parts
      .filter((p) => !p.name.endsWith('.rels'))
      .map((p) => el('Override', { PartName: p.name, ContentType: p.contentType })),
  );
  return [
    { name: '/[Content_Types].xml', contentType: '', xml: `${XML_DECLARATION}${contentTypes}` },
    ...parts.map((p) => ({ name: p.name, contentType: p.contentType, xml: `${XML_DECLARATION}${p.xml}` })),
  ];
}

/** Creator "Kompas" and no lastModifiedBy: the document names no person (Woo). */
function coreXml(props: DocxProperties): Xml {
  return el(
    'cp:coreProperties',
    { 'xmlns:cp': NS.cp, 'xmlns:dc': NS.dc, 'xmlns:dcterms': NS.dcterms, 'xmlns:xsi': NS.xsi },
    el('dc:title', {}, text(props.title)),
    el('dc:subject', {}, text(props.subject)),
    el('dc:creator', {}, text('Kompas')),
    el('dc:language', {}, text(LANGUAGE)),
    props.created === undefined
      ? ('' as Xml)
      : join([
          el('dcterms:created', { 'xsi:type': 'dcterms:W3CDTF' }, text(props.created)),
          el('dcterms:modified', { 'xsi:type': 'dcterms:W3CDTF' }, text(props.created)),
        ]),
  );
}

function appXml(): Xml {
  return el(
    'Properties',
    { xmlns: NS.app },
    el('Application', {}, text('Kompas')),
    el('DocSecurity', {}, text('0')),
  );
}
