import { useEffect, useRef } from 'react';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/**
 * Takes a paste made anywhere on the page outside a field (text, or a file copied in a file
 * manager) while the caller is mounted.
 */
export function useDocumentPaste(handlers: {
  onFile: (file: File) => void;
  onText: (text: string) => void;
}): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isEditable(event.target)) return;
      const data = event.clipboardData;
      if (!data) return;
      const file = data.files[0];
      if (file) {
        event.preventDefault();
        latest.current.onFile(file);
        return;
      }
      const text = data.getData('text/plain');
      if (text.trim() === '') return;
      event.preventDefault();
      latest.current.onText(text);
    };
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}
