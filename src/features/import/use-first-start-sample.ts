import { useCallback, useEffect, useState } from 'react';
import { useAnalysisClient } from '../../lib/analysis-client-context.tsx';
import { useCreateIssue } from '../../lib/queries/issue-queries.ts';
import { useGalleyStore } from '../../lib/store-context.tsx';
import type { AnalysisClient } from '../../worker/analysis-client.ts';
import type { GalleyStore, NewIssueInput } from '../../storage/galley-store.ts';
import type { IssueRecord } from '../../storage/records.ts';

/** Where the built-in sample issue is served, and under which file name it is stored. */
export const SAMPLE_ISSUE = {
  url: `${import.meta.env.BASE_URL}samples/taiyuan-daily-2022-09-21.txt`,
  fileName: 'taiyuan-daily-2022-09-21.txt',
} as const;

/** The setting that records that the sample was loaded once (so deleting it keeps it gone). */
export const SAMPLE_LOADED_SETTING = 'sampleLoaded';

/** What the first start is doing, for the library to show. */
export type FirstStartSample =
  | { status: 'checking' }
  | { status: 'loading' }
  | { status: 'done' }
  | { status: 'failed'; message: string; httpStatus: number | null; retry: () => void };

class SampleFetchError extends Error {
  constructor(readonly httpStatus: number) {
    super(`HTTP ${httpStatus}`);
    this.name = 'SampleFetchError';
  }
}

type Outcome = { loaded: boolean };

// One run per store, shared by every caller (StrictMode mounts effects twice).
const runs = new WeakMap<GalleyStore, Promise<Outcome>>();

async function loadSampleIfFirstStart(
  store: GalleyStore,
  client: AnalysisClient,
  createIssue: (input: NewIssueInput) => Promise<IssueRecord>,
  onLoading: () => void,
): Promise<Outcome> {
  if (await store.getSetting<boolean>(SAMPLE_LOADED_SETTING)) return { loaded: false };
  const issues = await store.listIssues();
  if (issues.length > 0) {
    // Not a first start: the library already holds work.
    await store.setSetting(SAMPLE_LOADED_SETTING, true);
    return { loaded: false };
  }
  onLoading();
  const response = await fetch(SAMPLE_ISSUE.url);
  if (!response.ok) throw new SampleFetchError(response.status);
  const decoded = await client.analyzeBytes(await response.arrayBuffer());
  await createIssue({
    text: decoded.text,
    analysis: decoded.analysis,
    encoding: decoded.encoding,
    sourceName: SAMPLE_ISSUE.fileName,
  });
  await store.setSetting(SAMPLE_LOADED_SETTING, true);
  return { loaded: true };
}

/** Runs `task` while holding a lock shared by every Galley tab, so two first tabs load one sample. */
function withDeskLock<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return task();
  return navigator.locks.request('galley-first-start', task);
}

/**
 * On the desk's first start (an empty library and no 'sampleLoaded' setting), loads the built-in
 * sample issue the way an import does — its bytes through the worker, then into the store — so a
 * newcomer sees the whole workflow at once.
 */
export function useFirstStartSample(): FirstStartSample {
  const store = useGalleyStore();
  const client = useAnalysisClient();
  const { mutateAsync: createIssue } = useCreateIssue();
  const [state, setState] = useState<FirstStartSample>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    runs.delete(store);
    setAttempt((count) => count + 1);
  }, [store]);

  useEffect(() => {
    let current = true;
    let run = runs.get(store);
    if (!run) {
      run = withDeskLock(() =>
        loadSampleIfFirstStart(store, client, createIssue, () => {
          // Not guarded by `current`: under StrictMode the first effect's run serves the remount.
          setState({ status: 'loading' });
        }),
      );
      runs.set(store, run);
    }
    run.then(
      () => {
        if (current) setState({ status: 'done' });
      },
      (error: unknown) => {
        if (!current) return;
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
          httpStatus: error instanceof SampleFetchError ? error.httpStatus : null,
          retry,
        });
      },
    );
    return () => {
      current = false;
    };
  }, [store, client, createIssue, retry, attempt]);

  return state;
}
