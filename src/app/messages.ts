import type { Messages } from '../lib/i18n.tsx';

/** Words of the desk's shell (masthead, navigation, overlay, error screens), in both languages. */
export const shellMessages: Messages<
  | 'app.name'
  | 'app.tagline'
  | 'skip'
  | 'nav.label'
  | 'nav.library'
  | 'nav.import'
  | 'issue.nav'
  | 'issue.label'
  | 'issue.loading'
  | 'tab.splits'
  | 'tab.articles'
  | 'tab.review'
  | 'tab.export'
  | 'tab.articlesNone'
  | 'language.label'
  | 'shortcuts.open'
  | 'shortcuts.title'
  | 'shortcuts.intro'
  | 'shortcuts.close'
  | 'shortcuts.none'
  | 'shortcuts.key'
  | 'shortcuts.action'
  | 'shortcut.library'
  | 'shortcut.import'
  | 'shortcut.help'
  | 'shortcut.group'
  | 'title.library'
  | 'title.import'
  | 'title.splits'
  | 'title.article'
  | 'title.review'
  | 'title.export'
  | 'title.notFound'
  | 'loading.screen'
  | 'notFound.title'
  | 'notFound.body'
  | 'notFound.back'
  | 'crash.title'
  | 'crash.body'
  | 'crash.detail'
  | 'crash.retry'
  | 'crash.back'
  | 'storage.clearedTitle'
  | 'storage.clearedBody'
  | 'storage.clearedDismiss'
> = {
  en: {
    'app.name': 'Galley',
    'app.tagline': 'Correction desk',
    skip: 'Skip to content',
    'nav.label': 'Desk',
    'nav.library': 'Library',
    'nav.import': 'Import',
    'issue.nav': 'This issue',
    'issue.label': 'Issue',
    'issue.loading': 'Loading the issue…',
    'tab.splits': 'Splits',
    'tab.articles': 'Articles',
    'tab.review': 'Section review',
    'tab.export': 'Export',
    'tab.articlesNone': 'This issue has no articles yet',
    'language.label': 'Interface language',
    'shortcuts.open': 'Keyboard shortcuts',
    'shortcuts.title': 'Keyboard shortcuts',
    'shortcuts.intro':
      'Single keys work when you are not typing in a field or the editor. Press Esc to close.',
    'shortcuts.close': 'Close',
    'shortcuts.none': 'This screen has no shortcuts of its own.',
    'shortcuts.key': 'Keys',
    'shortcuts.action': 'Action',
    'shortcut.library': 'Go to the library',
    'shortcut.import': 'Import an issue',
    'shortcut.help': 'Show the keyboard shortcuts',
    'shortcut.group': 'Everywhere',
    'title.library': 'Library',
    'title.import': 'Import',
    'title.splits': 'Splits',
    'title.article': 'Article',
    'title.review': 'Section review',
    'title.export': 'Export',
    'title.notFound': 'Not found',
    'loading.screen': 'Opening the screen…',
    'notFound.title': 'There is no such screen',
    'notFound.body': 'The address “{path}” does not lead anywhere in Galley.',
    'notFound.back': 'Go to the library',
    'crash.title': 'This screen stopped working',
    'crash.body':
      'Your saved work is safe: everything saved is in this browser’s storage. Try the screen again, or go back to the library.',
    'crash.detail': 'Technical detail',
    'crash.retry': 'Try again',
    'crash.back': 'Go to the library',
    'storage.clearedTitle': 'The browser cleared Galley’s storage.',
    'storage.clearedBody':
      'Work still open on this screen is kept here; save it again or export it before you leave.',
    'storage.clearedDismiss': 'Understood',
  },
  zh: {
    'app.name': 'Galley',
    'app.tagline': '校对台',
    skip: '跳到正文',
    'nav.label': '校对台',
    'nav.library': '稿库',
    'nav.import': '导入',
    'issue.nav': '本期',
    'issue.label': '本期',
    'issue.loading': '正在载入本期…',
    'tab.splits': '拆分',
    'tab.articles': '文章',
    'tab.review': '版面审阅',
    'tab.export': '导出',
    'tab.articlesNone': '本期还没有文章',
    'language.label': '界面语言',
    'shortcuts.open': '键盘快捷键',
    'shortcuts.title': '键盘快捷键',
    'shortcuts.intro': '单键快捷键在输入框或编辑器之外可用。按 Esc 关闭。',
    'shortcuts.close': '关闭',
    'shortcuts.none': '此页面没有专属快捷键。',
    'shortcuts.key': '按键',
    'shortcuts.action': '操作',
    'shortcut.library': '前往稿库',
    'shortcut.import': '导入一期报纸',
    'shortcut.help': '显示键盘快捷键',
    'shortcut.group': '全局',
    'title.library': '稿库',
    'title.import': '导入',
    'title.splits': '拆分',
    'title.article': '文章',
    'title.review': '版面审阅',
    'title.export': '导出',
    'title.notFound': '未找到',
    'loading.screen': '正在打开页面…',
    'notFound.title': '没有这个页面',
    'notFound.body': '地址“{path}”在 Galley 中不存在。',
    'notFound.back': '前往稿库',
    'crash.title': '此页面出错了',
    'crash.body': '已保存的内容都安全地存放在本浏览器中。请重试此页面，或返回稿库。',
    'crash.detail': '技术细节',
    'crash.retry': '重试',
    'crash.back': '前往稿库',
    'storage.clearedTitle': '浏览器清除了 Galley 的存储。',
    'storage.clearedBody': '此页面上仍打开的内容还在；离开前请重新保存或导出。',
    'storage.clearedDismiss': '知道了',
  },
};

