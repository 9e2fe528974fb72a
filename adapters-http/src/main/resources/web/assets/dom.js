// Small DOM helpers shared by the pages: elements, status messages, field errors, error summary.

export function $(id) {
  return document.getElementById(id);
}

/** An element with text and attributes; children appended in order. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'text') node.textContent = value;
    else if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

/** Puts text into a live region; empty text hides it. */
export function say(node, text, kind) {
  node.textContent = text || '';
  node.hidden = !text;
  if (kind) node.dataset.kind = kind;
  else delete node.dataset.kind;
}

/** Hides the field errors inside `scope` and clears their inputs' invalid marks. */
export function clearFieldErrors(scope) {
  for (const node of scope.querySelectorAll('.field-error')) say(node, '');
  for (const input of scope.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/** Field errors next to their inputs plus a summary that links to them. */
export class FormErrors {
  constructor(form, summary, labels) {
    this.form = form;
    this.summary = summary;
    this.labels = labels;
  }

  clear() {
    for (const node of this.form.querySelectorAll('.field-error')) say(node, '');
    for (const input of this.form.querySelectorAll('[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
    }
    this.summary.hidden = true;
    this.summary.querySelector('ul').replaceChildren();
  }

  /**
   * Shows {target: message}; a target is a field id or the id of any element to link to.
   * Moves focus to the summary so keyboard and screen-reader users land on the problem list.
   */
  show(problems) {
    const list = this.summary.querySelector('ul');
    list.replaceChildren();
    for (const [target, message] of Object.entries(problems)) {
      const input = document.getElementById(target);
      const slot = document.getElementById(`${target}-error`);
      if (slot) say(slot, message);
      if (input && input.matches('input, select, textarea')) {
        input.setAttribute('aria-invalid', 'true');
      }
      const label = this.labels[target];
      const text = label ? `${label}: ${message}` : message;
      list.append(el('li', { 'data-target': target },
        input ? el('a', { href: `#${target}`, text }) : text));
    }
    this.summary.hidden = false;
    this.summary.focus();
  }

  /**
   * Takes back the problem of one target once it is fixed, next to the field and in the summary;
   * the summary goes when nothing is left in it. Focus stays where the visitor is.
   */
  clearField(target) {
    const slot = document.getElementById(`${target}-error`);
    if (slot) say(slot, '');
    const input = document.getElementById(target);
    if (input) input.removeAttribute('aria-invalid');
    const list = this.summary.querySelector('ul');
    for (const item of list.querySelectorAll('li')) {
      if (item.dataset.target === target) item.remove();
    }
    if (!list.children.length) this.summary.hidden = true;
  }
}

/** "is required" from the API reads better as "Name is required" next to the field. */
export function sentence(label, problem) {
  const text = `${label} ${problem}`;
  return text.charAt(0).toUpperCase() + text.slice(1) + (text.endsWith('.') ? '' : '.');
}

/** Links in the summary move focus to the field itself, not just scroll to it. */
export function focusLinkedFields(summary) {
  summary.addEventListener('click', (event) => {
    const link = event.target.closest('a[href^="#"]');
    if (!link) return;
    const target = document.getElementById(link.getAttribute('href').slice(1));
    if (target) {
      event.preventDefault();
      const inner = target.matches('fieldset')
        ? target.querySelector('input:checked') || target.querySelector('input')
        : null;
      (inner || target).focus();
    }
  });
}
