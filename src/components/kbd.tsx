import { Fragment } from 'react';
import './components.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const KEY_NAMES: Record<string, string> = {
  Mod: isMac ? '⌘' : 'Ctrl',
  Shift: isMac ? '⇧' : 'Shift',
  Alt: isMac ? '⌥' : 'Alt',
  Enter: 'Enter',
  Escape: 'Esc',
  Delete: 'Delete',
  Backspace: 'Backspace',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  ' ': 'Space',
  Space: 'Space',
};

/** How a single key of a combination is shown ('Mod' → Ctrl or ⌘, 'ArrowDown' → ↓). */
export function formatKey(key: string): string {
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** Splits a combination such as 'Mod+Shift+L' into its keys ('+' alone stays one key). */
export function splitKeys(keys: string): string[] {
  if (keys === '+') return ['+'];
  if (keys.endsWith('++')) return [...keys.slice(0, -2).split('+'), '+'];
  return keys.split('+');
}

/**
 * A key combination as keyboard keys, e.g. `<Kbd keys="Mod+Shift+L" />`; several alternatives
 * are given as an array and shown separated by a slash.
 */
export function Kbd({ keys }: { keys: string | readonly string[] }) {
  const alternatives = typeof keys === 'string' ? [keys] : keys;
  return (
    <span className="kbd-combo">
      {alternatives.map((combo, alternative) => (
        <Fragment key={combo}>
          {alternative > 0 ? <span className="kbd-combo__or"> / </span> : null}
          {splitKeys(combo).map((key, index) => (
            <Fragment key={`${key}-${index}`}>
              {index > 0 ? <span className="kbd-combo__plus">+</span> : null}
              <kbd className="kbd">{formatKey(key)}</kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </span>
  );
}
