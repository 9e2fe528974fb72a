// The catalog admin page: event types, hosts and schedules, listed, created and edited through the
// admin API. A save sends the version the form was loaded at; the API refuses it when someone
// changed the item meanwhile, and names every bad field, shown at its input.

import { generalProblem } from './api.js';
import { admin, keyRejected, wireKeyForm } from './admin-key.js';
import { $, el, focusLinkedFields, say } from './dom.js';
import { clearProblems, showProblems } from './catalog-errors.js';
import { buildTypeForm, fillType, readType } from './catalog-type.js';
import { buildHostForm, fillHost, hostRow, readHost } from './catalog-host.js';
import { fillSchedule, offerZones, readSchedule, wireScheduleLists } from './catalog-schedule.js';
import { namedButton } from './catalog-ranges.js';

const SLUG = /^[a-z0-9-]{1,64}$/;
const SLUG_RULE = 'must be 1 to 64 of a-z, 0-9 and -';
const WORKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const ADMIN_OFF = 'The admin API is turned off on this server (it has no admin key configured).';

const state = { hosts: [], schedules: [], type: null, host: null, schedule: null, busy: false };

/**
 * The editors differ in their item, their paths, their words, the input of a new item's key and
 * their list; the flow is the same.
 */
const EDITORS = {
  type: {
    what: 'event type', key: 'slug', base: '/api/admin/event-types/', keyInput: 't-slug',
    list: 'types',
    fill: (item) => fillType(item, state.hosts, state.schedules), read: readType,
    title: (item) => (item.slug ? `Edit event type “${item.title}”` : 'New event type'),
  },
  host: {
    what: 'host', key: 'id', base: '/api/admin/hosts/', keyInput: 'h-id', list: 'hosts',
    fill: (item) => fillHost(item, state.schedules), read: readHost,
    title: (item) => (item.id ? `Edit host “${item.name}”` : 'New host'),
  },
  schedule: {
    what: 'schedule', key: 'id', base: '/api/admin/schedules/', keyInput: 's-id',
    list: 'schedules',
    fill: fillSchedule, read: readSchedule,
    title: (item) => (item.id ? `Edit schedule “${item.name}”` : 'New schedule'),
  },
};

const part = (name, id) => $(`${name}-${id}`);
const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A new schedule starts as office hours in this browser's zone. */
function newSchedule() {
  const hours = [{ from: '09:00', to: '17:00' }];
  const weekly = Object.fromEntries(WORKDAYS.map((day) => [day, hours]));
  return { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, weekly };
}

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

function editButton(name, key, label) {
  return namedButton('Edit', label, { 'data-edit': name, 'data-key': key });
}

function typeRow(type) {
  const schedule = state.schedules.find((s) => s.id === type.scheduleId);
  return el('tr', { 'data-slug': type.slug },
    el('th', { scope: 'row', text: type.title }),
    el('td', { text: type.slug }),
    el('td', { text: type.durations.join(', ') }),
    el('td', { text: schedule ? schedule.name : 'Each host\'s own' }),
    el('td', { text: type.active ? 'Active' : 'Inactive' }),
    el('td', {}, editButton('type', type.slug, type.title)));
}

function scheduleRow(schedule) {
  return el('tr', { 'data-id': schedule.id },
    el('th', { scope: 'row', text: schedule.name }),
    el('td', { text: schedule.id }),
    el('td', { text: schedule.timeZone }),
    el('td', {
      text: `${count(schedule.overrides.length, 'override')}, `
        + `${count(schedule.blackouts.length, 'blackout')}`,
    }),
    el('td', {}, editButton('schedule', schedule.id, schedule.name)));
}

/** Loads the lists; true when they are shown. */
async function load() {
  $('admin-error').hidden = true;
  try {
    const [types, schedules, hosts] = await Promise.all([
      admin('/api/admin/event-types'), admin('/api/admin/schedules'), admin('/api/admin/hosts')]);
    Object.assign(state, { schedules, hosts });
    $('types').replaceChildren(...types.map(typeRow));
    $('hosts').replaceChildren(...hosts.map((h) => hostRow(h, schedules, editButton)));
    $('schedules').replaceChildren(...schedules.map(scheduleRow));
    say($('types-status'), `${count(types.length, 'event type')}.`);
    say($('hosts-status'), `${count(hosts.length, 'host')}.`);
    say($('schedules-status'), `${count(schedules.length, 'schedule')}.`);
    return true;
  } catch (error) {
    problem(error, error.code === 'NOT_FOUND' ? ADMIN_OFF : generalProblem(error));
    return false;
  }
}

function quiet(name) {
  clearProblems(part(name, 'form'), part(name, 'summary'));
  part(name, 'conflict').hidden = true;
  say(part(name, 'status'), '');
}

/** Shows `item` (an empty object for a new one) in its editor. */
function show(name, item) {
  const editor = EDITORS[name];
  state[name] = { key: item[editor.key] || null, version: item.version || null };
  editor.fill(item);
  part(name, 'form-title').textContent = editor.title(item);
  part(name, 'form').hidden = false;
  if (name === 'schedule') $('import-form').hidden = !item.id;
}

/** Opens the stored item `key`, or a new one without a key; resolves false when it could not. */
async function open(name, key) {
  quiet(name);
  let item = name === 'schedule' ? newSchedule() : {};
  if (key) {
    try {
      item = await admin(EDITORS[name].base + encodeURIComponent(key));
    } catch (error) {
      const gone = `This ${EDITORS[name].what} no longer exists; the lists are shown again.`;
      if (error.code === 'NOT_FOUND') await load();
      problem(error, error.code === 'NOT_FOUND' ? gone : generalProblem(error));
      return false;
    }
  }
  show(name, item);
  return true;
}

