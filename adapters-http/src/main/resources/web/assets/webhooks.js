// The webhooks admin page: subscriptions listed, created, edited and deleted through the admin
// API; a new subscription's secret shown once; each subscription's deliveries, with replay.

import { generalProblem } from './api.js';
import { admin, keyRejected, wireKeyForm } from './admin-key.js';
import { $, el, FormErrors, focusLinkedFields, say, sentence } from './dom.js';

const EVENTS = ['booking.created', 'booking.rescheduled', 'booking.cancelled',
  'booking.conflicted', 'booking.reassigned'];
const LABELS = { 'hook-url': 'URL', 'hook-events': 'Events', 'hook-secret': 'Secret',
  'hook-active': 'Active' };
const ADMIN_OFF = 'The admin API is turned off on this server (it has no admin key configured).';

const state = { hooks: [], editing: null, showing: null };
const errors = new FormErrors($('hook-form'), $('hook-errors'), LABELS);

function problem(error, text = generalProblem(error)) {
  if (error.code === 'UNAUTHORIZED') {
    keyRejected();
    return;
  }
  const box = $('admin-error');
  box.textContent = text;
  box.hidden = false;
  box.focus();
}

const when = (iso) => (iso ? new Date(iso).toLocaleString() : '–');

function stateOf(hook) {
  if (hook.paused) return `Paused since ${when(hook.pausedAt)}`;
  if (!hook.active) return 'Off';
  if (hook.failingSince) return `Failing since ${when(hook.failingSince)}`;
  return 'Active';
}

function button(text, label, data) {
  return el('button', { type: 'button', class: 'secondary', 'aria-label': `${text} ${label}`, ...data },
    text);
}

function hookRow(hook) {
  const host = new URL(hook.url).host;
  return el('tr', { 'data-id': hook.id },
    el('th', { scope: 'row', text: hook.url }),
    el('td', { text: hook.events.join(', ') }),
    el('td', { text: stateOf(hook) }),
    el('td', { class: 'row-actions' },
      button('Edit', host, { 'data-edit': hook.id }),
      button('Deliveries', host, { 'data-deliveries': hook.id }),
      button('Delete', host, { 'data-delete': hook.id })));
}

async function load() {
  try {
    state.hooks = await admin('/api/admin/webhooks');
  } catch (error) {
    problem(error, error.code === 'NOT_FOUND' ? ADMIN_OFF : generalProblem(error));
    return false;
  }
  $('hooks').replaceChildren(...state.hooks.map(hookRow));
  $('no-hooks').hidden = state.hooks.length > 0;
  return true;
}

function eventBoxes(chosen) {
  const boxes = EVENTS.map((name, i) => el('div', { class: 'check' },
    el('input', { id: `hook-event-${i}`, type: 'checkbox', value: name, checked: chosen.has(name),
      'aria-describedby': 'hook-events-error' }),
    el('label', { for: `hook-event-${i}`, text: name })));
  const fieldset = $('hook-events');
  fieldset.querySelectorAll('.check').forEach((node) => node.remove());
  fieldset.append(...boxes);
}

function openEditor(hook) {
  state.editing = hook;
  errors.clear();
  $('secret-notice').hidden = true;
  $('hook-editor-title').textContent = hook ? `Edit ${hook.url}` : 'New subscription';
  $('hook-url').value = hook ? hook.url : '';
  $('hook-secret').value = '';
  $('hook-active').checked = hook ? hook.active : true;
  eventBoxes(new Set(hook ? hook.events : ['booking.created', 'booking.rescheduled',
    'booking.cancelled']));
  $('hook-editor').hidden = false;
  $('hook-url').focus();
}

function readForm() {
  const body = {
    url: $('hook-url').value.trim(),
    events: [...$('hook-events').querySelectorAll('input:checked')].map((box) => box.value),
    active: $('hook-active').checked,
  };
  const secret = $('hook-secret').value;
  if (secret) body.secret = secret;
  if (state.editing) body.version = state.editing.version;
  return body;
}

/** API field paths ("events[1]") onto the page's inputs. */
function fieldProblems(fields) {
  const shown = {};
  for (const [path, message] of Object.entries(fields)) {
    const target = path.startsWith('events') ? 'hook-events' : `hook-${path}`;
    const label = LABELS[target] || path;
    if (!shown[target]) shown[target] = sentence(label, message);
  }
  return shown;
}

