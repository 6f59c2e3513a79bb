import type { Messages } from '../../lib/i18n.tsx';

/** Words of the issue library, in both interface languages. */
export const libraryMessages: Messages<
  | 'title'
  | 'lede'
  | 'count'
  | 'count.one'
  | 'updated'
  | 'import'
  | 'table.caption'
  | 'column.issue'
  | 'column.date'
  | 'column.pages'
  | 'column.articles'
  | 'column.progress'
  | 'column.language'
  | 'column.actions'
  | 'articles.ofItems'
  | 'date.unknown'
  | 'language.zh'
  | 'language.en'
  | 'progress.summary'
  | 'progress.none'
  | 'action.review'
  | 'action.reviewLabel'
  | 'action.rename'
  | 'action.renameLabel'
  | 'action.delete'
  | 'action.deleteLabel'
  | 'rename.label'
  | 'rename.hint'
  | 'rename.failed'
  | 'delete.title'
  | 'delete.body'
  | 'delete.confirm'
  | 'delete.done'
  | 'delete.undo'
  | 'delete.failed'
  | 'restore.done'
  | 'restore.failed'
  | 'empty.title'
  | 'empty.body'
  | 'empty.action'
  | 'loading'
  | 'loadFailed'
  | 'sample.loading'
  | 'sample.failed'
  | 'sample.retry'
  | 'shortcut.group'
  | 'shortcut.next'
  | 'shortcut.previous'
  | 'shortcut.open'
  | 'shortcut.review'
  | 'shortcut.rename'
  | 'shortcut.delete'
> = {
  en: {
    title: 'Library',
    lede: 'Every issue stored in this browser, newest first. Open one to confirm its splits, correct its articles or review its pages.',
    count: '{count} issues',
    'count.one': '1 issue',
    updated: 'changed {when}',
    import: 'Import an issue',
    'table.caption': 'Stored issues',
    'column.issue': 'Issue',
    'column.date': 'Date',
    'column.pages': 'Pages',
    'column.articles': 'Articles',
    'column.progress': 'Progress',
    'column.language': 'Language',
    'column.actions': 'Actions',
    'articles.ofItems': 'of {count} items',
    'date.unknown': 'No date',
    'language.zh': 'Chinese',
    'language.en': 'English',
    'progress.summary': '{done} of {total} approved',
    'progress.none': 'No items',
    'action.review': 'Review',
    'action.reviewLabel': 'Section review of “{title}”',
    'action.rename': 'Rename',
    'action.renameLabel': 'Rename “{title}”',
    'action.delete': 'Delete',
    'action.deleteLabel': 'Delete “{title}”',
    'rename.label': 'New title for “{title}”',
    'rename.hint': 'Enter to save, Esc to cancel',
    'rename.failed': 'The issue was not renamed: {message}',
    'delete.title': 'Delete “{title}”?',
    'delete.body':
      'Its {count} items, every correction and the saved history go with it. You can undo this right after.',
    'delete.confirm': 'Delete issue',
    'delete.done': 'Deleted “{title}”.',
    'delete.undo': 'Undo',
    'delete.failed': 'The issue was not deleted: {message}',
    'restore.done': 'Restored “{title}”.',
    'restore.failed': 'The issue could not be restored: {message}',
    'empty.title': 'No issues yet',
    'empty.body': 'Import a night’s page text to start: a file, a drop, or a paste.',
    'empty.action': 'Import an issue',
    loading: 'Loading the library…',
    loadFailed: 'The library could not be read: {message}',
    'sample.loading': 'Loading the sample issue, so you can see the whole desk at once…',
    'sample.failed': 'The sample issue could not be loaded: {message}',
    'sample.retry': 'Try again',
    'shortcut.group': 'Library',
    'shortcut.next': 'Next issue',
    'shortcut.previous': 'Previous issue',
    'shortcut.open': 'Open the issue’s splits',
    'shortcut.review': 'Open the issue’s section review',
    'shortcut.rename': 'Rename the issue',
    'shortcut.delete': 'Delete the issue',
  },
  zh: {
    title: '稿库',
    lede: '本浏览器中保存的所有期次，最新的在前。打开一期即可确认拆分、校对文章或审阅版面。',
    count: '共 {count} 期',
    'count.one': '共 1 期',
    updated: '更新于 {when}',
    import: '导入一期报纸',
    'table.caption': '已保存的期次',
    'column.issue': '期次',
    'column.date': '日期',
    'column.pages': '版数',
    'column.articles': '文章',
    'column.progress': '进度',
    'column.language': '语言',
    'column.actions': '操作',
    'articles.ofItems': '共 {count} 项',
    'date.unknown': '无日期',
    'language.zh': '中文',
    'language.en': '英文',
    'progress.summary': '已审定 {done} / {total}',
    'progress.none': '没有条目',
    'action.review': '审阅',
    'action.reviewLabel': '审阅“{title}”的版面',
    'action.rename': '重命名',
    'action.renameLabel': '重命名“{title}”',
    'action.delete': '删除',
    'action.deleteLabel': '删除“{title}”',
    'rename.label': '“{title}”的新标题',
    'rename.hint': '按 Enter 保存，按 Esc 取消',
    'rename.failed': '未能重命名：{message}',
    'delete.title': '删除“{title}”？',
    'delete.body': '其中的 {count} 个条目、所有校改和保存的历史都会一并删除。删除后可以立即撤销。',
    'delete.confirm': '删除这一期',
    'delete.done': '已删除“{title}”。',
    'delete.undo': '撤销',
    'delete.failed': '未能删除：{message}',
    'restore.done': '已恢复“{title}”。',
    'restore.failed': '未能恢复：{message}',
    'empty.title': '还没有任何期次',
    'empty.body': '导入一期版面文字即可开始：选择文件、拖放或粘贴。',
    'empty.action': '导入一期报纸',
    loading: '正在载入稿库…',
    loadFailed: '无法读取稿库：{message}',
    'sample.loading': '正在载入示例报纸，让你一次看到完整的校对流程…',
    'sample.failed': '示例报纸载入失败：{message}',
    'sample.retry': '重试',
    'shortcut.group': '稿库',
    'shortcut.next': '下一期',
    'shortcut.previous': '上一期',
    'shortcut.open': '打开这一期的拆分',
    'shortcut.review': '打开这一期的版面审阅',
    'shortcut.rename': '重命名这一期',
    'shortcut.delete': '删除这一期',
  },
};
