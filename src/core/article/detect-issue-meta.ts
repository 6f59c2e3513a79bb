/** Paper, date and a title for an issue, from its page header or its file name. */
export interface IssueMeta {
  /** Newspaper name, if found. */
  paper: string | null;
  /** ISO date (YYYY-MM-DD), if found. */
  date: string | null;
  /** A title for the library. */
  title: string;
}

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Reads paper and date from the first lines (人民日报 1998年1月5日, THE TIMES, JUNE 21, 1921) or the file name. */
export function detectIssueMeta(text: string, sourceName: string): IssueMeta {
  const head = text
    .slice(0, 4000)
    .split(/\r?\n/)
    .map((line) => line.replace(/[\f\r]/g, '').trim())
    .filter((line) => line.length > 0)
    .slice(0, 5)
    .map((line) =>
      line.replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)),
    );
  let paper: string | null = null;
  let date: string | null = null;
  for (const line of head) {
    const zh = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(line);
    if (zh && line.length <= 40) {
      date = `${zh[1]}-${pad(Number(zh[2]))}-${pad(Number(zh[3]))}`;
      paper = /([\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|报))/.exec(line)?.[1] ?? null;
      break;
    }
    const en =
      /^(.*?),\s*(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY),\s*([A-Z]+)\.?\s+(\d{1,2}),\s*(\d{4})/i.exec(
        line,
      );
    const month = en
      ? MONTHS.findIndex((name) => name.startsWith((en[2] ?? '').toLowerCase().slice(0, 3)))
      : -1;
    if (en && month >= 0) {
      date = `${en[4]}-${pad(month + 1)}-${pad(Number(en[3]))}`;
      paper = titleCase((en[1] ?? '').trim()) || null;
      break;
    }
  }
  const base = sourceName.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  if (date === null) {
    const fromName = /(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})/.exec(base);
    if (fromName) date = `${fromName[1]}-${fromName[2]}-${fromName[3]}`;
  }
  if (paper === null) {
    const words = base
      .replace(/(\d{4})[-_.]?(\d{2})[-_.]?(\d{2}).*$/, '')
      .replace(/[-_.]+/g, ' ')
      .trim();
    if (words.length > 0 && !/^pasted text$/i.test(words)) paper = titleCase(words);
  }
  const title =
    [paper, date].filter((part) => part !== null).join(' · ') || base || 'Untitled issue';
  return { paper, date, title };
}

function titleCase(text: string): string {
  if (/[\u4e00-\u9fff]/.test(text)) return text;
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
