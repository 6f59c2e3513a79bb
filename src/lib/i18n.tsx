import { createContext, use, useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';

/** The interface languages. */
export type Locale = 'en' | 'zh';

/** A feature's messages in both languages; `{name}` marks a value filled in by `t`. */
export type Messages<Key extends string> = Record<Locale, Record<Key, string>>;

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

/** The browser's preferred interface language: Chinese for any zh-*, else English. */
export function detectBrowserLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Holds the interface language; `initial` comes from settings or the browser. */
export function I18nProvider({
  initial,
  onChange,
  children,
}: {
  initial: Locale;
  onChange?: (locale: Locale) => void;
  children: ReactNode;
}) {
  const [locale, setLocaleState] = useState<Locale>(initial);
  const setLocale = useCallback(
    (next: Locale) => {
      setLocaleState(next);
      document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
      onChange?.(next);
    },
    [onChange],
  );
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

/** The interface language and its setter. Defaults to English outside a provider (tests). */
export function useLocale(): LocaleState {
  return use(LocaleContext) ?? { locale: 'en', setLocale: () => undefined };
}

/** Fills `{name}` slots of a message. */
export function formatMessage(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : String(value);
  });
}

/** A translator for one feature's messages in the current language. */
export function useT<Key extends string>(
  messages: Messages<Key>,
): (key: Key, values?: Record<string, string | number>) => string {
  const { locale } = useLocale();
  return useCallback(
    (key: Key, values?: Record<string, string | number>) =>
      formatMessage(messages[locale][key], values),
    [locale, messages],
  );
}
