/*
 * Turning a file's bytes into page text, or refusing them with a message a desk editor can act on.
 *
 * Order matters: size first (nothing is read past the limit), then empty, then byte-order marks
 * (UTF-16 is full of NUL bytes, so it must be recognised before the NUL test), then magic numbers
 * and NUL bytes (PNG and PDF bytes "decode" as GB18030 without error), then strict UTF-8, then
 * GB18030 — accepted only when the result is plausibly Chinese text, since GB18030 gives a meaning
 * to almost any run of high bytes.
 */
import { detectBinaryFormat } from './detect-binary-format.ts';
import { hasFewSuspectCharacters, isPlausibleGb18030 } from './is-plausible-gb18030.ts';

// The core's lib has no DOM, yet every platform Galley runs on (browsers, workers, Node) provides
// TextDecoder; declare only the part used here.
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(input: Uint8Array): string };

/** Encodings {@link decodeText} recognises; 'utf-8-bom' is UTF-8 that starts with a byte-order mark. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Why {@link decodeText} refused the bytes. */
export type DecodeErrorCode =
  'too-large' | 'empty' | 'binary-png' | 'binary-pdf' | 'binary' | 'undecodable';

/** A refusal, with a message in plain English that says what to do. */
export interface DecodeError {
  /** Machine-readable reason. */
  code: DecodeErrorCode;
  /** One or two sentences for the person importing the file. */
  message: string;
}

/** The decoded text and its encoding, or the reason the bytes are not page text. */
export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; error: DecodeError };

/** Options for {@link decodeText}. */
export interface DecodeOptions {
  /** Largest accepted size in bytes; {@link DEFAULT_MAX_BYTES} when absent. */
  maxBytes?: number;
}

/** Largest file {@link decodeText} accepts by default: 32 MiB, far above a whole issue's text. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

const KIB = 1024;
const MIB = 1024 * 1024;

const formatSize = (bytes: number): string => {
  const round = (value: number): string => String(Math.round(value * 10) / 10);
  if (bytes >= MIB) return `${round(bytes / MIB)} MiB`;
  if (bytes >= KIB) return `${round(bytes / KIB)} KiB`;
  return `${bytes} bytes`;
};

/** The error for a file of `byteLength` bytes over the `maxBytes` limit, for callers that know the size before reading. */
export function createTooLargeError(byteLength: number, maxBytes: number): DecodeError {
  let size = formatSize(byteLength);
  let limit = formatSize(maxBytes);
  // Just over the limit both round to the same figure; exact counts keep the message true.
  if (size === limit) {
    size = `${byteLength} bytes`;
    limit = `${maxBytes} bytes`;
  }
  return {
    code: 'too-large',
    message: `This file is ${size}, over Galley's limit of ${limit}. Split it into smaller files, a page or a section each.`,
  };
}

const refuse = (code: DecodeErrorCode, message: string): DecodeResult => ({
  ok: false,
  error: { code, message },
});

const tryDecode = (label: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    // A fatal decoder throws on the first invalid sequence; that only means "not this encoding".
    return null;
  }
};

const SAVE_AS_UTF8 = 'Save it as UTF-8 text and try again.';

// Checks shared by every accepted encoding: blank text is empty, control-laden text is binary.
const accept = (text: string, encoding: TextEncodingName): DecodeResult => {
  if (text.trim() === '') {
    return refuse('empty', 'This file holds only blank space: there is no text to read.');
  }
  if (!hasFewSuspectCharacters(text, false)) {
    return refuse(
      'binary',
      'This file contains many control characters, so it is binary data, not text.',
    );
  }
  return { ok: true, text, encoding };
};

const decodeWithBom = (
  bytes: Uint8Array,
  label: string,
  encoding: TextEncodingName,
  name: string,
): DecodeResult => {
  // The decoder drops the byte-order mark itself.
  const text = tryDecode(label, bytes);
  if (text === null) {
    return refuse(
      'undecodable',
      `This file starts with a ${name} byte-order mark, but what follows is not valid ${name}. ${SAVE_AS_UTF8}`,
    );
  }
  return accept(text, encoding);
};

/**
 * Decodes a text file's bytes as UTF-8 (with or without a byte-order mark), UTF-16 with a
 * byte-order mark, or GB18030, and refuses anything else — too large, empty, images, PDFs, archives,
 * other binary data, other encodings — with a clear message. Never throws.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return { ok: false, error: createTooLargeError(bytes.length, maxBytes) };
  }
  if (bytes.length === 0) return refuse('empty', 'This file is empty: there is no text to read.');

  const [first, second, third] = bytes;
  if (first === 0xef && second === 0xbb && third === 0xbf) {
    return decodeWithBom(bytes, 'utf-8', 'utf-8-bom', 'UTF-8');
  }
  if (first === 0xff && second === 0xfe) {
    return decodeWithBom(bytes, 'utf-16le', 'utf-16le', 'UTF-16 (little-endian)');
  }
  if (first === 0xfe && second === 0xff) {
    return decodeWithBom(bytes, 'utf-16be', 'utf-16be', 'UTF-16 (big-endian)');
  }

  const format = detectBinaryFormat(bytes);
  if (format !== null) {
    const code = format.id === 'png' ? 'binary-png' : format.id === 'pdf' ? 'binary-pdf' : 'binary';
    return refuse(
      code,
      `This is ${format.name}, not text. Galley reads the text of a page: export it as UTF-8 text first.`,
    );
  }
  if (bytes.includes(0)) {
    return refuse(
      'binary',
      'This file contains NUL bytes, so it is binary data, not text. If it is UTF-16 text without a byte-order mark, save it as UTF-8 instead.',
    );
  }

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return accept(utf8, 'utf-8');

  const gb18030 = tryDecode('gb18030', bytes);
  if (gb18030 !== null && isPlausibleGb18030(bytes, gb18030)) return accept(gb18030, 'gb18030');

  return refuse(
    'undecodable',
    `This file is not UTF-8, UTF-16 or GB18030 text: it may be in another encoding (such as Windows-1252 or Big5) or not be text at all. ${SAVE_AS_UTF8}`,
  );
}
