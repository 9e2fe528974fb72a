// An iCalendar (.ics) file built in the browser and offered as a download: no server round trip.

function stamp(ms) {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function escapeText(text) {
  return String(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded, as RFC 5545 asks. */
function fold(line) {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** A quoted parameter value: no quotes or control characters inside. */
function quoted(text) {
  return `"${String(text).replace(/["\u0000-\u001f]/g, ' ')}"`;
}

export function icsText({ id, startMs, endMs, summary, description, url, location, organizer }) {
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Metalogics//Booking service//EN',
    'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT',
    `UID:${id}@booking`, `DTSTAMP:${stamp(Date.now())}`,
    `DTSTART:${stamp(startMs)}`, `DTEND:${stamp(endMs)}`,
    `SUMMARY:${escapeText(summary)}`, `DESCRIPTION:${escapeText(description)}`,
  ];
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  // The host's address is not public: "invalid:nomail" is the usual stand-in calendars accept.
  if (organizer) lines.push(`ORGANIZER;CN=${quoted(organizer)}:invalid:nomail`);
  if (url) lines.push(`URL:${url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

export function downloadIcs(event, fileName) {
  const blob = new Blob([icsText(event)], { type: 'text/calendar;charset=utf-8' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
}
