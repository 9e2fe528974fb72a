// What the confirmation and the manage page say about a meeting: what, when (in the visitor's
// zone and the host's), with whom and where; and the same as calendar entries: links that add it
// to Google Calendar or Outlook, and an iCalendar (.ics) file built in the browser.

import { el } from './dom.js';
import { t } from './i18n.js';
import { zoneLabel } from './choices.js';

/** Fills a <dl> with the meeting's details. */
export function describeMeeting(list, { booking, type, zone, hostZone, clock }) {
  const start = Date.parse(booking.startTime);
  const end = Date.parse(booking.endTime);
  const rows = [
    [t('detail.what'), type ? type.title : t('detail.meeting')],
    [t('detail.when'), `${clock.range(start, end, zone)}, ${zoneLabel(zone)}`],
  ];
  if (hostZone && hostZone !== zone) {
    rows.push([t('detail.hostWhen'), `${clock.range(start, end, hostZone)}, ${zoneLabel(hostZone)}`]);
  }
  const hosts = hostNames(booking);
  if (hosts) rows.push([t('detail.with'), hosts]);
  if (type && type.location) rows.push([t('detail.where'), type.location]);
  rows.push([t('detail.length'), t('picker.minutes', { n: booking.duration })]);
  list.replaceChildren(...rows.flatMap(([term, value]) => [
    el('dt', { text: term }), el('dd', { text: value })]));
}

/** The meeting as a calendar entry; `link` (the manage link) goes only into the local .ics. */
export function meetingEvent(booking, type, link) {
  const title = type ? type.title : t('detail.meeting');
  const host = hostNames(booking);
  return {
    id: booking.id,
    startMs: Date.parse(booking.startTime),
    endMs: Date.parse(booking.endTime),
    summary: host ? t('ics.summary', { title, host }) : title,
    location: type && type.location ? type.location : '',
    organizer: host || '',
    description: [type && type.description, link && t('ics.manage', { link })]
      .filter(Boolean).join('\n\n'),
    url: link,
  };
}

/**
 * Google's "add event" page. The manage link stays out of it: its token belongs in no other
 * company's logs.
 */
export function googleLink(event) {
  const query = new URLSearchParams({
    action: 'TEMPLATE', text: event.summary, dates: `${stamp(event.startMs)}/${stamp(event.endMs)}`,
    location: event.location,
  });
  return `https://calendar.google.com/calendar/render?${query}`;
}

export function outlookLink(event) {
  const query = new URLSearchParams({
    path: '/calendar/action/compose', rru: 'addevent', subject: event.summary,
    startdt: new Date(event.startMs).toISOString(), enddt: new Date(event.endMs).toISOString(),
    location: event.location,
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query}`;
}

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

/** The host's name; of a collective meeting every host's, the first host first. */
function hostNames(booking) {
  const names = [booking.host, ...(booking.coHosts || [])]
    .filter((host) => host && host.name).map((host) => host.name);
  return names.join(', ');
}
