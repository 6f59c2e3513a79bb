import { useShortcut, type ShortcutDefinition } from '../../../lib/shortcuts.tsx';
import type { SplitReviewActions } from './use-split-review.ts';

const GROUP = { en: 'Split review', zh: '拆分校对' };

/** The split review's keys, registered so the `?` overlay lists them. */
export function useSplitShortcuts(
  actions: SplitReviewActions,
  {
    onRetagMenu,
    onOpenItem,
    enabled,
  }: {
    /** Opens the retag menu for the cursor line. */
    onRetagMenu: () => void;
    /** Opens the selected item in the article editor. */
    onOpenItem: () => void;
    /** False while the screen has nothing to act on. */
    enabled: boolean;
  },
): void {
  const key = (keys: string, en: string, zh: string, handler: () => void): ShortcutDefinition => ({
    keys,
    description: { en, zh },
    group: GROUP,
    enabled,
    handler,
  });

  useShortcut(
    key('j', 'Next split', '下一处拆分', () => {
      actions.stepItem(1);
    }),
  );
  useShortcut(
    key('k', 'Previous split', '上一处拆分', () => {
      actions.stepItem(-1);
    }),
  );
  useShortcut(
    key('ArrowDown', 'Next split', '下一处拆分', () => {
      actions.stepItem(1);
    }),
  );
  useShortcut(
    key('ArrowUp', 'Previous split', '上一处拆分', () => {
      actions.stepItem(-1);
    }),
  );
  useShortcut(
    key('Shift+J', 'Line cursor to the next line', '行光标移到下一行', () => {
      actions.stepLine(1);
    }),
  );
  useShortcut(
    key('Shift+K', 'Line cursor to the previous line', '行光标移到上一行', () => {
      actions.stepLine(-1);
    }),
  );
  useShortcut(
    key(
      'n',
      'Next doubtful split, least confident first',
      '下一处存疑拆分（置信度低者优先）',
      () => {
        actions.nextDoubtful();
      },
    ),
  );
  useShortcut(
    key('a', 'Accept the split', '接受拆分', () => {
      actions.accept();
    }),
  );
  useShortcut(
    key('r', 'Reject the split: merge with the item before', '拒绝拆分：并入上一条', () => {
      actions.merge();
    }),
  );
  useShortcut(
    key('Alt+ArrowUp', 'Move the split’s start a line up', '拆分起点上移一行', () => {
      actions.move('up');
    }),
  );
  useShortcut(
    key('Alt+ArrowDown', 'Move the split’s start a line down', '拆分起点下移一行', () => {
      actions.move('down');
    }),
  );
  useShortcut(
    key('s', 'Split at the cursor line', '从光标所在行拆分', () => {
      actions.splitAtCursor();
    }),
  );
  useShortcut(
    key('1', 'Make the item an article', '设为文章', () => {
      actions.setKind('article');
    }),
  );
  useShortcut(
    key('2', 'Make the item a teaser', '设为导读', () => {
      actions.setKind('teaser');
    }),
  );
  useShortcut(
    key('3', 'Make the item a photo', '设为图片', () => {
      actions.setKind('photo');
    }),
  );
  useShortcut(
    key('4', 'Make the item page furniture', '设为版面元素', () => {
      actions.setKind('furniture');
    }),
  );
  useShortcut(key('t', 'Retag the cursor line…', '改光标所在行的标注…', onRetagMenu));
  useShortcut(key('o', 'Open the item in the article editor', '在编辑器中打开', onOpenItem));
  useShortcut(
    key('Shift+A', 'Accept all remaining splits', '全部接受其余拆分', () => {
      actions.acceptAll();
    }),
  );
  useShortcut(
    key('Mod+Z', 'Undo a split change', '撤销拆分修改', () => {
      actions.undo();
    }),
  );
  useShortcut(
    key('Mod+Shift+Z', 'Redo a split change', '重做拆分修改', () => {
      actions.redo();
    }),
  );
}
