// The VIP tiers admin page: tiers listed, created and edited through the admin API (members by
// address, domain or CRM property; grants per event type), and signed VIP links created.

import { generalProblem } from './api.js';
import { admin, keyRejected, wireKeyForm } from './admin-key.js';
import { $, el, FormErrors, focusLinkedFields, say, sentence } from './dom.js';

const LABELS = {
  'tier-id': 'Id', 'tier-name': 'Name', 'tier-emails': 'E-mail addresses',
  'tier-domains': 'E-mail domains', 'tier-crm-property': 'CRM contact property',
  'tier-crm-value': 'Equals', 'tier-grants': 'Grants', 'link-tier': 'Tier',
  'link-email': 'E-mail', 'link-expires': 'Expires on',
};
const GRANT_FIELDS = {
  eventType: ['type', 'Event type'], reservedShare: ['share', 'Held back (%)'],
  releaseHours: ['release', 'Released (hours before)'], maxAdvanceDays: ['advance', 'Furthest advance (days)'],
  minNoticeMinutes: ['notice', 'Minimum notice (minutes)'], frequencyLimit: ['frequency', 'E-mail limit'],
};
const ADMIN_OFF = 'The admin API is turned off on this server (it has no admin key configured).';

const state = { tiers: [], types: [], editing: null, grants: 0 };
const tierErrors = new FormErrors($('tier-form'), $('tier-errors'), LABELS);
const linkErrors = new FormErrors($('link-form'), $('link-errors'), LABELS);

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

const lines = (text) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

function membersText(tier) {
  const m = tier.members;
  const parts = [count(m.emails.length, 'address', 'addresses'),
    count(m.domains.length, 'domain', 'domains')];
  if (m.crmProperty) parts.push(`${m.crmProperty.property} = ${m.crmProperty.value}`);
  return parts.join(', ');
}

function grantText(g) {
  const parts = [`${g.eventType || 'every type'}: ${g.reservedShare}% held`];
  if (g.releaseHours) parts.push(`released ${g.releaseHours} h before`);
  if (g.maxAdvanceDays) parts.push(`${g.maxAdvanceDays} days ahead`);
  if (g.minNoticeMinutes !== null && g.minNoticeMinutes !== undefined) {
    parts.push(`${g.minNoticeMinutes} min notice`);
  }
  if (g.frequencyLimit === 'none') parts.push('no e-mail limit');
  else if (g.frequencyLimit) parts.push(`${g.frequencyLimit.max} per ${g.frequencyLimit.windowDays} days`);
  return parts.join(', ');
}

function tierRow(tier) {
  return el('tr', { 'data-id': tier.id },
    el('th', { scope: 'row', text: `${tier.name} (${tier.id})` }),
    el('td', { text: membersText(tier) }),
    el('td', { text: tier.grants.map(grantText).join('; ') || 'none' }),
    el('td', { text: tier.active ? 'Active' : 'Off' }),
    el('td', { class: 'row-actions' },
      el('button', { type: 'button', class: 'secondary', 'data-edit': tier.id,
        'aria-label': `Edit ${tier.name}` }, 'Edit')));
}

async function load() {
  try {
    [state.tiers, state.types] = await Promise.all([
      admin('/api/admin/vip-tiers'), admin('/api/admin/event-types')]);
  } catch (error) {
    problem(error, error.code === 'NOT_FOUND' ? ADMIN_OFF : generalProblem(error));
    return false;
  }
  $('tiers').replaceChildren(...state.tiers.map(tierRow));
  $('no-tiers').hidden = state.tiers.length > 0;
  $('link-tier').replaceChildren(...state.tiers.map((t) => el('option', { value: t.id, text: t.name })));
  return true;
}

function input(i, key, attrs, value) {
  const [name, label] = GRANT_FIELDS[key];
  const id = `grant-${i}-${name}`;
  LABELS[id] = `Grant ${i + 1}, ${label.toLowerCase()}`;
  const control = attrs.tag === 'select'
    ? el('select', { id, 'aria-describedby': `${id}-error` }, ...attrs.options)
    : el('input', { id, type: 'number', min: attrs.min, value: value ?? '',
      'aria-describedby': `${id}-error` });
  if (attrs.tag === 'select') control.value = value;
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), control,
    el('p', { id: `${id}-error`, class: 'field-error', hidden: true }));
}

function frequencyValue(g) {
  if (!g.frequencyLimit) return 'type';
  return g.frequencyLimit === 'none' ? 'none' : 'own';
}

