import type { LineRole } from '../../core/analysis-types.ts';
import type { Messages } from '../../lib/i18n.tsx';

/** Words of the split review, in both interface languages. */
export const splitsMessages: Messages<
  | 'page.title'
  | 'page.loading'
  | 'page.notFound'
  | 'page.loadError'
  | 'page.backToLibrary'
  | 'page.library'
  | 'progress'
  | 'progress.label'
  | 'save.label'
  | 'save.saving'
  | 'save.saved'
  | 'save.unsaved'
  | 'save.failed'
  | 'save.retry'
  | 'conflict.title'
  | 'conflict.body'
  | 'conflict.reload'
  | 'toolbar.label'
  | 'toolbar.undo'
  | 'toolbar.redo'
  | 'toolbar.acceptAll'
  | 'toolbar.nextDoubtful'
  | 'text.label'
  | 'text.hint'
  | 'boundary.label'
  | 'boundary.select'
  | 'boundary.lines'
  | 'boundary.line'
  | 'boundary.page'
  | 'boundary.confidence'
  | 'boundary.reasons'
  | 'boundary.noHeadline'
  | 'boundary.actions'
  | 'resume.label'
  | 'line.outside'
  | 'line.cursor'
  | 'action.accept'
  | 'action.merge'
  | 'action.moveUp'
  | 'action.moveDown'
  | 'action.split'
  | 'action.open'
  | 'action.openPending'
  | 'action.retag'
  | 'queue.title'
  | 'queue.filter'
  | 'queue.list'
  | 'queue.count'
  | 'queue.empty.all'
  | 'queue.empty.undecided'
  | 'queue.empty.doubtful'
  | 'queue.entry'
  | 'filter.all'
  | 'filter.undecided'
  | 'filter.doubtful'
  | 'details.title'
  | 'details.none'
  | 'details.kind'
  | 'details.status'
  | 'details.lines'
  | 'details.confidence'
  | 'details.reasons'
  | 'details.cursor'
  | 'details.cursorHint'
  | 'details.retag'
  | 'preview.title'
  | 'preview.byline'
  | 'preview.dateline'
  | 'preview.caption'
  | 'preview.jump'
  | 'preview.empty'
  | 'preview.furniture'
  | 'retag.title'
  | 'retag.hint'
  | 'retag.close'
  | 'confirm.title'
  | 'confirm.body'
  | 'confirm.go'
  | 'notice.accepted'
  | 'notice.acceptedAll'
  | 'notice.allDecided'
  | 'notice.merged'
  | 'notice.moved'
  | 'notice.split'
  | 'notice.kind'
  | 'notice.retagged'
  | 'notice.noPrevious'
  | 'notice.cannotMove'
  | 'notice.cannotSplit'
  | 'notice.undone'
  | 'notice.redone'
  | 'notice.nothingToUndo'
  | 'notice.nothingToRedo'
  | 'change.accept'
  | 'change.acceptAll'
  | 'change.merge'
  | 'change.move'
  | 'change.split'
  | 'change.kind'
  | 'change.retag'
  | `role.${LineRole}`
