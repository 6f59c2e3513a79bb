import type { Messages } from '../../lib/i18n.tsx';

/** Words of the import screen and the first-start sample, in both interface languages. */
export const importMessages: Messages<
  | 'title'
  | 'lede'
  | 'file.title'
  | 'file.choose'
  | 'file.drop'
  | 'file.formats'
  | 'drop.overlay'
  | 'drop.overlayHint'
  | 'paste.title'
  | 'paste.label'
  | 'paste.hint'
  | 'paste.placeholder'
  | 'paste.count'
  | 'paste.analyse'
  | 'paste.source'
  | 'progress.title'
  | 'progress.label'
  | 'stage.reading'
  | 'stage.decoding'
  | 'stage.analysing'
  | 'stage.saving'
  | 'stage.done'
  | 'stage.current'
  | 'status.reading'
  | 'status.decoding'
  | 'status.analysing'
  | 'status.saving'
  | 'failed.title'
  | 'failed.nothingStored'
  | 'failed.again'
  | 'failed.dismiss'
  | 'shortcut.group'
  | 'shortcut.choose'
  | 'shortcut.paste'
  | 'shortcut.analyse'
> = {
  en: {
    title: 'Import an issue',
    lede: 'Bring in a night’s page text: Galley decodes it, splits it into articles and flags likely OCR faults. Nothing leaves this computer.',
    'file.title': 'From a file',
    'file.choose': 'Choose a file…',
    'file.drop': 'or drop it anywhere on this screen',
    'file.formats':
      'Plain text as UTF-8, UTF-16 (with a byte-order mark) or GB18030, up to {limit}.',
    'drop.overlay': 'Drop to import',
    'drop.overlayHint': 'One text file: the page text of an issue',
    'paste.title': 'From the clipboard',
    'paste.label': 'Page text',
    'paste.hint': 'Paste here, or anywhere on this screen outside a field, to analyse at once.',
    'paste.placeholder': 'Paste the raw page text…',
    'paste.count': '{count} characters',
    'paste.analyse': 'Analyse',
    'paste.source': 'pasted text',
    'progress.title': 'Importing “{name}”',
    'progress.label': 'Import progress',
    'stage.reading': 'Reading',
    'stage.decoding': 'Decoding',
    'stage.analysing': 'Analysing',
    'stage.saving': 'Saving',
    'stage.done': 'done',
    'stage.current': 'in progress',
    'status.reading': 'Reading {size}…',
    'status.decoding': 'Decoding {size}…',
    'status.analysing': 'Finding articles and OCR faults in {count} characters…',
    'status.saving': 'Saving the issue in this browser…',
    'failed.title': '“{name}” was not imported',
    'failed.nothingStored': 'Nothing was stored.',
    'failed.again': 'Choose another file',
    'failed.dismiss': 'Dismiss',
    'shortcut.group': 'Import',
    'shortcut.choose': 'Choose a file',
    'shortcut.paste': 'Go to the paste box',
    'shortcut.analyse': 'Analyse the pasted text',
  },
  zh: {
    title: '导入一期报纸',
    lede: '导入当晚的版面文字：Galley 会识别编码、拆分文章并标出可能的 OCR 错误。所有内容都留在本机。',
    'file.title': '从文件导入',
    'file.choose': '选择文件…',
    'file.drop': '或把文件拖到此页面的任意位置',
    'file.formats': '纯文本，编码为 UTF-8、UTF-16（带字节顺序标记）或 GB18030，不超过 {limit}。',
    'drop.overlay': '松开即可导入',
    'drop.overlayHint': '一个文本文件：一期报纸的版面文字',
    'paste.title': '从剪贴板导入',
    'paste.label': '版面文字',
    'paste.hint': '粘贴到这里；或在此页面输入框以外的任意位置粘贴，立即分析。',
    'paste.placeholder': '粘贴原始版面文字…',
    'paste.count': '{count} 个字符',
    'paste.analyse': '分析',
    'paste.source': '粘贴的文字',
    'progress.title': '正在导入“{name}”',
    'progress.label': '导入进度',
    'stage.reading': '读取',
    'stage.decoding': '识别编码',
    'stage.analysing': '分析',
    'stage.saving': '保存',
    'stage.done': '已完成',
    'stage.current': '进行中',
    'status.reading': '正在读取 {size}…',
    'status.decoding': '正在识别 {size} 的编码…',
    'status.analysing': '正在从 {count} 个字符中拆分文章、查找 OCR 错误…',
    'status.saving': '正在把这一期保存到本浏览器…',
    'failed.title': '“{name}”未导入',
    'failed.nothingStored': '没有保存任何内容。',
    'failed.again': '选择其他文件',
    'failed.dismiss': '关闭',
    'shortcut.group': '导入',
    'shortcut.choose': '选择文件',
    'shortcut.paste': '转到粘贴框',
    'shortcut.analyse': '分析粘贴的文字',
  },
};

/** Why an import was refused, in Chinese, by the engine's code (the English comes from the engine). */
export const refusalMessagesZh: Record<string, string> = {
  'too-large':
    '这个文件有 {size}，超过了 Galley 的上限 {limit}。请把它拆成较小的文件，每个文件一版或一个版块。',
  empty: '这个文件是空的，没有可读的文字。',
  'binary-png':
    '这是一张 PNG 图片，不是文字。Galley 读取的是版面的文字：请先把它导出为 UTF-8 文本。',
  'binary-pdf':
    '这是一个 PDF 文档，不是文字。Galley 读取的是版面的文字：请先把它导出为 UTF-8 文本。',
  binary: '这是{format}，不是文字。Galley 读取的是版面的文字：请先把它导出为 UTF-8 文本。',
  undecodable:
    '这个文件不是 UTF-8、UTF-16 或 GB18030 编码的文字：它可能使用了其他编码（如 Big5 或 Windows-1252），也可能根本不是文字。请另存为 UTF-8 文本后重试。',
  'storage-full':
    '浏览器为 Galley 分配的存储空间已满，这一期没有保存。请先导出并删除不再需要的期次，然后重试。',
  failed: '导入没有完成：{message}',
  'backup-too-large': '这个文件有 {size}，超过了 Galley 读取备份的大小上限。',
  'backup-truncated': '这个备份不完整：文件被截断或已损坏。请在生成它的电脑上重新导出。',
  'backup-not-json': '这个文件不是 Galley 备份：它不是 JSON。',
  'backup-not-a-backup': '这个 JSON 文件不是 Galley 备份：它没有注明 "format": "galley-backup"。',
  'backup-unknown-version': '本 Galley 读不了这个版本的备份。详情：{message}',
  'backup-invalid': '这个备份已损坏，内容不符合备份格式。详情：{message}',
  'backup-store': '备份没有导入：{message}',
};

/** Binary formats named in Chinese, by the id of the engine's format sniffer. */
export const binaryFormatNamesZh: Record<string, string> = {
  png: '一张 PNG 图片',
  pdf: '一个 PDF 文档',
  gif: '一张 GIF 图片',
  jpeg: '一张 JPEG 图片',
  zip: '一个 ZIP 压缩包（Word .docx 和 OpenDocument 文件都是 ZIP 压缩包）',
  gzip: '一个 gzip 压缩文件',
  ole: '一个旧式 Office 文件（如 Word .doc）',
  unknown: '二进制数据',
};
