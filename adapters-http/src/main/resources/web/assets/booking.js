// The booking page: pick a slot, fill the form, book once, see the confirmation.

import { api, generalProblem, newKey, slotProblem, warningText } from './api.js';
import { $, FormErrors, el, focusLinkedFields, say, sentence } from './dom.js';
import { downloadIcs } from './ics.js';
import { SlotPicker } from './slots.js';
import { formatRange } from './time.js';

const LABELS = {
  name: 'Name', email: 'E-mail', company: 'Company', phone: 'Phone', message: 'Message',
  slot: 'Time', timeZone: 'Time zone',
};
const FIELDS = ['name', 'email', 'company', 'phone', 'message'];

const form = $('booking-form');
const submit = $('submit');
const status = $('form-status');
const errors = new FormErrors(form, $('error-summary'), LABELS);
const picker = new SlotPicker($('picker'), { duration: 30, onChange: showChoice });
let inFlight = false;
/** One key per distinct request: a retry of the same details reuses it, so it books once. */
let idempotency = { body: null, key: null };
let booked = null;

function showChoice(slot) {
  $('chosen-slot').textContent = slot
    ? `Chosen: ${formatRange(slot.startMs, slot.endMs, picker.zone)} (${picker.zone.replace(/_/g, ' ')})`
    : 'No time chosen yet.';
}

function requestBody() {
  const body = {};
  for (const field of FIELDS) {
    const value = $(field).value.trim();
    if (value) body[field] = value;
  }
  if (picker.selected) {
    body.startTime = picker.selected.startTime;
    body.duration = picker.duration;
  }
  body.timeZone = picker.zone;
  return body;
}

function localProblems(body) {
  const problems = {};
  if (!picker.selected) problems.slot = 'Please choose a time.';
  if (!body.name) problems.name = 'Please enter your name.';
  if (!body.email) problems.email = 'Please enter your e-mail address.';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email)) {
    problems.email = 'Please enter an e-mail address like name@example.com.';
  }
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
  picker.clearError();
  say(status, '');
  const body = requestBody();
  const problems = localProblems(body);
  if (Object.keys(problems).length) {
    showProblems(problems);
    return;
  }
  inFlight = true;
  submit.disabled = true;
  submit.setAttribute('aria-disabled', 'true');
  say(status, 'Booking your meeting…');
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
    submit.removeAttribute('aria-disabled');
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
      const target = field === 'startTime' || field === 'duration' ? 'slot' : field;
      problems[FIELDS.includes(target) || target === 'slot' ? target : field] =
        sentence(LABELS[target] || field, problem);
    }
    showProblems(problems);
  } else if (error.code === 'SLOT_UNAVAILABLE') {
    const message = slotProblem(error);
    picker.select(null);
    picker.load();
    showProblems({ slot: message });
  } else if (error.code === 'FREQUENCY_LIMIT_EXCEEDED') {
    showProblems({ email: generalProblem(error) });
  } else {
    showProblems({ general: generalProblem(error) });
  }
}

function manageUrl(booking, token) {
  return `${window.location.origin}/manage/${encodeURIComponent(booking.id)}`
    + `#token=${encodeURIComponent(token)}`;
}

function confirm(data) {
  const { booking, manageToken } = data;
  booked = { booking, link: manageUrl(booking, manageToken) };
  const start = Date.parse(booking.startTime);
  const end = Date.parse(booking.endTime);
  $('confirmation-when').textContent =
    `${formatRange(start, end, picker.zone)} (${picker.zone.replace(/_/g, ' ')})`;
  const link = $('manage-link');
  link.href = booked.link;
  link.textContent = booked.link;
  $('confirmation-warnings').replaceChildren(
    ...[...new Set(data.warnings || [])].map((w) => el('li', { text: warningText(w) })));
  $('booking-flow').hidden = true;
  const section = $('confirmation');
  section.hidden = false;
  section.focus();
}

function addToCalendar() {
  if (!booked) return;
  const { booking, link } = booked;
  downloadIcs({
    id: booking.id,
    startMs: Date.parse(booking.startTime),
    endMs: Date.parse(booking.endTime),
    summary: document.title === 'Book a meeting' ? 'Meeting' : document.title,
    description: `Change or cancel this meeting: ${link}`,
    url: link,
  }, 'meeting.ics');
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

form.addEventListener('submit', onSubmit);
focusLinkedFields($('error-summary'));
$('add-to-calendar').addEventListener('click', addToCalendar);
$('book-another').addEventListener('click', bookAnother);
$('picker-title').setAttribute('tabindex', '-1');
picker.load();