async function save(event) {
  event.preventDefault();
  errors.clear();
  const body = readForm();
  const path = state.editing ? `/api/admin/webhooks/${state.editing.id}` : '/api/admin/webhooks';
  try {
    const saved = await admin(path, { method: state.editing ? 'PUT' : 'POST', body });
    $('hook-editor').hidden = true;
    await load();
    if (saved.secret) showSecret(saved.secret);
    else say($('hooks-status'), `Saved ${saved.url}.`);
  } catch (error) {
    if (error.code === 'VALIDATION_ERROR') errors.show(fieldProblems(error.fields));
    else if (error.code === 'VERSION_CONFLICT') {
      errors.show({ 'hook-url': 'Someone else changed this subscription meanwhile. '
        + 'Cancel, and edit it again to see their change.' });
    } else problem(error);
  }
}

function showSecret(secret) {
  $('secret-value').textContent = secret;
  say($('copy-status'), '');
  $('secret-notice').hidden = false;
  $('secret-notice').focus();
}

async function remove(id) {
  const hook = state.hooks.find((h) => h.id === id);
  // A native confirm: keyboard- and screen-reader-friendly, and no dialog markup to keep.
  const question = `Delete the subscription for ${hook ? hook.url : id}? Its delivery log goes too.`;
  if (!hook || !window.confirm(question)) return;
  try {
    await admin(`/api/admin/webhooks/${id}`, { method: 'DELETE' });
    if (state.showing === id) $('deliveries').hidden = true;
    await load();
    say($('hooks-status'), `Deleted ${hook.url}.`);
    $('hooks-title').focus();
  } catch (error) {
    problem(error);
  }
}

function deliveryRow(d) {
  const last = d.lastAttempt;
  const answer = !last ? '–'
    : `${last.statusCode ? `HTTP ${last.statusCode}` : last.error} (${last.latencyMs} ms)`;
  return el('tr', { 'data-id': d.id },
    el('th', { scope: 'row', text: d.type }),
    el('td', { text: when(d.createdAt) }),
    el('td', { text: d.state }),
    el('td', { text: String(d.attempts) }),
    el('td', { text: answer }),
    el('td', { text: d.state === 'PENDING' ? when(d.nextAttemptAt) : '–' }),
    el('td', {}, button('Replay', `${d.type} ${d.id}`, { 'data-replay': d.id })));
}

async function showDeliveries(id) {
  state.showing = id;
  try {
    const deliveries = await admin(`/api/admin/webhooks/${id}/deliveries`);
    $('delivery-rows').replaceChildren(...deliveries.map(deliveryRow));
    $('no-deliveries').hidden = deliveries.length > 0;
    $('deliveries').hidden = false;
    const hook = state.hooks.find((h) => h.id === id);
    $('deliveries-title').textContent = `Deliveries to ${hook ? hook.url : id}`;
    $('deliveries-title').focus();
  } catch (error) {
    problem(error);
  }
}

async function replay(id) {
  try {
    const after = await admin(`/api/admin/webhook-deliveries/${id}/replay`, { method: 'POST' });
    say($('hooks-status'), `Sent again: ${after.state === 'DONE' ? 'delivered' : 'not delivered yet'}.`);
    await showDeliveries(state.showing);
  } catch (error) {
    problem(error);
  }
}

document.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  if (!target) return;
  if (target.dataset.edit) openEditor(state.hooks.find((h) => h.id === target.dataset.edit));
  else if (target.dataset.deliveries) showDeliveries(target.dataset.deliveries);
  else if (target.dataset.delete) remove(target.dataset.delete);
  else if (target.dataset.replay) replay(target.dataset.replay);
});
$('new-hook').addEventListener('click', () => openEditor(null));
$('cancel-hook').addEventListener('click', () => {
  $('hook-editor').hidden = true;
  $('new-hook').focus();
});
$('hook-form').addEventListener('submit', save);
$('copy-secret').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('secret-value').textContent);
    say($('copy-status'), 'Copied.');
  } catch {
    say($('copy-status'), 'Copying is not allowed here; select the secret and copy it by hand.');
  }
});
focusLinkedFields($('hook-errors'));
wireKeyForm({
  start: load,
  landing: () => $('hooks-title'),
  forget: () => {
    state.hooks = [];
    $('hooks').replaceChildren();
    $('hook-editor').hidden = true;
    $('deliveries').hidden = true;
    $('secret-notice').hidden = true;
  },
});
