import { readFile, stat } from 'node:fs/promises';
import { createTooLargeError } from '../core/decode/decode-text.ts';

/** A file's bytes, or why they could not be read, in a sentence. */
export type Input = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Says what went wrong reading or writing a file, in a sentence. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file.';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
  if (code === 'EISDIR') return 'this is a folder, not a file.';
  if (code === 'ENOTDIR') return 'part of this path is a file, not a folder.';
  if (code === 'ENOSPC') return 'the disk is full.';
  return error instanceof Error ? error.message : String(error);
}

/** Reads a file of at most `maxBytes`, checking the size first so an oversized file is never read. */
export async function readFileInput(path: string, maxBytes: number): Promise<Input> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, message: 'this is a folder, not a file.' };
    if (info.size > maxBytes) {
      return { ok: false, message: createTooLargeError(info.size, maxBytes).message };
    }
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    return { ok: false, message: describeFileError(error) };
  }
}

/** Reads a stream of at most `maxBytes`. */
export async function readStreamInput(
  stream: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<Input> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Past the limit keep counting, not keeping, so the message can state the real size.
  for await (const chunk of stream) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
  }
  if (size > maxBytes) {
    return { ok: false, message: createTooLargeError(size, maxBytes).message };
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
