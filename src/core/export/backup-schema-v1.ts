/*
 * The schema of version 1 of Galley's backup file. Backups outlive the app that wrote them: DO NOT
 * CHANGE WHAT THIS ACCEPTS. A new field or a changed meaning is a new version with its own schema
 * (and parseBackup learns to read both).
 */
import { z } from 'zod';
import type { IssueSnapshot } from './issue-snapshot.ts';

const count = z.int().min(0);
const lineNumber = z.int().min(1);
const time = z.number();
const confidence = z.number().min(0).max(1);
const severity = z.union([z.literal(1), z.literal(2)]);

const flagType = z.enum([
  'duplicated-word',
  'similar-shape',
  'stray-latin',
  'dropped-reduplication',
  'punctuation-width',
  'english-lookalike',
  'hyphenation',
  'broken-paragraph',
]);

const lineRole = z.enum([
  'kicker',
  'section',
  'headline',
  'subtitle',
  'dateline',
  'byline',
  'body',
  'crosshead',
  'caption',
  'credit',
  'jump',
  'furniture',
]);

const status = z.enum(['detected', 'confirmed', 'corrected', 'approved']);

const flag = z.object({
  line: lineNumber,
  column: count,
  length: count,
  text: z.string(),
  type: flagType,
  suggestion: z.string().nullable(),
  confidence,
  severity,
  message: z.string(),
});

const page = z.object({
  number: lineNumber,
  section: z.string().nullable(),
  startLine: lineNumber,
});

const item = z.object({
  kind: z.enum(['article', 'teaser', 'photo', 'furniture']),
  startLine: lineNumber,
  endLine: lineNumber,
  lines: z.array(lineNumber),
  confidence,
  reasons: z.array(z.string()),
  headline: z.string().nullable(),
  kicker: z.string().nullable(),
  subtitles: z.array(z.string()),
  section: z.string().nullable(),
  dateline: z.string().nullable(),
  bylines: z.array(z.string()),
  paragraphs: z.array(z.object({ lines: z.array(lineNumber), text: z.string() })),
  crossheads: z.array(lineNumber),
  jumpPage: lineNumber.nullable(),
  caption: z.string().nullable(),
  page: lineNumber,
  pageSection: z.string().nullable(),
  // Keys are line numbers; anything else (such as "__proto__") is refused.
  roles: z.record(z.string().regex(/^[1-9]\d*$/), lineRole),
});

const content = z.object({
  section: z.string(),
  kicker: z.string(),
  headline: z.string(),
  subtitles: z.array(z.string()),
  dateline: z.string(),
  bylines: z.array(z.string()),
  caption: z.string(),
  body: z.array(
    z.object({
      type: z.enum(['paragraph', 'crosshead']),
      text: z.string(),
      sourceLines: z.array(lineNumber),
    }),
  ),
});

const articleFlag = z.object({
  id: z.string(),
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('body'), block: count }),
    z.object({
      kind: z.literal('field'),
      field: z.enum(['headline', 'kicker', 'section', 'dateline', 'subtitle']),
      index: count,
    }),
  ]),
  offset: count,
  text: z.string(),
  suggestion: z.string().nullable(),
  type: flagType,
  message: z.string(),
  confidence,
  severity,
  state: z.enum(['open', 'applied', 'dismissed']),
  source: z.object({ line: lineNumber, column: count, length: count }),
});

const id = z.string().min(1);

/** Version 1 of the backup: the issue, its items and its revisions, as the desk stores them. */
export const backupSchemaV1 = z.object({
  format: z.literal('galley-backup'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  issue: z.object({
    id,
    title: z.string(),
    paper: z.string().nullable(),
    date: z.string().nullable(),
    language: z.enum(['zh', 'en']),
    sourceName: z.string(),
    encoding: z.string(),
    text: z.string(),
    flags: z.array(flag),
    lineCount: count,
    pages: z.array(page),
    createdAt: time,
    updatedAt: time,
    revision: count,
  }),
  items: z.array(
    z.object({
      id,
      issueId: id,
      order: count,
      item,
      status,
      content,
      flags: z.array(articleFlag),
      revision: count,
      updatedAt: time,
    }),
  ),
  revisions: z.array(
    z.object({
      id: z.int().optional(),
      itemId: id,
      issueId: id,
      revision: count,
      savedAt: time,
      author: z.string(),
      summary: z.string(),
      content,
      flags: z.array(articleFlag),
      status,
    }),
  ),
});

/** A parsed version 1 backup. */
export type BackupV1 = z.infer<typeof backupSchemaV1>;

// What the schema accepts must be a snapshot; this fails to compile if the two drift apart.
export const toSnapshotV1 = (backup: BackupV1): IssueSnapshot => ({
  issue: backup.issue,
  items: backup.items,
  revisions: backup.revisions,
});
