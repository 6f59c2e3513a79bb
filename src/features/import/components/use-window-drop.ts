import { useEffect, useRef, useState } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

function carriesText(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('text/plain') ?? false;
}

/**
 * Accepts a file (or dragged text) dropped anywhere in the window while the caller is mounted.
 * @returns whether something droppable is being dragged over the window.
 */
export function useWindowDrop(handlers: {
  onFile: (file: File) => void;
  onText: (text: string) => void;
}): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed: count them to know when the drag leaves.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event) && !carriesText(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event) && !carriesText(event)) return;
      // Without this the browser would open the file in place of the desk.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      const transfer = event.dataTransfer;
      if (!transfer) return;
      const target = event.target;
      // Text dropped into the paste box is the box's own business.
      if (target instanceof HTMLTextAreaElement && !carriesFiles(event)) return;
      event.preventDefault();
      const file = transfer.files[0];
      if (file) {
        latest.current.onFile(file);
        return;
      }
      const text = transfer.getData('text/plain');
      if (text.trim() !== '') latest.current.onText(text);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return dragging;
}
