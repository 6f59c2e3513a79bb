import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Item, ItemKind, LineRole } from '../../../core/analysis-types.ts';
import { applySplitEdit, type SplitEdit } from '../../../core/edit/apply-split-edit.ts';
import { toSourceLines } from '../../../core/decode/to-source-lines.ts';
import type { IssueRecord, ItemId, ItemRecord, ItemStatus } from '../../../storage/records.ts';
import { buildReviewRows, type ReviewRowModel } from '../model/build-review-rows.ts';
import { toPersistedSplits } from '../model/persisted-splits.ts';
import type { PersistedSplits } from '../model/plan-split-save.ts';
import { findNextDoubtful, isUndecided } from '../model/review-queue.ts';
import {
  createHistory,
  recordChange,
  redoChange,
  undoChange,
  type History,
} from '../model/split-history.ts';
import {
  createSplitSaver,
  type SaveState,
  type SplitPersistence,
  type SplitSaver,
} from '../model/split-saver.ts';
import {
  carryStatuses,
  findRebuiltEdits,
  haveSameSplits,
  linesKey,
  looksTheSame,
  type SplitSnapshot,
} from '../model/split-snapshot.ts';

/** One change a person made, as undo and redo see it. */
export interface SplitChange {
  /** Says what the change was, for "Undo: …" (already in the interface language). */
  label: string;
  /** The splits before. */
  before: SplitSnapshot;
  /** The splits after. */
  after: SplitSnapshot;
}

/** Which split is selected, and which of its lines the line cursor is on. */
export interface Selection {
  /** Index of the selected item. */
  item: number;
  /** 1-based line the cursor is on. */
  line: number;
}

/** What the page tells the person about the last action, read out by screen readers. */
export type Notice =
  | { key: 'accepted' | 'merged' | 'kind'; number: number; kind?: ItemKind }
  | { key: 'acceptedAll'; count: number }
  | { key: 'moved'; number: number; line: number }
  | { key: 'split'; line: number }
  | { key: 'retagged'; line: number; role: LineRole }
  | { key: 'undone' | 'redone'; change: string }
  | {
      key:
        | 'allDecided'
        | 'noPrevious'
        | 'cannotMove'
        | 'cannotSplit'
        | 'nothingToUndo'
        | 'nothingToRedo';
    };

/** A change waiting for the person to confirm that corrected articles may be rebuilt. */
export interface PendingConfirm {
  /** Headlines (or first lines) of the corrected articles the change reshapes. */
  names: string[];
  /** Goes ahead. */
  run: () => void;
}

/** Labels the hook needs in the interface language. */
export interface SplitChangeLabels {
  accept: (number: number) => string;
  acceptAll: (count: number) => string;
  merge: (number: number) => string;
  move: (number: number) => string;
  split: (line: number) => string;
  kind: (number: number) => string;
  retag: (line: number) => string;
}

/** Everything the split review screen shows and does. */
export interface SplitReview {
  /** The issue's source lines (index 0 = line 1). */
  sourceLines: readonly string[];
  /** The items as shown: the person's latest splits, saved or being saved. */
  items: readonly Item[];
  /** Status of each shown item. */
  statuses: readonly ItemStatus[];
  /** Record id of each shown item; null while a reshaped item is not saved yet. */
  ids: readonly (ItemId | null)[];
  /** Rows of the text pane. */
  rows: ReviewRowModel;
  /** The selection, kept inside the items. */
  selection: Selection;
  /** Saving, saved, failed or in conflict. */
  saveState: SaveState;
  /** Undo and redo stacks. */
  history: History<SplitChange>;
  /** What the last action did. */
  notice: { id: number; notice: Notice } | null;
  /** A change waiting for confirmation. */
  pendingConfirm: PendingConfirm | null;
  /** The actions; the same object for the life of the screen. */
  actions: SplitReviewActions;
}

