/**
 * The recognisers for the fixed forms of newspaper text: datelines, bylines, credits, jump
 * lines and page furniture, in Chinese and English. They work on folded text (full-width
 * digits and letters folded to ASCII), so 本报北京１月４日电 and 本报北京1月4日电 match alike.
 */

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CN_NUMERAL = '〇零一二三四五六七八九十百';

/** Converts 3, 十二 or 二十三 to a number; null when it is neither. */
export function parsePageNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const digits: Record<string, number> = {
    〇: 0,
    零: 0,
    一: 1,
    二: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  if (!/^[〇零一二三四五六七八九十]+$/.test(text)) return null;
  if (!text.includes('十')) {
    let value = 0;
    for (const char of text) value = value * 10 + (digits[char] ?? 0);
    return value;
  }
  const [tens, ones] = text.split('十');
  return (tens ? (digits[tens] ?? 0) : 1) * 10 + (ones ? (digits[ones] ?? 0) : 0);
}

// Chinese datelines: 本报讯, 本报北京1月4日电, 新华社纽约1月1日电, 据新华社莫斯科1月1日电, 本报驻法国记者…电.
const ZH_DATELINE = new RegExp(
  `^(?:据)?(?:本报讯|(?:本报|新华社|人民日报|中新社|中新网|央视网|央广网|经济日报|光明日报)` +
    `[${HAN}]{0,10}?(?:\\d{1,2}月\\d{1,2}日)?(?:专电|电|讯))`,
);
// English datelines: WASHINGTON, June 3 — / DANVILLE Pa.. June 21.- / LONDON (AP) —.
const EN_DATELINE =
  /^(?:[A-Z][A-Z0-9.'&-]{2,}(?: [A-Z0-9][A-Za-z0-9.'&-]*){0,3})[,.]{1,2}\s*(?:[A-Z][A-Za-z.]{1,12}\s*)?(?:[A-Z][A-Za-z]{1,8}\.?\s*\d{1,2}[.,]?\s*)?(?:\((?:AP|UPI|Reuters|AFP)\)\s*)?(?:[-—–]{1,2}|\.\s*-)/;
const EN_DATELINE_AGENCY = /^[A-Z][A-Z .'-]{2,30}\s*\((?:AP|UPI|Reuters|AFP)\)\s*[-—–]/;

/** Length of the dateline that opens the line, or 0. */
export function matchDateline(folded: string, language: 'zh' | 'en'): number {
  if (language === 'zh') {
    const match = ZH_DATELINE.exec(folded);
    return match ? match[0].length : 0;
  }
  const match = EN_DATELINE.exec(folded) ?? EN_DATELINE_AGENCY.exec(folded);
  if (!match) return 0;
  // A dateline names a place in capitals and a date or an agency; all-capital headlines do not end in a dash.
  const head = match[0];
  const hasDate = /\d/.test(head) || /\((?:AP|UPI|Reuters|AFP)\)/.test(head);
  return hasDate ? head.length : 0;
}

/** Removes padding spaces from Chinese names and splits a list of them (殷雪鸢、梁 涛 → 殷雪鸢, 梁涛). */
export function splitZhNames(list: string): string[] {
  const names: string[] = [];
  for (const part of list.split(/[、，,;；/]/)) {
    const tokens = part.split(/[\s\u3000]+/).filter((token) => token.length > 0);
    // 贾 鹏 米国伟: single characters are the halves of a padded two-character name.
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] ?? '';
      const next = tokens[i + 1];
      if (token.length === 1 && next?.length === 1) {
        names.push(token + next);
        i++;
      } else names.push(token);
    }
  }
  return names
    .map((name) => name.replace(/[^\u3400-\u9fff·•]/g, ''))
    .flatMap(splitJoinedNames)
    .filter((name) => name.length >= 2 && name.length <= 4);
}

// Two names printed without a separator (刘亮明陈建军) are two three-character names.
function splitJoinedNames(name: string): string[] {
  return name.length === 6 ? [name.slice(0, 3), name.slice(3)] : [name];
}

