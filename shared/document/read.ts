/**
 * Reads content controls back from a .docx (or any WordprocessingML text, such as a Flat OPC
 * package): tag → text. A small streaming XML reader of our own keeps the core free of DOM and
 * parser dependencies; it resolves namespaces, so a document that spells prefixes differently
 * (another editor, strict OOXML) reads the same.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Edition } from '../content/schema.ts';
import { findQuestion } from '../content/queries.ts';
import { isFilled, type AnswerValue } from '../domain/answer.ts';
import { KompasError } from '../domain/errors.ts';
import type { IdGenerator } from '../domain/ids.ts';
import {
  BLANK_OWNER,
  parseTag,
  textToAnswer,
  type KompasTag,
  type UnsupportedReason,
} from './answer-text.ts';

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const REL_NAMESPACE = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT_TYPES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
]);
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

// ---------------------------------------------------------------------------------------------
// A minimal XML reader: elements, attributes, character data, CDATA; comments, processing
// instructions and the declaration are skipped. DOCTYPE is refused (no entity expansion).

interface Name {
  readonly ns: string;
  readonly local: string;
}

interface StartTag {
  readonly kind: 'start';
  readonly name: Name;
  readonly attrs: ReadonlyMap<string, string>;
  readonly selfClosing: boolean;
}
interface EndTag {
  readonly kind: 'end';
  readonly name: Name;
}
interface CharData {
  readonly kind: 'text';
  readonly text: string;
}
type XmlEvent = StartTag | EndTag | CharData;

function malformed(reason: string, at: number): never {
  throw new KompasError('Validation', `not well-formed XML at ${at}: ${reason}`);
}

const predefined: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string, at: number): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, amp);
    const semi = s.indexOf(';', amp);
    if (semi < 0) malformed('unterminated entity', at + amp);
    const name = s.slice(amp + 1, semi);
    if (name.startsWith('#')) {
      const hex = name[1] === 'x';
      const digits = name.slice(hex ? 2 : 1);
      const code = Number.parseInt(digits, hex ? 16 : 10);
      if (digits === '' || Number.isNaN(code) || code > 0x10ffff)
        malformed('bad character reference', at + amp);
      out += String.fromCodePoint(code);
    } else {
      const ch = predefined[name];
      if (ch === undefined) malformed(`unknown entity &${name};`, at + amp);
      out += ch;
    }
    i = semi + 1;
  }
  return out;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** Streams the events of a document, resolving element and attribute names to namespace + local name. */