function addGrant(g = { reservedShare: 0, releaseHours: 0 }) {
  const i = state.grants;
  state.grants += 1;
  const typeOptions = [el('option', { value: '', text: 'Every event type' }),
    ...state.types.map((t) => el('option', { value: t.slug, text: t.title }))];
  const own = g.frequencyLimit && g.frequencyLimit !== 'none' ? g.frequencyLimit : {};
  const box = el('fieldset', { class: 'grant', 'data-grant': i },
    el('legend', { text: `Grant ${i + 1}` }),
    input(i, 'eventType', { tag: 'select', options: typeOptions }, g.eventType || ''),
    input(i, 'reservedShare', { min: 0 }, g.reservedShare),
    input(i, 'releaseHours', { min: 0 }, g.releaseHours),
    input(i, 'maxAdvanceDays', { min: 1 }, g.maxAdvanceDays),
    input(i, 'minNoticeMinutes', { min: 0 }, g.minNoticeMinutes),
    input(i, 'frequencyLimit', { tag: 'select', options: [
      el('option', { value: 'type', text: "The event type's" }),
      el('option', { value: 'none', text: 'None' }),
      el('option', { value: 'own', text: 'Its own' })] }, frequencyValue(g)),
    el('div', { class: 'field' }, el('label', { for: `grant-${i}-max`, text: 'Own limit: bookings' }),
      el('input', { id: `grant-${i}-max`, type: 'number', min: 1, value: own.max ?? '' })),
    el('div', { class: 'field' }, el('label', { for: `grant-${i}-window`, text: 'Own limit: days' }),
      el('input', { id: `grant-${i}-window`, type: 'number', min: 1, value: own.windowDays ?? '' })),
    el('button', { type: 'button', class: 'secondary', 'data-remove-grant': i,
      'aria-label': `Remove grant ${i + 1}` }, 'Remove grant'));
  $('grant-list').append(box);
}

function openEditor(tier) {
  state.editing = tier;
  state.grants = 0;
  tierErrors.clear();
  $('tier-editor-title').textContent = tier ? `Edit ${tier.name}` : 'New tier';
  $('tier-id').value = tier ? tier.id : '';
  $('tier-id').disabled = Boolean(tier);
  $('tier-name').value = tier ? tier.name : '';
  $('tier-emails').value = tier ? tier.members.emails.join('\n') : '';
  $('tier-domains').value = tier ? tier.members.domains.join('\n') : '';
  const crm = tier && tier.members.crmProperty;
  $('tier-crm-property').value = crm ? crm.property : '';
  $('tier-crm-value').value = crm ? crm.value : '';
  $('tier-active').checked = tier ? tier.active : true;
  $('grant-list').replaceChildren();
  (tier ? tier.grants : [{ reservedShare: 20, releaseHours: 48 }]).forEach((g) => addGrant(g));
  $('tier-editor').hidden = false;
  (tier ? $('tier-name') : $('tier-id')).focus();
}

const number = (id) => ($(id).value === '' ? null : Number($(id).value));

function readGrant(box) {
  const i = box.dataset.grant;
  const grant = {
    eventType: $(`grant-${i}-type`).value || null,
    reservedShare: number(`grant-${i}-share`) ?? 0,
    releaseHours: number(`grant-${i}-release`) ?? 0,
    maxAdvanceDays: number(`grant-${i}-advance`),
    minNoticeMinutes: number(`grant-${i}-notice`),
  };
  const frequency = $(`grant-${i}-frequency`).value;
  if (frequency === 'none') grant.frequencyLimit = 'none';
  else if (frequency === 'own') {
    grant.frequencyLimit = { max: number(`grant-${i}-max`), windowDays: number(`grant-${i}-window`) };
  }
  return grant;
}

function readTier() {
  const property = $('tier-crm-property').value.trim();
  const value = $('tier-crm-value').value.trim();
  const body = {
    name: $('tier-name').value.trim(),
    members: {
      emails: lines($('tier-emails').value),
      domains: lines($('tier-domains').value),
      crmProperty: property || value ? { property, value } : null,
    },
    grants: [...$('grant-list').querySelectorAll('.grant')].map(readGrant),
    active: $('tier-active').checked,
  };
  if (state.editing) body.version = state.editing.version;
  return body;
}

