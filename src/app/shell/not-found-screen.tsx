import { useT } from '../../lib/i18n.tsx';
import { routes } from '../../lib/navigation.ts';
import { shellMessages } from '../messages.ts';

/** The screen for an address that leads nowhere. */
export function NotFoundScreen({ path }: { path: string }) {
  const t = useT(shellMessages);
  return (
    <section className="state" aria-labelledby="not-found-title">
      <h1 id="not-found-title" className="state__title">
        {t('notFound.title')}
      </h1>
      <p className="state__message">{t('notFound.body', { path })}</p>
      <a className="button" href={routes.library()}>
        {t('notFound.back')}
      </a>
    </section>
  );
}
