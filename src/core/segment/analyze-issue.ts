import type { Analysis } from '../analysis-types.ts';
import type { ProofreadingResources } from '../proofread/proofreading-resources.ts';

/** Options for {@link analyzeIssue}. */
export interface AnalyzeOptions {
  /** Dictionaries for the proofreading detectors; without them only dictionary-free detectors run. */
  proofreading?: ProofreadingResources;
}

/** Splits an issue's decoded text into items and flags its OCR faults. Never throws. */
export function analyzeIssue(text: string, _options: AnalyzeOptions = {}): Analysis {
  const lineCount = text.split(/\r?\n/).length;
  return {
    language: 'zh',
    items: [],
    flags: [],
    pages: [{ number: 1, section: null, startLine: 1 }],
    lineCount,
  };
}