function conflictText(name, error, creating) {
  const { what } = EDITORS[name];
  if (creating) {
    return `There is already a ${what} with this ${EDITORS[name].key}. Nothing was saved. `
      + `Reload to edit the stored ${what} instead (what you typed here will be replaced).`;
  }
  const now = error.details && error.details.version;
  return `Someone else changed this ${what} after you opened it`
    + `${now ? `; it is now at version ${now}` : ''}. Nothing was saved. Reload it to see `
    + 'their changes (your edits here will be replaced), then make yours again.';
}

function saveProblem(name, error, creating) {
  const form = part(name, 'form');
  const summary = part(name, 'summary');
  if (error.code === 'VALIDATION_ERROR' && Object.keys(error.fields).length) {
    showProblems(form, summary, error.fields);
  } else if (error.code === 'VERSION_CONFLICT') {
    $(`${name}-conflict-text`).textContent = conflictText(name, error, creating);
    part(name, 'conflict').hidden = false;
    part(name, 'conflict').focus();
  } else if (error.code === 'UNAUTHORIZED') {
    keyRejected();
  } else {
    clearProblems(form, summary);
    summary.querySelector('ul').append(el('li', { text: generalProblem(error) }));
    summary.hidden = false;
    summary.focus();
  }
}

/** The key the item is saved under: the stored one, or the one typed for a new item. */
function keyToSave(name) {
  const typed = $(EDITORS[name].keyInput).value.trim();
  return state[name].key || typed;
}

async function save(name, event) {
  event.preventDefault();
  if (state.busy) return;
  quiet(name);
  const editor = EDITORS[name];
  const key = keyToSave(name);
  if (!SLUG.test(key)) {
    showProblems(part(name, 'form'), part(name, 'summary'), { [editor.key]: SLUG_RULE });
    return;
  }
  const creating = !state[name].version;
  state.busy = true;
  say(part(name, 'status'), `Saving the ${editor.what}…`);
  try {
    const saved = await admin(editor.base + encodeURIComponent(key), {
      method: 'PUT', body: editor.read(state[name].version),
    });
    await load();
    show(name, saved);
    say(part(name, 'status'), `Saved the ${editor.what} “${saved[editor.key]}”: `
      + `${creating ? 'created' : 'changed'}, now at version ${saved.version}.`);
  } catch (error) {
    say(part(name, 'status'), '');
    saveProblem(name, error, creating);
  } finally {
    state.busy = false;
  }
}

async function reload(name) {
  const key = keyToSave(name);
  if (await open(name, key)) {
    say(part(name, 'status'), `Reloaded the ${EDITORS[name].what} “${key}” at version `
      + `${state[name].version}.`);
    part(name, 'form-title').focus();
  }
}

function close(name) {
  part(name, 'form').hidden = true;
  if (name === 'schedule') $('import-form').hidden = true;
  $(`${EDITORS[name].list}-title`).focus();
}

async function importBlackouts(event) {
  event.preventDefault();
  const input = $('ics-file');
  say($('ics-file-error'), '');
  say($('import-status'), '');
  input.removeAttribute('aria-invalid');
  const file = input.files[0];
  if (!file) {
    say($('ics-file-error'), 'Please choose an .ics file.');
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  try {
    const result = await admin(`${EDITORS.schedule.base}${encodeURIComponent(state.schedule.key)}`
      + '/blackouts/import', { method: 'POST', body: await file.text(), type: 'text/calendar' });
    quiet('schedule');
    show('schedule', result.schedule);
    await load();
    say($('import-status'), `Imported ${count(result.events, 'event')} as blackouts; `
      + `the schedule is now at version ${result.schedule.version}.`);
  } catch (error) {
    if (error.code === 'VALIDATION_ERROR') {
      const problems = Object.values(error.fields).join('; ');
      say($('ics-file-error'), problems.startsWith('is ')
        ? `The file ${problems}.` : `The file was not accepted: ${problems}.`);
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    } else {
      say($('import-status'), generalProblem(error), 'error');
    }
  }
}

function wire() {
  buildTypeForm();
  buildHostForm();
  offerZones();
  wireScheduleLists();
  for (const name of Object.keys(EDITORS)) {
    part(name, 'form').addEventListener('submit', (event) => save(name, event));
    part(name, 'reload').addEventListener('click', () => reload(name));
    part(name, 'close').addEventListener('click', () => close(name));
    focusLinkedFields(part(name, 'summary'));
  }
  for (const table of [$('types'), $('hosts'), $('schedules')]) {
    table.addEventListener('click', async (event) => {
      const button = event.target.closest('button[data-edit]');
      if (button && await open(button.dataset.edit, button.dataset.key)) {
        part(button.dataset.edit, 'form-title').focus();
      }
    });
  }
  $('new-type').addEventListener('click', async () => {
    if (await open('type', null)) $('t-slug').focus();
  });
  $('new-host').addEventListener('click', async () => {
    if (await open('host', null)) $('h-id').focus();
  });
  $('new-schedule').addEventListener('click', async () => {
    if (await open('schedule', null)) $('s-id').focus();
  });
  $('import-form').addEventListener('submit', importBlackouts);
  wireKeyForm({
    start: load,
    landing: () => $('types-title'),
    forget: () => {
      $('types').replaceChildren();
      $('hosts').replaceChildren();
      $('schedules').replaceChildren();
      close('type');
      close('host');
      close('schedule');
    },
  });
}

wire();
