import type { Messages } from '../lib/i18n.tsx';

/** Words of the shared components, in both interface languages. */
export const componentMessages: Messages<
  | 'status.detected'
  | 'status.confirmed'
  | 'status.corrected'
  | 'status.approved'
  | 'kind.article'
  | 'kind.teaser'
  | 'kind.photo'
  | 'kind.furniture'
  | 'dialog.cancel'
  | 'toast.dismiss'
  | 'toast.region'
> = {
  en: {
    'status.detected': 'Detected',
    'status.confirmed': 'Confirmed',
    'status.corrected': 'Corrected',
    'status.approved': 'Approved',
    'kind.article': 'Article',
    'kind.teaser': 'Teaser',
    'kind.photo': 'Photo',
    'kind.furniture': 'Furniture',
    'dialog.cancel': 'Cancel',
    'toast.dismiss': 'Dismiss',
    'toast.region': 'Notifications',
  },
  zh: {
    'status.detected': '已识别',
    'status.confirmed': '已确认',
    'status.corrected': '已校对',
    'status.approved': '已审定',
    'kind.article': '文章',
    'kind.teaser': '导读',
    'kind.photo': '图片',
    'kind.furniture': '版面元素',
    'dialog.cancel': '取消',
    'toast.dismiss': '关闭',
    'toast.region': '通知',
  },
};
