import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applySplitEdit } from '../../../core/edit/apply-split-edit.ts';
import { analyzeIssue } from '../../../core/segment/analyze-issue.ts';
import type { ItemId, ItemStatus } from '../../../storage/records.ts';
import { planSplitSave, type PersistedSplits } from './plan-split-save.ts';
import { carryStatuses, findRebuiltEdits, haveSameSplits } from './split-snapshot.ts';

const text = readFileSync(
  join(import.meta.dirname, '../../../../public/samples/taiyuan-daily-2022-09-21.txt'),
  'utf8',
);
const context = { sourceLines: text.split(/\r?\n/), language: 'zh' as const };
const { items } = analyzeIssue(text);
const persisted: PersistedSplits = {
  ids: items.map((_item, index) => `item-${index}` as ItemId),
  items,
  statuses: items.map(() => 'detected'),
};
const photo = items.findIndex((item) => item.kind === 'photo');

describe('planSplitSave', () => {
  it('writes nothing when nothing changed, even from a copy of the items', () => {
    expect(
      planSplitSave(persisted, { items: structuredClone(items), statuses: persisted.statuses }),
    ).toEqual({ type: 'none' });
  });

  it('sets statuses only when only statuses changed, one call per status', () => {
    const statuses: ItemStatus[] = [...persisted.statuses];
    statuses[0] = 'confirmed';
    statuses[2] = 'confirmed';
    statuses[3] = 'approved';
    expect(planSplitSave(persisted, { items, statuses })).toEqual({
      type: 'status',
      changes: [
        { ids: ['item-0', 'item-2'], status: 'confirmed' },
        { ids: ['item-3'], status: 'approved' },
      ],
    });
  });

  it('replaces the items with every status named when a split changed', () => {
    const moved = applySplitEdit(
      items,
      { type: 'move-start', itemIndex: photo, direction: 'down' },
      context,
    );
    const statuses = carryStatuses({ items, statuses: persisted.statuses }, moved);
    const op = planSplitSave(persisted, { items: moved, statuses });
    expect(op.type).toBe('replace');
    if (op.type !== 'replace') return;
    expect(op.items).toEqual(moved);
    expect(Object.keys(op.statuses)).toHaveLength(moved.length);
  });

  it('notices a retagged line or a changed kind as a changed split', () => {
    const retagged = applySplitEdit(
      items,
      { type: 'retag-line', line: 7, role: 'byline' },
      context,
    );
    expect(haveSameSplits(items, retagged)).toBe(false);
    const kind = applySplitEdit(
      items,
      { type: 'set-kind', itemIndex: photo, kind: 'article' },
      context,
    );
    expect(haveSameSplits(items, kind)).toBe(false);
  });
});

describe('carryStatuses', () => {
  it('keeps the status of items whose lines did not change; reshaped items start again', () => {
    const statuses: ItemStatus[] = items.map(() => 'confirmed');
    const moved = applySplitEdit(
      items,
      { type: 'move-start', itemIndex: photo, direction: 'down' },
      context,
    );
    const carried = carryStatuses({ items, statuses }, moved);
    expect(carried[photo]).toBe('detected');
    expect(carried[photo - 1]).toBe('detected');
    expect(carried[0]).toBe('confirmed');
    expect(carried).toHaveLength(moved.length);
  });
});

describe('findRebuiltEdits', () => {
  it('names the corrected articles an edit would rebuild, and no other', () => {
    const statuses: ItemStatus[] = items.map(() => 'detected');
    statuses[photo - 1] = 'corrected';
    statuses[0] = 'approved';
    const moved = applySplitEdit(
      items,
      { type: 'move-start', itemIndex: photo, direction: 'down' },
      context,
    );
    const names = findRebuiltEdits({ items, statuses }, { items: moved, statuses }, (item) =>
      String(item.startLine),
    );
    expect(names).toEqual([String(items[photo - 1]!.startLine)]);
    const retagged = applySplitEdit(
      items,
      { type: 'retag-line', line: 7, role: 'byline' },
      context,
    );
    expect(
      findRebuiltEdits({ items, statuses }, { items: retagged, statuses }, (item) =>
        String(item.startLine),
      ),
    ).toEqual(['3']);
    expect(carryStatuses({ items, statuses }, retagged)[0]).toBe('confirmed');
  });
});