/** Words of the start-up screens, shown before the store (and its language setting) is open. */
export const bootMessages: Messages<
  | 'opening'
  | 'failed.title'
  | 'failed.body'
  | 'failed.private'
  | 'failed.detail'
  | 'failed.retry'
  | 'blocked.title'
  | 'blocked.body'
  | 'blocking.title'
  | 'blocking.body'
  | 'newer.title'
  | 'newer.body'
  | 'newer.action'
  | 'reload'
> = {
  en: {
    opening: 'Opening the desk…',
    'failed.title': 'Galley cannot open its storage',
    'failed.body':
      'Galley keeps every issue and correction in this browser’s storage (IndexedDB), and the browser refused to open it. Nothing has been changed.',
    'failed.private':
      'This happens in some private windows, when site data is blocked for this address, or when the disk is full. Allow site data for this address, or open Galley in a normal window, then try again.',
    'failed.detail': 'The browser said',
    'failed.retry': 'Try again',
    'blocked.title': 'Another Galley tab needs to reload',
    'blocked.body':
      'This version of Galley updates how your work is stored, and a Galley tab opened earlier is still using the old version. Reload or close that tab; this one continues by itself.',
    'blocking.title': 'Galley was updated in another tab',
    'blocking.body':
      'A newer Galley opened in another tab and needs to update the storage. Your saved work is safe. Reload this tab to continue with the new version.',
    'newer.title': 'This tab is running an older Galley',
    'newer.body':
      'A newer version of Galley, opened in another tab or window, has updated how your work is stored, and this older copy cannot read it. Nothing is lost: your saved work, and changes you had not saved yet, are kept for the newer version.',
    'newer.action':
      'Reload this tab to get the newer version. If this message comes back, close every Galley tab and open Galley again.',
    reload: 'Reload',
  },
  zh: {
    opening: '正在打开校对台…',
    'failed.title': 'Galley 无法打开本地存储',
    'failed.body':
      'Galley 把每一期报纸和每一处校改都保存在本浏览器的存储（IndexedDB）中，但浏览器拒绝打开它。没有任何内容被改动。',
    'failed.private':
      '这可能是因为正在使用无痕窗口、此网址的网站数据被禁止，或磁盘已满。请允许此网址保存网站数据，或在普通窗口中打开 Galley，然后重试。',
    'failed.detail': '浏览器的提示',
    'failed.retry': '重试',
    'blocked.title': '需要重新载入另一个 Galley 标签页',
    'blocked.body':
      '此版本的 Galley 需要更新存储格式，而之前打开的一个 Galley 标签页仍在使用旧版本。请重新载入或关闭那个标签页，此页面会自动继续。',
    'blocking.title': 'Galley 已在另一个标签页中更新',
    'blocking.body':
      '另一个标签页打开了新版 Galley，需要更新存储格式。已保存的内容是安全的。请重新载入此标签页，继续使用新版本。',
    'newer.title': '此标签页运行的是旧版 Galley',
    'newer.body':
      '在另一个标签页或窗口中打开的新版 Galley 已更新了存储格式，旧版无法读取。没有任何内容丢失：已保存的内容和尚未保存的修改都会留给新版。',
    'newer.action':
      '请重新载入此标签页以使用新版。如果仍然出现此提示，请关闭所有 Galley 标签页，再重新打开 Galley。',
    reload: '重新载入',
  },
};
