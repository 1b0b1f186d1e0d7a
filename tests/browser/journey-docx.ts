/**
 * What a person does with the downloaded .docx: read its text (the WordprocessingML, parsed with a
 * real XML parser) and open it in LibreOffice, as a check that an office suite accepts it.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { parseXml, textOf } from '../unit/document/wordml.ts';

const run = promisify(execFile);

/** The body's text, one line per paragraph, as Word would show it. */
export function docxText(bytes: Uint8Array): string {
  const entry = unzipSync(bytes)['word/document.xml'];
  if (entry === undefined) throw new Error('the .docx has no word/document.xml');
  const body = parseXml(strFromU8(entry)).documentElement;
  if (body === null) throw new Error('word/document.xml is empty');
  return textOf(body);
}

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/**
 * `libreoffice --headless --convert-to pdf` with a profile of its own in `dir`, so it neither meets
 * a running LibreOffice nor the user's settings. Resolves to the PDF's path.
 */
export async function convertToPdf(docx: string, dir: string): Promise<string> {
  const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
  await run('libreoffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    timeout: 120_000,
  });
  const pdf = path.join(dir, `${path.basename(docx, '.docx')}.pdf`);
  const head = (await readFile(pdf)).subarray(0, 5).toString('latin1');
  if (head !== '%PDF-') throw new Error(`${pdf} is no PDF (starts with ${JSON.stringify(head)})`);
  return pdf;
}

/** The PDF's text with pdftotext (poppler-utils, which `.ci/run` installs with LibreOffice). */
export async function pdfText(pdf: string): Promise<string> {
  if (!hasCommand('pdftotext'))
    throw new Error("pdftotext not found: install Debian's poppler-utils package");
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 32 * 1024 * 1024 });
  return stdout;
}

/** Page 1 of the PDF as `<png>.png` with pdftoppm, to look at; false where it is not installed. */
export async function renderFirstPage(pdf: string, png: string): Promise<boolean> {
  if (!hasCommand('pdftoppm')) return false;
  await run('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    png.replace(/\.png$/, ''),
  ]);
  return true;
}
