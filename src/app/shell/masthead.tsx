import { useLocale, useT } from '../../lib/i18n.tsx';
import type { Locale } from '../../lib/i18n.tsx';
import { routes } from '../../lib/navigation.ts';
import type { Route } from '../../lib/navigation.ts';
import { Kbd } from '../../components/kbd.tsx';
import { shellMessages } from '../messages.ts';
import { OfflineIndicator } from '../offline/offline-indicator.tsx';
import { IssueContextBar } from './issue-context-bar.tsx';

const LANGUAGES: { locale: Locale; label: string }[] = [
  { locale: 'zh', label: '中文' },
  { locale: 'en', label: 'English' },
];

/** The masthead: the desk's name, its main places, the language switch and the shortcut key. */
export function Masthead({
  route,
  onShowShortcuts,
}: {
  route: Route;
  onShowShortcuts: () => void;
}) {
  const t = useT(shellMessages);
  const { locale, setLocale } = useLocale();
  const issueId = 'issueId' in route ? route.issueId : null;
  return (
    <header className="masthead">
      <div className="masthead__inner">
        <a className="masthead__brand" href={routes.library()}>
          <span className="masthead__title">{t('app.name')}</span>
          <span className="masthead__tagline">{t('app.tagline')}</span>
        </a>
        <nav className="masthead__nav" aria-label={t('nav.label')}>
          <a
            className="masthead__link"
            href={routes.library()}
            aria-current={route.name === 'library' ? 'page' : undefined}
          >
            {t('nav.library')}
          </a>
          <a
            className="masthead__link"
            href={routes.import()}
            aria-current={route.name === 'import' ? 'page' : undefined}
          >
            {t('nav.import')}
          </a>
        </nav>
        <div className="masthead__tools">
          <OfflineIndicator />
          <div className="language-switch" role="group" aria-label={t('language.label')}>
            {LANGUAGES.map((language) => (
              <button
                key={language.locale}
                type="button"
                className="language-switch__option"
                lang={language.locale}
                aria-pressed={locale === language.locale}
                onClick={() => {
                  setLocale(language.locale);
                }}
              >
                {language.label}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="masthead__help"
            onClick={onShowShortcuts}
            aria-keyshortcuts="?"
          >
            <span>{t('shortcuts.open')}</span> <Kbd keys="?" />
          </button>
        </div>
      </div>
      {issueId !== null ? <IssueContextBar issueId={issueId} route={route} /> : null}
    </header>
  );
}
