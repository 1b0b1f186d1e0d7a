/**
 * A complete .docx for "Download als Word-document": the rendered kompas, zipped with fflate
 * (works in browsers and Node alike).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { KompasDocument } from './document-model.ts';
import { toDocxParts } from './ooxml.ts';
import { renderKompas, type RenderInput } from './render.ts';

export interface DocxOptions {
  /** When the document was made; written as created/modified. Left out when absent. */
  readonly createdAt?: Date;
}

/** Zip entries get a fixed time, so the same input gives the same bytes. */
const ZIP_TIME = new Date(Date.UTC(2000, 0, 1));

const emailLike = /[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+/g;
/** Long opaque strings (access tokens, keys, GUID-like ids) that a title typed by someone might carry. */
const tokenLike = /[A-Za-z0-9_\-.=+/]{32,}/g;

/**
 * Text for the document properties. Documents are published under the Woo, and properties are
 * easily overlooked when redacting, so e-mail addresses and token-like strings never go there.
 */
export function publicPropertyText(s: string): string {
  return s.replace(emailLike, '…').replace(tokenLike, '…');
}

/** W3CDTF in whole seconds, as Word writes it. */
function w3cdtf(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function documentToDocx(doc: KompasDocument, options: DocxOptions = {}): Uint8Array {
  const parts = toDocxParts(doc, {
    title: publicPropertyText(doc.meta.title),
    subject: publicPropertyText(doc.meta.subject),
    ...(options.createdAt === undefined ? {} : { created: w3cdtf(options.createdAt) }),
  });
  const files: Zippable = {};
  for (const part of parts) files[part.name.slice(1)] = [strToU8(part.xml), { mtime: ZIP_TIME }];
  return zipSync(files, { level: 6 });
}

/** Renders the kompas (or a bouwsteen or sheet) as a .docx. */
export function renderDocx(input: RenderInput, options: DocxOptions = {}): Uint8Array {
  return documentToDocx(renderKompas(input), options);
}
