import type { Flag, Language } from '../analysis-types.ts';
import { isHanCode, makeFlag } from './flag-utils.ts';
import { codeAround, type LineContext, withContext } from './line-context.ts';
import type { ProofreadLine } from './proofread-line.ts';
import type { ProofreadingResources } from './proofreading-resources.ts';
import { segmentBatch, tokenBoundaries } from './segment-batch.ts';

/** Verbs that 一一 ("one by one") typically stands before: 一一作出回应, 一一核实, 一一握手. */
const YIYI_VERBS = new Set(
  (
    '作出 做出 作答 回应 答复 解答 列举 核实 落实 对应 对照 登记 核对 排查 清点 介绍 说明 道来 ' +
    '列出 握手 点评 致谢 解决 处理 化解 回复 记录 查验 比对 予以 加以 展示 分析 列明 告知 询问 ' +
    '检查 验证 兑现 甄别 审核 反馈 答谢 问候 告别 拜访 看望 走访 点名 还原 修复 纠正 整改 回答 ' +
    '解读 罗列 对接 讲解 辨认 确认 签字 签名 合影 致意 补齐 归还 退还 道谢 答疑 过目 清退 销号'
  ).split(' '),
);

/**
 * Words before 一 that make it "as soon as" or a count rather than a dropped 一一 (他一回应就…,
 * 其中一…); 一 after them is left alone.
 */
const NOT_BEFORE_YIYI = new Set(
  (
    '我们 你们 他们 她们 它们 大家 人们 自己 对方 只要 只有 每当 但是 如果 刚刚 其中 之中 ' +
    '当中 又是 就是 还是 也是 都是 不是 真是 这是 那是 只是 这样 那样 这么 那么 稍微 仅仅'
  ).split(' '),
);

/** Words after the verb that show the "as soon as … then" reading (一回应就…). */
const THEN_MARK = /^[^，。；！？]{0,6}[就便即]/;

const REACH = 4;

const YI = '一'.charCodeAt(0);

interface Candidate {
  line: ProofreadLine;
  column: number;
  window: string;
  position: number;
}

function collect(line: ProofreadLine): Candidate[] {
  const found: Candidate[] = [];
  const { text } = line;
  let context: LineContext | undefined;
  for (let column = text.indexOf('一'); column >= 0; column = text.indexOf('一', column + 1)) {
    const previous = codeAround(line, column - 1);
    const next = codeAround(line, column + 1);
    if (previous === YI || next === YI || !isHanCode(previous) || !isHanCode(next)) continue;
    const verb = String.fromCharCode(next, codeAround(line, column + 2));
    if (!YIYI_VERBS.has(verb)) continue;
    context ??= withContext(line, REACH);
    const at = context.offset + column;
    const start = Math.max(0, at - REACH);
    const end = Math.min(context.text.length, at + REACH + 1);
    found.push({ line, column, window: context.text.slice(start, end), position: at - start });
  }
  return found;
}

/**
 * Flags a bare 一 between a noun and a verb that 一一 goes with (事项一作出回应 → 事项一一作出回应):
 * OCR often drops one of two identical characters. Lower confidence, since 一 + verb can also
 * mean "as soon as"; needs the word segmenter to see 一 standing alone between two words.
 */
export function detectDroppedReduplication(
  lines: readonly ProofreadLine[],
  resources: ProofreadingResources,
  language: Language,
): Flag[] {
  const { segmentZh } = resources;
  if (language !== 'zh' || !segmentZh) return [];
  const candidates = lines.flatMap(collect);
  if (candidates.length === 0) return [];
  const segmented = segmentBatch(
    candidates.map((candidate) => candidate.window),
    segmentZh,
  );
  const flags: Flag[] = [];
  candidates.forEach((candidate, index) => {
    const tokens = segmented[index] ?? [];
    const boundaries = tokenBoundaries(tokens);
    const at = boundaries.indexOf(candidate.position);
    // 一 must be a word of its own, after a word of two or more characters and before the verb.
    if (at < 1 || boundaries[at + 1] !== candidate.position + 1) return;
    const previous = tokens[at - 1] ?? '';
    const next = tokens[at + 1] ?? '';
    if (previous.length < 2 || NOT_BEFORE_YIYI.has(previous) || !YIYI_VERBS.has(next)) return;
    const rest = candidate.line.text.slice(candidate.column + 1 + next.length);
    if (THEN_MARK.test(rest)) return;
    flags.push(
      makeFlag(candidate.line, {
        column: candidate.column,
        length: 1,
        type: 'dropped-reduplication',
        suggestion: '一一',
        confidence: 0.55,
        message: `"一${next}" after "${previous}" usually reads 一一${next} (one by one)`,
      }),
    );
  });
  return flags;
}
