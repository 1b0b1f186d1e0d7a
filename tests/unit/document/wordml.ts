/**
 * Reading WordprocessingML in tests with a real XML parser (@xmldom/xmldom), independent of the
 * renderer's own reader in shared/document/read.ts.
 */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import type { Question } from '../../../shared/content/schema.ts';
import { fieldsOf } from '../../../shared/document/answer-text.ts';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
export const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Parses XML; a well-formedness error fails the test. */
export function parseXml(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(`not well-formed: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
}

export function children(node: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < node.childNodes.length; i++) {
    const c = node.childNodes[i];
    if (c !== undefined && c.nodeType === 1) {
      const e = c as Element;
      if (e.namespaceURI === ns && e.localName === local) out.push(e);
    }
  }
  return out;
}

export function child(node: Element, ns: string, local: string): Element | undefined {
  return children(node, ns, local)[0];
}

export function all(node: Document | Element, local: string, ns = W): Element[] {
  return Array.from(node.getElementsByTagNameNS(ns, local));
}

export function wVal(node: Element | undefined): string | undefined {
  return node?.getAttributeNS(W, 'val') ?? undefined;
}

/** The text of a paragraph or any element: w:t, w:tab as tab, w:br as line break; paragraphs joined by LF. */
export function textOf(node: Element): string {
  const paragraphs = node.namespaceURI === W && node.localName === 'p' ? [node] : all(node, 'p');
  if (paragraphs.length === 0) return runText(node);
  return paragraphs.map(runText).join('\n');
}

function runText(node: Element): string {
  let out = '';
  const walk = (n: Element) => {
    for (let i = 0; i < n.childNodes.length; i++) {
      const c = n.childNodes[i];
      if (c === undefined || c.nodeType !== 1) continue;
      const e = c as Element;
      if (e.namespaceURI === W && e.localName === 't') out += e.textContent ?? '';
      else if (e.namespaceURI === W && e.localName === 'tab') out += '\t';
      else if (e.namespaceURI === W && e.localName === 'br') out += '\n';
      else walk(e);
    }
  };
  walk(node);
  return out;
}

export interface SdtInfo {
  readonly element: Element;
  readonly tag: string;
  readonly alias: string;
  readonly id: string;
  readonly lock: string | undefined;
  readonly showingPlaceholder: boolean;
  readonly text: string;
}

export function controls(doc: Document | Element): SdtInfo[] {
  return all(doc, 'sdt').map((sdt) => {
    const pr = child(sdt, W, 'sdtPr');
    const content = child(sdt, W, 'sdtContent');
    if (pr === undefined || content === undefined) throw new Error('w:sdt without sdtPr or sdtContent');
    return {
      element: sdt,
      tag: wVal(child(pr, W, 'tag')) ?? '',
      alias: wVal(child(pr, W, 'alias')) ?? '',
      id: wVal(child(pr, W, 'id')) ?? '',
      lock: wVal(child(pr, W, 'lock')),
      showingPlaceholder: child(pr, W, 'showingPlcHdr') !== undefined,
      text: textOf(content),
    };
  });
}

/** The paragraph style of a w:p. */
export function styleOf(p: Element): string | undefined {
  const pPr = child(p, W, 'pPr');
  return pPr === undefined ? undefined : wVal(child(pPr, W, 'pStyle'));
}

export interface FlatPart {
  readonly name: string;
  readonly contentType: string;
  readonly root: Element;
}

/** The parts of a Flat OPC package, each parsed from its pkg:xmlData. */
export function flatParts(xml: string): Map<string, FlatPart> {
  const doc = parseXml(xml);
  const root = doc.documentElement;
  if (root?.namespaceURI !== PKG || root.localName !== 'package') throw new Error('not a pkg:package');
  const parts = new Map<string, FlatPart>();
  for (const part of children(root, PKG, 'part')) {
    const data = child(part, PKG, 'xmlData');
    const first = data === undefined ? undefined : Array.from(data.childNodes).find((n) => n.nodeType === 1);
    if (first === undefined) throw new Error('part without xmlData');
    parts.set(part.getAttributeNS(PKG, 'name') ?? '', {
      name: part.getAttributeNS(PKG, 'name') ?? '',
      contentType: part.getAttributeNS(PKG, 'contentType') ?? '',
      root: first as Element,
    });
  }
  return parts;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function relationshipsOf(root: Element): Relationship[] {
  return children(root, RELS, 'Relationship').map((r) => ({
    id: r.getAttribute('Id') ?? '',
    type: r.getAttribute('Type') ?? '',
    target: r.getAttribute('Target') ?? '',
    external: r.getAttribute('TargetMode') === 'External',
  }));
}

/** Word shows 64 characters of a title: a long question label is shortened, the field's label kept. */
function fieldTitle(shortLabel: string, label: string): string {
  const suffix = `: ${label}`;
  const room = 64 - [...suffix].length;
  return [...shortLabel].length <= room
    ? `${shortLabel}${suffix}`
    : `${[...shortLabel].slice(0, room - 1).join('')}…${suffix}`;
}

/** The controls a question gets: one, or one per field (tag suffix #field). */
export function expectedControls(owner: string, q: Question): { tag: string; title: string }[] {
  const fields = fieldsOf(q);
  if (fields === undefined) return [{ tag: `kompas:${owner}:${q.id}`, title: q.shortLabel }];
  return fields.map((f) => ({
    tag: `kompas:${owner}:${q.id}#${f.id}`,
    title: fieldTitle(q.shortLabel, f.label),
  }));
}
