/**
 * Prints the proofreading flags of one issue text in the eval JSON format, without items, so the
 * detectors can be scored before the segmentation engine lands:
 *
 *   node ../shared/eval/score.mjs --cmd 'npx tsx scripts/score-proofreading.ts {file}' TRUTH.json...
 */
import { readFileSync } from 'node:fs';
import { loadProofreadingResources } from '../src/cli/load-proofreading-resources.ts';
import { proofreadIssue } from '../src/core/proofread/proofread-issue.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/score-proofreading.ts FILE');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
const lines = text.split(/\r?\n/);
const hanCount = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
const language = hanCount > text.length / 10 ? 'zh' : 'en';
const resources = await loadProofreadingResources();
const flags = proofreadIssue({ lines, items: [], language }, resources);
console.log(JSON.stringify({ language, items: [], flags }, null, 1));
