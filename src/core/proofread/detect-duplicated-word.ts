import type { Flag, Language } from '../analysis-types.ts';
import { isAllHan, isHanAt, isHanCode, makeFlag } from './flag-utils.ts';
import { type LineContext, withContext } from './line-context.ts';
import type { ProofreadLine } from './proofread-line.ts';
import type { ProofreadingResources } from './proofreading-resources.ts';
import { segmentBatch, tokenBoundaries } from './segment-batch.ts';

/**
 * Two-character words that Chinese legitimately says twice (ABAB): verbs of trying or doing a
 * little (研究研究, 商量商量), adjectives used as verbs (高兴高兴), intensified colours and states
 * (雪白雪白), and the set phrases of speech and cheering (谢谢, 加油加油, 哪里哪里).
 */
const REDUPLICABLE_ZH = new Set(
  (
    '研究 讨论 商量 考虑 学习 休息 活动 打听 了解 锻炼 整理 收拾 打扫 准备 检查 介绍 比较 体验 ' +
    '交流 思考 调查 沟通 放松 琢磨 清理 说明 分析 总结 练习 表示 意思 走动 溜达 比划 比画 尝试 ' +
    '感受 体会 熟悉 认识 考察 观察 批评 教育 帮助 关心 照顾 安慰 鼓励 表扬 宣传 联系 打扮 修理 ' +
    '清扫 梳理 盘算 合计 估计 参观 欣赏 享受 庆祝 商议 掂量 思量 斟酌 调整 改善 改进 提高 品尝 ' +
    '数落 嘀咕 念叨 唠叨 拾掇 捣鼓 鼓捣 摆弄 折腾 活络 疏通 提醒 教训 指点 点拨 请教 切磋 交谈 ' +
    '消遣 娱乐 运动 计算 布置 打理 筹划 规划 参谋 磨练 磨炼 历练 见识 开导 ' +
    '热闹 高兴 乐呵 暖和 凉快 轻松 舒服 痛快 清醒 活跃 冷静 放心 开心 舒坦 精神 风光 威风 ' +
    '雪白 通红 冰凉 笔直 火红 漆黑 碧绿 金黄 蔚蓝 湛蓝 鲜红 粉红 滚烫 冰冷 喷香 溜圆 崭新 飞快 ' +
    '精光 煞白 瓦蓝 血红 乌黑 蜡黄 焦黄 翠绿 墨绿 雪亮 锃亮 透亮 滚圆 笔挺 稀烂 粉碎 通亮 ' +
    '加油 你好 再见 好的 是的 对的 没事 不是 不要 不行 不对 快点 慢点 小心 来了 走了 行了 算了 ' +
    '够了 好了 欢迎 恭喜 对了 真的 当然 哪里 过奖 请进 请坐 别急 别怕 辛苦 惭愧 干杯 救命 ' +
    '非常 特别 好多 很多 许多 永远 真是 渐渐'
  ).split(' '),
);

/** Longer units that speech repeats (对不起对不起). */
const REPEATED_PHRASES_ZH = new Set(['对不起', '不得了', '了不起', '没关系', '为什么', '不要紧']);

/** Function characters whose doubling (的的, 了了) is a slip when both stand alone as words. */
const FUNCTION_CHARS_ZH = new Set(Array.from('的了在是和与及被从向于也都并而或就其'));

/** Characters of Chinese numerals: a repeated numeral unit is a number, not a slip. */
const NUMERAL_CHARS = new Set(Array.from('〇零一二三四五六七八九十百千万亿两'));

/** English words whose doubling is always a slip ("had had", "that that", "is is" are fine). */
const DOUBLE_SLIP_EN = new Set(
  (
    'the a an and or nor but of to in on at by for with from into upon onto was were are be been ' +
    'he she they we his its their our this these those which who whom than then when where if ' +
    'would should could shall not'
  ).split(' '),
);

/** Repeats of two to four characters are checked; longer ones are rare and checked the same way. */
const MAX_UNIT = 6;

/** How far a segmentation window reaches past the repeat on each side. */
const REACH = 4;

interface ZhCandidate {
  line: ProofreadLine;
  /** Start of the first copy in the line. */
  column: number;
  /** Length of one copy. */
  unit: number;
  /** The window segmented around the repeat. */
  window: string;
  /** Where the first copy starts in the window. */
  windowStart: number;
}

function isLegitimateRepeat(unit: string): boolean {
  const first = unit[0] ?? '';
  if (Array.from(unit).every((char) => char === first)) return true; // 哈哈哈哈, 谢谢谢谢
  if (NUMERAL_CHARS.has(first)) return true; // 一步一步, 两个两个, 一九一九
  if (unit.length === 2 && REDUPLICABLE_ZH.has(unit)) return true;
  return REPEATED_PHRASES_ZH.has(unit);
}

