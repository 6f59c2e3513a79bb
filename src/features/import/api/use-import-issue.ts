import { useCallback, useEffect, useRef, useState } from 'react';
import { createTooLargeError, DEFAULT_MAX_BYTES } from '../../../core/decode/decode-text.ts';
import { detectBinaryFormat } from '../../../core/decode/detect-binary-format.ts';
import { useAnalysisClient } from '../../../lib/analysis-client-context.tsx';
import { navigate, routes } from '../../../lib/navigation.ts';
import { useCreateIssue } from '../../../lib/queries/issue-queries.ts';
import { StorageFullError } from '../../../storage/galley-store.ts';
import { AnalysisError } from '../../../worker/analysis-client.ts';
import type { ImportRefusal } from './describe-refusal.ts';
import type { ImportStage } from './import-stages.ts';

/** Where the import screen is. */
export type ImportState =
  | { phase: 'idle' }
  | {
      phase: 'working';
      stage: ImportStage;
      /** File name, or the paste's label. */
      sourceName: string;
      /** Size in bytes. */
      bytes: number;
      /** Length of the decoded text, once known. */
      characters: number | null;
    }
  | { phase: 'failed'; sourceName: string; refusal: ImportRefusal };

class RefusedError extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal.message);
    this.name = 'RefusedError';
  }
}

function toRefusal(error: unknown, bytes: number | null, formatId: string | null): ImportRefusal {
  if (error instanceof RefusedError) return error.refusal;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof AnalysisError) {
    const decodeCode = /^(too-large|empty|binary-png|binary-pdf|binary|undecodable)$/.test(
      error.code,
    );
    return { code: decodeCode ? error.code : 'failed', message, bytes, formatId };
  }
  if (error instanceof StorageFullError) return { code: 'storage-full', message, bytes, formatId };
  return { code: 'failed', message, bytes, formatId };
}

/**
 * Imports a file or pasted text: reads the bytes, has the worker decode and analyse them, stores
 * the issue and opens its split review. One import at a time; the page stays responsive throughout
 * because every heavy step runs in the worker or in IndexedDB.
 */
export function useImportIssue(): {
  state: ImportState;
  importFile: (file: File) => void;
  importText: (text: string, sourceName: string) => void;
  reset: () => void;
} {
  const client = useAnalysisClient();
  const { mutateAsync: createIssue } = useCreateIssue();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async (sourceName: string, size: number, read: () => Promise<ArrayBuffer>) => {
      if (busy.current) return;
      busy.current = true;
      let formatId: string | null = null;
      const update = (next: ImportState) => {
        if (mounted.current) setState(next);
      };
      update({ phase: 'working', stage: 'reading', sourceName, bytes: size, characters: null });
      try {
        if (size > DEFAULT_MAX_BYTES) {
          const error = createTooLargeError(size, DEFAULT_MAX_BYTES);
          throw new RefusedError({ ...error, bytes: size, formatId: null });
        }
        const buffer = await read();
        // The buffer moves to the worker; keep its first bytes to name a binary format in Chinese.
        formatId = detectBinaryFormat(new Uint8Array(buffer.slice(0, 16)))?.id ?? null;
        const decoded = await client.analyzeBytes(buffer, (progress) => {
          update({
            phase: 'working',
            stage: progress.stage,
            sourceName,
            bytes: size,
            characters: progress.stage === 'analysing' ? progress.characters : null,
          });
        });
        update({
          phase: 'working',
          stage: 'saving',
          sourceName,
          bytes: size,
          characters: decoded.text.length,
        });
        const issue = await createIssue({
          text: decoded.text,
          analysis: decoded.analysis,
          encoding: decoded.encoding,
          sourceName,
        });
        update({ phase: 'idle' });
        // Someone who left the screen meanwhile finds the issue in the library instead.
        if (mounted.current) navigate(routes.splits(issue.id));
      } catch (error) {
        update({ phase: 'failed', sourceName, refusal: toRefusal(error, size, formatId) });
      } finally {
        busy.current = false;
      }
    },
    [client, createIssue],
  );

  const importFile = useCallback(
    (file: File) => {
      void run(file.name, file.size, () => file.arrayBuffer());
    },
    [run],
  );

  const importText = useCallback(
    (text: string, sourceName: string) => {
      // The same path as a file: UTF-8 bytes through the worker's decoder and its checks.
      const bytes = new TextEncoder().encode(text);
      void run(sourceName, bytes.byteLength, () => Promise.resolve(bytes.buffer));
    },
    [run],
  );

  const reset = useCallback(() => {
    if (!busy.current) setState({ phase: 'idle' });
  }, []);

  return { state, importFile, importText, reset };
}
