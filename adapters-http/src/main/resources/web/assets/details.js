// What the confirmation and the manage page say about a meeting: what, when (in the visitor's
// zone and the host's), with whom and where; and the same as calendar entries.

import { el } from './dom.js';
import { t } from './i18n.js';
import { zoneLabel } from './zones.js';

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
  if (booking.host && booking.host.name) rows.push([t('detail.with'), booking.host.name]);
  if (type && type.location) rows.push([t('detail.where'), type.location]);
  rows.push([t('detail.length'), t('picker.minutes', { n: booking.duration })]);
  list.replaceChildren(...rows.flatMap(([term, value]) => [
    el('dt', { text: term }), el('dd', { text: value })]));
}

/** The meeting as a calendar entry; `link` (the manage link) goes only into the local .ics. */
export function meetingEvent(booking, type, link) {
  const title = type ? type.title : t('detail.meeting');
  const host = booking.host && booking.host.name;
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

function stamp(ms) {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
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
