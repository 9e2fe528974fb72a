// The visitor's language: ?lang= first, then the browser's languages, then English. Every text a
// visitor reads comes from one catalogue per language; a key missing there falls back to English.
// Dates and times are written as the visitor's locale writes them, in 12 or 24 hours (Clock).

import en from './messages-en.js';

/** English is always there (the fallback); another language is fetched only when chosen. */
const LANGUAGES = {
  en: async () => en,
  de: async () => (await import('./messages-de.js')).default,
};

const baseOf = (tag) => String(tag).toLowerCase().split('-')[0];

/**
 * The catalogue's language, and the locale for dates and times: the browser's own when it is of
 * that language (en-GB writes 24 hours, en-US 12), else the language itself.
 */
function choose() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  const own = new Intl.DateTimeFormat().resolvedOptions().locale;
  const browser = [own, ...(navigator.languages || [navigator.language])].filter(Boolean);
  const tags = asked ? [asked, ...browser] : browser;
  const chosenLang = tags.map(baseOf).find((base) => LANGUAGES[base]) || 'en';
  return { lang: chosenLang, locale: browser.find((b) => baseOf(b) === chosenLang) || chosenLang };
}

const chosen = choose();
export const { lang, locale } = chosen;
const catalogue = await LANGUAGES[lang]();

/** The text of `key` with {name} placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = catalogue[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : ''));
}

/** `key.one` or `key.other` by the language's plural rules, with {count} filled in. */
export function tn(key, count, params = {}) {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, { ...params, count });
}

/**
 * An API error in the visitor's language: the slot's reason or the error's code from the
 * catalogue; otherwise `fallback` (the API's own message, e.g. a field's problem).
 */
export function problemText(error, fallback) {
  const key = error.code === 'SLOT_UNAVAILABLE'
    ? `slot.${(error.details && error.details.reason) || 'CALENDAR_BUSY'}` : `error.${error.code}`;
  if (key in en) return t(key);
  if (error.status >= 500 || error.status === 0) {
    return t('error.server', { ref: error.requestId ? t('error.reference', { id: error.requestId }) : '' });
  }
  return fallback;
}

/** Fills every element marked data-i18n (text) or data-i18n-label (aria-label) in the page. */
export function translatePage() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n);
  }
  for (const node of document.querySelectorAll('[data-i18n-label]')) {
    node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  }
  const title = document.querySelector('title[data-i18n]');
  if (title) document.title = title.textContent;
}

const formatters = new Map();

function formatter(options) {
  const key = JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** Whether the visitor's locale writes times with am/pm. */
export function localeUses12Hours() {
  const { hourCycle, hour12 } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return hourCycle ? hourCycle === 'h11' || hourCycle === 'h12' : Boolean(hour12);
}

export class Clock {
  constructor(hour12 = localeUses12Hours()) {
    this.hour12 = hour12;
  }

  /** "14:30" or "2:30 PM" in zone. */
  time(ms, zone) {
    return formatter(this.hour12
      ? { timeZone: zone, hour: 'numeric', minute: '2-digit', hour12: true }
      : { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(new Date(ms));
  }

  /** A plain date {year, month, day} as "Wednesday, 2 December". */
  day(date) {
    return formatter({ timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' })
      .format(utcNoon(date));
  }

  /** "December 2026". */
  month(year, month) {
    return formatter({ timeZone: 'UTC', month: 'long', year: 'numeric' })
      .format(utcNoon({ year, month, day: 1 }));
  }

  /** Short weekday names, Monday first. */
  weekdays() {
    const f = formatter({ timeZone: 'UTC', weekday: 'short' });
    return [0, 1, 2, 3, 4, 5, 6].map((i) => f.format(new Date(Date.UTC(2024, 0, 1 + i, 12))));
  }

  /** "Wednesday, 2 December 2026, 10:00–10:30" in zone. */
  range(startMs, endMs, zone) {
    const day = formatter({
      timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    }).format(new Date(startMs));
    return `${day}, ${this.time(startMs, zone)}–${this.time(endMs, zone)}`;
  }
}

function utcNoon(date) {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
}
