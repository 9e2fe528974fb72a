// The manage page: the link from the confirmation carries the booking id in the path and the
// manage token in the fragment, which the browser never sends to the server.

import { api, generalProblem } from './api.js';
import { MonthPicker } from './calendar.js';
import {
  describeMeeting, downloadIcs, googleLink, meetingEvent, outlookLink,
} from './details.js';
import { $, FormErrors, focusLinkedFields, say, sentence } from './dom.js';
import { Clock, problemText, t, translatePage } from './i18n.js';
import { detectedZone } from './time.js';

translatePage();
const id = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() || '');
const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
const cancelErrors = new FormErrors($('cancel-form'), $('cancel-summary'),
  { reason: t('field.reason') });
const moveErrors = new FormErrors($('reschedule-form'), $('reschedule-summary'),
  { slot: t('field.slot') });
const clock = new Clock();
let booking = null;
let type = null;
let picker = null;
let busy = false;

function fail(message) {
  say($('loading'), '');
  const box = $('page-error');
  box.textContent = message;
  box.hidden = false;
  box.focus();
}

/** The booking's details in the zone the picker shows, so both always agree. */
function showDetails() {
  const zone = picker ? picker.zone : detectedZone();
  describeMeeting($('booking-details'), {
    booking, type, zone, hostZone: picker ? picker.hostZone : null, clock,
  });
  const event = meetingEvent(booking, type, window.location.href);
  $('google-link').href = googleLink(event);
  $('outlook-link').href = outlookLink(event);
}

function show(current, outcome) {
  booking = current;
  const active = booking.status === 'CONFIRMED';
  $('booking-status').textContent = active ? t('manage.confirmed') : t('manage.cancelled');
  $('booking').hidden = false;
  $('reschedule-section').hidden = !active;
  $('cancel-section').hidden = !active;
  $('calendar-actions').hidden = !active;
  $('book-again').hidden = active;
  $('book-again').querySelector('a').href = type ? `/book/${encodeURIComponent(type.slug)}` : '/';
  say($('outcome'), outcome || '');
  showSms(active);
  if (active && !picker) {
    picker = new MonthPicker($('picker'), {
      eventType: booking.eventType,
      durations: type ? type.durations : [booking.duration],
      duration: booking.duration, zone: detectedZone(), clock, onChange: showChoice,
      onLoad: showDetails,
    });
    picker.start();
  } else if (active) {
    picker.load();
  }
  showDetails();
}

/** Shown while the type sends text messages and the booking has a number to send them to. */
function showSms(active) {
  const sends = active && type && type.smsReminders && booking.phone;
  $('sms-section').hidden = !sends;
  if (!sends) return;
  $('sms-state').textContent = booking.smsOptedOut
    ? t('manage.smsOff') : t('manage.smsOn', { phone: booking.phone });
  $('sms-stop').hidden = booking.smsOptedOut;
}

function onStopSms() {
  guarded($('sms-stop'), $('sms-status'), async () => {
    try {
      const data = await api(`/api/bookings/${encodeURIComponent(id)}/sms-opt-out`, {
        method: 'POST', token, body: {},
      });
      show(data.booking, t('manage.smsStopped'));
      $('booking').focus();
    } catch (error) {
      say($('sms-status'), problemText(error, generalProblem(error)));
    }
  });
}

function showChoice(slot) {
  $('chosen-slot').textContent = slot
    ? t('manage.newTime', { when: clock.range(slot.startMs, slot.endMs, picker.zone) })
    : t('manage.noNewTime');
  if (slot) moveErrors.clearField('slot');
  if (booking) showDetails();
}

async function guarded(button, statusNode, work) {
  if (busy) return;
  busy = true;
  button.disabled = true;
  say(statusNode, t('manage.working'));
  try {
    await work();
  } finally {
    busy = false;
    button.disabled = false;
    say(statusNode, '');
  }
}

function askToCancel(open) {
  $('cancel-form').hidden = !open;
  $('cancel-start').hidden = open;
  $('cancel-start').setAttribute('aria-expanded', String(open));
  if (open) $('cancel-ask').focus();
  else $('cancel-start').focus();
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
      show(data.booking, t('manage.cancelledNow'));
      $('booking').focus();
    } catch (error) {
      cancelErrors.show(error.code === 'VALIDATION_ERROR'
        ? Object.fromEntries(Object.entries(error.fields)
          .map(([f, p]) => [f, sentence(t('field.reason'), p)]))
        : { general: problemText(error, generalProblem(error)) });
    }
  });
}

function onReschedule(event) {
  event.preventDefault();
  moveErrors.clear();
  picker.clearError();
  if (!picker.selected) {
    say($('slot-error'), t('manage.chooseNew'));
    moveErrors.show({ slot: t('manage.chooseNew') });
    return;
  }
  guarded($('reschedule'), $('reschedule-status'), async () => {
    const { startTime } = picker.selected;
    try {
      const data = await api(`/api/bookings/${encodeURIComponent(id)}/reschedule`, {
        method: 'POST', token, body: { startTime, duration: picker.duration },
      });
      picker.select(null);
      show(data.booking, t('manage.moved'));
      $('booking').focus();
    } catch (error) {
      const unavailable = error.code === 'SLOT_UNAVAILABLE';
      const message = problemText(error, generalProblem(error));
      if (unavailable) {
        picker.select(null);
        picker.load();
        say($('slot-error'), message);
      }
      moveErrors.show(unavailable ? { slot: message } : { general: message });
    }
  });
}

function addToCalendar() {
  downloadIcs(meetingEvent(booking, type, window.location.href), 'meeting.ics');
}

async function start() {
  if (!token || !id) {
    fail(t('manage.incomplete'));
    return;
  }
  const types = api('/api/event-types').catch(() => []);
  try {
    const data = await api(`/api/bookings/${encodeURIComponent(id)}`, { token });
    type = (await types).find((each) => each.slug === data.booking.eventType) || null;
    say($('loading'), '');
    show(data.booking);
  } catch (error) {
    fail(error.code === 'NOT_FOUND' || error.code === 'UNAUTHORIZED'
      ? t('manage.notFound') : problemText(error, generalProblem(error)));
  }
}

$('cancel-start').addEventListener('click', () => askToCancel(true));
$('cancel-keep').addEventListener('click', () => askToCancel(false));
$('cancel-form').addEventListener('submit', onCancel);
$('reschedule-form').addEventListener('submit', onReschedule);
$('add-to-calendar').addEventListener('click', addToCalendar);
$('sms-stop').addEventListener('click', onStopSms);
focusLinkedFields($('cancel-summary'));
focusLinkedFields($('reschedule-summary'));
start();