/** The actions of the split review; stable, so memoised rows never re-render for them. */
export interface SplitReviewActions {
  /** Selects an item (its first line gets the cursor). */
  selectItem: (itemIndex: number) => void;
  /** Puts the line cursor on a line and selects the item holding it. */
  selectLine: (line: number) => void;
  /** Selects the next (+1) or previous (-1) split. */
  stepItem: (step: 1 | -1) => void;
  /** Moves the line cursor to the next (+1) or previous (-1) shown line. */
  stepLine: (step: 1 | -1) => void;
  /** Selects the next undecided split, least confident first. */
  nextDoubtful: () => void;
  /** Accepts a split (the selected one by default). */
  accept: (itemIndex?: number) => void;
  /** Accepts every undecided split. */
  acceptAll: () => void;
  /** Rejects a split: the item joins the one before it. */
  merge: (itemIndex?: number) => void;
  /** Moves a split's first line boundary a line up or down. */
  move: (direction: 'up' | 'down', itemIndex?: number) => void;
  /** Starts a new item at the cursor line. */
  splitAtCursor: () => void;
  /** Changes an item's kind. */
  setKind: (kind: ItemKind, itemIndex?: number) => void;
  /** Changes the role of a line (the cursor line by default). */
  retag: (role: LineRole, line?: number) => void;
  /** Undoes the last change. */
  undo: () => void;
  /** Redoes the last undone change. */
  redo: () => void;
  /** Writes the shown splits again after a failed save. */
  retrySave: () => void;
  /** Drops local changes and history after another tab changed the splits. */
  reload: () => void;
  /** Goes ahead with, or drops, the change waiting for confirmation. */
  answerConfirm: (confirmed: boolean) => void;
}

interface Draft {
  snapshot: SplitSnapshot;
  /** The records shown when the draft was made; once they change, storage has caught up. */
  basedOn: readonly ItemRecord[];
}

/**
 * The split review's state and actions: the person's splits over the stored ones, undo and redo,
 * the selection, and saving through `persistence` one write at a time.
 */
