// The admin's cancel and reschedule dialogs: modal, keyboard-friendly (Escape closes them), and
// focus goes back to where the admin was when they close.

import { generalProblem, slotProblem } from './api.js';
import { $, el, say, sentence } from './dom.js';
import { SlotPicker } from './slots.js';
import { formatWhen } from './admin-table.js';

function describe(booking, zone) {
  const when = formatWhen(Date.parse(booking.startTime), Date.parse(booking.endTime), zone);
  return `${booking.name} (${booking.email}), ${when}`;
}

/**
 * Opens a dialog and resolves with the changed booking, or null when the admin keeps it as it
 * was. `submit` does the request; it throws an ApiError to be shown in the dialog.
 */
function run(dialog, { form, keep, error, onOpen, submit, problem }) {
  return new Promise((resolve) => {
    let done = null;
    let busy = false;
    const onSubmit = async (event) => {
      event.preventDefault();
      if (busy) return;
      busy = true;
      say(error, '');
      try {
        done = await submit();
        if (done) dialog.close();
      } catch (failure) {
        say(error, problem(failure));
        error.focus();
      } finally {
        busy = false;
      }
    };
    const onKeep = () => dialog.close();
    const onClose = () => {
      form.removeEventListener('submit', onSubmit);
      keep.removeEventListener('click', onKeep);
      resolve(done);
    };
    form.addEventListener('submit', onSubmit);
    keep.addEventListener('click', onKeep);
    dialog.addEventListener('close', onClose, { once: true });
    say(error, '');
    onOpen();
    dialog.showModal();
  });
}

/** Asks for an optional reason and cancels; resolves with the cancelled booking or null. */
export function cancelDialog(booking, zone, request) {
  $('cancel-dialog-what').textContent = describe(booking, zone);
  $('cancel-reason').value = '';
  say($('cancel-reason-error'), '');
  return run($('cancel-dialog'), {
    form: $('cancel-dialog-form'),
    keep: $('cancel-keep'),
    error: $('cancel-dialog-error'),
    onOpen: () => $('cancel-reason').focus(),
    submit: async () => {
      const reason = $('cancel-reason').value.trim();
      const data = await request(`/api/bookings/${encodeURIComponent(booking.id)}/cancel`, {
        method: 'POST', body: reason ? { reason } : {},
      });
      return data.booking;
    },
    problem: (failure) => {
      if (failure.code === 'VALIDATION_ERROR' && failure.fields.reason) {
        say($('cancel-reason-error'), sentence('Reason', failure.fields.reason));
        return 'Please check the reason.';
      }
      return generalProblem(failure);
    },
  });
}

/** Lets the admin pick a free time (the booking page's picker) and moves the booking there. */
export function rescheduleDialog(booking, zone, request) {
  $('reschedule-dialog-what').textContent = `Now: ${describe(booking, zone)}`;
  const host = el('div', { id: 'reschedule-picker' });
  $('reschedule-picker').replaceWith(host);
  const chosen = $('reschedule-chosen');
  const picker = new SlotPicker(host, {
    duration: booking.duration,
    onChange: (slot) => {
      chosen.textContent = slot
        ? `New time: ${formatWhen(slot.startMs, slot.endMs, picker.zone)}`
        : 'No new time chosen yet.';
    },
  });
  chosen.textContent = 'No new time chosen yet.';
  return run($('reschedule-dialog'), {
    form: $('reschedule-dialog-form'),
    keep: $('reschedule-keep'),
    error: $('reschedule-dialog-error'),
    onOpen: () => picker.load(),
    submit: async () => {
      if (!picker.selected) {
        const failure = new Error('no time');
        failure.code = 'NO_TIME_CHOSEN';
        throw failure;
      }
      const data = await request(`/api/bookings/${encodeURIComponent(booking.id)}/reschedule`, {
        method: 'POST', body: { startTime: picker.selected.startTime, duration: picker.duration },
      });
      return data.booking;
    },
    problem: (failure) => {
      if (failure.code === 'NO_TIME_CHOSEN') return 'Please choose a new time first.';
      if (failure.code === 'SLOT_UNAVAILABLE') {
        picker.select(null);
        picker.load();
        return slotProblem(failure);
      }
      return generalProblem(failure);
    },
  });
}
