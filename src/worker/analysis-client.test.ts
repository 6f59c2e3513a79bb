import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/analysis-types.ts';
import { AnalysisError, createAnalysisClient } from './analysis-client.ts';
import type { AnalysisProgress } from './analysis-client.ts';
import type { AnalysisRequest, AnalysisResponse } from './analysis-protocol.ts';

/** Stands in for the worker: records what the client sends and answers on demand. */
class FakeWorker extends EventTarget {
  readonly sent: { request: AnalysisRequest; transfer: Transferable[] }[] = [];
  terminated = false;

  postMessage(request: AnalysisRequest, transfer: Transferable[]): void {
    this.sent.push({ request, transfer });
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(response: AnalysisResponse): void {
    this.dispatchEvent(new MessageEvent('message', { data: response }));
  }

  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }

  lastId(): number {
    return this.sent[this.sent.length - 1]!.request.id;
  }
}

function setUp() {
  const workers: FakeWorker[] = [];
  const client = createAnalysisClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { client, workers };
}

const analysis: Analysis = {
  language: 'zh',
  items: [],
  flags: [],
  pages: [{ number: 1, section: null, startLine: 1 }],
  lineCount: 1,
};

describe('createAnalysisClient', () => {
  it('starts no worker until the first request', () => {
    const { workers } = setUp();
    expect(workers).toHaveLength(0);
  });

  it('resolves with the analysis and passes progress on', async () => {
    const { client, workers } = setUp();
    const progress: AnalysisProgress[] = [];
    const pending = client.analyze('本报讯', (step) => progress.push(step));
    const worker = workers[0]!;
    expect(worker.sent[0]!.request).toEqual({ id: 1, type: 'analyze-text', text: '本报讯' });

    worker.reply({ id: 1, type: 'progress', progress: { stage: 'analysing', characters: 3 } });
    worker.reply({ id: 1, type: 'text-result', analysis });

    await expect(pending).resolves.toEqual(analysis);
    expect(progress).toEqual([{ stage: 'analysing', characters: 3 }]);
  });

  it('transfers the bytes and keeps the decoder’s refusal code', async () => {
    const { client, workers } = setUp();
    const bytes = new ArrayBuffer(4);
    const pending = client.analyzeBytes(bytes);
    const worker = workers[0]!;
    expect(worker.sent[0]!.transfer).toEqual([bytes]);

    worker.reply({
      id: worker.lastId(),
      type: 'error',
      error: { code: 'binary-png', message: 'This is a PNG image, not text.' },
    });

    await expect(pending).rejects.toMatchObject({
      name: 'AnalysisError',
      code: 'binary-png',
      message: 'This is a PNG image, not text.',
    });
  });

  it('answers each request by its id', async () => {
    const { client, workers } = setUp();
    const first = client.analyze('a');
    const second = client.analyze('b');
    const worker = workers[0]!;
    worker.reply({ id: 2, type: 'text-result', analysis: { ...analysis, lineCount: 2 } });
    worker.reply({ id: 1, type: 'text-result', analysis });

    await expect(second).resolves.toMatchObject({ lineCount: 2 });
    await expect(first).resolves.toMatchObject({ lineCount: 1 });
    expect(workers).toHaveLength(1);
  });

  it('fails every waiting request when the worker crashes, then starts a fresh one', async () => {
    const { client, workers } = setUp();
    const first = client.analyze('a');
    const second = client.analyze('b');
    workers[0]!.crash('out of memory');

    await expect(first).rejects.toMatchObject({ code: 'worker-failed' });
    await expect(second).rejects.toThrow('The analysis worker stopped: out of memory');
    expect(workers[0]!.terminated).toBe(true);

    const third = client.analyze('c');
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ id: workers[1]!.lastId(), type: 'text-result', analysis });
    await expect(third).resolves.toEqual(analysis);
  });

  it('rejects pending requests on dispose', async () => {
    const { client, workers } = setUp();
    const pending = client.analyze('a');
    client.dispose();

    await expect(pending).rejects.toBeInstanceOf(AnalysisError);
    await expect(pending).rejects.toMatchObject({ code: 'disposed' });
    expect(workers[0]!.terminated).toBe(true);
  });
});
