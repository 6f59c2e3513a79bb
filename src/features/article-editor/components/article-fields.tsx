import { memo, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../../lib/i18n.tsx';
import type { ArticleFlag } from '../../../storage/records.ts';
import { countCharacters } from '../model/article-draft.ts';
import type { ArticleFields as Fields, FlaggableField } from '../model/article-draft.ts';
import { editorMessages } from '../messages.ts';
import { FlagDetails } from './flag-details.tsx';
import type { FlagActions } from './flag-details.tsx';

/** A change to the fields, made from their latest value. */
export type FieldsUpdate = (fields: Fields) => Fields;

/** The DOM id of a field's input, so the flag jump can focus it. */
export function fieldInputId(prefix: string, field: FlaggableField, index: number): string {
  return field === 'subtitle' ? `${prefix}-subtitle-${index}` : `${prefix}-${field}`;
}

/** The DOM id of a field flag's note, so the flag jump can focus its first action. */
export function fieldFlagNoteId(prefix: string, flagId: string): string {
  return `${prefix}-flag-${flagId.replace(/[^\w-]/g, '_')}`;
}

interface FieldsProps {
  /** The fields' current text. */
  fields: Fields;
  /** Applies a change. */
  onChange: (update: FieldsUpdate) => void;
  /** Removes a subtitle (and the flags in it). */
  onRemoveSubtitle: (index: number) => void;
  /** Called when focus leaves a field (saves). */
  onBlur: () => void;
  /** Open flags that sit in the fields now. */
  flags: readonly ArticleFlag[];
  /** What a person can do with them. */
  actions: FlagActions;
  /** The article's language. */
  lang: string;
  /** Whether to show the photo caption. */
  showCaption: boolean;
  /** Prefix for element ids. */
  idPrefix: string;
}

function flagsOf(flags: readonly ArticleFlag[], field: FlaggableField, index = 0): ArticleFlag[] {
  return flags.filter(
    (flag) =>
      flag.target.kind === 'field' && flag.target.field === field && flag.target.index === index,
  );
}

/** A labelled text field with its character count and the notes of flags in it. */
function TextField({
  id,
  label,
  value,
  onChange,
  onBlur,
  lang,
  className,
  multiline = false,
  flags,
  actions,
  idPrefix,
  after,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  lang: string;
  className?: string;
  multiline?: boolean;
  flags: readonly ArticleFlag[];
  actions: FlagActions;
  idPrefix: string;
  after?: ReactNode;
}) {
  const t = useT(editorMessages);
  const countId = `${id}-count`;
  const flagged = flags.length > 0;
  const severe = flags.some((flag) => flag.severity === 2);
  const inputClass = `field__input${flagged ? ' field__input--flagged' : ''}${severe ? ' field__input--severe' : ''}`;
  return (
    <div className={`field ${className ?? ''}`}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <span className="field__count" id={countId}>
          {t('fields.chars', { count: countCharacters(value) })}
        </span>
      </div>
      <div className="field__control">
        {multiline ? (
          <textarea
            id={id}
            className={inputClass}
            value={value}
            lang={lang}
            rows={3}
            aria-describedby={countId}
            onChange={(event) => {
              onChange(event.target.value);
            }}
            onBlur={onBlur}
          />
        ) : (
          <input
            id={id}
            className={inputClass}
            value={value}
            lang={lang}
            aria-describedby={countId}
            aria-invalid={flagged ? true : undefined}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              onChange(event.target.value);
            }}
            onBlur={onBlur}
          />
        )}
        {after}
      </div>
      {flags.map((flag) => (
        <FieldFlagNote
          key={flag.id}
          flag={flag}
          lang={lang}
          actions={actions}
          idPrefix={idPrefix}
        />
      ))}
    </div>
  );
}

/** A flag under the field it sits in, with the same actions as in the body. */
function FieldFlagNote({
  flag,
  lang,
  actions,
  idPrefix,
}: {
  flag: ArticleFlag;
  lang: string;
  actions: FlagActions;
  idPrefix: string;
}) {
  const titleId = useId();
  return (
    <section
      className="field-flag"
      id={fieldFlagNoteId(idPrefix, flag.id)}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <FlagDetails flag={flag} lang={lang} actions={actions} titleId={titleId} />
    </section>
  );
}

