import type { QueryClient, QueryKey } from '@tanstack/react-query';

/** The channel every Galley tab of this origin listens on. DO NOT RENAME: open tabs of another version use it. */
const CHANNEL_NAME = 'galley';

/** What a tab tells the others after a write: these queries are out of date. */
interface InvalidateMessage {
  type: 'invalidate';
  keys: QueryKey[];
}

const channels = new WeakMap<QueryClient, BroadcastChannel>();

function isInvalidateMessage(data: unknown): data is InvalidateMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, keys } = data as { type?: unknown; keys?: unknown };
  return type === 'invalidate' && Array.isArray(keys) && keys.every((key) => Array.isArray(key));
}

/**
 * Keeps `queryClient` in step with Galley's other tabs: after each successful write a tab names
 * the queries it changed, and the others refetch them. Returns the function that stops it.
 * BroadcastChannel misses messages while a tab is frozen or killed, so saves still check
 * revisions inside their transaction.
 */
export function startCrossTabSync(queryClient: QueryClient): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (!isInvalidateMessage(event.data)) return;
    for (const queryKey of event.data.keys) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
  channels.set(queryClient, channel);
  return () => {
    if (channels.get(queryClient) === channel) channels.delete(queryClient);
    channel.close();
  };
}

/** Tells the other tabs (if this client syncs with them) that these queries changed. */
export function announceWrite(queryClient: QueryClient, keys: readonly QueryKey[]): void {
  const message: InvalidateMessage = { type: 'invalidate', keys: [...keys] };
  channels.get(queryClient)?.postMessage(message);
}

/** Refetches these queries here (those on screen now, the others when next shown). */
export async function invalidateHere(
  queryClient: QueryClient,
  keys: readonly QueryKey[],
): Promise<void> {
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
