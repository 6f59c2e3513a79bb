import { StorageFullError } from './galley-store.ts';

/**
 * True for the ways browsers report a full origin: a QuotaExceededError, or Chromium's
 * UnknownError whose message speaks of the quota.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError') return true;
  return name === 'UnknownError' && typeof message === 'string' && /quota/i.test(message);
}

/**
 * The error a failed write should surface: a quota failure, whether the request reported it or
 * only the aborted transaction did, becomes {@link StorageFullError}; anything else passes through.
 */
export function toStorageError(error: unknown, transactionError?: unknown): unknown {
  if (error instanceof StorageFullError) return error;
  if (isQuotaError(error)) return new StorageFullError(error);
  if (isQuotaError(transactionError)) return new StorageFullError(transactionError);
  return error;
}
