import type { Analysis } from '../core/analysis-types.ts';
import type { DecodeErrorCode, TextEncodingName } from '../core/decode/decode-text.ts';

/** Identifies one request and every message answering it. */
export type AnalysisRequestId = number;

/** Analyse already decoded issue text. */
export interface AnalyzeTextRequest {
  /** Which request this is; every answer carries it back. */
  id: AnalysisRequestId;
  /** Discriminant. */
  type: 'analyze-text';
  /** The decoded text. */
  text: string;
}

/** Decode a file's bytes, then analyse the text. */
export interface AnalyzeBytesRequest {
  /** Which request this is; every answer carries it back. */
  id: AnalysisRequestId;
  /** Discriminant. */
  type: 'analyze-bytes';
  /** The file's bytes, transferred to the worker. */
  bytes: ArrayBuffer;
}

/** Every message the page sends to the analysis worker. */
export type AnalysisRequest = AnalyzeTextRequest | AnalyzeBytesRequest;

/** What the worker is doing for a request. */
export type AnalysisProgress =
  | {
      /** Turning bytes into text. */
      stage: 'decoding';
      /** Size of the file in bytes. */
      bytes: number;
    }
  | {
      /** Splitting the text into items and proofreading it. */
      stage: 'analysing';
      /** Length of the text in UTF-16 code units. */
      characters: number;
    };

/** A step of a request has started. */
export interface AnalysisProgressMessage {
  /** The request this reports on. */
  id: AnalysisRequestId;
  /** Discriminant. */
  type: 'progress';
  /** The step under way. */
  progress: AnalysisProgress;
}

/** Decoded text, its encoding and its analysis. */
export interface DecodedAnalysis {
  /** The decoded text, as the analysis counts its lines. */
  text: string;
  /** The encoding the bytes were read as. */
  encoding: TextEncodingName;
  /** What the engine made of the text. */
  analysis: Analysis;
}

/** A text request finished with its analysis. */
export interface AnalysisTextResultMessage {
  /** The request this answers. */
  id: AnalysisRequestId;
  /** Discriminant. */
  type: 'text-result';
  /** The analysis. */
  analysis: Analysis;
}

/** A bytes request finished with the decoded text and its analysis. */
export interface AnalysisBytesResultMessage {
  /** The request this answers. */
  id: AnalysisRequestId;
  /** Discriminant. */
  type: 'bytes-result';
  /** Decoded text, encoding and analysis. */
  result: DecodedAnalysis;
}

/** Why a request failed, in words a person can act on. */
export interface AnalysisFailure {
  /** Stable machine-readable code; decoding refusals keep the decoder's code. */
  code: DecodeErrorCode | 'unknown-request' | 'analysis-failed';
  /** One or two sentences for the person using the desk. */
  message: string;
}

/** A request failed. */
export interface AnalysisErrorMessage {
  /** The request this answers. */
  id: AnalysisRequestId;
  /** Discriminant. */
  type: 'error';
  /** What went wrong. */
  error: AnalysisFailure;
}

/** Every message the analysis worker sends back. */
export type AnalysisResponse =
  | AnalysisProgressMessage
  | AnalysisTextResultMessage
  | AnalysisBytesResultMessage
  | AnalysisErrorMessage;
