import { describe, expect, it } from 'vitest';
import { createHistory, recordChange, redoChange, undoChange } from './split-history.ts';

describe('split history', () => {
  it('undoes the latest change first and redoes it again', () => {
    let history = recordChange(recordChange(createHistory<string>(), 'merge'), 'move');
    const undone = undoChange(history);
    expect(undone?.change).toBe('move');
    history = undone!.history;
    expect(history).toEqual({ past: ['merge'], future: ['move'] });
    const redone = redoChange(history);
    expect(redone?.change).toBe('move');
    expect(redone?.history).toEqual({ past: ['merge', 'move'], future: [] });
  });

  it('forgets what was undone once a new change is made', () => {
    const history = undoChange(recordChange(createHistory<string>(), 'merge'))!.history;
    expect(recordChange(history, 'split')).toEqual({ past: ['split'], future: [] });
  });

  it('says when there is nothing to undo or redo', () => {
    expect(undoChange(createHistory())).toBeNull();
    expect(redoChange(createHistory())).toBeNull();
  });

  it('keeps only the latest changes', () => {
    let history = createHistory<number>();
    for (let change = 0; change < 5; change++) history = recordChange(history, change, 3);
    expect(history.past).toEqual([2, 3, 4]);
  });
});
