// Problems of a catalog form: the API names each bad field by its path (`weekly.MONDAY[0].from`,
// `limits.perDay`); each input or group of the form carries the path it edits in `data-path`.
// A message goes next to the nearest element for its path, and into the summary at the top.

import { el, say } from './dom.js';

const FIELD_INPUTS = 'input, select, textarea';

/** `weekly.MONDAY[0].from` → `weekly.MONDAY[0]` → `weekly.MONDAY` → `weekly` → ''. */
function parentPath(path) {
  const parent = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  return parent === path ? '' : parent;
}

function targetOf(form, path) {
  for (let p = path; p; p = parentPath(p)) {
    const node = form.querySelector(`[data-path="${CSS.escape(p)}"]`);
    if (node) return node;
  }
  return null;
}

/** "is required" next to the title reads "Title is required."; "from 12:00 must…" stands alone. */
function atField(target, message) {
  const text = /^(is|must|repeats|overlaps) /.test(message)
    ? `${target.dataset.short || target.dataset.label} ${message}`
    : message;
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}

function addText(slot, text) {
  say(slot, slot.hidden ? text : `${slot.textContent} ${text}`);
}

/** Hides the messages of `form` and its summary. */
export function clearProblems(form, summary) {
  for (const node of form.querySelectorAll('.field-error')) say(node, '');
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  summary.hidden = true;
  summary.querySelector('ul').replaceChildren();
}

/**
 * Shows {path: problem} at the fields and in the summary, whose links lead to the fields, and
 * moves focus to the summary.
 */
export function showProblems(form, summary, problems) {
  clearProblems(form, summary);
  const list = summary.querySelector('ul');
  for (const [path, message] of Object.entries(problems)) {
    const target = targetOf(form, path);
    const slot = target && document.getElementById(`${target.id}-error`);
    if (slot) addText(slot, atField(target, message));
    const inputs = !target ? [] : target.matches(FIELD_INPUTS)
      ? [target] : [...target.querySelectorAll(FIELD_INPUTS)];
    for (const input of inputs) input.setAttribute('aria-invalid', 'true');
    const text = target ? `${target.dataset.label}: ${message}` : `${path}: ${message}`;
    list.append(el('li', {}, inputs.length ? el('a', { href: `#${inputs[0].id}`, text }) : text));
  }
  summary.hidden = false;
  summary.focus();
}