export function useSplitReview({
  issue,
  records,
  persistence,
  labels,
  onReload,
}: {
  issue: IssueRecord;
  records: readonly ItemRecord[];
  persistence: SplitPersistence;
  labels: SplitChangeLabels;
  onReload: () => void;
}): SplitReview {
  const sourceLines = useMemo(() => toSourceLines(issue.text), [issue.text]);
  const server = useMemo(() => toPersistedSplits(records), [records]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ type: 'idle' });
  const [history, setHistory] = useState(createHistory<SplitChange>);
  const [rawSelection, setSelection] = useState<Selection>(() => ({
    item: 0,
    line: server.items[0]?.startLine ?? 1,
  }));
  const [notice, setNotice] = useState<{ id: number; notice: Notice } | null>(null);
  const [pendingConfirm, setPendingConfirm] = useState<PendingConfirm | null>(null);

  const busy = saveState.type !== 'saved' && saveState.type !== 'idle';
  const showDraft = draft !== null && (busy || draft.basedOn === records);
  const shown: SplitSnapshot = showDraft ? draft.snapshot : server;
  // Records read back after a save are new objects with the same splits: keep showing the items
  // already laid out, so a status change never lays out a 30,000-line issue again.
  const [laidOut, setLaidOut] = useState({ seen: shown.items, items: shown.items });
  let items = laidOut.items;
  if (laidOut.seen !== shown.items) {
    items = haveSameSplits(laidOut.items, shown.items, looksTheSame) ? laidOut.items : shown.items;
    setLaidOut({ seen: shown.items, items });
  }
  const view = useMemo(
    (): SplitSnapshot => ({ items, statuses: shown.statuses }),
    [items, shown.statuses],
  );
  const ids = useMemo(() => idsOf(view, server), [view, server]);
  const rows = useMemo(() => buildReviewRows(view.items, sourceLines), [view.items, sourceLines]);
  const selection = clampSelection(rawSelection, view.items, rows);

  // Handlers read the latest render through this ref, so they can stay the same functions.
  const latest = useRef({
    view,
    server,
    records,
    issue,
    rows,
    selection,
    history,
    sourceLines,
    labels,
    persistence,
    onReload,
    pendingConfirm,
  });
  useLayoutEffect(() => {
    latest.current = {
      view,
      server,
      records,
      issue,
      rows,
      selection,
      history,
      sourceLines,
      labels,
      persistence,
      onReload,
      pendingConfirm,
    };
  });

  const saverRef = useRef<SplitSaver | null>(null);
  const getSaver = useCallback((): SplitSaver => {
    saverRef.current ??= createSplitSaver({
      persistence: () => latest.current.persistence,
      readStored: () => ({
        version: latest.current.records,
        splits: latest.current.server,
        revision: latest.current.issue.revision,
      }),
      onState: setSaveState,
    });
    return saverRef.current;
  }, []);

  const actions = useMemo((): SplitReviewActions => {
    const say = (next: Notice) => {
      setNotice((previous) => ({ id: (previous?.id ?? 0) + 1, notice: next }));
    };
    const show = (snapshot: SplitSnapshot) => {
      setDraft({ snapshot, basedOn: latest.current.records });
      getSaver().save(snapshot);
    };
    // Reshaping an article corrected in the editor rebuilds it from the source: ask first.
    const guard = (before: SplitSnapshot, after: SplitSnapshot, run: () => void) => {
      const names = findRebuiltEdits(
        before,
        after,
        (item) => item.headline ?? firstLineOf(item, latest.current.sourceLines),
      );
      if (names.length === 0) run();
      else setPendingConfirm({ names, run });
    };
    const commit = (change: SplitChange, selectionAfter?: Selection, done?: Notice) => {
      guard(change.before, change.after, () => {
        setHistory((current) => recordChange(current, change));
        show(change.after);
        if (selectionAfter) setSelection(selectionAfter);
        if (done) say(done);
      });
    };
    const target = (itemIndex?: number) => itemIndex ?? latest.current.selection.item;
    const context = () => ({
      sourceLines: latest.current.sourceLines,
      language: latest.current.issue.language,
    });
    const editSplits = (
      edit: SplitEdit,
      label: string,
      after: (items: Item[]) => { selection: Selection; notice: Notice },
      refusal: Notice,
    ) => {
      const before = latest.current.view;
      const items = inSourceOrder(applySplitEdit(before.items, edit, context()));
      if (haveSameSplits(before.items, items)) {
        say(refusal);
        return;
      }
      const result = after(items);
      commit(
        { label, before, after: { items, statuses: carryStatuses(before, items) } },
        result.selection,
        result.notice,
      );
    };
    const setStatuses = (indexes: number[], label: string, done: Notice) => {
      const before = latest.current.view;
      const statuses = [...before.statuses];
      for (const index of indexes) statuses[index] = 'confirmed';
      commit({ label, before, after: { items: before.items, statuses } }, undefined, done);
    };
    const selectItem = (itemIndex: number) => {
      const item = latest.current.view.items[itemIndex];
      if (item) setSelection({ item: itemIndex, line: item.startLine });
    };

    return {
      selectItem,
      selectLine(line) {
        const owner = latest.current.rows.lineOwners[line] ?? -1;
        setSelection((current) => ({ item: owner >= 0 ? owner : current.item, line }));
      },
      stepItem(step) {
        const { view: current, selection: selected } = latest.current;
        const next = Math.min(current.items.length - 1, Math.max(0, selected.item + step));
        selectItem(next);
      },
      stepLine(step) {
        const { rows: model, selection: selected } = latest.current;
        let row = model.lineRows[selected.line] ?? -1;
        if (row < 0) row = model.boundaryRows[selected.item] ?? 0;
        for (let index = row + step; index >= 0 && index < model.rows.length; index += step) {
          const candidate = model.rows[index];
          if (candidate?.type === 'line') {
            const owner = candidate.itemIndex;
            setSelection({ item: owner >= 0 ? owner : selected.item, line: candidate.line });
            return;
          }
        }
      },
      nextDoubtful() {
        const { view: current, selection: selected } = latest.current;
        const next = findNextDoubtful(current.items, current.statuses, selected.item);
        if (next === null) say({ key: 'allDecided' });
        else selectItem(next);
      },
      accept(itemIndex) {
        const index = target(itemIndex);
        const { view: current, labels: words } = latest.current;
        if (!current.items[index] || !isUndecided(current.statuses[index])) return;
        setStatuses([index], words.accept(index + 1), { key: 'accepted', number: index + 1 });
      },
      acceptAll() {
        const { view: current, labels: words } = latest.current;
        const indexes = current.items.flatMap((_item, index) =>
          isUndecided(current.statuses[index]) ? [index] : [],
        );
        if (indexes.length === 0) {
          say({ key: 'allDecided' });
          return;
        }
        setStatuses(indexes, words.acceptAll(indexes.length), {
          key: 'acceptedAll',
          count: indexes.length,
        });
      },
      merge(itemIndex) {
        const index = target(itemIndex);
        editSplits(
          { type: 'merge-with-previous', itemIndex: index },
          latest.current.labels.merge(index + 1),
          (items) => {
            // The item merged into is the nearest one before that is not furniture inside it.
            const merged = items.findIndex((item) =>
              item.lines.includes(latest.current.view.items[index]?.startLine ?? -1),
            );
            const into = Math.max(0, merged);
            return {
              selection: { item: into, line: items[into]?.startLine ?? 1 },
              notice: { key: 'merged', number: index + 1 },
            };
          },
          { key: 'noPrevious' },
        );
      },
      move(direction, itemIndex) {
        const index = target(itemIndex);
        editSplits(
          { type: 'move-start', itemIndex: index, direction },
          latest.current.labels.move(index + 1),
          (items) => {
            const line = items[index]?.startLine ?? 1;
            return {
              selection: { item: index, line },
              notice: { key: 'moved', number: index + 1, line },
            };
          },
          latest.current.view.items[index - 1] ? { key: 'cannotMove' } : { key: 'noPrevious' },
        );
      },
      splitAtCursor() {
        const { selection: selected, labels: words, rows: model } = latest.current;
        const owner = model.lineOwners[selected.line] ?? -1;
        editSplits(
          { type: 'split-at', itemIndex: owner, line: selected.line },
          words.split(selected.line),
          (items) => {
            const created = items.findIndex((item) => item.startLine === selected.line);
            return {
              selection: { item: Math.max(0, created), line: selected.line },
              notice: { key: 'split', line: selected.line },
            };
          },
          { key: 'cannotSplit' },
        );
      },
      setKind(kind, itemIndex) {
        const index = target(itemIndex);
        const current = latest.current.view.items[index];
        if (!current || current.kind === kind) return;
        editSplits(
          { type: 'set-kind', itemIndex: index, kind },
          latest.current.labels.kind(index + 1),
          () => ({
            selection: { item: index, line: latest.current.selection.line },
            notice: { key: 'kind', number: index + 1, kind },
          }),
          { key: 'cannotMove' },
        );
      },
      retag(role, line) {
        const at = line ?? latest.current.selection.line;
        const owner = latest.current.rows.lineOwners[at] ?? -1;
        const current = latest.current.view.items[owner];
        if (!current || (current.roles[at] ?? 'body') === role) return;
        editSplits(
          { type: 'retag-line', line: at, role },
          latest.current.labels.retag(at),
          () => ({
            selection: { item: owner, line: at },
            notice: { key: 'retagged', line: at, role },
          }),
          { key: 'cannotSplit' },
        );
      },
      undo() {
        const result = undoChange(latest.current.history);
        if (!result) {
          say({ key: 'nothingToUndo' });
          return;
        }
        guard(latest.current.view, result.change.before, () => {
          setHistory(result.history);
          show(result.change.before);
          say({ key: 'undone', change: result.change.label });
        });
      },
      redo() {
        const result = redoChange(latest.current.history);
        if (!result) {
          say({ key: 'nothingToRedo' });
          return;
        }
        guard(latest.current.view, result.change.after, () => {
          setHistory(result.history);
          show(result.change.after);
          say({ key: 'redone', change: result.change.label });
        });
      },
      retrySave() {
        show(latest.current.view);
      },
      reload() {
        getSaver().reset();
        setDraft(null);
        setHistory(createHistory<SplitChange>());
        latest.current.onReload();
      },
      answerConfirm(confirmed) {
        const pending = latest.current.pendingConfirm;
        setPendingConfirm(null);
        if (confirmed && pending) pending.run();
      },
    };
  }, [getSaver]);

  return {
    sourceLines,
    items: view.items,
    statuses: view.statuses,
    ids,
    rows,
    selection,
    saveState,
    history,
    notice,
    pendingConfirm,
    actions,
  };
}

