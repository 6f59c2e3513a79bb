/**
 * Curated pairs of Chinese characters that OCR confuses because they look alike. Shape only:
 * characters that merely sound alike are never listed, since a scanner does not hear.
 *
 * "A→B" reads a printed A as a misread B. Most pairs run one way only, from the rarer character
 * to the commoner one: misreads of a common character are frequent and a rare character standing
 * alone is suspicious, while a common character printed correctly is everywhere, so flagging it
 * costs precision for little recall (日 is rarely a misread 目, but 目报 is a misread 日报).
 * "A↔B" is kept where both characters are common and both misreads are seen.
 */
const PAIRS = [
  '人↔入',
  '己↔已',
  '巳→已',
  '巳→己',
  '未↔末',
  '土↔士',
  '太→大',
  '犬→大',
  '犬→太',
  '曰→日',
  '目→日',
  '手→年',
  '王→主',
  '今↔令',
  '定→是',
  '千↔干',
  '白→自',
  '问↔间',
  '特↔持',
  '冶→治',
  '拔↔拨',
  '侯→候',
  '淮→准',
  '辨↔辩',
  '祟→崇',
  '休→体',
  '折→析',
  '术→本',
  '木→本',
  '兔→免',
  '坏→环',
  '找→我',
  '也→他',
  '几↔儿',
  '乌↔鸟',
  '微↔徽',
  '嬴→赢',
  '荼→茶',
  '券↔卷',
  '材↔村',
  '扬→场',
  '淅→浙',
  '字↔宇',
  '宫→官',
  '竞↔竟',
  '失↔夫',
  '若→苦',
  '氏→民',
  '田→由',
];

/**
 * Neighbours that make a swap unlikely although it completes a word: 人 after a verb that takes
 * people as its object (没人, 进人, 打人) is no misread 入 (没入, 进入, 打入); 太 before a
 * one-character adjective is the adverb "too" (太小, 太远), not a misread 大 (大小, 大远).
 */
const UNLIKELY_AFTER: Readonly<Record<string, string>> = {
  '人→入': '没有无进载摄打吓害骗杀救选用招找请派送引出收投感动诱迷惊逼咬伤',
};
const UNLIKELY_BEFORE: Readonly<Record<string, string>> = {
  '太→大': '多大小好快慢高低长短少远近重轻早晚忙难累贵深浅强弱差美老新旧热冷干湿硬软对过',
  '人→入': '时住睡座坐',
};

/**
 * Misreads so common that word lists took them in as words (jieba knows 自已 and 时侯, ICU 己经):
 * the dictionary check cannot catch them, so they are listed with the word meant.
 */
export const LISTED_MISREADS: ReadonlyMap<string, string> = new Map([
  ['自已', '自己'],
  ['时侯', '时候'],
  ['己经', '已经'],
]);

/** Characters commonly used as surnames: a swap that would start a word on one is likely a name. */
export const SURNAME_CHARS = new Set(Array.from('王田石方于丁孔史甘白侯木'));

function buildConfusions(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const add = (from: string, to: string): void => {
    const list = map.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    map.set(from, list);
  };
  for (const pair of PAIRS) {
    const [from, arrow, to] = Array.from(pair);
    if (!from || !to) continue;
    add(from, to);
    if (arrow === '↔') add(to, from);
  }
  return map;
}

/** For each character, the characters OCR may have mistaken it for. */
export const SHAPE_CONFUSIONS: ReadonlyMap<string, readonly string[]> = buildConfusions();

/** True when the characters around a printed character make reading it as `partner` unlikely. */
export function isUnlikelySwap(
  printed: string,
  partner: string,
  before: string,
  after: string,
): boolean {
  const key = `${printed}→${partner}`;
  return (
    (before !== '' && (UNLIKELY_AFTER[key]?.includes(before) ?? false)) ||
    (after !== '' && (UNLIKELY_BEFORE[key]?.includes(after) ?? false))
  );
}
