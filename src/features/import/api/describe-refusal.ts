import { DEFAULT_MAX_BYTES } from '../../../core/decode/decode-text.ts';
import { formatMessage } from '../../../lib/i18n.tsx';
import type { Locale } from '../../../lib/i18n.tsx';
import { binaryFormatNamesZh, refusalMessagesZh } from '../messages.ts';
import { formatByteSize } from './import-stages.ts';

/** Why an import did not go through, as the import screen keeps it. */
export interface ImportRefusal {
  /** The engine's decode code ('binary-png', 'too-large'…), 'storage-full', or 'failed'. */
  code: string;
  /** The engine's or the store's message, in English. */
  message: string;
  /** Size of what was offered, in bytes, when known. */
  bytes: number | null;
  /** The binary format the first bytes name ('png', 'zip'…), when one matched. */
  formatId: string | null;
}

/**
 * The refusal in the interface language: the engine's own words in English, the same facts in
 * Chinese.
 */
export function describeRefusal(refusal: ImportRefusal, locale: Locale): string {
  if (locale === 'en') return refusal.message;
  const template = refusalMessagesZh[refusal.code] ?? refusalMessagesZh.failed ?? refusal.message;
  return formatMessage(template, {
    size: refusal.bytes === null ? '' : formatByteSize(refusal.bytes, 'zh'),
    limit: formatByteSize(DEFAULT_MAX_BYTES, 'zh'),
    format: binaryFormatNamesZh[refusal.formatId ?? 'unknown'] ?? binaryFormatNamesZh.unknown ?? '',
    message: refusal.message,
  });
}
