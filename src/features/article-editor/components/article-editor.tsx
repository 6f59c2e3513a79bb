import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Editor, Range, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { History } from 'slate-history';
import { ReactEditor, Slate } from 'slate-react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useToast } from '../../../components/toast.tsx';
import type { IssueSnapshot } from '../../../core/export/issue-snapshot.ts';
import { toArticleContent } from '../../../core/article/to-article-content.ts';
import { toSourceLines } from '../../../core/decode/to-source-lines.ts';
import { useT } from '../../../lib/i18n.tsx';
import { navigate, routes } from '../../../lib/navigation.ts';
import { useImportBackup } from '../../../lib/queries/export-queries.ts';
import { useSaveArticle } from '../../../lib/queries/item-queries.ts';
import { useShortcut } from '../../../lib/shortcuts.tsx';
import {
  IssueExistsError,
  RecordNotFoundError,
  RevisionConflictError,
  StorageFullError,
} from '../../../storage/galley-store.ts';
import type { ArticleSave } from '../../../storage/galley-store.ts';
import type {
  ArticleContent,
  ArticleFlag,
  IssueRecord,
  ItemRecord,
  ItemStatus,
  RevisionRecord,
} from '../../../storage/records.ts';
import { clearDraft, readDraft, writeDraft } from '../api/draft-journal.ts';
import { useSaveOtherArticles } from '../api/use-save-other-articles.ts';
import { useAutosave } from '../hooks/use-autosave.ts';
import {
  applyFlagToContent,
  articleToText,
  changedParts,
  fieldText,
  isSameContent,
  isSameFault,
  locateFieldFlag,
  placeFlagsForSave,
  setFieldText,
  shiftSubtitleFlags,
  sortFlagsInReadingOrder,
  spliceText,
  statusAfterEdit,
  toFields,
} from '../model/article-draft.ts';
import type { ArticleFields } from '../model/article-draft.ts';
import { bothLanguages, editorMessages } from '../messages.ts';
import type { EditorMessageKey } from '../messages.ts';
import { setBlockType, toBodyBlocks, toBodyValue } from '../slate/article-schema.ts';
import type { BlockType } from '../slate/article-schema.ts';
import { createArticleEditor } from '../slate/create-article-editor.ts';
import { setPasteRefusalHandler } from '../slate/plain-text-paste.ts';
import {
  blockRange,
  createFlagDecorate,
  getFlagAnchor,
  locateFlag,
  moveFlagAnchor,
  setFlagAnchors,
} from '../slate/flag-anchors.ts';
import type { BlockOffset } from '../slate/flag-anchors.ts';
import { ArticleFieldsForm, fieldFlagNoteId, fieldInputId } from './article-fields.tsx';
import type { FieldsUpdate } from './article-fields.tsx';
import { ArticleHeader, itemTitle } from './article-header.tsx';
import type { Neighbour } from './article-header.tsx';
import { BLOCK_TYPE_KEYS, BodyEditor, BodyStats, BodyToolbar } from './body-editor.tsx';
import { ConflictDialog } from './conflict-dialog.tsx';
import type { FlagActions } from './flag-details.tsx';
import { FlagPopover } from './flag-popover.tsx';
import type { PopoverAnchor } from './flag-popover.tsx';
import { SidePanel } from './side-panel.tsx';
import { StorageAlert } from './storage-alert.tsx';
import type { ListedFlag, PanelTab } from './side-panel.tsx';

/** Two saved versions of the article that the person must choose between. */
interface Conflict {
  /** This tab's version. */
  mine: ArticleSave;
  /** The version stored by another tab. */
  theirs: ItemRecord;
  /** "Mine" came from the journal when the article opened (the page had closed unsaved). */
  recovered?: boolean;
}

type Batch = History['undos'][number];

const SHORTCUT_GROUP = bothLanguages('shortcut.group');

/** Body flags as editor anchors. */
function bodyAnchors(flags: readonly ArticleFlag[]): [string, BlockOffset][] {
  return flags.flatMap((flag): [string, BlockOffset][] =>
    flag.target.kind === 'body'
      ? [[flag.id, { block: flag.target.block, offset: flag.offset }]]
      : [],
  );
}

function sameDraft(
  a: { content: ArticleContent; flags: ArticleFlag[]; status: ItemStatus },
  b: { content: ArticleContent; flags: ArticleFlag[]; status: ItemStatus },
): boolean {
  return (
    a.status === b.status &&
    isSameContent(a.content, b.content) &&
    JSON.stringify(a.flags.map((flag) => flag.state)) ===
      JSON.stringify(b.flags.map((flag) => flag.state))
  );
}

/** What the editor opens with: the stored record, or unsaved work the journal kept. */
function openDraft(record: ItemRecord) {
  const journal = readDraft(record.id);
  const stored = { content: record.content, flags: record.flags, status: record.status };
  if (!journal || sameDraft(journal, stored)) {
    if (journal) clearDraft(record.id);
    return { ...stored, restored: false, conflict: null };
  }
  if (journal.baseRevision === record.revision) {
    return {
      content: journal.content,
      flags: journal.flags,
      status: journal.status,
      restored: true,
      conflict: null,
    };
  }
  // Saved elsewhere since: both versions are shown and the person chooses.
  const conflict: Conflict = {
    mine: { content: journal.content, flags: journal.flags, status: journal.status, summary: '' },
    theirs: record,
    recovered: true,
  };
  return { ...stored, restored: false, conflict };
}

