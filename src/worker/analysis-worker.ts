import { decodeText } from '../core/decode/decode-text.ts';
import type { Analysis } from '../core/analysis-types.ts';
import { analyzeIssue } from '../core/segment/analyze-issue.ts';
import { detectLanguage } from '../core/segment/detect-layout.ts';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol.ts';
import { loadBrowserProofreadingResources } from './load-browser-proofreading-resources.ts';

/** The part of the dedicated worker scope this file uses (the app's lib is DOM, not WebWorker). */
interface AnalysisWorkerScope {
  postMessage(message: AnalysisResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisRequest>) => void): void;
}

const scope = self as unknown as AnalysisWorkerScope;

// The dictionaries load once, for the issue's language, the first time an issue needs them.
async function analyzeWithDictionaries(text: string): Promise<Analysis> {
  const proofreading = await loadBrowserProofreadingResources([detectLanguage(text)]);
  return analyzeIssue(text, { proofreading });
}

async function handle(request: AnalysisRequest): Promise<AnalysisResponse> {
  const { id } = request;
  switch (request.type) {
    case 'analyze-text': {
      const { text } = request;
      scope.postMessage({
        id,
        type: 'progress',
        progress: { stage: 'analysing', characters: text.length },
      });
      return { id, type: 'text-result', analysis: await analyzeWithDictionaries(text) };
    }
    case 'analyze-bytes': {
      const { bytes } = request;
      scope.postMessage({
        id,
        type: 'progress',
        progress: { stage: 'decoding', bytes: bytes.byteLength },
      });
      const decoded = decodeText(new Uint8Array(bytes));
      if (!decoded.ok) return { id, type: 'error', error: decoded.error };
      const { text, encoding } = decoded;
      scope.postMessage({
        id,
        type: 'progress',
        progress: { stage: 'analysing', characters: text.length },
      });
      const analysis = await analyzeWithDictionaries(text);
      return { id, type: 'bytes-result', result: { text, encoding, analysis } };
    }
    default: {
      const unknown: { type?: unknown } = request;
      return {
        id,
        type: 'error',
        error: {
          code: 'unknown-request',
          message: `The analysis worker does not know the request "${String(unknown.type)}".`,
        },
      };
    }
  }
}

scope.addEventListener('message', (event) => {
  void answer(event.data);
});

async function answer(request: AnalysisRequest): Promise<void> {
  let response: AnalysisResponse;
  try {
    response = await handle(request);
  } catch (error) {
    // The core promises never to throw; should it, the page still gets an answer instead of a hang.
    const detail = error instanceof Error ? error.message : String(error);
    response = {
      id: request.id,
      type: 'error',
      error: { code: 'analysis-failed', message: `The analysis stopped: ${detail}` },
    };
  }
  scope.postMessage(response);
}
