import { memo } from 'react';
import type { ItemKind, Language } from '../../../core/analysis-types.ts';
import { useT } from '../../../lib/i18n.tsx';
import { splitsMessages } from '../messages.ts';

/** Marks where an item picks up again after an inset item printed inside it. */
export const ResumeRow = memo(function ResumeRow({
  title,
  kind,
  band,
  selected,
  language,
}: {
  title: string;
  kind: ItemKind;
  band: 0 | 1;
  selected: boolean;
  language: Language;
}) {
  const t = useT(splitsMessages);
  const classes = ['resume-row', `line-row--${kind}`, `line-row--band${band}`];
  if (selected) classes.push('is-selected');
  return (
    <div className={classes.join(' ')}>
      <span className="resume-row__mark" aria-hidden="true">
        ↳
      </span>
      <span lang={language}>{t('resume.label', { title })}</span>
    </div>
  );
});