const NOT_A_NAME = /电|报道|版|照片|社|编者|供稿|整理|^.记$|摄|^图|图\/文|^文$/;
const ROLE_PREFIX = `(?:本报|新华社|人民日报|中新社)?(?:驻[${HAN}]{1,8}?)?(?:特约|实习)?(?:记者|通讯员|特派员)`;
const BYLINE_WITH_ROLE = new RegExp(`^${ROLE_PREFIX}[\\s\u3000]*([${HAN}\\s\u3000、]{2,24})$`);
const BYLINE_IN_BRACKETS = new RegExp(`^[（(]([${HAN}\\s\u3000、]{2,14})[）)]$`);
const TRAILING_SIGNATURE = new RegExp(`[（(]([${HAN}\\s\u3000、]{2,14})[）)]$`);
const DATELINE_BRACKETED_NAMES = new RegExp(
  `^[\\s\u3000]*[（(](?:${ROLE_PREFIX})?[\\s\u3000]*([${HAN}\\s\u3000、]{2,30})[）)]`,
);
const DATELINE_REPORTER_NAMES = new RegExp(
  `^[\\s\u3000]*${ROLE_PREFIX}[\\s\u3000]*([${HAN}、\\s\u3000]{2,20}?)(?:报道|[：:，,。]|$)`,
);
const DATELINE_BARE_NAME = new RegExp(`^[\\s\u3000]*${ROLE_PREFIX}[\\s\u3000]*([${HAN}]{2,4})`);
const BRACKETED_CREDIT = new RegExp(`[（(]([^（()）]{0,24}?)(摄|照片|供图|制图)[）)]$`);
const LEADING_ROLE = new RegExp(`^${ROLE_PREFIX}?`);
const PLAIN_CREDIT = new RegExp(`^((?:${ROLE_PREFIX})?[${HAN}\\s\u3000、]{2,30}?)[\\s\u3000]*摄$`);
const ANY_ROLE = new RegExp(ROLE_PREFIX, 'g');
const ZH_JUMP_LINE = new RegExp(
  `^[（(]?(见|下转|转|上接|接)(?:第)?([\\d${CN_NUMERAL}]+)(?:版|页)(?:[${HAN}]{0,6})?[）)]?$`,
);
const ZH_PAGE_HEADER = new RegExp(
  `^第\\s*([\\d${CN_NUMERAL}]+)\\s*版[\\s\u3000:：]*([${HAN}·]{0,8})`,
);
const CLOSING_DATELINE = new RegExp(
  `[（(](?:据)?(?:本报|新华社|人民日报|中新社)[${HAN}\\d月日]{0,16}电[）)]$`,
);

