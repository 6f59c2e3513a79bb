import { useT } from '../../../lib/i18n.tsx';
import { splitsMessages } from '../messages.ts';
import type { SaveState } from '../model/split-saver.ts';

/** Whether the splits are saved, said honestly: "Saved" only once storage has confirmed it. */
export function SaveStatus({ state }: { state: SaveState }) {
  const t = useT(splitsMessages);
  let text = '';
  if (state.type === 'saving') text = t('save.saving');
  else if (state.type === 'saved') text = t('save.saved');
  else if (state.type === 'failed' || state.type === 'conflict') text = t('save.unsaved');
  return (
    <p
      className={`save-status save-status--${state.type}`}
      role="status"
      aria-label={t('save.label')}
    >
      <span className="save-status__mark" aria-hidden="true" />
      <span>{text}</span>
    </p>
  );
}