/**
 * True for the errors of a write whose connection the browser closed under it (storage cleared):
 * the store opens the database again on the next write.
 */
function isConnectionLost(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'InvalidStateError' || error.name === 'TransactionInactiveError')
  );
}

/** What is gone from storage while the article is open: its issue, or the article alone. */
export type GoneFromStorage = 'issue' | 'article';

/** Replaces the whole body (another version chosen), outside the undo history. */
function replaceDocument(editor: Editor, value: Descendant[]): void {
  HistoryEditor.withoutSaving(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      Transforms.deselect(editor);
      for (let index = editor.children.length - 1; index >= 0; index -= 1) {
        Transforms.removeNodes(editor, { at: [index] });
      }
      Transforms.insertNodes(editor, value, { at: [0] });
    });
  });
  editor.history = { undos: [], redos: [] };
}

/**
 * The article editor: fields, the Slate body with its OCR flags, the side panel, saving with a
 * journal, conflict resolution, history and restore, and navigation within the issue. When the
 * issue or the article is `gone` from storage (cleared, or deleted elsewhere) it keeps the text
 * on screen and in the journal, and can put the issue back; `onMissing` asks the page to look
 * again when a save finds the article gone.
 */
export function ArticleEditor({
  issue,
  items,
  record,
  gone = null,
  onMissing,
}: {
  issue: IssueRecord;
  items: readonly ItemRecord[];
  record: ItemRecord;
  gone?: GoneFromStorage | null;
  onMissing?: () => void;
}) {
  const t = useT(editorMessages);
  const toast = useToast();
  const idPrefix = `article-${useId().replace(/[^\w-]/g, '')}`;
  const lang = issue.language;
  const saveMutation = useSaveArticle(record.id);
  const otherMutation = useSaveOtherArticles(record.issueId);
  const putBackMutation = useImportBackup();

  const [start] = useState(() => openDraft(record));
  const [editor] = useState(() => {
    const created = createArticleEditor();
    setFlagAnchors(created, bodyAnchors(start.flags));
    return created;
  });
  const [initialValue] = useState(() => toBodyValue(start.content.body));

  const [fields, setFieldsState] = useState<ArticleFields>(() => toFields(start.content));
  const [flags, setFlagsState] = useState<ArticleFlag[]>(start.flags);
  const [savedStatus, setSavedStatus] = useState<ItemStatus>(record.status);
  const [conflict, setConflict] = useState<Conflict | null>(start.conflict);
  const [resolving, setResolving] = useState(false);
  const [popover, setPopover] = useState<{
    flagId: string;
    anchor: PopoverAnchor;
    /** Opened from the keyboard: the focus moves into it. */
    focus: boolean;
  } | null>(null);
  const popoverOpen = useRef(false);
  const [tab, setTab] = useState<PanelTab>('flags');
  const articleRef = useRef<HTMLElement>(null);
  const headerRef = useRef<HTMLDivElement>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoreAsked, setRestoreAsked] = useState<RevisionRecord | null>(null);
  const [puttingBack, setPuttingBack] = useState(false);
  const [journalFailed, setJournalFailed] = useState(false);

  // The latest draft, read by saves and the journal (refs: they must not wait for a render).
  const fieldsRef = useRef(fields);
  const flagsRef = useRef(flags);
  const statusRef = useRef<ItemStatus>(start.status);
  const baseRevision = useRef(record.revision);
  const lastSaved = useRef<ArticleContent>(record.content);
  const editedSinceSave = useRef(start.restored);
  const changeCount = useRef(0);
  const replacing = useRef(false);
  // The document a stored version put in: its change notice (a microtask later) is not an edit.
  const adoptedChildren = useRef<Descendant[] | null>(null);
  const appliedBatches = useRef(new Map<string, Batch>());
  const lastFlagId = useRef<string | null>(null);

  const sourceLines = useMemo(() => toSourceLines(issue.text), [issue.text]);
  // The engine's reading of the scanned text, before anyone corrected it: what Changes compares with.
  const originalText = useMemo(
    () => articleToText(toArticleContent(record.item, [], sourceLines, issue.language).content),
    [record.item, sourceLines, issue.language],
  );

  const updateFields = useCallback((update: FieldsUpdate) => {
    fieldsRef.current = update(fieldsRef.current);
    setFieldsState(fieldsRef.current);
  }, []);
  const updateFlags = useCallback((update: (flags: ArticleFlag[]) => ArticleFlag[]) => {
    flagsRef.current = update(flagsRef.current);
    setFlagsState(flagsRef.current);
  }, []);

  /** Where a body flag is now: open ones where their text is, others where their anchor is. */
  const bodyLocation = useCallback(
    (flag: ArticleFlag) =>
      flag.state === 'open' ? locateFlag(editor, flag) : getFlagAnchor(editor, flag.id),
    [editor],
  );

  /** The draft as it would be saved now. */
  const snapshot = useCallback(() => {
    const { blocks, blockIndex } = toBodyBlocks(editor.children);
    const content: ArticleContent = { ...fieldsRef.current, body: blocks };
    return {
      content,
      flags: placeFlagsForSave(flagsRef.current, fieldsRef.current, bodyLocation, blockIndex),
      status: editedSinceSave.current ? statusAfterEdit(statusRef.current) : statusRef.current,
    };
  }, [editor, bodyLocation]);

  const journalOk = useRef(true);
  /** Writes the unsaved draft to the journal now. */
  const writeJournal = useCallback(() => {
    const ok = writeDraft({
      itemId: record.id,
      baseRevision: baseRevision.current,
      writtenAt: Date.now(),
      ...snapshot(),
    });
    if (ok !== journalOk.current) {
      journalOk.current = ok;
      setJournalFailed(!ok);
    }
  }, [record.id, snapshot]);
  const journalQueued = useRef(false);
  /**
   * Journals an edit before the browser does anything else (once per task, however many changes
   * it made): no timer, so a reload, a closed tab or a crashed renderer right after a keystroke
   * still finds it, and so does a test that holds the page's clock.
   */
  const journal = useCallback(() => {
    if (journalQueued.current) return;
    journalQueued.current = true;
    queueMicrotask(() => {
      journalQueued.current = false;
      writeJournal();
    });
  }, [writeJournal]);
  const forgetJournal = useCallback(() => {
    clearDraft(record.id);
  }, [record.id]);

  const summarize = useCallback(
    (content: ArticleContent, status: ItemStatus): string => {
      const parts = changedParts(lastSaved.current, content);
      if (parts.length > 0) {
        return t('summary.edited', {
          parts: parts.map((part) => t(`part.${part}` as EditorMessageKey)).join(', '),
        });
      }
      return status === 'approved' ? t('summary.approved') : t('summary.flags');
    },
    [t],
  );

  const saveNow = useCallback(async () => {
    const draft = snapshot();
    statusRef.current = draft.status;
    editedSinceSave.current = false;
    const save: ArticleSave = { ...draft, summary: summarize(draft.content, draft.status) };
    const counted = changeCount.current;
    const attempt = () =>
      saveMutation.mutateAsync({ save, expectedRevision: baseRevision.current });
    try {
      // A write caught by the storage being cleared goes once more, to the reopened database.
      const saved = await attempt().catch((error: unknown) => {
        if (isConnectionLost(error)) return attempt();
        throw error;
      });
      baseRevision.current = saved.revision;
      lastSaved.current = save.content;
      setSavedStatus(saved.status);
      if (changeCount.current === counted) forgetJournal();
      else writeJournal();
    } catch (error) {
      if (error instanceof RevisionConflictError && 'issueId' in error.current) {
        setConflict({ mine: save, theirs: error.current });
      }
      if (error instanceof RecordNotFoundError) onMissing?.();
      throw error;
    }
  }, [snapshot, summarize, saveMutation, forgetJournal, writeJournal, onMissing]);

  // Nothing can be saved while the article is gone from storage: the journal keeps it instead.
  const autosave = useAutosave(saveNow, { paused: conflict !== null || gone !== null });
  const { markDirty, flush, markSaved, hasUnsaved } = autosave;

  const contentChanged = useCallback(() => {
    editedSinceSave.current = true;
    changeCount.current += 1;
    journal();
    markDirty();
  }, [journal, markDirty]);

  // A pasted fragment that is not the body's own is left out: say so.
  useEffect(
    () =>
      setPasteRefusalHandler(editor, ({ textPasted }) => {
        const message = t(textPasted ? 'body.pasteRefused' : 'body.pasteRefusedNothing');
        toast.show({ message, tone: 'error' });
      }),
    [editor, toast, t],
  );

  // Unsaved work found in the journal is saved again straight away.
  useEffect(() => {
    if (!start.restored) return;
    markDirty();
    toast.show({ message: t('save.restored') });
  }, [start.restored, markDirty, toast, t]);

  /** Puts a stored version in the editor (another tab's, or the one chosen in a conflict). */
  const adopt = useCallback(
    (next: { content: ArticleContent; flags: ArticleFlag[] }) => {
      replacing.current = true;
      replaceDocument(editor, toBodyValue(next.content.body));
      replacing.current = false;
      adoptedChildren.current = editor.children;
      setFlagAnchors(editor, bodyAnchors(next.flags));
      appliedBatches.current.clear();
      fieldsRef.current = toFields(next.content);
      setFieldsState(fieldsRef.current);
      flagsRef.current = next.flags;
      setFlagsState(next.flags);
      setPopover(null);
    },
    [editor],
  );

  // Another tab saved this article while nothing was unsaved here: show its version.
  const saveState = autosave.state;
  useEffect(() => {
    if (record.revision <= baseRevision.current || saveState !== 'saved' || conflict) return;
    adopt(record);
    baseRevision.current = record.revision;
    lastSaved.current = record.content;
    statusRef.current = record.status;
    editedSinceSave.current = false;
    setSavedStatus(record.status);
  }, [record, saveState, conflict, adopt]);

  /** An applied flag whose edit was undone is open again (and applied again on redo). */
  const reconcileAppliedFlags = useCallback(() => {
    const { redos } = editor.history;
    const changes = new Map<string, 'open' | 'applied'>();
    for (const [id, batch] of appliedBatches.current) {
      const wanted = redos.includes(batch) ? 'open' : 'applied';
      const flag = flagsRef.current.find((candidate) => candidate.id === id);
      if (flag && flag.state !== 'dismissed' && flag.state !== wanted) changes.set(id, wanted);
    }
    if (changes.size === 0) return;
    updateFlags((current) =>
      current.map((flag) => {
        const state = changes.get(flag.id);
        return state ? { ...flag, state } : flag;
      }),
    );
  }, [editor, updateFlags]);

  const onValueChange = useCallback(() => {
    if (replacing.current || editor.children === adoptedChildren.current) return;
    // Typing on closes a popover opened by a click.
    if (popoverOpen.current) {
      popoverOpen.current = false;
      setPopover(null);
    }
    reconcileAppliedFlags();
    contentChanged();
  }, [editor, reconcileAppliedFlags, contentChanged]);

  const onFieldsChange = useCallback(
    (update: FieldsUpdate) => {
      updateFields(update);
      contentChanged();
    },
    [updateFields, contentChanged],
  );

  const onRemoveSubtitle = useCallback(
    (index: number) => {
      updateFields((current) => ({
        ...current,
        subtitles: current.subtitles.filter((_, at) => at !== index),
      }));
      updateFlags((current) => shiftSubtitleFlags(current, index));
      contentChanged();
    },
    [updateFields, updateFlags, contentChanged],
  );

  const onBlur = useCallback(() => {
    void flush();
  }, [flush]);

  // Flags ------------------------------------------------------------------------------------

  /** Open, and its text is still where it was. */
  const isVisible = useCallback(
    (flag: ArticleFlag) => {
      if (flag.state !== 'open') return false;
      if (flag.target.kind === 'body') return locateFlag(editor, flag) !== null;
      return locateFieldFlag(fieldsRef.current, flag) !== null;
    },
    [editor],
  );

  const decoratedFlags = useMemo(
    () =>
      flags
        .filter((flag) => flag.state === 'open' && flag.target.kind === 'body')
        .map((flag) => ({ id: flag.id, text: flag.text, severity: flag.severity })),
    [flags],
  );
  const decorate = useMemo(
    () => createFlagDecorate(editor, decoratedFlags),
    [editor, decoratedFlags],
  );

  const fieldFlags = useMemo(
    () =>
      flags.filter(
        (flag) =>
          flag.state === 'open' &&
          flag.target.kind === 'field' &&
          locateFieldFlag(fields, flag) !== null,
      ),
    [flags, fields],
  );

  const closePopover = useCallback(
    (returnFocus: boolean) => {
      popoverOpen.current = false;
      setPopover(null);
      if (returnFocus) ReactEditor.focus(editor);
    },
    [editor],
  );

  /**
   * Shows a flag: selects its text and opens its popover, or moves to its note under a field.
   * From the keyboard the focus moves into the popover (Enter applies); a click leaves it in the
   * text, so a person placing the caret can keep typing.
   */
  const openFlag = useCallback(
    (flagId: string, focus = true) => {
      const flag = flagsRef.current.find((candidate) => candidate.id === flagId);
      if (!flag || !isVisible(flag)) return;
      lastFlagId.current = flag.id;
      if (flag.target.kind === 'field') {
        setPopover(null);
        const note = document.getElementById(fieldFlagNoteId(idPrefix, flag.id));
        note?.scrollIntoView({ block: 'center' });
        (note?.querySelector('button') ?? note)?.focus({ preventScroll: true });
        return;
      }
      const found = locateFlag(editor, flag);
      if (!found) return;
      const range = blockRange(editor, found.block, found.offset, found.length);
      if (focus) Transforms.select(editor, range);
      try {
        const dom = ReactEditor.toDOMRange(editor, range);
        dom.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = dom.getBoundingClientRect();
        popoverOpen.current = true;
        setPopover({
          flagId: flag.id,
          focus,
          anchor: {
            top: rect.top + window.scrollY,
            bottom: rect.bottom + window.scrollY,
            left: rect.left + window.scrollX,
          },
        });
      } catch {
        // The text is not rendered yet (it will be on the next frame): select only.
      }
    },
    [editor, idPrefix, isVisible],
  );

  const onFlagClick = useCallback(
    (flagId: string) => {
      openFlag(flagId, false);
    },
    [openFlag],
  );
  const onEditorEscape = useCallback(() => {
    if (!popoverOpen.current) return false;
    closePopover(false);
    return true;
  }, [closePopover]);

  const jumpToFlag = useCallback(
    (direction: 1 | -1) => {
      const visible = sortFlagsInReadingOrder(flagsRef.current.filter(isVisible), (flag) =>
        locateFlag(editor, flag),
      );
      if (visible.length === 0) return;
      const current = popover?.flagId ?? lastFlagId.current;
      let index = current === null ? -1 : visible.findIndex((flag) => flag.id === current);
      if (index < 0 && editor.selection && ReactEditor.isFocused(editor)) {
        // From the caret: the first flag after it (or the last before it).
        const caret = Range.start(editor.selection);
        const caretKey = [1, caret.path[0] ?? 0, caret.offset];
        const keys = visible.map((flag) => {
          if (flag.target.kind === 'field') return [0, 0, 0];
          const where = locateFlag(editor, flag);
          return [1, where?.block ?? 0, where?.offset ?? 0];
        });
        const compare = (a: number[], b: number[]) =>
          (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || (a[2] ?? 0) - (b[2] ?? 0);
        const after = keys.findIndex((key) => compare(key, caretKey) >= 0);
        index =
          direction === 1
            ? (after < 0 ? visible.length : after) - 1
            : after < 0
              ? visible.length
              : after;
      }
      const next =
        visible[(((index + direction) % visible.length) + visible.length) % visible.length];
      if (next) openFlag(next.id);
    },
    [editor, isVisible, openFlag, popover],
  );

  /** Applies one flag's suggestion here; returns whether the text changed. */
  const applyHere = useCallback(
    (flag: ArticleFlag): boolean => {
      const { suggestion } = flag;
      if (suggestion === null) return false;
      if (flag.target.kind === 'body') {
        const found = locateFlag(editor, flag);
        if (!found) return false;
        Transforms.insertText(editor, suggestion, {
          at: blockRange(editor, found.block, found.offset, found.length),
        });
        moveFlagAnchor(editor, flag.id, { block: found.block, offset: found.offset });
        return true;
      }
      const offset = locateFieldFlag(fieldsRef.current, flag);
      const text = fieldText(fieldsRef.current, flag.target);
      if (offset === null || text === null) return false;
      const { target } = flag;
      updateFields((current) =>
        setFieldText(current, target, spliceText(text, offset, flag.text.length, suggestion)),
      );
      return true;
    },
    [editor, updateFields],
  );

  /** Applies flags in one undo step; they reopen if it is undone. */
  const applyFlags = useCallback(
    (targets: readonly ArticleFlag[]) => {
      const applied = new Set<string>();
      const bodyTargets = targets.filter((flag) => flag.target.kind === 'body');
      if (bodyTargets.length > 0) {
        HistoryEditor.withNewBatch(editor, () => {
          for (const flag of bodyTargets) if (applyHere(flag)) applied.add(flag.id);
        });
        const batch = editor.history.undos.at(-1);
        if (batch) for (const id of applied) appliedBatches.current.set(id, batch);
      }
      for (const flag of targets) {
        if (flag.target.kind === 'field' && applyHere(flag)) applied.add(flag.id);
      }
      updateFlags((current) =>
        current.map((flag) => (applied.has(flag.id) ? { ...flag, state: 'applied' } : flag)),
      );
      contentChanged();
      return applied.size;
    },
    [editor, applyHere, updateFlags, contentChanged],
  );

  const afterAction = useCallback(
    (flag: ArticleFlag) => {
      setPopover(null);
      if (flag.target.kind === 'body') {
        ReactEditor.focus(editor);
        if (editor.selection) Transforms.collapse(editor, { edge: 'end' });
      } else {
        document
          .getElementById(fieldInputId(idPrefix, flag.target.field, flag.target.index))
          ?.focus();
      }
    },
    [editor, idPrefix],
  );

  const othersWithSame = useCallback(
    (flag: ArticleFlag) =>
      items.filter(
        (other) =>
          other.id !== record.id &&
          other.flags.some(
            (candidate) => candidate.state === 'open' && isSameFault(candidate, flag),
          ),
      ),
    [items, record.id],
  );

  const flagActions = useMemo<FlagActions>(
    () => ({
      onApply: (flag) => {
        applyFlags([flag]);
        afterAction(flag);
      },
      onDismiss: (flag) => {
        updateFlags((current) =>
          current.map((candidate) =>
            candidate.id === flag.id ? { ...candidate, state: 'dismissed' } : candidate,
          ),
        );
        contentChanged();
        afterAction(flag);
      },
      onApplyAll: (flag) => {
        const here = flagsRef.current.filter(
          (candidate) => isSameFault(candidate, flag) && isVisible(candidate),
        );
        const placesHere = applyFlags(here);
        afterAction(flag);
        const others = othersWithSame(flag);
        const suggestion = flag.suggestion ?? '';
        let placesElsewhere = 0;
        otherMutation.mutate(
          {
            records: others,
            edit: (other) => {
              let content = other.content;
              let otherFlags = other.flags;
              let changed = 0;
              for (const candidate of other.flags) {
                if (candidate.state !== 'open' || !isSameFault(candidate, flag)) continue;
                const result = applyFlagToContent(content, otherFlags, candidate.id);
                if (!result) continue;
                content = result.content;
                otherFlags = result.flags;
                changed += 1;
              }
              if (changed === 0) return null;
              placesElsewhere += changed;
              return {
                content,
                flags: otherFlags,
                status: statusAfterEdit(other.status),
                summary: t('summary.appliedAll', { suggestion }),
              };
            },
          },
          {
            onSuccess: ({ failed }) => {
              if (failed.length > 0) {
                const first = failed[0]?.error;
                toast.show({
                  tone: 'error',
                  message: t('flag.appliedAllFailed', {
                    count: failed.length,
                    message: first instanceof Error ? first.message : String(first),
                  }),
                });
                return;
              }
              toast.show({
                message: t('flag.appliedAll', {
                  suggestion,
                  places: placesHere + placesElsewhere,
                }),
              });
            },
          },
        );
      },
      countSame: (flag) => {
        const here = flagsRef.current.filter(
          (candidate) => isSameFault(candidate, flag) && isVisible(candidate),
        ).length;
        const elsewhere = othersWithSame(flag).reduce(
          (sum, other) =>
            sum +
            other.flags.filter(
              (candidate) => candidate.state === 'open' && isSameFault(candidate, flag),
            ).length,
          0,
        );
        return here + elsewhere;
      },
    }),
    [
      applyFlags,
      afterAction,
      updateFlags,
      contentChanged,
      isVisible,
      othersWithSame,
      otherMutation,
      t,
      toast,
    ],
  );

  const onReopen = useCallback(
    (flagId: string) => {
      updateFlags((current) =>
        current.map((flag) => (flag.id === flagId ? { ...flag, state: 'open' } : flag)),
      );
      contentChanged();
    },
    [updateFlags, contentChanged],
  );

  const onBlockType = useCallback(
    (type: BlockType) => {
      setBlockType(editor, type);
    },
    [editor],
  );

  const describeFlag = useCallback(
    (flag: ArticleFlag): ListedFlag => {
      let place: string;
      if (flag.target.kind === 'field') {
        const key = `fields.${flag.target.field}` as EditorMessageKey;
        place =
          flag.target.field === 'subtitle'
            ? t('fields.subtitle', { index: flag.target.index + 1 })
            : t(key);
      } else {
        const where = bodyLocation(flag);
        place = `¶ ${(where?.block ?? flag.target.block) + 1}`;
      }
      return { flag, place, visible: isVisible(flag) };
    },
    [t, bodyLocation, isVisible],
  );

  // Saving, approving and conflicts ----------------------------------------------------------

  const approve = useCallback(() => {
    statusRef.current = 'approved';
    editedSinceSave.current = false;
    changeCount.current += 1;
    journal();
    markDirty();
    void flush();
  }, [journal, markDirty, flush]);

  const resolveConflict = useCallback(
    async (choice: 'mine' | 'theirs') => {
      if (!conflict) return;
      setResolving(true);
      const { theirs } = conflict;
      try {
        // This tab's latest text, unless the editor shows the other version (a journal conflict).
        const current = snapshot();
        const mine =
          isSameContent(current.content, theirs.content) &&
          !isSameContent(conflict.mine.content, theirs.content)
            ? conflict.mine
            : { ...conflict.mine, ...current };
        if (choice === 'mine') {
          const saved = await saveMutation.mutateAsync({
            save: { ...mine, summary: t('summary.keptMine') },
            expectedRevision: theirs.revision,
          });
          if (!isSameContent(snapshot().content, mine.content)) adopt(mine);
          baseRevision.current = saved.revision;
          lastSaved.current = saved.content;
          statusRef.current = saved.status;
          setSavedStatus(saved.status);
        } else {
          // Both stay in the history: this tab's version first, then the other one on top.
          const parked = await saveMutation.mutateAsync({
            save: { ...mine, summary: t('summary.parkedMine') },
            expectedRevision: theirs.revision,
          });
          const saved = await saveMutation.mutateAsync({
            save: {
              content: theirs.content,
              flags: theirs.flags,
              status: theirs.status,
              summary: t('summary.tookTheirs'),
            },
            expectedRevision: parked.revision,
          });
          adopt(saved);
          baseRevision.current = saved.revision;
          lastSaved.current = saved.content;
          statusRef.current = saved.status;
          setSavedStatus(saved.status);
          toast.show({ message: t('conflict.keptTheirs') });
        }
        editedSinceSave.current = false;
        forgetJournal();
        setConflict(null);
        markSaved();
      } catch (error) {
        if (error instanceof RevisionConflictError && 'issueId' in error.current) {
          setConflict({ mine: conflict.mine, theirs: error.current });
        } else {
          toast.show({
            tone: 'error',
            message: t('save.error', {
              message: error instanceof Error ? error.message : String(error),
            }),
          });
        }
      } finally {
        setResolving(false);
      }
    },
    [conflict, snapshot, saveMutation, adopt, t, toast, forgetJournal, markSaved],
  );

  // The sticky side panel stays below the sticky bar, however many lines the bar wraps to.
  useEffect(() => {
    const article = articleRef.current;
    const header = headerRef.current;
    if (!article || !header || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      article.style.setProperty('--article-header-height', `${header.offsetHeight}px`);
    });
    observer.observe(header);
    return () => {
      observer.disconnect();
    };
  }, []);

  // History ---------------------------------------------------------------------------------

  /** Saves a past revision's content as a new revision, once any unsaved work is saved. */
  const restore = useCallback(
    async (revision: RevisionRecord) => {
      setRestoreAsked(null);
      // A conflict being resolved comes first (its dialog is modal: this is a safeguard).
      if (conflict) return;
      setRestoring(true);
      const save: ArticleSave = {
        content: revision.content,
        flags: revision.flags,
        status: statusAfterEdit(statusRef.current),
        summary: t('summary.restored', { revision: revision.revision }),
      };
      try {
        await flush();
        // The unsaved work could not be saved first: it is not replaced.
        if (hasUnsaved()) throw new Error(t('history.unsavedFirst'));
        const saved = await saveMutation.mutateAsync({
          save,
          expectedRevision: baseRevision.current,
        });
        adopt(saved);
        baseRevision.current = saved.revision;
        lastSaved.current = saved.content;
        statusRef.current = saved.status;
        editedSinceSave.current = false;
        setSavedStatus(saved.status);
        forgetJournal();
        markSaved();
        toast.show({ message: t('history.restored', { revision: revision.revision }) });
      } catch (error) {
        if (error instanceof RevisionConflictError && 'issueId' in error.current) {
          setConflict({ mine: save, theirs: error.current });
          return;
        }
        toast.show({
          tone: 'error',
          message: t('history.restoreFailed', {
            revision: revision.revision,
            message: error instanceof Error ? error.message : String(error),
          }),
        });
      } finally {
        setRestoring(false);
      }
    },
    [t, conflict, flush, hasUnsaved, saveMutation, adopt, forgetJournal, markSaved, toast],
  );

  const requestRestore = useCallback(
    (revision: RevisionRecord) => {
      // Unsaved work is asked about first; a save already running is simply waited for.
      if (saveState === 'unsaved' || saveState === 'error') setRestoreAsked(revision);
      else void restore(revision);
    },
    [saveState, restore],
  );

  // Gone from storage ---------------------------------------------------------------------

  // The journal holds the text on screen, even with nothing edited since the last save.
  useEffect(() => {
    if (gone) writeJournal();
  }, [gone, writeJournal]);

  /** Stores the issue again as this tab holds it, with this article as it is on screen. */
  const putBack = useCallback(async () => {
    setPuttingBack(true);
    const draft = snapshot();
    const counted = changeCount.current;
    const time = Date.now();
    const revision = baseRevision.current + 1;
    const current: ItemRecord = { ...record, ...draft, revision, updatedAt: time };
    const others = items.filter((other) => other.id !== record.id);
    const backup: IssueSnapshot = {
      issue: { ...issue, updatedAt: time },
      items: [...others, current].sort((a, b) => a.order - b.order),
      revisions: [
        {
          itemId: record.id,
          issueId: record.issueId,
          revision,
          savedAt: time,
          author: '',
          summary: t('summary.putBack'),
          ...draft,
        },
      ],
    };
    try {
      await putBackMutation.mutateAsync({ snapshot: backup, onExisting: 'refuse' });
      baseRevision.current = revision;
      lastSaved.current = draft.content;
      statusRef.current = draft.status;
      editedSinceSave.current = false;
      setSavedStatus(draft.status);
      if (changeCount.current === counted) {
        forgetJournal();
        markSaved();
      } else {
        writeJournal();
        markDirty();
      }
      toast.show({ message: t('lost.putBackDone') });
    } catch (error) {
      // Another tab put it back first: this tab's text is saved against that one (or conflicts).
      if (error instanceof IssueExistsError) {
        onMissing?.();
        markDirty();
        return;
      }
      toast.show({
        tone: 'error',
        message: t('lost.putBackFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
      });
    } finally {
      setPuttingBack(false);
    }
  }, [
    snapshot,
    record,
    items,
    issue,
    t,
    putBackMutation,
    forgetJournal,
    markSaved,
    writeJournal,
    markDirty,
    toast,
    onMissing,
  ]);

  const copyText = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(articleToText(snapshot().content));
      toast.show({ message: t('lost.copied') });
    } catch {
      toast.show({ tone: 'error', message: t('lost.copyFailed') });
    }
  }, [snapshot, toast, t]);

  // Navigation ------------------------------------------------------------------------------

  // Reading order, whatever order the cached list happens to be in.
  const editable = useMemo(
    () =>
      items
        .filter((other) => other.item.kind !== 'furniture')
        .sort((a, b) => a.item.startLine - b.item.startLine),
    [items],
  );
  const position = editable.findIndex((other) => other.id === record.id);
  const neighbour = (offset: number): Neighbour | null => {
    const other = position < 0 ? undefined : editable[position + offset];
    return other ? { record: other, title: itemTitle(other) } : null;
  };
  const previous = neighbour(-1);
  const next = neighbour(1);
  const go = useCallback(
    (target: Neighbour | null) => {
      if (!target) return;
      void flush();
      navigate(routes.article(record.issueId, target.record.id));
    },
    [flush, record.issueId],
  );

  // Shortcuts -------------------------------------------------------------------------------

  useShortcut({
    keys: 'Mod+s',
    description: bothLanguages('shortcut.save'),
    group: SHORTCUT_GROUP,
    allowInEditable: true,
    handler: () => {
      void flush();
    },
  });
  useShortcut({
    keys: 'F8',
    description: bothLanguages('shortcut.nextFlag'),
    group: SHORTCUT_GROUP,
    allowInEditable: true,
    handler: () => {
      jumpToFlag(1);
    },
  });
  useShortcut({
    keys: 'Shift+F8',
    description: bothLanguages('shortcut.previousFlag'),
    group: SHORTCUT_GROUP,
    allowInEditable: true,
    handler: () => {
      jumpToFlag(-1);
    },
  });
  useShortcut({
    keys: 'Alt+Enter',
    description: bothLanguages('shortcut.openFlag'),
    group: SHORTCUT_GROUP,
    allowInEditable: true,
    handler: () => {
      const { selection } = editor;
      if (!selection || !ReactEditor.isFocused(editor)) return;
      const caret = Range.start(selection);
      const block = caret.path[0] ?? -1;
      const hit = flagsRef.current.find((flag) => {
        if (flag.state !== 'open' || flag.target.kind !== 'body') return false;
        const found = locateFlag(editor, flag);
        return (
          found?.block === block &&
          caret.offset >= found.offset &&
          caret.offset <= found.offset + found.length
        );
      });
      if (hit) openFlag(hit.id);
    },
  });
  useShortcut({
    keys: 'Alt+ArrowLeft',
    description: bothLanguages('shortcut.previousItem'),
    group: SHORTCUT_GROUP,
    enabled: previous !== null,
    handler: () => {
      go(previous);
    },
  });
  useShortcut({
    keys: 'Alt+ArrowRight',
    description: bothLanguages('shortcut.nextItem'),
    group: SHORTCUT_GROUP,
    enabled: next !== null,
    handler: () => {
      go(next);
    },
  });
  useShortcut({
    keys: '[',
    description: bothLanguages('shortcut.previousItem'),
    group: SHORTCUT_GROUP,
    enabled: previous !== null,
    handler: () => {
      go(previous);
    },
  });
  useShortcut({
    keys: ']',
    description: bothLanguages('shortcut.nextItem'),
    group: SHORTCUT_GROUP,
    enabled: next !== null,
    handler: () => {
      go(next);
    },
  });
  useShortcut({
    keys: BLOCK_TYPE_KEYS.paragraph,
    description: bothLanguages('shortcut.paragraph'),
    group: SHORTCUT_GROUP,
    allowInEditable: true,
    handler: () => {
      if (ReactEditor.isFocused(editor)) setBlockType(editor, 'paragraph');
    },
  });
  useShortcut({
    keys: BLOCK_TYPE_KEYS.crosshead,
    description: bothLanguages('shortcut.crosshead'),
    group: SHORTCUT_GROUP,
    allowInEditable: true,
    handler: () => {
      if (ReactEditor.isFocused(editor)) setBlockType(editor, 'crosshead');
    },
  });

  const popoverFlag = popover ? flags.find((flag) => flag.id === popover.flagId) : undefined;
  const openCount = flags.filter((flag) => flag.state === 'open').length;
  const bodyLabelId = `${idPrefix}-body-label`;
  const bodyStatsId = `${idPrefix}-body-stats`;

  return (
    <Slate editor={editor} initialValue={initialValue} onValueChange={onValueChange}>
      <article className="article-editor" aria-labelledby={`${idPrefix}-title`} ref={articleRef}>
        <h1 className="visually-hidden" id={`${idPrefix}-title`} lang={lang}>
          {fields.headline || itemTitle(record) || t('nav.untitled')}
        </h1>
        <ArticleHeader
          ref={headerRef}
          item={record.item}
          position={position + 1}
          count={editable.length}
          previous={previous}
          next={next}
          issueId={record.issueId}
          itemId={record.id}
          status={savedStatus}
          saveState={autosave.state}
          saveError={autosave.error}
          savedAt={autosave.savedAt}
          conflict={conflict !== null}
          openFlagCount={openCount}
          onSave={() => {
            void flush();
          }}
          onApprove={approve}
        />
        <StorageAlert
          gone={gone}
          full={autosave.state === 'error' && autosave.error instanceof StorageFullError}
          journalFailed={journalFailed}
          puttingBack={puttingBack}
          onPutBack={() => void putBack()}
          onCopy={() => void copyText()}
          onRetry={() => void flush()}
        />
        <div className="article-editor__layout">
          <div className="article-editor__main">
            <ArticleFieldsForm
              fields={fields}
              onChange={onFieldsChange}
              onRemoveSubtitle={onRemoveSubtitle}
              onBlur={onBlur}
              flags={fieldFlags}
              actions={flagActions}
              lang={lang}
              showCaption={record.item.kind === 'photo' || fields.caption.length > 0}
              idPrefix={idPrefix}
            />
            <section className="article-body" aria-labelledby={bodyLabelId}>
              <div className="article-body__head">
                <h2 className="article-body__label" id={bodyLabelId}>
                  {t('body.label')}
                </h2>
                <BodyStats id={bodyStatsId} />
              </div>
              <BodyToolbar onBlockType={onBlockType} />
              <BodyEditor
                decorate={decorate}
                onFlagActivate={onFlagClick}
                onEscape={onEditorEscape}
                onBlockType={onBlockType}
                onBlur={onBlur}
                lang={lang}
                labelledBy={bodyLabelId}
                describedBy={bodyStatsId}
              />
            </section>
          </div>
          <SidePanel
            tab={tab}
            onTab={setTab}
            flags={flags}
            describeFlag={describeFlag}
            onJump={openFlag}
            onReopen={onReopen}
            sourceLines={sourceLines}
            itemLines={record.item.lines}
            originalText={originalText}
            fields={fields}
            language={issue.language}
            itemId={record.id}
            currentRevision={record.revision}
            restoring={restoring}
            onRestore={requestRestore}
          />
        </div>
        {popover && popoverFlag ? (
          <FlagPopover
            flag={popoverFlag}
            anchor={popover.anchor}
            autoFocus={popover.focus}
            lang={lang}
            actions={flagActions}
            onClose={closePopover}
          />
        ) : null}
        {conflict ? (
          <ConflictDialog
            mine={conflict.mine.content}
            theirs={conflict.theirs.content}
            theirsSavedAt={conflict.theirs.updatedAt}
            lang={lang}
            busy={resolving}
            recovered={conflict.recovered === true}
            onKeepMine={() => void resolveConflict('mine')}
            onTakeTheirs={() => void resolveConflict('theirs')}
          />
        ) : null}
        <ConfirmDialog
          open={restoreAsked !== null}
          title={t('history.restoreTitle', { revision: restoreAsked?.revision ?? 0 })}
          confirmLabel={t('history.restoreConfirm')}
          onConfirm={() => {
            if (restoreAsked) void restore(restoreAsked);
          }}
          onCancel={() => {
            setRestoreAsked(null);
          }}
        >
          <p>{t('history.restoreUnsaved', { revision: restoreAsked?.revision ?? 0 })}</p>
        </ConfirmDialog>
      </article>
    </Slate>
  );
}
