import { createContext, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n.tsx';
import { useShortcut } from '../lib/shortcuts.tsx';
import { Kbd } from './kbd.tsx';
import { componentMessages } from './messages.ts';
import './components.css';

/** What a toast says and offers. */
export interface ToastOptions {
  /** One sentence about what just happened. */
  message: string;
  /** A way back, e.g. Undo; it also runs on the `z` key while the toast shows. */
  action?: { label: string; onAction: () => void };
  /** 'error' is announced assertively and painted in the correction red. */
  tone?: 'info' | 'error';
  /** How long it stays, in ms (default 8 s, 12 s with an action); paused while hovered or focused. */
  durationMs?: number;
}

interface Toast extends ToastOptions {
  id: number;
}

/** Shows and dismisses toasts. */
export interface ToastApi {
  /** Shows a toast and returns its id. */
  show: (options: ToastOptions) => number;
  /** Removes a toast before its time. */
  dismiss: (id: number) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** Holds the toasts of the page and shows them in a live region at the bottom of the screen. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);
  const show = useCallback((options: ToastOptions) => {
    const id = nextId.current++;
    // Only the newest few matter; older ones would only cover the page.
    setToasts((current) => [...current.slice(-2), { ...options, id }]);
    return id;
  }, []);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <ToastContext value={api}>
      {children}
      <ToastRegion toasts={toasts} onDismiss={dismiss} />
    </ToastContext>
  );
}

/**
 * The toasts of the surrounding {@link ToastProvider}.
 * @throws {Error} when no provider is mounted above the caller.
 */
export function useToast(): ToastApi {
  const api = use(ToastContext);
  if (!api) throw new Error('useToast needs a ToastProvider above it.');
  return api;
}

function ToastRegion({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  const t = useT(componentMessages);
  const latestAction = toasts.findLast((toast) => toast.action !== undefined);
  useShortcut({
    keys: 'z',
    description: { en: 'Undo what the notification offers', zh: '撤销通知中的操作' },
    group: { en: 'Everywhere', zh: '全局' },
    enabled: latestAction !== undefined,
    handler: () => {
      if (!latestAction?.action) return;
      latestAction.action.onAction();
      onDismiss(latestAction.id);
    },
  });
  // Two regions that always exist, so screen readers pick up what is added to them.
  return (
    <section className="toasts" aria-label={t('toast.region')}>
      <div role="status" aria-live="polite" className="toasts__stack">
        {toasts
          .filter((toast) => toast.tone !== 'error')
          .map((toast) => (
            <ToastCard key={toast.id} toast={toast} onDismiss={onDismiss} />
          ))}
      </div>
      <div role="alert" className="toasts__stack">
        {toasts
          .filter((toast) => toast.tone === 'error')
          .map((toast) => (
            <ToastCard key={toast.id} toast={toast} onDismiss={onDismiss} />
          ))}
      </div>
    </section>
  );
}

function ToastCard({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const t = useT(componentMessages);
  const [paused, setPaused] = useState(false);
  const duration = toast.durationMs ?? (toast.action ? 12_000 : 8_000);
  const { id, action } = toast;
  useEffect(() => {
    if (paused) return undefined;
    const timer = window.setTimeout(() => {
      onDismiss(id);
    }, duration);
    return () => {
      window.clearTimeout(timer);
    };
  }, [paused, duration, id, onDismiss]);
  return (
    <div
      className={toast.tone === 'error' ? 'toast toast--error' : 'toast'}
      onMouseEnter={() => {
        setPaused(true);
      }}
      onMouseLeave={() => {
        setPaused(false);
      }}
      onFocus={() => {
        setPaused(true);
      }}
      onBlur={() => {
        setPaused(false);
      }}
    >
      <p className="toast__message">{toast.message}</p>
      {action ? (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            action.onAction();
            onDismiss(id);
          }}
        >
          {action.label}{' '}
          <span aria-hidden="true">
            <Kbd keys="z" />
          </span>
        </button>
      ) : null}
      <button
        type="button"
        className="toast__close"
        aria-label={t('toast.dismiss')}
        onClick={() => {
          onDismiss(id);
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
