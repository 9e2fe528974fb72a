// The bookings an outside calendar event overlaps: each booking still stands; the admin decides
// (move it, cancel it, or ask the host to move the other event). A conflict clears by itself when
// the other event is moved away or deleted.

import { $, el, say } from './dom.js';
import { formatRange } from './time.js';

function row(booking, zone) {
  const meeting = formatRange(Date.parse(booking.startTime), Date.parse(booking.endTime), zone);
  const other = formatRange(
    Date.parse(booking.conflict.eventStart), Date.parse(booking.conflict.eventEnd), zone);
  return el('tr', {},
    el('td', { text: meeting }),
    el('td', { text: booking.name }),
    el('td', { text: booking.host ? booking.host.name : '' }),
    el('td', { text: other }));
}

/** Loads and shows the conflicts; `admin` sends a request with the key. */
export async function showConflicts(admin, problem, zone) {
  say($('conflicts-status'), 'Loading conflicts…');
  try {
    const data = await admin('/api/admin/conflicts');
    $('conflicts').replaceChildren(...data.bookings.map((b) => row(b, zone)));
    $('conflicts-table').hidden = data.bookings.length === 0;
    say($('conflicts-status'), data.bookings.length === 0
      ? 'No booking conflicts with its host\'s calendar.'
      : `${data.bookings.length} booking(s) overlap another event in the host's calendar.`);
  } catch (error) {
    say($('conflicts-status'), '');
    problem(error);
  }
}