/** API field paths ("grants[1].reservedShare", "members.emails[0]") onto the page's inputs. */
function fieldProblems(fields) {
  const boxes = [...$('grant-list').querySelectorAll('.grant')];
  const shown = {};
  for (const [path, message] of Object.entries(fields)) {
    let target = `tier-${path}`;
    const grant = path.match(/^grants\[(\d+)\]\.(\w+)/);
    if (grant && boxes[grant[1]] && GRANT_FIELDS[grant[2]]) {
      target = `grant-${boxes[grant[1]].dataset.grant}-${GRANT_FIELDS[grant[2]][0]}`;
    } else if (path.startsWith('grants')) target = 'tier-grants';
    else if (path.startsWith('members.emails')) target = 'tier-emails';
    else if (path.startsWith('members.domains')) target = 'tier-domains';
    else if (path.startsWith('members.crmProperty')) {
      target = path.endsWith('value') ? 'tier-crm-value' : 'tier-crm-property';
    }
    if (!shown[target]) shown[target] = sentence(LABELS[target] || path, message);
  }
  return shown;
}

async function saveTier(event) {
  event.preventDefault();
  tierErrors.clear();
  const id = state.editing ? state.editing.id : $('tier-id').value.trim();
  if (!id) {
    tierErrors.show({ 'tier-id': 'Id is required.' });
    return;
  }
  try {
    const saved = await admin(`/api/admin/vip-tiers/${encodeURIComponent(id)}`,
      { method: 'PUT', body: readTier() });
    $('tier-editor').hidden = true;
    await load();
    say($('tiers-status'), `Saved ${saved.name}.`);
    $('tiers-title').focus();
  } catch (error) {
    if (error.code === 'VALIDATION_ERROR') tierErrors.show(fieldProblems(error.fields));
    else if (error.code === 'VERSION_CONFLICT') {
      tierErrors.show({ 'tier-name': state.editing
        ? 'Someone else changed this tier meanwhile. Cancel, and edit it again to see their change.'
        : 'A tier with this id exists already.' });
    } else problem(error);
  }
}

async function createLink(event) {
  event.preventDefault();
  linkErrors.clear();
  $('link-result').hidden = true;
  const expires = $('link-expires').value;
  if (!expires) {
    linkErrors.show({ 'link-expires': 'Please choose the day the link expires.' });
    return;
  }
  const body = { tierId: $('link-tier').value, expiresAt: `${expires}T23:59:59Z` };
  const email = $('link-email').value.trim();
  if (email) body.email = email;
  try {
    const link = await admin('/api/admin/vip-links', { method: 'POST', body });
    $('link-url').textContent = link.url;
    $('link-url').href = link.url;
    say($('copy-status'), '');
    $('link-result').hidden = false;
    $('link-url').focus();
  } catch (error) {
    if (error.code === 'VALIDATION_ERROR') {
      const shown = {};
      for (const [path, message] of Object.entries(error.fields)) {
        const target = { tierId: 'link-tier', email: 'link-email', expiresAt: 'link-expires' }[path];
        shown[target || 'link-tier'] = sentence(LABELS[target] || path, message);
      }
      linkErrors.show(shown);
    } else if (error.code === 'NOT_FOUND') linkErrors.show({ 'link-tier': 'Please choose a tier.' });
    else problem(error);
  }
}

document.addEventListener('click', (event) => {
  const target = event.target.closest('button');
  if (!target) return;
  if (target.dataset.edit) openEditor(state.tiers.find((t) => t.id === target.dataset.edit));
  else if (target.dataset.removeGrant !== undefined) {
    target.closest('.grant').remove();
    $('add-grant').focus();
  }
});
$('new-tier').addEventListener('click', () => openEditor(null));
$('add-grant').addEventListener('click', () => addGrant());
$('cancel-tier').addEventListener('click', () => {
  $('tier-editor').hidden = true;
  $('new-tier').focus();
});
$('tier-form').addEventListener('submit', saveTier);
$('link-form').addEventListener('submit', createLink);
$('copy-link').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('link-url').href);
    say($('copy-status'), 'Copied.');
  } catch {
    say($('copy-status'), 'Copying is not allowed here; select the link and copy it by hand.');
  }
});
focusLinkedFields($('tier-errors'));
focusLinkedFields($('link-errors'));
wireKeyForm({
  start: load,
  landing: () => $('tiers-title'),
  forget: () => {
    state.tiers = [];
    $('tiers').replaceChildren();
    $('tier-editor').hidden = true;
    $('link-result').hidden = true;
  },
});