/** Length of the unit repeated right at `i` (longest first) that is worth checking, or 0. */
function repeatAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (!isHanCode(code)) return 0;
  for (let unit = Math.min(MAX_UNIT, (text.length - i) >> 1); unit >= 1; unit--) {
    if (text.charCodeAt(i + unit) !== code) continue;
    let same = true;
    for (let j = 1; j < unit; j++) {
      if (text.charCodeAt(i + j) !== text.charCodeAt(i + unit + j)) {
        same = false;
        break;
      }
    }
    if (!same) continue;
    const copy = text.slice(i, i + unit);
    if (!isAllHan(copy)) continue;
    if (unit === 1) {
      if (!FUNCTION_CHARS_ZH.has(copy)) continue;
      if (text[i + 2] === copy) continue; // three in a row is a different fault
      if (isHanAt(text, i + 3) && text[i + 2] === text[i + 3]) continue; // AABB: 的的确确
      if (text[i - 1] === '一') continue; // measure-word reduplication after 一
    } else if (isLegitimateRepeat(copy)) {
      continue;
    }
    return unit;
  }
  return 0;
}

/** Finds adjacent identical runs of Han characters in one line. */
function findZhCandidates(line: ProofreadLine): ZhCandidate[] {
  const { text } = line;
  const found: ZhCandidate[] = [];
  let context: LineContext | undefined;
  const push = (column: number, unit: number): void => {
    context ??= withContext(line, REACH);
    const start = Math.max(0, context.offset + column - REACH);
    const end = Math.min(context.text.length, context.offset + column + 2 * unit + REACH);
    found.push({
      line,
      column,
      unit,
      window: context.text.slice(start, end).replace(/\n/g, ' '),
      windowStart: context.offset + column - start,
    });
  };
  let i = 0;
  while (i < text.length) {
    const unit = repeatAt(text, i);
    if (unit > 0) {
      push(i, unit);
      i += 2 * unit;
    } else {
      i++;
    }
  }
  return found;
}

function detectZh(lines: readonly ProofreadLine[], resources: ProofreadingResources): Flag[] {
  const flags: Flag[] = [];
  const candidates = lines.flatMap(findZhCandidates);
  if (candidates.length === 0) return flags;
  const { segmentZh } = resources;
  const segmented = segmentZh
    ? segmentBatch(
        candidates.map((candidate) => candidate.window),
        segmentZh,
      )
    : null;
  candidates.forEach((candidate, index) => {
    const copy = candidate.line.text.slice(candidate.column, candidate.column + candidate.unit);
    let confidence: number;
    const tokens = segmented?.[index];
    if (tokens) {
      // The copies must meet at a word boundary and one of them stand as a whole word: 厅厅 in
      // 财政厅厅长 or 学生学生 in 大学生学生会 do not, 职工职工 in 职工职工队伍 does.
      const boundaries = new Set(tokenBoundaries(tokens));
      const start = candidate.windowStart;
      const aligned =
        boundaries.has(start + candidate.unit) &&
        (boundaries.has(start) || boundaries.has(start + 2 * candidate.unit)) &&
        (candidate.unit > 1 || (boundaries.has(start) && boundaries.has(start + 2)));
      if (!aligned) return;
      confidence = candidate.unit === 1 ? 0.8 : 0.95;
    } else {
      if (candidate.unit === 1) return; // a single character needs word boundaries to judge
      confidence = 0.6;
    }
    flags.push(
      makeFlag(candidate.line, {
        column: candidate.column,
        length: 2 * candidate.unit,
        type: 'duplicated-word',
        suggestion: copy,
        confidence,
        message: `"${copy}" is printed twice`,
      }),
    );
  });
  return flags;
}

const EN_WORD = /[A-Za-z]+/g;

function detectEn(lines: readonly ProofreadLine[]): Flag[] {
  const flags: Flag[] = [];
  for (const line of lines) {
    const { text } = line;
    let previousWord = '';
    let previousStart = -1;
    for (const match of text.matchAll(EN_WORD)) {
      const word = match[0];
      const start = match.index;
      const repeated =
        word.length === previousWord.length &&
        word.toLowerCase() === previousWord.toLowerCase() &&
        DOUBLE_SLIP_EN.has(word.toLowerCase()) &&
        /^[ \t]+$/.test(text.slice(previousStart + previousWord.length, start));
      if (repeated) {
        flags.push(
          makeFlag(line, {
            column: previousStart,
            length: start + word.length - previousStart,
            type: 'duplicated-word',
            suggestion: previousWord,
            confidence: 0.9,
            message: `"${previousWord}" is printed twice`,
          }),
        );
        previousWord = '';
        continue;
      }
      previousWord = word;
      previousStart = start;
    }
  }
  return flags;
}

/**
 * Flags a word printed twice in a row (阴性阴性, "the the"). Chinese repeats must be whole words
 * on both sides of the segmentation, so 财政厅厅长 and 我国国内 pass, and legitimate
 * reduplication (紧紧, 研究研究, 高高兴兴, 一步一步) is left alone; English flags only function
 * words, so "had had" and "that that" pass.
 */
export function detectDuplicatedWord(
  lines: readonly ProofreadLine[],
  resources: ProofreadingResources,
  language: Language,
): Flag[] {
  return language === 'zh' ? detectZh(lines, resources) : detectEn(lines);
}
