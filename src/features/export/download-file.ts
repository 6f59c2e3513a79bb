import type { ExportFile } from '../../core/export/export-snapshot.ts';

/** How long an object URL outlives its click: some browsers read the blob after click() returns. */
const REVOKE_AFTER_MS = 30_000;

/** Hands a file to the browser's downloads, as a link with `download` clicked for the person. */
export function downloadFile(file: ExportFile): void {
  // A copy over a plain ArrayBuffer: Blob takes no view of shared memory.
  const url = URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, REVOKE_AFTER_MS);
  }
}
