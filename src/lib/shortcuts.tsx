import { createContext, use, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';

/** One keyboard shortcut a screen offers. */
export interface ShortcutDefinition {
  /** Key combination: 'j', 'Shift+A', 'Mod+Enter' (Mod = Ctrl, or ⌘ on a Mac), '?'. */
  keys: string;
  /** What it does, in both interface languages, for the shortcut overlay. */
  description: { en: string; zh: string };
  /** Group heading in the overlay (the screen's name). */
  group: { en: string; zh: string };
  /** Runs the action. */
  handler: (event: KeyboardEvent) => void;
  /** Also fire while typing in a field or the editor (only for Mod+ combinations that the editor does not use). */
  allowInEditable?: boolean;
  /** False to keep it registered but inactive. */
  enabled?: boolean;
}

interface Registry {
  register: (definition: ShortcutDefinition) => () => void;
  /** The registered shortcuts; the same array until one is added or removed. */
  list: () => ShortcutDefinition[];
  subscribe: (listener: () => void) => () => void;
}

const ShortcutContext = createContext<Registry | null>(null);

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** True when the key event matches a combination such as 'Shift+A' or 'Mod+Enter'. */
export function matchesKeys(event: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  const wantMod = parts.includes('Mod');
  const wantShift = parts.includes('Shift');
  const wantAlt = parts.includes('Alt');
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (wantMod !== mod || wantAlt !== event.altKey) return false;
  // '?' and other shifted symbols arrive with Shift held; compare the produced key for them.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!symbol && wantShift !== event.shiftKey) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** A registry of the shortcuts the mounted screens offer. */
function createShortcutRegistry(): Registry {
  const definitions = new Set<ShortcutDefinition>();
  const listeners = new Set<() => void>();
  let snapshot: ShortcutDefinition[] = [];
  const notify = () => {
    snapshot = [...definitions];
    listeners.forEach((listener) => {
      listener();
    });
  };
  return {
    register(definition) {
      definitions.add(definition);
      notify();
      return () => {
        definitions.delete(definition);
        notify();
      };
    },
    list: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Listens for shortcuts on the document and keeps the list the overlay shows. */
export function ShortcutProvider({ children }: { children: ReactNode }) {
  const registry = useMemo(() => createShortcutRegistry(), []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const editable = isEditable(event.target);
      // Newest registrations win, so a dialog's keys come before the page's.
      for (const definition of [...registry.list()].reverse()) {
        if (definition.enabled === false) continue;
        if (editable && !definition.allowInEditable) continue;
        if (!matchesKeys(event, definition.keys)) continue;
        event.preventDefault();
        definition.handler(event);
        return;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [registry]);
  return <ShortcutContext value={registry}>{children}</ShortcutContext>;
}

/** Registers a shortcut while the calling component is mounted. */
export function useShortcut(definition: ShortcutDefinition): void {
  const registry = use(ShortcutContext);
  const latest = useRef(definition);
  useEffect(() => {
    latest.current = definition;
  });
  const { keys, enabled, allowInEditable, description, group } = definition;
  useEffect(() => {
    if (!registry) return undefined;
    return registry.register({
      keys,
      enabled,
      allowInEditable,
      description,
      group,
      handler: (event) => {
        latest.current.handler(event);
      },
    });
    // Descriptions are plain objects made per render; their text is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    registry,
    keys,
    enabled,
    allowInEditable,
    description.en,
    description.zh,
    group.en,
    group.zh,
  ]);
}

/** Every registered shortcut, kept current, for the overlay. */
export function useRegisteredShortcuts(): ShortcutDefinition[] {
  const registry = use(ShortcutContext);
  return useSyncExternalStore(
    (listener) => registry?.subscribe(listener) ?? (() => undefined),
    () => registry?.list() ?? NO_SHORTCUTS,
    () => NO_SHORTCUTS,
  );
}

const NO_SHORTCUTS: ShortcutDefinition[] = [];