/** A line that is only a byline: 本报记者 X, 记者 X、Y, 新华社记者X, （X）. Returns the names, or null. */
export function matchBylineLine(text: string): { names: string[]; closing: boolean } | null {
  const compact = text.trim();
  const role = BYLINE_WITH_ROLE.exec(compact);
  if (role?.[1]) {
    const names = splitZhNames(role[1].replace(/(?:记者|通讯员)/g, '、'));
    return names.length > 0 ? { names, closing: false } : null;
  }
  const closing = BYLINE_IN_BRACKETS.exec(compact);
  if (closing?.[1] && !NOT_A_NAME.test(closing[1])) {
    const names = splitZhNames(closing[1].replace(/(?:记者|通讯员)/g, '、'));
    return names.length > 0 ? { names, closing: true } : null;
  }
  const english = /^\.?\s*By\s+([A-Z][A-Za-z.'\- ]{1,60}?)[.,]?$/.exec(compact);
  if (english?.[1] && isEnglishName(english[1]))
    return { names: [english[1].trim()], closing: false };
  return null;
}

/** A closing signature at the end of a paragraph: …。（张书政） Returns the names and where it starts. */
export function matchTrailingSignature(text: string): { names: string[]; index: number } | null {
  const match = TRAILING_SIGNATURE.exec(text);
  if (!match?.[1] || NOT_A_NAME.test(match[1])) return null;
  const before = text.slice(0, match.index).trimEnd();
  if (before.length > 0 && !/[。！？!?…”"』」）)]$/.test(before)) return null;
  const names = splitZhNames(match[1]);
  return names.length > 0 ? { names, index: match.index } : null;
}

/** Names inside an opening dateline: 本报讯（记者 殷雪鸢、梁 涛）, 本报北京1月4日讯记者江世杰报道：. */
export function matchDatelineBylines(afterDateline: string): string[] {
  const bracket = DATELINE_BRACKETED_NAMES.exec(afterDateline);
  if (bracket?.[1]) return splitZhNames(bracket[1].replace(/(?:记者|通讯员)/g, '、'));
  const reporter = DATELINE_REPORTER_NAMES.exec(afterDateline);
  if (reporter?.[1]) return splitZhNames(reporter[1].replace(/(?:记者|通讯员)/g, '、'));
  const bare = DATELINE_BARE_NAME.exec(afterDateline);
  if (bare?.[1]) return [trimNameBeforeVerb(bare[1])];
  return [];
}

// 记者江世杰从今天…: a name runs two or three characters; a following function word ends it.
const AFTER_NAME = '从在说对向据称获日近今昨到于和与及等的了就为';
function trimNameBeforeVerb(candidate: string): string {
  const third = candidate.charAt(2);
  if (candidate.length >= 3 && AFTER_NAME.includes(third)) return candidate.slice(0, 2);
  return candidate.slice(0, 3);
}

/** A photo credit: 贾 鹏 米国伟 摄, （新华社记者丁仁贵摄）, （新华社发美联社照片）, (AP Photo/Name). */
export function matchCredit(text: string): { names: string[]; index: number } | null {
  const bracketed = BRACKETED_CREDIT.exec(text);
  if (bracketed) {
    const who = (bracketed[1] ?? '').replace(LEADING_ROLE, '');
    const names =
      bracketed[2] === '摄' ? splitZhNames(who.replace(/^(?:本报|新华社)?(?:记者)?/, '')) : [];
    return { names, index: bracketed.index };
  }
  const plain = PLAIN_CREDIT.exec(text.trim());
  if (plain?.[1]) {
    const names = splitZhNames(plain[1].replace(ANY_ROLE, '、'));
    return { names, index: 0 };
  }
  const english = /\((?:AP|Reuters|AFP|UPI)?\s*Photo(?:\/([^)]+))?\)$/.exec(text);
  if (english) return { names: english[1] ? [english[1].trim()] : [], index: english.index };
  return null;
}

/** A jump or teaser line: （见第3版）, （下转第二版）, Continued on Page 7. Returns the page, or null. */
export function matchJumpLine(
  folded: string,
): { page: number | null; direction: 'to' | 'from' } | null {
  const zh = ZH_JUMP_LINE.exec(folded.trim());
  if (zh) {
    return {
      page: parsePageNumber(zh[2] ?? ''),
      direction: zh[1] === '上接' || zh[1] === '接' ? 'from' : 'to',
    };
  }
  const en =
    /^\(?(?:Continued|Cont'd|See [^,]{1,40}),? (on|from|to) Page ([A-Z]?\d{1,3})\)?\.?$/i.exec(
      folded.trim(),
    ) ?? /^[A-Z][A-Z' -]{2,30} (from) Page ([A-Z]?\d{1,3})\.?$/i.exec(folded.trim());
  if (en)
    return {
      page: Number((en[2] ?? '').replace(/^[A-Z]/i, '')),
      direction: en[1]?.toLowerCase() === 'from' ? 'from' : 'to',
    };
  return null;
}

/** Page furniture: page headers, running heads, lone page numbers, rules, editor lines. */
export function matchFurniture(folded: string): {
  kind: 'page-header' | 'page-number' | 'rule' | 'editor';
  page: number | null;
  section: string | null;
} | null {
  const text = folded.trim();
  const header = ZH_PAGE_HEADER.exec(text);
  if (header && text.length <= 40) {
    return {
      kind: 'page-header',
      page: parsePageNumber(header[1] ?? ''),
      section: header[2] ? header[2] : null,
    };
  }
  if (
    /^[（(]?第?[\d〇零一二三四五六七八九十]{1,3}版?[）)]?$/.test(text) &&
    (/版/.test(text) || /^\d{1,3}$/.test(text) || text.length <= 2)
  ) {
    const digits = /[\d〇零一二三四五六七八九十]+/.exec(text)?.[0] ?? '';
    return { kind: 'page-number', page: parsePageNumber(digits), section: null };
  }
  if (/^[-—–_=~*·.•\s]{3,}$/.test(text) && /[-—–_=~*·]/.test(text))
    return { kind: 'rule', page: null, section: null };
  if (/^(?:责任编辑|责编|本版编辑|美术编辑|版式设计|校对|本版责编)[:：]/.test(text))
    return { kind: 'editor', page: null, section: null };
  const zhDate = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.test(text);
  if (
    zhDate &&
    text.length <= 40 &&
    /星期[一二三四五六日天]|周[一二三四五六日]|日报|晚报|报$/.test(text)
  ) {
    return { kind: 'page-header', page: null, section: null };
  }
  const enWeekday = /\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b/i.test(text);
  if (
    enWeekday &&
    /\b1[6-9]\d\d|20\d\d\b/.test(text) &&
    text.length <= 80 &&
    isMostlyUpperCase(text)
  ) {
    return { kind: 'page-header', page: null, section: null };
  }
  return null;
}

/** True when most letters of the text are capitals (an English headline line). */
export function isMostlyUpperCase(text: string): boolean {
  let upper = 0;
  let lower = 0;
  let lowerWords = 0;
  let wordLower = 0;
  let wordLength = 0;
  // One pass: count capitals and small letters, and whole lower-case words of two letters or more.
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const isUpper = code >= 65 && code <= 90;
    const isLower = code >= 97 && code <= 122;
    if (isUpper) upper++;
    if (isLower) lower++;
    if (isUpper || isLower) {
      wordLength++;
      if (isLower) wordLower++;
    } else {
      if (wordLength >= 2 && wordLower === wordLength) lowerWords++;
      wordLength = 0;
      wordLower = 0;
    }
  }
  if (upper + lower < 2) return false;
  // Old papers set a paragraph's first words in capitals: "A CONGRESSMAN-AT-LARGE is to be".
  if (lowerWords >= 2) return false;
  return upper / (upper + lower) >= 0.7;
}

/** A closing dateline such as （新华社北京1月1日电） or （本报巴黎1月1日电）; returns where it starts, or -1. */
export function matchClosingDateline(folded: string): number {
  const match = CLOSING_DATELINE.exec(folded);
  return match ? match.index : -1;
}

/** True when the words after "By" read as a person's name (W. S. JEWETT, Mary Smith), not a phrase. */
export function isEnglishName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || words.length > 5) return false;
  return words.every((word) => /^(?:[A-Z]\.|[A-Z][A-Za-z'-]*\.?|de|van|von|la|le)$/.test(word));
}

/** True when a paragraph ends in a sign-off: a signature, credit, closing dateline or ——编者. */
export function endsWithSignOff(text: string): boolean {
  const trimmed = text.trim();
  return (
    /[—－-]{1,3}\s*编\s*者[）)]?$/.test(trimmed) ||
    matchTrailingSignature(trimmed) !== null ||
    matchClosingDateline(foldFullWidthDigits(trimmed)) >= 0 ||
    (matchCredit(trimmed)?.index ?? -1) >= 0
  );
}

function foldFullWidthDigits(text: string): string {
  return text.replace(/[\uff10-\uff19]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) - 0xfee0),
  );
}

/** {@link isMostlyUpperCase} for a source line, worked out once per line. */
export function isCapitalLine(line: { text: string; capitals?: boolean }): boolean {
  line.capitals ??= isMostlyUpperCase(line.text);
  return line.capitals;
}
