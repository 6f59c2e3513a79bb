import type { Messages } from '../../lib/i18n.tsx';

const en = {
  'backup.hint': 'A Galley backup (.json) restores an issue with its history.',
  'backup.reading': 'Reading the backup “{name}”…',
  'backup.title': 'Restore from a backup',
  'backup.lede': '“{name}”, {size}. This is what it holds:',
  'backup.issue': 'Issue',
  'backup.paper': 'Paper',
  'backup.date': 'Date',
  'backup.source': 'Imported from',
  'backup.items': 'Items',
  'backup.itemsValue': '{items} items ({articles} articles) on {pages}',
  'backup.pages': '{count} pages',
  'backup.pagesOne': '1 page',
  'backup.progress': 'Progress',
  'backup.progressValue': '{corrected} corrected, {approved} approved',
  'backup.revisions': 'Saved revisions',
  'backup.changed': 'Last changed',
  'backup.unknown': 'not known',
  'backup.import': 'Import this backup',
  'backup.importing': 'Importing the backup…',
  'backup.cancel': 'Cancel',
  'backup.existsTitle': 'This issue is already in the library',
  'backup.existsBody':
    '“{title}” is stored here. Replace it with the backup (changes made since the backup are lost), or keep both, with the backup as a copy.',
  'backup.replace': 'Replace the stored issue',
  'backup.copy': 'Keep both (import as a copy)',
  'backup.copyTitle': '{title} (copy)',
  'backup.done': 'Restored “{title}” from the backup.',
};

/** A message key of the backup import. */
export type BackupMessage = keyof typeof en;

/** Words of the backup import on the import screen, in both interface languages. */
export const backupMessages: Messages<BackupMessage> = {
  en,
  zh: {
    'backup.hint': 'Galley 备份文件（.json）可连同修改历史恢复一期。',
    'backup.reading': '正在读取备份“{name}”…',
    'backup.title': '从备份恢复',
    'backup.lede': '“{name}”，{size}。其中包含：',
    'backup.issue': '期次',
    'backup.paper': '报纸',
    'backup.date': '日期',
    'backup.source': '原始文件',
    'backup.items': '稿件',
    'backup.itemsValue': '{pages}共 {items} 篇稿件（其中文章 {articles} 篇）',
    'backup.pages': '{count} 个版面',
    'backup.pagesOne': '1 个版面',
    'backup.progress': '进度',
    'backup.progressValue': '已校对 {corrected} 篇，已审定 {approved} 篇',
    'backup.revisions': '保存的版本',
    'backup.changed': '最后修改',
    'backup.unknown': '未知',
    'backup.import': '导入这个备份',
    'backup.importing': '正在导入备份…',
    'backup.cancel': '取消',
    'backup.existsTitle': '稿库中已有这一期',
    'backup.existsBody':
      '这里已保存“{title}”。可以用备份替换它（备份之后所做的修改将丢失），也可以两者都保留，把备份导入为副本。',
    'backup.replace': '替换已保存的这一期',
    'backup.copy': '两者都保留（导入为副本）',
    'backup.copyTitle': '{title}（副本）',
    'backup.done': '已从备份恢复“{title}”。',
  },
};
