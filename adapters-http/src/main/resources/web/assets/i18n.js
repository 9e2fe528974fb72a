// The visitor's language: ?lang= first, then the browser's languages, then English. Every text a
// visitor reads comes from one catalogue per language; a key missing there falls back to English.

import de from './messages-de.js';
import en from './messages-en.js';

const CATALOGUES = { en, de };

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
  const chosenLang = tags.map(baseOf).find((base) => CATALOGUES[base]) || 'en';
  return { lang: chosenLang, locale: browser.find((b) => baseOf(b) === chosenLang) || chosenLang };
}

const chosen = choose();
export const { lang, locale } = chosen;

/** The text of `key` with {name} placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = CATALOGUES[lang][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : ''));
}

/** `key.one` or `key.other` by the language's plural rules, with {count} filled in. */
export function tn(key, count, params = {}) {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, { ...params, count });
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
