import { memo, useCallback, useMemo } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { Node } from 'slate';
import type { DecoratedRange, Descendant, NodeEntry } from 'slate';
import { Editable, useSlateSelector, useSlateStatic } from 'slate-react';
import type { RenderChunkProps, RenderElementProps, RenderLeafProps } from 'slate-react';
import { Kbd } from '../../../components/kbd.tsx';
import { useValueAfterPaint } from '../../../lib/after-next-paint.ts';
import { useT } from '../../../lib/i18n.tsx';
import { countCharacters } from '../model/article-draft.ts';
import { editorMessages } from '../messages.ts';
import { currentBlockType } from '../slate/article-schema.ts';
import { scrollCaretIntoView } from '../slate/scroll-caret-into-view.ts';
import type { BlockType } from '../slate/article-schema.ts';

/** Keys that set the block type: Ctrl+Alt+0 (⌘⌥0) paragraph, Ctrl+Alt+2 (⌘⌥2) crosshead. */
export const BLOCK_TYPE_KEYS: Record<BlockType, string> = {
  paragraph: 'Mod+Alt+0',
  crosshead: 'Mod+Alt+2',
};

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The block type a key event asks for, by physical key (Option changes the character on a Mac). */
export function blockTypeForKey(event: KeyboardEvent | globalThis.KeyboardEvent): BlockType | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (!mod || !event.altKey || event.shiftKey) return null;
  if (event.code === 'Digit0' || event.code === 'Numpad0') return 'paragraph';
  if (event.code === 'Digit2' || event.code === 'Numpad2') return 'crosshead';
  return null;
}

function renderElement({ attributes, children, element }: RenderElementProps) {
  return (
    <p
      {...attributes}
      className={`body-block body-block--${element.type}`}
      data-block-type={element.type}
    >
      {children}
    </p>
  );
}

function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'body-chunk' : undefined}>
      {children}
    </div>
  );
}

function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  if (leaf.flagId === undefined) return <span {...attributes}>{children}</span>;
  return (
    <mark
      {...attributes}
      className={`ocr-flag ocr-flag--severity-${leaf.flagSeverity ?? 1}`}
      data-flag-id={leaf.flagId}
    >
      {children}
    </mark>
  );
}

// Each block's character count, by node: an edit replaces only the blocks it changed.
const blockCounts = new WeakMap<Descendant, number>();

function countBody(blocks: readonly Descendant[]): {
  characters: number;
  paragraphs: number;
  crossheads: number;
} {
  let characters = 0;
  let paragraphs = 0;
  let crossheads = 0;
  for (const block of blocks) {
    let count = blockCounts.get(block);
    if (count === undefined) {
      count = countCharacters(Node.string(block));
      blockCounts.set(block, count);
    }
    characters += count;
    if (count > 0 && 'type' in block) {
      if (block.type === 'crosshead') crossheads += 1;
      else paragraphs += 1;
    }
  }
  return { characters, paragraphs, crossheads };
}

/** Paragraph / crosshead and undo / redo for the body; keeps the caret where it is. */
export function BodyToolbar({ onBlockType }: { onBlockType: (type: BlockType) => void }) {
  const t = useT(editorMessages);
  const editor = useSlateStatic();
  // Re-rendered only when what it shows changes, not on every keystroke.
  const state = useSlateSelector(
    (slate) =>
      `${currentBlockType(slate) ?? ''}|${slate.history.undos.length > 0}|${slate.history.redos.length > 0}`,
  );
  const [current = '', canUndo, canRedo] = state.split('|');
  const keep = (event: MouseEvent) => {
    // The caret stays in the text while a button is pressed.
    event.preventDefault();
  };
  return (
    <div className="body-toolbar" role="toolbar" aria-label={t('body.toolbar')}>
      {(['paragraph', 'crosshead'] as const).map((type) => (
        <button
          key={type}
          type="button"
          className="body-toolbar__button"
          aria-pressed={current === type}
          disabled={current === ''}
          onMouseDown={keep}
          onClick={() => {
            onBlockType(type);
          }}
        >
          {t(type === 'paragraph' ? 'body.paragraph' : 'body.crosshead')}
          <Kbd keys={BLOCK_TYPE_KEYS[type]} />
        </button>
      ))}
      <span className="body-toolbar__gap" />
      <button
        type="button"
        className="body-toolbar__button"
        disabled={canUndo !== 'true'}
        onMouseDown={keep}
        onClick={() => {
          editor.undo();
        }}
      >
        {t('body.undo')}
        <Kbd keys="Mod+Z" />
      </button>
      <button
        type="button"
        className="body-toolbar__button"
        disabled={canRedo !== 'true'}
        onMouseDown={keep}
        onClick={() => {
          editor.redo();
        }}
      >
        {t('body.redo')}
        <Kbd keys={isMac ? 'Mod+Shift+Z' : 'Mod+Y'} />
      </button>
    </div>
  );
}

/** The body's length: characters (spaces not counted), paragraphs and crossheads. */
export function BodyStats({ id }: { id: string }) {
  const t = useT(editorMessages);
  // The body changes with every keystroke; it is counted after the frame that shows the keystroke,
  // and the text is made only then (formatting a number for the locale is not cheap).
  const blocks = useValueAfterPaint(useSlateSelector((editor) => editor.children));
  const { chars, counts } = useMemo(() => {
    const { characters, paragraphs, crossheads } = countBody(blocks);
    return {
      chars: t('body.chars', { count: characters.toLocaleString() }),
      counts: t('body.blocks', { paragraphs, crossheads }),
    };
  }, [blocks, t]);
  return (
    <p className="body-stats" id={id}>
      <span>{chars}</span>
      <span>{counts}</span>
    </p>
  );
}

/**
 * The article body: paragraphs and crossheads, OCR flags marked in the text. A click on a flag
 * shows its popover; Escape closes it.
 */
export const BodyEditor = memo(function BodyEditor({
  decorate,
  onFlagActivate,
  onEscape,
  onBlockType,
  onBlur,
  lang,
  labelledBy,
  describedBy,
}: {
  decorate: (entry: NodeEntry) => DecoratedRange[];
  onFlagActivate: (flagId: string) => void;
  /** Escape in the text: true when it closed something. */
  onEscape: () => boolean;
  onBlockType: (type: BlockType) => void;
  onBlur: () => void;
  lang: string;
  labelledBy: string;
  describedBy: string;
}) {
  const t = useT(editorMessages);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key === 'Escape' && onEscape()) {
        event.preventDefault();
        return;
      }
      const type = blockTypeForKey(event);
      if (type) {
        event.preventDefault();
        onBlockType(type);
      }
    },
    [onBlockType, onEscape],
  );
  const onClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!(event.target instanceof Element)) return;
      const mark = event.target.closest<HTMLElement>('[data-flag-id]');
      const flagId = mark?.dataset.flagId;
      if (flagId !== undefined) onFlagActivate(flagId);
    },
    [onFlagActivate],
  );
  return (
    <Editable
      className="body-editor"
      lang={lang}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-multiline
      placeholder={t('body.placeholder')}
      spellCheck={false}
      decorate={decorate}
      renderElement={renderElement}
      renderLeaf={renderLeaf}
      renderChunk={renderChunk}
      scrollSelectionIntoView={scrollCaretIntoView}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onBlur={onBlur}
    />
  );
});
