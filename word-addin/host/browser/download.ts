/**
 * Saves bytes as a file through the browser's download. In Word's task pane some platforms ignore
 * downloads; there the person inserts instead, and outside Word this is the way to get a .docx.
 */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function downloadFile(doc: Document, bytes: Uint8Array, fileName: string, type = DOCX_TYPE): void {
  // A copy on its own ArrayBuffer, as Blob takes it.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the object URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
