// The booking page: the event types (or the one at /book/{slug}), a day and a time, the form,
// one booking, the confirmation. Query parameters preselect duration, date and time zone; utm_*
// parameters stay in the page's links.

import { api, generalProblem, newKey } from './api.js';
import { MonthPicker } from './calendar.js';
import {
  describeMeeting, downloadIcs, googleLink, meetingEvent, outlookLink,
} from './details.js';
import { $, FormErrors, el, focusLinkedFields, say, sentence } from './dom.js';
import { Clock, problemText, t, translatePage } from './i18n.js';
import { detectedZone } from './time.js';
import { cityOf } from './choices.js';
import { leadSource } from './source.js';

const FIELDS = ['name', 'email', 'company', 'phone', 'message'];
/** A domain must end in a top-level domain of two letters or more, as the API demands. */
const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]+)$/;
/** Below this width the form sits under the picker, out of sight after a time is picked. */
const NARROW = window.matchMedia('(max-width: 48rem)');
const SLUG = /^\/book\/([a-z0-9][a-z0-9-]{0,63})\/?$/;

translatePage();
const params = new URLSearchParams(window.location.search);
/** A VIP link's token: its tier's times are shown and booked with it. */
const vipToken = params.get('vipToken');
const form = $('booking-form');
const submit = $('submit');
const status = $('form-status');
const labels = Object.fromEntries([...FIELDS, 'slot'].map((f) => [f, t(`field.${f}`)]));
labels.vipToken = t('field.vipLink');
const errors = new FormErrors(form, $('error-summary'), labels);
const clock = new Clock(params.has('clock') ? params.get('clock') === '12' : undefined);
const visitSource = leadSource(window.location.href, document.referrer);
let type = null;
let picker = null;
let inFlight = false;
/** One key per distinct request: a retry of the same details reuses it, so it books once. */
let idempotency = { body: null, key: null };
let booked = null;
/** Whether the last choice came from a pointer: arrow keys move through times, not to the form. */
let pointerChoice = false;

