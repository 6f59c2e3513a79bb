import type { Analysis } from '../core/analysis-types.ts';
import type {
  AnalysisFailure,
  AnalysisProgress,
  AnalysisRequest,
  AnalysisRequestId,
  AnalysisResponse,
  DecodedAnalysis,
} from './analysis-protocol.ts';

export type { AnalysisProgress, DecodedAnalysis } from './analysis-protocol.ts';

/** Promises over the analysis worker. */
export interface AnalysisClient {
  /**
   * Analyses an issue's decoded text off the main thread.
   * @throws {AnalysisError} when the worker fails or the client is disposed.
   */
  analyze(text: string, onProgress?: (progress: AnalysisProgress) => void): Promise<Analysis>;
  /**
   * Decodes a file's bytes and analyses the text off the main thread; `bytes` is transferred
   * to the worker and is empty afterwards.
   * @throws {AnalysisError} when the bytes are not page text (the decoder's code), the worker
   * fails, or the client is disposed.
   */
  analyzeBytes(
    bytes: ArrayBuffer,
    onProgress?: (progress: AnalysisProgress) => void,
  ): Promise<DecodedAnalysis>;
  /** Stops the worker and rejects pending requests; a later request starts a fresh worker. */
  dispose(): void;
}

/** A failed analysis request, with a code to branch on and a message to show. */
export class AnalysisError extends Error {
  /** Stable machine-readable code. */
  readonly code: AnalysisFailure['code'] | 'worker-failed' | 'disposed';

  constructor(code: AnalysisError['code'], message: string) {
    super(message);
    this.name = 'AnalysisError';
    this.code = code;
  }
}

interface PendingRequest {
  settle: (response: AnalysisResponse) => void;
  reject: (error: AnalysisError) => void;
}

function startAnalysisWorker(): Worker {
  return new Worker(new URL('./analysis-worker.ts', import.meta.url), {
    type: 'module',
    name: 'galley-analysis',
  });
}

/** Creates a client that starts its worker on the first request (`createWorker` is for tests). */
export function createAnalysisClient(
  createWorker: () => Worker = startAnalysisWorker,
): AnalysisClient {
  const pending = new Map<AnalysisRequestId, PendingRequest>();
  let worker: Worker | null = null;
  let nextId: AnalysisRequestId = 1;

  const failAll = (error: AnalysisError): void => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  const stopWorker = (): void => {
    worker?.terminate();
    worker = null;
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = createWorker();
    started.addEventListener('message', (event: MessageEvent<AnalysisResponse>) => {
      pending.get(event.data.id)?.settle(event.data);
    });
    started.addEventListener('error', (event: ErrorEvent) => {
      // A worker that fails to load or crashes answers nothing more: fail every waiting request.
      event.preventDefault();
      stopWorker();
      const detail = event.message ? `: ${event.message}` : '.';
      failAll(new AnalysisError('worker-failed', `The analysis worker stopped${detail}`));
    });
    started.addEventListener('messageerror', () => {
      stopWorker();
      failAll(
        new AnalysisError('worker-failed', 'The analysis worker sent an unreadable message.'),
      );
    });
    worker = started;
    return started;
  };

  /** Sends one request; `accept` picks the result out of the final answer. */
  const send = <Result>(
    request: AnalysisRequest,
    transfer: Transferable[],
    onProgress: ((progress: AnalysisProgress) => void) | undefined,
    accept: (response: AnalysisResponse) => Result | undefined,
  ): Promise<Result> =>
    new Promise<Result>((resolve, reject) => {
      const { id } = request;
      pending.set(id, {
        reject,
        settle: (response) => {
          if (response.type === 'progress') {
            onProgress?.(response.progress);
            return;
          }
          pending.delete(id);
          if (response.type === 'error') {
            reject(new AnalysisError(response.error.code, response.error.message));
            return;
          }
          const result = accept(response);
          if (result === undefined) {
            reject(new AnalysisError('worker-failed', `Unexpected answer "${response.type}".`));
          } else {
            resolve(result);
          }
        },
      });
      ensureWorker().postMessage(request, transfer);
    });

  return {
    analyze(text, onProgress) {
      return send({ id: nextId++, type: 'analyze-text', text }, [], onProgress, (response) =>
        response.type === 'text-result' ? response.analysis : undefined,
      );
    },
    analyzeBytes(bytes, onProgress) {
      return send(
        { id: nextId++, type: 'analyze-bytes', bytes },
        [bytes],
        onProgress,
        (response) => (response.type === 'bytes-result' ? response.result : undefined),
      );
    },
    dispose() {
      stopWorker();
      failAll(new AnalysisError('disposed', 'The analysis was cancelled.'));
    },
  };
}