/** Bylines as chips: edit a name in place, remove it, or add one (Enter). */
function BylineChips({
  bylines,
  onChange,
  onBlur,
  lang,
  idPrefix,
}: {
  bylines: readonly string[];
  onChange: (update: FieldsUpdate) => void;
  onBlur: () => void;
  lang: string;
  idPrefix: string;
}) {
  const t = useT(editorMessages);
  const [draft, setDraft] = useState('');
  const labelId = `${idPrefix}-bylines-label`;
  const add = () => {
    const names = draft
      .split(/[、,，;；]/)
      .map((name) => name.trim())
      .filter((name) => name.length > 0);
    if (names.length === 0) return;
    onChange((fields) => ({ ...fields, bylines: [...fields.bylines, ...names] }));
    setDraft('');
  };
  return (
    <div className="field field--bylines" role="group" aria-labelledby={labelId}>
      <div className="field__label-row">
        <span className="field__label" id={labelId}>
          {t('fields.bylines')}
        </span>
      </div>
      <ul className="chips">
        {bylines.map((name, index) => (
          <li className="chip" key={index}>
            <input
              className="chip__input"
              value={name}
              lang={lang}
              size={Math.max(2, name.length + 1)}
              aria-label={t('fields.byline', { index: index + 1 })}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => {
                const value = event.target.value;
                onChange((fields) => ({
                  ...fields,
                  bylines: fields.bylines.map((byline, at) => (at === index ? value : byline)),
                }));
              }}
              onBlur={() => {
                // A chip emptied by hand goes away when the person moves on.
                if (name.trim() === '') {
                  onChange((fields) => ({
                    ...fields,
                    bylines: fields.bylines.filter((_, at) => at !== index),
                  }));
                }
                onBlur();
              }}
            />
            <button
              type="button"
              className="chip__remove"
              aria-label={t('fields.removeByline', { name: name || String(index + 1) })}
              onClick={() => {
                onChange((fields) => ({
                  ...fields,
                  bylines: fields.bylines.filter((_, at) => at !== index),
                }));
              }}
            >
              ×
            </button>
          </li>
        ))}
        <li className="chip chip--new">
          <input
            className="chip__input chip__input--new"
            value={draft}
            lang={lang}
            placeholder={t('fields.addByline')}
            aria-label={t('fields.newByline')}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              setDraft(event.target.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
                event.preventDefault();
                add();
              }
            }}
            onBlur={() => {
              add();
              onBlur();
            }}
          />
        </li>
      </ul>
    </div>
  );
}

/**
 * The article's structured fields: section, kicker, headline, subtitles, dateline, bylines and
 * (photos) the caption, each labelled, with its character count and its flags.
 */
export const ArticleFieldsForm = memo(function ArticleFieldsForm({
  fields,
  onChange,
  onRemoveSubtitle,
  onBlur,
  flags,
  actions,
  lang,
  showCaption,
  idPrefix,
}: FieldsProps) {
  const t = useT(editorMessages);
  const set =
    (key: 'section' | 'kicker' | 'headline' | 'dateline' | 'caption') => (value: string) => {
      onChange((current) => ({ ...current, [key]: value }));
    };
  const common = { onBlur, lang, actions, idPrefix };
  return (
    <fieldset className="article-fields">
      <legend className="visually-hidden">{t('fields.legend')}</legend>
      <div className="article-fields__row">
        <TextField
          {...common}
          id={fieldInputId(idPrefix, 'section', 0)}
          label={t('fields.section')}
          value={fields.section}
          onChange={set('section')}
          flags={flagsOf(flags, 'section')}
          className="field--section"
        />
        <TextField
          {...common}
          id={fieldInputId(idPrefix, 'kicker', 0)}
          label={t('fields.kicker')}
          value={fields.kicker}
          onChange={set('kicker')}
          flags={flagsOf(flags, 'kicker')}
          className="field--kicker"
        />
      </div>
      <TextField
        {...common}
        id={fieldInputId(idPrefix, 'headline', 0)}
        label={t('fields.headline')}
        value={fields.headline}
        onChange={set('headline')}
        flags={flagsOf(flags, 'headline')}
        className="field--headline"
      />
      <div className="field-group" role="group" aria-labelledby={`${idPrefix}-subtitles-label`}>
        <p className="field-group__label" id={`${idPrefix}-subtitles-label`}>
          {t('fields.subtitles')}
        </p>
        {fields.subtitles.map((subtitle, index) => (
          <TextField
            {...common}
            key={index}
            id={fieldInputId(idPrefix, 'subtitle', index)}
            label={t('fields.subtitle', { index: index + 1 })}
            value={subtitle}
            onChange={(value) => {
              onChange((current) => ({
                ...current,
                subtitles: current.subtitles.map((text, at) => (at === index ? value : text)),
              }));
            }}
            flags={flagsOf(flags, 'subtitle', index)}
            className="field--subtitle"
            after={
              <button
                type="button"
                className="field__remove"
                aria-label={t('fields.removeSubtitle', { index: index + 1 })}
                onClick={() => {
                  onRemoveSubtitle(index);
                }}
              >
                ×
              </button>
            }
          />
        ))}
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => {
            onChange((current) => ({ ...current, subtitles: [...current.subtitles, ''] }));
            // Focus the new subtitle once it is rendered.
            requestAnimationFrame(() => {
              document
                .getElementById(fieldInputId(idPrefix, 'subtitle', fields.subtitles.length))
                ?.focus();
            });
          }}
        >
          + {t('fields.addSubtitle')}
        </button>
      </div>
      <div className="article-fields__row">
        <TextField
          {...common}
          id={fieldInputId(idPrefix, 'dateline', 0)}
          label={t('fields.dateline')}
          value={fields.dateline}
          onChange={set('dateline')}
          flags={flagsOf(flags, 'dateline')}
          className="field--dateline"
        />
        <BylineChips
          bylines={fields.bylines}
          onChange={onChange}
          onBlur={onBlur}
          lang={lang}
          idPrefix={idPrefix}
        />
      </div>
      {showCaption ? (
        <TextField
          {...common}
          id={`${idPrefix}-caption`}
          label={t('fields.caption')}
          value={fields.caption}
          onChange={set('caption')}
          flags={[]}
          multiline
          className="field--caption"
        />
      ) : null}
    </fieldset>
  );
});