function* xmlEvents(xml: string): Generator<XmlEvent> {
  const scopes: ReadonlyMap<string, string>[] = [new Map([['xml', XML_NAMESPACE]])];
  const open: string[] = [];
  let i = 0;
  const resolve = (qname: string, scope: ReadonlyMap<string, string>, isAttr: boolean, at: number): Name => {
    const colon = qname.indexOf(':');
    if (colon < 0) return { ns: isAttr ? '' : (scope.get('') ?? ''), local: qname };
    const ns = scope.get(qname.slice(0, colon));
    if (ns === undefined) malformed(`unbound prefix in ${qname}`, at);
    return { ns, local: qname.slice(colon + 1) };
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? xml.length : lt;
    if (end > i) {
      const raw = xml.slice(i, end);
      if (open.length > 0) yield { kind: 'text', text: decodeEntities(raw, i) };
      else if (!raw.split('').every(isSpace)) malformed('text outside the root element', i);
    }
    if (lt < 0) break;
    if (xml.startsWith('<?', lt)) {
      const close = xml.indexOf('?>', lt + 2);
      if (close < 0) malformed('unterminated processing instruction', lt);
      i = close + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const close = xml.indexOf('-->', lt + 4);
      if (close < 0) malformed('unterminated comment', lt);
      i = close + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt + 9);
      if (close < 0) malformed('unterminated CDATA section', lt);
      if (open.length > 0) yield { kind: 'text', text: xml.slice(lt + 9, close) };
      i = close + 3;
    } else if (xml.startsWith('<!', lt)) {
      malformed('DOCTYPE and declarations are not accepted', lt);
    } else if (xml[lt + 1] === '/') {
      const close = xml.indexOf('>', lt);
      if (close < 0) malformed('unterminated end tag', lt);
      const qname = xml.slice(lt + 2, close).trim();
      const expected = open.pop();
      if (expected !== qname) malformed(`</${qname}> does not close <${expected ?? ''}>`, lt);
      const scope = scopes.pop();
      yield { kind: 'end', name: resolve(qname, scope ?? new Map(), false, lt) };
      i = close + 1;
    } else {
      // A start tag: name, then attributes with quoted values (which may contain '>').
      let j = lt + 1;
      while (j < xml.length && !isSpace(xml[j]) && xml[j] !== '>' && xml[j] !== '/') j++;
      const qname = xml.slice(lt + 1, j);
      if (qname === '') malformed('empty element name', lt);
      const rawAttrs: [string, string][] = [];
      let selfClosing = false;
      for (;;) {
        while (isSpace(xml[j])) j++;
        const ch = xml[j];
        if (ch === undefined) malformed('unterminated start tag', lt);
        if (ch === '>') {
          j++;
          break;
        }
        if (ch === '/' && xml[j + 1] === '>') {
          selfClosing = true;
          j += 2;
          break;
        }
        const eq = xml.indexOf('=', j);
        if (eq < 0) malformed('attribute without value', j);
        const attrName = xml.slice(j, eq).trim();
        j = eq + 1;
        while (isSpace(xml[j])) j++;
        const quote = xml[j];
        if (quote !== '"' && quote !== "'") malformed('unquoted attribute value', j);
        const closeQuote = xml.indexOf(quote, j + 1);
        if (closeQuote < 0) malformed('unterminated attribute value', j);
        const rawValue = xml.slice(j + 1, closeQuote);
        if (rawValue.includes('<')) malformed("'<' in attribute value", j);
        // Attribute-value normalisation: literal white space becomes a space; references stay.
        let normalised = '';
        for (const c of rawValue) normalised += c === '\t' || c === '\n' || c === '\r' ? ' ' : c;
        rawAttrs.push([attrName, decodeEntities(normalised, j)]);
        j = closeQuote + 1;
      }
      const parent = scopes[scopes.length - 1] ?? new Map<string, string>();
      let scope: Map<string, string> | undefined;
      for (const [name, value] of rawAttrs) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          scope ??= new Map(parent);
          scope.set(name === 'xmlns' ? '' : name.slice(6), value);
        }
      }
      const elementScope = scope ?? parent;
      const attrs = new Map<string, string>();
      for (const [name, value] of rawAttrs) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
        const resolved = resolve(name, elementScope, true, lt);
        attrs.set(`${resolved.ns} ${resolved.local}`, value);
      }
      yield { kind: 'start', name: resolve(qname, elementScope, false, lt), attrs, selfClosing };
      if (selfClosing) {
        yield { kind: 'end', name: resolve(qname, elementScope, false, lt) };
      } else {
        open.push(qname);
        scopes.push(elementScope);
      }
      i = j;
    }
  }
  if (open.length > 0) malformed(`<${open[open.length - 1] ?? ''}> is not closed`, xml.length);
}

function attr(tag: StartTag, ns: string, local: string): string | undefined {
  return tag.attrs.get(`${ns} ${local}`);
}

