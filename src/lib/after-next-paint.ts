import { startTransition, useEffect, useState } from 'react';

/**
 * Runs `callback` in a task of its own once the next frame has been drawn (an animation frame,
 * then a timer queued from it): work a key press does not need to show at once waits there.
 * @returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * `value`, or while a newer one has not been painted yet, the one before: what depends on it
 * renders after the frame that shows the change itself, as a transition (a newer value
 * interrupts it, so quick key presses render only the last one).
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    return afterNextPaint(() => {
      startTransition(() => {
        setShown(value);
      });
    });
  }, [shown, value]);
  return shown;
}
