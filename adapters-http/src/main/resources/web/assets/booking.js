// The booking page: pick a slot, fill the form, book once, see the confirmation.

import { api, generalProblem, newKey, slotProblem } from './api.js';
import { $, FormErrors, focusLinkedFields, say, sentence } from './dom.js';
import { downloadIcs } from './ics.js';
import { SlotPicker } from './slots.js';
import { formatRange } from './time.js';

const LABELS = {
  name: 'Name', email: 'E-mail', company: 'Company', phone: 'Phone', message: 'Message',
  slot: 'Time', timeZone: 'Time zone',
};
const FIELDS = ['name', 'email', 'company', 'phone', 'message'];
/** A domain must end in a top-level domain of two letters or more, as the API demands. */
const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]+)$/;
/** Below this width the form sits under the picker, out of sight after a time is picked. */
const NARROW = window.matchMedia('(max-width: 48rem)');

const form = $('booking-form');
const submit = $('submit');
const status = $('form-status');
const errors = new FormErrors(form, $('error-summary'), LABELS);
const picker = new SlotPicker($('picker'), { duration: 30, onChange: showChoice });
let inFlight = false;
/** One key per distinct request: a retry of the same details reuses it, so it books once. */
let idempotency = { body: null, key: null };
let booked = null;
/** Whether the last choice came from a pointer: arrow keys move through times, not to the form. */
let pointerChoice = false;

function showChoice(slot) {
  $('chosen-slot').textContent = slot
    ? `Chosen: ${formatRange(slot.startMs, slot.endMs, picker.zone)} (${picker.zone.replace(/_/g, ' ')})`
    : 'No time chosen yet.';
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
  else if (!EMAIL.test(body.email)) {
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
  $('confirmation-email').textContent = mailSentence(booking, data.warnings || []);
  $('booking-flow').hidden = true;
  const section = $('confirmation');
  section.hidden = false;
  section.focus();
}

/**
 * What the booking answer says about the confirmation e-mail, and nothing more: no mail is
 * promised when mail is switched off. Calendar and CRM states are the company's business.
 */
function mailSentence(booking, warnings) {
  const mail = booking.sync ? booking.sync.email : 'DISABLED';
  if (mail === 'DISABLED') {
    return 'We do not send a confirmation e-mail, so please keep the link below.';
  }
  if (mail === 'SYNCED') return `We have sent a confirmation to ${booking.email}.`;
  return warnings.includes('EMAIL_PENDING')
    ? `A confirmation to ${booking.email} is on its way; it may take a little longer.`
    : `A confirmation to ${booking.email} is on its way.`;
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
form.addEventListener('input', recheck);
$('picker').addEventListener('pointerdown', () => { pointerChoice = true; });
$('picker').addEventListener('keydown', () => { pointerChoice = false; });
focusLinkedFields($('error-summary'));
$('add-to-calendar').addEventListener('click', addToCalendar);
$('book-another').addEventListener('click', bookAnother);
$('picker-title').setAttribute('tabindex', '-1');
picker.load();
