import { queryOptions, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAnalysisClient } from '../../../lib/analysis-client-context.tsx';
import type {
  AnalysisClient,
  AnalysisProgress,
  DecodedAnalysis,
} from '../../../worker/analysis-client.ts';
import { sampleIssue } from './sample-issue.ts';

/** Query keys for issue analyses. */
export const analysisKeys = {
  all: ['analysis'] as const,
  samples: () => [...analysisKeys.all, 'sample'] as const,
  sample: (url: string) => [...analysisKeys.samples(), url] as const,
};

/** Where the sample analysis has got to while it is pending. */
export type SampleAnalysisProgress = { stage: 'fetching' } | AnalysisProgress;

/** An issue's decoded text and encoding next to its analysis, so views can quote source lines. */
export interface SampleAnalysis extends DecodedAnalysis {
  /** The text split into lines the way the engine counts them (line n is `lines[n - 1]`). */
  lines: string[];
  /** Wall time from bytes to analysis, worker round trip included, in milliseconds. */
  elapsedMs: number;
}

/**
 * Fetches a sample issue's bytes; decoding is the worker's job, as for an imported file.
 * @throws {Error} when the server does not deliver them.
 */
async function fetchSampleBytes(url: string, signal: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetch(url, { signal });
  if (!response.ok) {
    throw new Error(`The sample issue could not be loaded (HTTP ${response.status}).`);
  }
  return response.arrayBuffer();
}

/** Query options for a sample issue's analysis, run in the analysis worker. */
export function sampleAnalysisQueryOptions(
  client: AnalysisClient,
  onProgress?: (progress: SampleAnalysisProgress) => void,
  url: string = sampleIssue.url,
) {
  return queryOptions({
    queryKey: analysisKeys.sample(url),
    queryFn: async ({ signal }): Promise<SampleAnalysis> => {
      onProgress?.({ stage: 'fetching' });
      const bytes = await fetchSampleBytes(url, signal);
      const started = performance.now();
      const decoded = await client.analyzeBytes(bytes, onProgress);
      return {
        ...decoded,
        lines: decoded.text.split(/\r?\n/),
        elapsedMs: performance.now() - started,
      };
    },
  });
}

/** The built-in sample issue's analysis, with the step under way while it is pending. */
export function useSampleAnalysis() {
  const client = useAnalysisClient();
  const [progress, setProgress] = useState<SampleAnalysisProgress | null>(null);
  const query = useQuery(sampleAnalysisQueryOptions(client, setProgress));
  return { query, progress };
}
