// The manage page: the link from the confirmation carries the booking id in the path and the
// manage token in the fragment, which the browser never sends to the server.

import { api, generalProblem, slotProblem } from './api.js';
import { $, FormErrors, focusLinkedFields, say, sentence } from './dom.js';
import { downloadIcs } from './ics.js';
import { SlotPicker } from './slots.js';
import { detectedZone, formatRange } from './time.js';

const id = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() || '');
const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
const cancelErrors = new FormErrors($('cancel-form'), $('cancel-summary'), { reason: 'Reason' });
const moveErrors = new FormErrors($('reschedule-form'), $('reschedule-summary'), { slot: 'Time' });
let booking = null;
let picker = null;
let busy = false;

function fail(message) {
  say($('loading'), '');
  const box = $('page-error');
  box.textContent = message;
  box.hidden = false;
  box.focus();
}

/** The booking's time in the zone the picker shows, so both always agree. */
function showWhen() {
  const zone = picker ? picker.zone : detectedZone();
  const start = Date.parse(booking.startTime);
  const end = Date.parse(booking.endTime);
  $('booking-when').textContent = `${formatRange(start, end, zone)} (${zone.replace(/_/g, ' ')})`;
}

function show(current, outcome) {
  booking = current;
  showWhen();
  $('booking-duration').textContent = `${booking.duration} minutes`;
  $('booking-name').textContent = booking.name;
  $('booking-email').textContent = booking.email;
  const active = booking.status === 'CONFIRMED';
  $('booking-status').textContent = active ? 'Confirmed' : 'Cancelled';
  $('booking').hidden = false;
  $('reschedule-section').hidden = !active;
  $('cancel-section').hidden = !active;
  $('add-to-calendar').hidden = !active;
  $('book-again').hidden = active;
  say($('outcome'), outcome || '');
  if (active && !picker) {
    picker = new SlotPicker($('picker'), { duration: booking.duration, onChange: showChoice });
  }
  if (active) picker.load();
}

function showChoice(slot) {
  $('chosen-slot').textContent = slot
    ? `New time: ${formatRange(slot.startMs, slot.endMs, picker.zone)}`
      + ` (${picker.zone.replace(/_/g, ' ')})`
    : 'No new time chosen yet.';
  if (booking) showWhen();
}

async function guarded(button, statusNode, work) {
  if (busy) return;
  busy = true;
  button.disabled = true;
  say(statusNode, 'Working…');
  try {
    await work();
  } finally {
    busy = false;
    button.disabled = false;
    say(statusNode, '');
  }
}

function onCancel(event) {
  event.preventDefault();
  cancelErrors.clear();
  guarded($('cancel'), $('cancel-status'), async () => {
    const reason = $('reason').value.trim();
    try {
      const data = await api(`/api/bookings/${encodeURIComponent(id)}/cancel`, {
        method: 'POST', token, body: reason ? { reason } : {},
      });
      show(data.booking, 'Your meeting is cancelled.');
      $('booking').focus();
    } catch (error) {
      cancelErrors.show(error.code === 'VALIDATION_ERROR'
        ? Object.fromEntries(Object.entries(error.fields).map(([f, p]) => [f, sentence('Reason', p)]))
        : { general: generalProblem(error) });
    }
  });
}

function onReschedule(event) {
  event.preventDefault();
  moveErrors.clear();
  picker.clearError();
  if (!picker.selected) {
    say($('slot-error'), 'Please choose a new time.');
    moveErrors.show({ slot: 'Please choose a new time.' });
    return;
  }
  guarded($('reschedule'), $('reschedule-status'), async () => {
    const { startTime } = picker.selected;
    try {
      const data = await api(`/api/bookings/${encodeURIComponent(id)}/reschedule`, {
        method: 'POST', token, body: { startTime, duration: picker.duration },
      });
      picker.select(null);
      show(data.booking, 'Your meeting has been moved.');
      $('booking').focus();
    } catch (error) {
      const message = error.code === 'SLOT_UNAVAILABLE' ? slotProblem(error) : generalProblem(error);
      if (error.code === 'SLOT_UNAVAILABLE') {
        picker.select(null);
        picker.load();
        say($('slot-error'), message);
      }
      moveErrors.show(error.code === 'SLOT_UNAVAILABLE' ? { slot: message } : { general: message });
    }
  });
}

function addToCalendar() {
  downloadIcs({
    id: booking.id, startMs: Date.parse(booking.startTime), endMs: Date.parse(booking.endTime),
    summary: 'Meeting', description: `Change or cancel this meeting: ${window.location.href}`,
    url: window.location.href,
  }, 'meeting.ics');
}

async function start() {
  if (!token || !id) {
    fail('This link is incomplete. Please open the link from your confirmation e-mail again.');
    return;
  }
  try {
    const data = await api(`/api/bookings/${encodeURIComponent(id)}`, { token });
    say($('loading'), '');
    show(data.booking);
  } catch (error) {
    fail(error.code === 'NOT_FOUND' || error.code === 'UNAUTHORIZED'
      ? 'We could not find this booking. The link may be incomplete or mistyped, '
        + 'or the booking no longer exists. Please open the link from your confirmation e-mail again.'
      : generalProblem(error));
  }
}

$('cancel-form').addEventListener('submit', onCancel);
$('reschedule-form').addEventListener('submit', onReschedule);
$('add-to-calendar').addEventListener('click', addToCalendar);
focusLinkedFields($('cancel-summary'));
focusLinkedFields($('reschedule-summary'));
start();