function wAttr(tag: StartTag, local: string): string | undefined {
  for (const ns of W_NAMESPACES) {
    const v = attr(tag, ns, local);
    if (v !== undefined) return v;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/** One content control as found in the document. */
export interface ControlReading {
  readonly tag: string;
  readonly title: string;
  /** The control's text: paragraphs joined by "\n", tabs as "\t"; empty while it shows its placeholder. */
  readonly text: string;
  readonly showingPlaceholder: boolean;
  /** `w:lock`: sdtLocked, contentLocked, sdtContentLocked or unlocked. */
  readonly lock: string | undefined;
}

export interface KompasControl extends ControlReading {
  readonly parsedTag: KompasTag;
}

interface OpenControl {
  tag: string;
  title: string;
  showingPlaceholder: boolean;
  lock: string | undefined;
  /** Depth of the w:sdtPr / w:sdtContent we are in, relative to this control. */
  inProperties: boolean;
  inContent: boolean;
  paragraphs: string[];
  current: string;
}

/** Every content control in a WordprocessingML text, in document order (outer before inner). */
export function readControlsFromXml(xml: string): ControlReading[] {
  const done: { order: number; reading: ControlReading }[] = [];
  const stack: { control: OpenControl; order: number }[] = [];
  let order = 0;
  let inText = false;
  let inTabStops = false;
  const isW = (n: Name, local: string) => n.local === local && W_NAMESPACES.has(n.ns);
  // Every open control in whose content we are collects the text, so an outer control holds its inner ones' text.
  const collecting = () => stack.filter((s) => s.control.inContent && !s.control.inProperties);
  const append = (s: string) => {
    for (const { control } of collecting()) control.current += s;
  };

  for (const ev of xmlEvents(xml)) {
    const top = stack[stack.length - 1]?.control;
    if (ev.kind === 'text') {
      if (inText) append(ev.text);
      continue;
    }
    const name = ev.name;
    if (!W_NAMESPACES.has(name.ns)) continue;
    if (ev.kind === 'start') {
      switch (name.local) {
        case 'sdt':
          stack.push({
            order: order++,
            control: {
              tag: '',
              title: '',
              showingPlaceholder: false,
              lock: undefined,
              inProperties: false,
              inContent: false,
              paragraphs: [],
              current: '',
            },
          });
          break;
        case 'sdtPr':
          if (top !== undefined && !top.inContent) top.inProperties = true;
          break;
        case 'sdtContent':
          if (top !== undefined && !top.inContent) top.inContent = true;
          break;
        case 'tag':
          if (top?.inProperties) top.tag = wAttr(ev, 'val') ?? '';
          break;
        case 'alias':
          if (top?.inProperties) top.title = wAttr(ev, 'val') ?? '';
          break;
        case 'lock':
          if (top?.inProperties) top.lock = wAttr(ev, 'val');
          break;
        case 'showingPlcHdr':
          if (top?.inProperties) top.showingPlaceholder = (wAttr(ev, 'val') ?? 'true') !== 'false';
          break;
        case 't':
          inText = true;
          break;
        case 'tabs':
          inTabStops = true;
          break;
        case 'tab':
          // A w:tab inside w:tabs (paragraph properties) is a tab stop, not text.
          if (!inTabStops) append('\t');
          break;
        case 'br':
        case 'cr':
          append('\n');
          break;
        case 'noBreakHyphen':
          append('-');
          break;
      }
      continue;
    }
    // End tags.
    if (isW(name, 't')) inText = false;
    else if (isW(name, 'tabs')) inTabStops = false;
    else if (isW(name, 'sdtPr') && top !== undefined && top.inProperties) top.inProperties = false;
    else if (isW(name, 'p')) {
      for (const { control } of collecting()) {
        control.paragraphs.push(control.current);
        control.current = '';
      }
    } else if (isW(name, 'sdt')) {
      const closed = stack.pop();
      if (closed === undefined) continue;
      const c = closed.control;
      // A run-level control has no paragraph of its own.
      if (c.current !== '' || c.paragraphs.length === 0) c.paragraphs.push(c.current);
      const text = c.paragraphs.join('\n');
      done.push({
        order: closed.order,
        reading: {
          tag: c.tag,
          title: c.title,
          text: c.showingPlaceholder ? '' : text,
          showingPlaceholder: c.showingPlaceholder,
          lock: c.lock,
        },
      });
    }
  }
  return done.sort((a, b) => a.order - b.order).map((d) => d.reading);
}

/** The Kompas controls of a WordprocessingML text; a municipality's own controls are passed over. */
export function readKompasControlsFromXml(xml: string): KompasControl[] {
  return readControlsFromXml(xml).flatMap((c) => {
    const parsedTag = parseTag(c.tag);
    return parsedTag === undefined ? [] : [{ ...c, parsedTag }];
  });
}

/** The main document part of a .docx, found through the package relationships. */
export function mainDocumentXml(docx: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(docx);
  } catch (cause) {
    throw new KompasError('Validation', 'not a .docx (zip) file', { cause });
  }
  const relsFile = files['_rels/.rels'];
  let target = 'word/document.xml';
  if (relsFile !== undefined) {
    for (const ev of xmlEvents(strFromU8(relsFile))) {
      if (ev.kind !== 'start' || ev.name.ns !== REL_NAMESPACE || ev.name.local !== 'Relationship') continue;
      const type = attr(ev, '', 'Type');
      const t = attr(ev, '', 'Target');
      if (type !== undefined && OFFICE_DOCUMENT_TYPES.has(type) && t !== undefined) {
        target = t.startsWith('/') ? t.slice(1) : t;
        break;
      }
    }
  }
  const main = files[target];
  if (main === undefined)
    throw new KompasError('Validation', `the .docx has no main document part (${target})`);
  return strFromU8(main);
}

/** The Kompas content controls of a .docx, tag → text. */
export function readKompasControls(docx: Uint8Array): KompasControl[] {
  return readKompasControlsFromXml(mainDocumentXml(docx));
}

export type ImportSkipReason = UnsupportedReason | 'locked' | 'unknownQuestion' | 'otherTraject';

export interface AnswerImport {
  /** New values for the answers whose text changed in the document. */
  readonly updates: ReadonlyMap<string, AnswerValue>;
  readonly skipped: readonly { readonly tag: string; readonly reason: ImportSkipReason }[];
}

/**
 * The answers an edited document stands for. Only text-like, unlocked controls count; controls
 * of another traject are skipped (a blank template's may be imported into any traject). Fields
 * of one question merge into one value. Unchanged answers are left out, so the caller only
 * saves what someone edited in Word.
 */
export function importAnswers(args: {
  readonly edition: Edition;
  readonly controls: readonly KompasControl[];
  readonly trajectId: string;
  readonly previous: ReadonlyMap<string, AnswerValue>;
  readonly ids?: IdGenerator;
}): AnswerImport {
  const working = new Map<string, AnswerValue>();
  const touched = new Set<string>();
  const skipped: { tag: string; reason: ImportSkipReason }[] = [];
  for (const c of args.controls) {
    const { owner, question: questionId, field } = c.parsedTag;
    if (owner !== args.trajectId && owner !== BLANK_OWNER) {
      skipped.push({ tag: c.tag, reason: 'otherTraject' });
      continue;
    }
    if (c.lock === 'contentLocked' || c.lock === 'sdtContentLocked') {
      skipped.push({ tag: c.tag, reason: 'locked' });
      continue;
    }
    const found = findQuestion(args.edition, questionId);
    if (found === undefined) {
      skipped.push({ tag: c.tag, reason: 'unknownQuestion' });
      continue;
    }
    const before = working.get(questionId) ?? args.previous.get(questionId);
    const result = textToAnswer(found.question, c.text, before, {
      ...(field === undefined ? {} : { field }),
      ...(args.ids === undefined ? {} : { ids: args.ids }),
    });
    if (result.unsupported !== undefined) {
      skipped.push({ tag: c.tag, reason: result.unsupported });
      continue;
    }
    working.set(questionId, result.ok);
    touched.add(questionId);
  }
  const updates = new Map<string, AnswerValue>();
  for (const questionId of touched) {
    const value = working.get(questionId);
    if (value === undefined) continue;
    const prev = args.previous.get(questionId);
    const unchanged = prev === undefined ? !isFilled(value) : JSON.stringify(prev) === JSON.stringify(value);
    if (!unchanged) updates.set(questionId, value);
  }
  return { updates, skipped };
}