> = {
  en: {
    'page.title': 'Split review',
    'page.loading': 'Loading the issue…',
    'page.notFound': 'This issue is not in the library. It may have been deleted.',
    'page.loadError': 'The issue could not be read: {message}',
    'page.backToLibrary': 'Back to the library',
    'page.library': 'Library',
    progress: '{decided} of {total} decided',
    'progress.label': 'Splits decided',
    'save.label': 'Saving state',
    'save.saving': 'Saving…',
    'save.saved': 'Saved',
    'save.unsaved': 'Not saved yet',
    'save.failed': 'Not saved: {message}',
    'save.retry': 'Try again',
    'conflict.title': 'Another tab changed the splits of this issue.',
    'conflict.body':
      'Your last change here was not saved, so nothing was overwritten. Reload to see the splits as they are now, then make the change again.',
    'conflict.reload': 'Reload the splits',
    'toolbar.label': 'Split actions',
    'toolbar.undo': 'Undo',
    'toolbar.redo': 'Redo',
    'toolbar.acceptAll': 'Accept all remaining',
    'toolbar.nextDoubtful': 'Next doubtful',
    'text.label': 'Issue text with the proposed splits',
    'text.hint':
      'J/K or ↑/↓ move between splits, Shift+J/K between lines; A accepts, R merges with the item above.',
    'boundary.label': 'Split {number}: {kind}, {lines}',
    'boundary.select': 'Select split {number}',
    'boundary.lines': 'lines {lines}',
    'boundary.line': 'line {line}',
    'boundary.page': 'Page {page}',
    'boundary.confidence': 'Confidence',
    'boundary.reasons': 'Why here',
    'boundary.noHeadline': 'No headline',
    'boundary.actions': 'Actions for split {number}',
    'resume.label': '{title} continues',
    'line.outside': 'in no item',
    'line.cursor': 'Line cursor',
    'action.accept': 'Accept',
    'action.merge': 'Merge with previous',
    'action.moveUp': 'Move start up',
    'action.moveDown': 'Move start down',
    'action.split': 'Split at line {line}',
    'action.open': 'Open in editor',
    'action.openPending': 'The editor opens once this split is saved',
    'action.retag': 'Retag…',
    'queue.title': 'Doubtful first',
    'queue.filter': 'Show',
    'queue.list': 'Splits, least confident first',
    'queue.count': '{count} shown',
    'queue.empty.all': 'This issue has no items.',
    'queue.empty.undecided': 'Every split is decided.',
    'queue.empty.doubtful': 'No split is doubtful.',
    'queue.entry': '{title}, {kind}, {status}, confidence {confidence}',
    'filter.all': 'All',
    'filter.undecided': 'Undecided',
    'filter.doubtful': 'Doubtful (< 80%)',
    'details.title': 'Selected split',
    'details.none': 'Select a split in the text or in the list.',
    'details.kind': 'Kind',
    'details.status': 'Status',
    'details.lines': 'Lines',
    'details.confidence': 'Confidence',
    'details.reasons': 'Why the split is here',
    'details.cursor': 'Line {line}',
    'details.cursorHint': 'Click a line, or move with Shift+J / Shift+K.',
    'details.retag': 'Role of line {line}',
    'preview.title': 'Preview',
    'preview.byline': 'By',
    'preview.dateline': 'Dateline',
    'preview.caption': 'Caption',
    'preview.jump': 'Continued on page {page}',
    'preview.empty': 'No body text.',
    'preview.furniture': 'Page furniture: it is not part of any article.',
    'retag.title': 'Retag line {line}',
    'retag.hint': 'Choose with ↑/↓ and Enter. Esc closes.',
    'retag.close': 'Cancel',
    'confirm.title': 'Rebuild corrected articles?',
    'confirm.body':
      'This change reshapes {names}, already corrected in the editor. Reshaped articles are rebuilt from the source text: the corrections made to them will be lost, and undo cannot bring them back.',
    'confirm.go': 'Rebuild anyway',
    'notice.accepted': 'Split {number} accepted.',
    'notice.acceptedAll': '{count} splits accepted.',
    'notice.allDecided': 'Every split is already decided.',
    'notice.merged': 'Split {number} merged into the item before it.',
    'notice.moved': 'Split {number} now starts on line {line}.',
    'notice.split': 'New item from line {line}.',
    'notice.kind': 'Split {number} is now: {kind}.',
    'notice.retagged': 'Line {line} is now: {role}.',
    'notice.noPrevious': 'There is no item before this one to merge with or move into.',
    'notice.cannotMove': 'This boundary cannot move further that way.',
    'notice.cannotSplit': 'Choose a line inside the item, below its first line, to split at.',
    'notice.undone': 'Undone: {change}.',
    'notice.redone': 'Redone: {change}.',
    'notice.nothingToUndo': 'Nothing to undo.',
    'notice.nothingToRedo': 'Nothing to redo.',
    'change.accept': 'accept split {number}',
    'change.acceptAll': 'accept {count} splits',
    'change.merge': 'merge split {number}',
    'change.move': 'move split {number}',
    'change.split': 'split at line {line}',
    'change.kind': 'change the kind of split {number}',
    'change.retag': 'retag line {line}',
    'role.headline': 'Headline',
    'role.kicker': 'Kicker',
    'role.section': 'Section',
    'role.subtitle': 'Subtitle',
    'role.byline': 'Byline',
    'role.dateline': 'Dateline',
    'role.body': 'Body',
    'role.crosshead': 'Crosshead',
    'role.caption': 'Caption',
    'role.credit': 'Credit',
    'role.jump': 'Jump line',
    'role.furniture': 'Furniture',
  },
  zh: {
    'page.title': '拆分校对',
    'page.loading': '正在载入本期…',
    'page.notFound': '稿库中没有这一期，可能已被删除。',
    'page.loadError': '无法读取本期：{message}',
    'page.backToLibrary': '返回稿库',
    'page.library': '稿库',
    progress: '已确定 {decided}/{total}',
    'progress.label': '已确定的拆分',
    'save.label': '保存状态',
    'save.saving': '正在保存…',
    'save.saved': '已保存',
    'save.unsaved': '尚未保存',
    'save.failed': '未保存：{message}',
    'save.retry': '重试',
    'conflict.title': '另一个标签页修改了本期的拆分。',
    'conflict.body':
      '你在这里的最后一次修改没有保存，因此没有覆盖任何内容。请重新载入，查看当前的拆分后再改一次。',
    'conflict.reload': '重新载入拆分',
    'toolbar.label': '拆分操作',
    'toolbar.undo': '撤销',
    'toolbar.redo': '重做',
    'toolbar.acceptAll': '全部接受其余拆分',
    'toolbar.nextDoubtful': '下一处存疑',
    'text.label': '本期原文及建议的拆分',
    'text.hint': 'J/K 或 ↑/↓ 在拆分之间移动，Shift+J/K 逐行移动；A 接受，R 并入上一条。',
    'boundary.label': '第 {number} 处拆分：{kind}，{lines}',
    'boundary.select': '选择第 {number} 处拆分',
    'boundary.lines': '第 {lines} 行',
    'boundary.line': '第 {line} 行',
    'boundary.page': '第 {page} 版',
    'boundary.confidence': '置信度',
    'boundary.reasons': '拆分依据',
    'boundary.noHeadline': '无标题',
    'boundary.actions': '第 {number} 处拆分的操作',
    'resume.label': '{title}（续）',
    'line.outside': '不属于任何条目',
    'line.cursor': '行光标',
    'action.accept': '接受',
    'action.merge': '并入上一条',
    'action.moveUp': '起点上移一行',
    'action.moveDown': '起点下移一行',
    'action.split': '从第 {line} 行拆分',
    'action.open': '在编辑器中打开',
    'action.openPending': '此拆分保存后即可在编辑器中打开',
    'action.retag': '改标注…',
    'queue.title': '存疑优先',
    'queue.filter': '显示',
    'queue.list': '拆分列表，置信度由低到高',
    'queue.count': '显示 {count} 条',
    'queue.empty.all': '本期没有条目。',
    'queue.empty.undecided': '所有拆分都已确定。',
    'queue.empty.doubtful': '没有存疑的拆分。',
    'queue.entry': '{title}，{kind}，{status}，置信度 {confidence}',
    'filter.all': '全部',
    'filter.undecided': '未确定',
    'filter.doubtful': '存疑（低于 80%）',
    'details.title': '当前拆分',
    'details.none': '请在原文或列表中选择一处拆分。',
    'details.kind': '类型',
    'details.status': '状态',
    'details.lines': '行',
    'details.confidence': '置信度',
    'details.reasons': '拆分依据',
    'details.cursor': '第 {line} 行',
    'details.cursorHint': '点击一行，或用 Shift+J / Shift+K 移动。',
    'details.retag': '第 {line} 行的作用',
    'preview.title': '预览',
    'preview.byline': '作者',
    'preview.dateline': '电头',
    'preview.caption': '图片说明',
    'preview.jump': '转第 {page} 版',
    'preview.empty': '没有正文。',
    'preview.furniture': '版面元素，不属于任何文章。',
    'retag.title': '改第 {line} 行的标注',
    'retag.hint': '用 ↑/↓ 和回车选择，Esc 关闭。',
    'retag.close': '取消',
    'confirm.title': '要重建已校对的文章吗？',
    'confirm.body':
      '这一修改会改变 {names} 的拆分，这些文章已在编辑器中校对过。改变拆分的文章将按原文重建，其中的校对修改会丢失，撤销也无法恢复。',
    'confirm.go': '仍然重建',
    'notice.accepted': '已接受第 {number} 处拆分。',
    'notice.acceptedAll': '已接受 {count} 处拆分。',
    'notice.allDecided': '所有拆分都已确定。',
    'notice.merged': '第 {number} 处拆分已并入上一条。',
    'notice.moved': '第 {number} 处拆分现从第 {line} 行开始。',
    'notice.split': '已从第 {line} 行拆出新条目。',
    'notice.kind': '第 {number} 处拆分现为：{kind}。',
    'notice.retagged': '第 {line} 行现为：{role}。',
    'notice.noPrevious': '这一条之前没有可以并入或移入的条目。',
    'notice.cannotMove': '这条分界不能再往这个方向移动。',
    'notice.cannotSplit': '请选择条目内首行以下的一行作为拆分点。',
    'notice.undone': '已撤销：{change}。',
    'notice.redone': '已重做：{change}。',
    'notice.nothingToUndo': '没有可撤销的操作。',
    'notice.nothingToRedo': '没有可重做的操作。',
    'change.accept': '接受第 {number} 处拆分',
    'change.acceptAll': '接受 {count} 处拆分',
    'change.merge': '合并第 {number} 处拆分',
    'change.move': '移动第 {number} 处拆分',
    'change.split': '从第 {line} 行拆分',
    'change.kind': '修改第 {number} 处拆分的类型',
    'change.retag': '改第 {line} 行的标注',
    'role.headline': '主标题',
    'role.kicker': '引题',
    'role.section': '栏目',
    'role.subtitle': '副题',
    'role.byline': '署名',
    'role.dateline': '电头',
    'role.body': '正文',
    'role.crosshead': '小标题',
    'role.caption': '图片说明',
    'role.credit': '摄影署名',
    'role.jump': '转版',
    'role.furniture': '版面元素',
  },
};

/** Line roles in the order the retag menu offers them. */
export const LINE_ROLES: readonly LineRole[] = [
  'headline',
  'kicker',
  'section',
  'subtitle',
  'byline',
  'dateline',
  'body',
  'crosshead',
  'caption',
  'credit',
  'jump',
  'furniture',
];
