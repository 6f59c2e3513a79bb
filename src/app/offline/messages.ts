import type { Messages } from '../../lib/i18n.tsx';

/** Words of the offline indicator and the update prompt, in both languages. */
export const offlineMessages: Messages<
  | 'offline.label'
  | 'offline.detail'
  | 'offline.hint'
  | 'update.region'
  | 'update.title'
  | 'update.body'
  | 'update.bodyUnsaved'
  | 'update.reloading'
  | 'update.unsaved'
  | 'update.reload'
  | 'update.later'
> = {
  en: {
    'offline.label': 'Offline',
    'offline.detail': '— saving still works',
    'offline.hint':
      'There is no network. Galley keeps everything in this browser, so your work saves as usual.',
    'update.region': 'Update',
    'update.title': 'A new version of Galley is ready',
    'update.body': 'Reload to use it. Nothing reloads until you choose to.',
    'update.bodyUnsaved': 'Your unsaved changes are saved first, then Galley reloads.',
    'update.reloading': 'Saving your work, then reloading…',
    'update.unsaved':
      'Your latest changes could not be saved, so Galley did not reload. Save the article (or resolve its conflict), then reload.',
    'update.reload': 'Reload now',
    'update.later': 'Later',
  },
  zh: {
    'offline.label': '离线',
    'offline.detail': '— 仍可保存',
    'offline.hint': '当前没有网络。Galley 把所有内容保存在本浏览器中，修改照常保存。',
    'update.region': '更新',
    'update.title': 'Galley 新版本已就绪',
    'update.body': '重新载入即可使用新版本。在你选择之前，页面不会自动重新载入。',
    'update.bodyUnsaved': '未保存的修改会先保存，然后 Galley 重新载入。',
    'update.reloading': '正在保存你的修改，随后重新载入…',
    'update.unsaved':
      '最新的修改未能保存，因此 Galley 没有重新载入。请先保存文章（或处理版本冲突），再重新载入。',
    'update.reload': '立即重新载入',
    'update.later': '稍后',
  },
};
