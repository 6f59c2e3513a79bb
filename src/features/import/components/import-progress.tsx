import { useId } from 'react';
import { useLocale, useT } from '../../../lib/i18n.tsx';
import { formatByteSize, IMPORT_STAGES, stagePercent, stageState } from '../api/import-stages.ts';
import type { ImportStage } from '../api/import-stages.ts';
import { importMessages } from '../messages.ts';

/** The import under way: a bar, the four steps with the current one marked, and what it is doing. */
export function ImportProgress({
  sourceName,
  stage,
  bytes,
  characters,
}: {
  sourceName: string;
  stage: ImportStage;
  bytes: number;
  characters: number | null;
}) {
  const t = useT(importMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const size = formatByteSize(bytes, locale);
  const count = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en').format(characters ?? 0);
  const status = {
    reading: t('status.reading', { size }),
    decoding: t('status.decoding', { size }),
    analysing: t('status.analysing', { count }),
    saving: t('status.saving'),
  }[stage];
  return (
    <section className="import-progress" aria-labelledby={titleId}>
      <h2 id={titleId} className="import-progress__title">
        {t('progress.title', { name: sourceName })}
      </h2>
      <progress
        className="import-progress__bar"
        max={100}
        value={stagePercent(stage)}
        aria-label={t('progress.label')}
        aria-valuetext={status}
      />
      <ol className="import-stages">
        {IMPORT_STAGES.map((step, index) => {
          const state = stageState(step, stage);
          return (
            <li
              key={step}
              className={`import-stages__step import-stages__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="import-stages__number" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              {t(`stage.${step}`)}
              {state === 'pending' ? null : (
                <span className="visually-hidden">
                  {' '}
                  ({state === 'done' ? t('stage.done') : t('stage.current')})
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="import-progress__status" role="status">
        {status}
      </p>
    </section>
  );
}