// Ids of the shown items: the stored record's where the item's lines are stored as they are.
function idsOf(view: SplitSnapshot, server: PersistedSplits): (ItemId | null)[] {
  if (view.items === server.items) return [...server.ids];
  const byLines = new Map<string, ItemId>();
  server.items.forEach((item, index) => {
    const id = server.ids[index];
    if (id) byLines.set(linesKey(item), id);
  });
  return view.items.map((item) => byLines.get(linesKey(item)) ?? null);
}

function clampSelection(
  selection: Selection,
  items: readonly Item[],
  rows: ReviewRowModel,
): Selection {
  if (items.length === 0) return { item: 0, line: 1 };
  const item = Math.min(Math.max(0, selection.item), items.length - 1);
  if ((rows.lineRows[selection.line] ?? -1) >= 0) {
    // The same object while nothing moved, so what depends on the selection can be memoised.
    return item === selection.item ? selection : { item, line: selection.line };
  }
  return { item, line: items[item]?.startLine ?? 1 };
}

// Items stay in source order: a split inside an article that holds an inset (a slogan) would
// otherwise put the new item before the inset.
function inSourceOrder(items: Item[]): Item[] {
  for (let index = 1; index < items.length; index++) {
    if ((items[index - 1]?.startLine ?? 0) > (items[index]?.startLine ?? 0)) {
      return [...items].sort((a, b) => a.startLine - b.startLine);
    }
  }
  return items;
}

function firstLineOf(item: Item, sourceLines: readonly string[]): string {
  return (sourceLines[item.startLine - 1] ?? '').trim().slice(0, 24);
}