function knownZone(zone) {
  if (!zone) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The page's own query (duration, date, time zone, language, utm_*) for links to a type. */
function typeLink(slug) {
  const query = params.toString();
  return `/book/${encodeURIComponent(slug)}${query ? `?${query}` : ''}`;
}

function fail(message, withHomeLink) {
  say($('loading'), '');
  const box = $('page-error');
  box.replaceChildren(el('p', { text: message }));
  if (withHomeLink) box.append(el('p', {}, el('a', { href: '/', text: t('types.all') })));
  box.hidden = false;
  box.focus();
}

function durationsText(minutes) {
  return minutes.map((n) => t('picker.minutes', { n })).join(', ');
}

function listTypes(types) {
  $('type-list').replaceChildren(...types.map((each) => el('li', { class: 'type' },
    el('h3', {}, el('a', { href: typeLink(each.slug), text: each.title })),
    each.description ? el('p', { class: 'type-description', text: each.description }) : null,
    el('p', { class: 'muted', text: [durationsText(each.durations), each.location]
      .filter(Boolean).join(' · ') }))));
  $('types').hidden = false;
}

function openType(chosen, several) {
  type = chosen;
  document.title = `${type.title} – ${t('page.title')}`;
  $('page-title').textContent = type.title;
  $('event-description').textContent = type.description || '';
  $('event-description').hidden = !type.description;
  const facts = [durationsText(type.durations)];
  if (type.location) facts.push(type.location);
  $('event-facts').replaceChildren(...facts.map((text) => el('li', { text })));
  if (several) {
    $('event-facts').append(el('li', {}, el('a', { href: `/${window.location.search}`,
      text: t('types.all') })));
  }
  $('booking-flow').hidden = false;
  picker = new MonthPicker($('picker'), {
    eventType: type.slug, durations: type.durations,
    duration: Number(params.get('duration')) || type.defaultDuration,
    zone: knownZone(params.get('timeZone') || params.get('tz')) || detectedZone(),
    date: params.get('date'), clock, onChange: showChoice, vipToken,
  });
  picker.start();
}

async function start() {
  const slug = (SLUG.exec(window.location.pathname) || [])[1];
  let types;
  try {
    types = await api('/api/event-types', { cache: 'default' });
  } catch (error) {
    fail(problemText(error, generalProblem(error)));
    return;
  }
  say($('loading'), '');
  if (slug) {
    const chosen = types.find((each) => each.slug === slug);
    if (chosen) openType(chosen, types.length > 1);
    else fail(t('types.unknown'), true);
  } else if (types.length === 1) {
    openType(types[0], false);
  } else if (types.length === 0) {
    fail(t('types.none'));
  } else {
    listTypes(types);
  }
}

function showChoice(slot) {
  $('chosen-slot').textContent = slot
    ? t('form.chosen', {
      when: clock.range(slot.startMs, slot.endMs, picker.zone), zone: cityOf(picker.zone),
    })
    : t('form.noTime');
  if (!slot) return;
  errors.clearField('slot');
  if (pointerChoice && NARROW.matches) $('details-title').scrollIntoView({ block: 'start' });
}

/** A field's problem goes as soon as what is typed would pass. */
function recheck(event) {
  const field = event.target.id;
  if (!FIELDS.includes(field) || !event.target.hasAttribute('aria-invalid')) return;
  if (!localProblems(requestBody())[field]) errors.clearField(field);
}

function requestBody() {
  const body = {};
  for (const field of FIELDS) {
    const value = $(field).value.trim();
    if (value) body[field] = value;
  }
  if (picker && picker.selected) {
    body.startTime = picker.selected.startTime;
    body.duration = picker.duration;
  }
  if (picker) body.timeZone = picker.zone;
  if (type) body.eventType = type.slug;
  if (vipToken) body.vipToken = vipToken;
  if (visitSource) body.source = visitSource;
  const region = browserRegion();
  if (body.phone && region) body.phoneRegion = region;
  return body;
}

/** The country of the browser's language (`de-CH`: CH), for a phone number typed without one. */
function browserRegion() {
  for (const language of navigator.languages || [navigator.language]) {
    const match = /^[a-z]{2,3}-([a-z]{2})$/i.exec(language || '');
    if (match) return match[1].toUpperCase();
  }
  return null;
}

function localProblems(body) {
  const problems = {};
  if (!picker || !picker.selected) problems.slot = t('problem.chooseTime');
  if (!body.name) problems.name = t('problem.name');
  if (!body.email) problems.email = t('problem.email');
  else if (!EMAIL.test(body.email)) problems.email = t('problem.emailShape');
  return problems;
}

function keyFor(body) {
  const text = JSON.stringify(body);
  if (idempotency.body !== text) idempotency = { body: text, key: newKey() };
  return idempotency.key;
}

async function onSubmit(event) {
  event.preventDefault();
  if (inFlight) return;
  errors.clear();
  if (picker) picker.clearError();
  say(status, '');
  const body = requestBody();
  const problems = localProblems(body);
  if (Object.keys(problems).length) {
    showProblems(problems);
    return;
  }
  inFlight = true;
  submit.disabled = true;
  say(status, t('form.booking'));
  try {
    const data = await api('/api/bookings', {
      method: 'POST', body, headers: { 'Idempotency-Key': keyFor(body) },
    });
    idempotency = { body: null, key: null };
    confirm(data);
  } catch (error) {
    say(status, '');
    handleError(error);
  } finally {
    inFlight = false;
    submit.disabled = false;
  }
}

function showProblems(problems) {
  if (problems.slot) say($('slot-error'), problems.slot);
  errors.show(problems);
}

function handleError(error) {
  if (error.code === 'VALIDATION_ERROR') {
    const problems = {};
    for (const [field, problem] of Object.entries(error.fields)) {
      let target = field === 'startTime' || field === 'duration' ? 'slot' : field;
      if (field === 'vipToken') target = 'general';
      problems[target] = sentence(labels[field] || labels[target] || field, problem);
    }
    showProblems(problems);
  } else if (error.code === 'SLOT_UNAVAILABLE') {
    picker.select(null);
    picker.load();
    showProblems({ slot: problemText(error, '') });
  } else if (error.code === 'FREQUENCY_LIMIT_EXCEEDED') {
    showProblems({ email: problemText(error, generalProblem(error)) });
  } else {
    showProblems({ general: problemText(error, generalProblem(error)) });
  }
}

function manageUrl(booking, token) {
  return `${window.location.origin}/manage/${encodeURIComponent(booking.id)}`
    + `#token=${encodeURIComponent(token)}`;
}

/**
 * What the booking answer says about the confirmation e-mail, and nothing more: no mail is
 * promised when mail is switched off. Calendar and CRM states are the company's business.
 */
function mailSentence(booking, warnings) {
  const mail = booking.sync ? booking.sync.email : 'DISABLED';
  if (mail === 'DISABLED') return t('mail.off');
  if (mail === 'SYNCED') return t('mail.sent', { email: booking.email });
  return warnings.includes('EMAIL_PENDING')
    ? t('mail.late', { email: booking.email })
    : t('mail.pending', { email: booking.email });
}

function confirm(data) {
  const { booking, manageToken } = data;
  const link = manageUrl(booking, manageToken);
  booked = { booking, link, event: meetingEvent(booking, type, link) };
  describeMeeting($('confirmation-details'), {
    booking, type, zone: picker.zone, hostZone: picker.hostZone, clock,
  });
  $('confirmation-email').textContent = mailSentence(booking, data.warnings || []);
  $('manage-link').href = link;
  $('google-link').href = googleLink(booked.event);
  $('outlook-link').href = outlookLink(booked.event);
  say($('copy-status'), '');
  $('booking-flow').hidden = true;
  const section = $('confirmation');
  section.hidden = false;
  section.focus();
}

async function copyLink() {
  if (!booked) return;
  try {
    await navigator.clipboard.writeText(booked.link);
    say($('copy-status'), t('done.copied'));
  } catch {
    say($('copy-status'), t('done.copyFailed'), 'error');
  }
}

function bookAnother() {
  booked = null;
  form.reset();
  picker.select(null);
  $('confirmation').hidden = true;
  $('booking-flow').hidden = false;
  picker.load();
  $('picker-title').focus();
}

/** Inside an iframe, the page tells its host page how tall it is (see embed.js). */
function reportHeight() {
  if (window.parent === window) return;
  const send = () => window.parent.postMessage(
    { type: 'booking:height', height: document.body.scrollHeight }, '*');
  new ResizeObserver(send).observe(document.body);
}

form.addEventListener('submit', onSubmit);
form.addEventListener('input', recheck);
$('picker').addEventListener('pointerdown', () => { pointerChoice = true; });
$('picker').addEventListener('keydown', () => { pointerChoice = false; });
focusLinkedFields($('error-summary'));
$('add-to-calendar').addEventListener('click', () => booked && downloadIcs(booked.event, 'meeting.ics'));
$('copy-link').addEventListener('click', copyLink);
$('book-another').addEventListener('click', bookAnother);
reportHeight();
start();
