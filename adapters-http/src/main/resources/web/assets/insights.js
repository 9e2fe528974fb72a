// The insights admin page: key figures, bookings and visitors per day, popular times, hosts, lead
// sources and integration health for a date range and event type, each chart with its table and
// a CSV download of the same figures.

import { generalProblem } from './api.js';
import { admin, adminKey, keyRejected, wireKeyForm } from './admin-key.js';
import { $, el, say } from './dom.js';
import { barChart, heatMap, lineChart } from './insights-charts.js';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ADMIN_OFF = 'The admin API is turned off on this server (it has no admin key configured).';
const state = { query: '' };

const percent = (ratio) => `${(ratio * 100).toFixed(1)} %`;
const orDash = (value, format = String) => (value === null || value === undefined ? '–' : format(value));

function problem(error, text = generalProblem(error)) {
  if (error.code === 'UNAUTHORIZED') {
    keyRejected();
    return;
  }
  const box = $('admin-error');
  box.textContent = text;
  box.hidden = false;
  box.focus();
}

function table(id, caption, headers, rows) {
  $(id).replaceChildren(
    el('caption', { class: 'visually-hidden', text: caption }),
    el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {},
      el('th', { scope: 'row', text: String(cells[0]) }),
      ...cells.slice(1).map((c) => el('td', { text: String(c) }))))));
}

function kpis(t) {
  const figures = [
    ['Visitors', t.visitors], ['Slot searches', t.searches], ['Bookings', t.bookings],
    ['Conversion', percent(t.conversion)], ['Cancellations', t.cancellations],
    ['Reschedules', t.reschedules], ['No-show rate', percent(t.noShowRate)],
  ];
  $('kpis').replaceChildren(...figures.map(([name, value]) => el('div', {},
    el('dt', { text: name }), el('dd', { text: String(value) }))));
}

function trend(days) {
  const labels = days.map((d) => d.date);
  $('trend-chart').replaceChildren(lineChart('Bookings and visitors per day', labels, [
    { name: 'Bookings', cls: 'series-a', values: days.map((d) => d.bookings) },
    { name: 'Visitors', cls: 'series-b', values: days.map((d) => d.visitors) },
  ]));
  table('days-table', 'Figures per day',
    ['Day', 'Visitors', 'Searches', 'Bookings', 'Cancellations', 'Reschedules', 'No-shows'],
    days.map((d) => [d.date, d.visitors, d.searches, d.bookings, d.cancellations, d.reschedules, d.noShows]));
}

function popularTimes(times) {
  const used = times.map((t) => t.hour);
  const from = used.length ? Math.min(8, ...used) : 8;
  const to = used.length ? Math.max(17, ...used) : 17;
  const hours = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  $('times-chart').replaceChildren(heatMap('Bookings by weekday and hour', WEEKDAYS, hours, times));
  table('times-table', 'Bookings per weekday and hour', ['Weekday', 'Hour', 'Bookings'],
    times.map((t) => [WEEKDAYS[['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY',
      'SUNDAY'].indexOf(t.weekday)], `${t.hour}:00`, t.bookings]));
}

function hosts(list) {
  $('hosts-chart').replaceChildren(barChart('Share of bookings per host',
    list.map((h) => ({ name: h.name, value: h.bookings, text: percent(h.share) }))));
  table('hosts-table', 'Bookings per host', ['Host', 'Bookings', 'Share', 'Fair share'],
    list.map((h) => [h.name, h.bookings, percent(h.share), orDash(h.fairnessTarget, percent)]));
}

function sources(lead, crm) {
  const rows = [
    ...lead.map((s) => [s.source, 'Booking page', s.bookings]),
    ...crm.map((s) => [s.source, 'CRM (original source)', s.bookings]),
  ];
  table('sources-table', 'Bookings per lead source', ['Source', 'Seen by', 'Bookings'], rows);
}

function vipTiers(list) {
  table('tiers-table', 'Bookings per VIP tier', ['VIP tier', 'Bookings'],
    list.map((t) => [t.tier, t.bookings]));
  $('tiers-empty').hidden = list.length > 0;
}

function health(rows) {
  const called = rows.filter((r) => r.calls > 0);
  const names = [...new Set(called.map((r) => r.integration))];
  const labels = [...new Set(called.map((r) => r.date))];
  const series = names.map((name, i) => ({
    name,
    cls: i % 2 === 0 ? 'series-a' : 'series-b',
    values: labels.map((day) => {
      const row = called.find((r) => r.date === day && r.integration === name);
      return row ? Math.round(row.successRate * 100) : 0;
    }),
  }));
  $('health-chart').replaceChildren(called.length
    ? lineChart('Success rate of calls in percent per day', labels, series)
    : el('p', { class: 'hint', text: 'No integration was called in this range.' }));
  table('health-table', 'Integration health per day',
    ['Day', 'Integration', 'Calls', 'Success', 'p95 (ms)', 'Circuit opened', 'Backlog', 'Oldest due (s)'],
    rows.map((r) => [r.date, r.integration, r.calls, orDash(r.successRate, percent),
      orDash(r.p95Ms), r.circuitOpened, r.backlog, r.oldestDueSeconds]));
}

function query() {
  const params = new URLSearchParams();
  for (const [name, id] of [['from', 'from'], ['to', 'to'], ['eventType', 'event-type']]) {
    if ($(id).value) params.set(name, $(id).value);
  }
  return params.toString();
}

async function load() {
  say($('admin-error'), '');
  state.query = query();
  let data;
  try {
    data = await admin(`/api/admin/insights?${state.query}`);
  } catch (error) {
    if (error.code === 'INVALID_DATE_RANGE' || error.code === 'VALIDATION_ERROR') {
      say($('to-error'), 'Please choose a range of at most 400 days, from before to.');
      return false;
    }
    problem(error, error.code === 'NOT_FOUND' ? ADMIN_OFF : generalProblem(error));
    return false;
  }
  say($('to-error'), '');
  $('from').value = data.from;
  $('to').value = data.to;
  $('range-note').textContent = `${data.from} to ${data.to}, days in ${data.timeZone}.`;
  kpis(data.totals);
  trend(data.days);
  popularTimes(data.popularTimes);
  hosts(data.hosts);
  sources(data.leadSources, data.crmSources);
  vipTiers(data.vipTiers);
  health(data.integrations);
  return true;
}

async function eventTypes() {
  try {
    const types = await admin('/api/admin/event-types');
    const list = Array.isArray(types) ? types : types.eventTypes || [];
    $('event-type').replaceChildren(el('option', { value: '', text: 'All event types' }),
      ...list.map((t) => el('option', { value: t.slug, text: t.title })));
  } catch {
    // The filter keeps "All event types"; the figures themselves still load.
  }
}

async function download(table) {
  const response = await fetch(`/api/admin/insights?${state.query}&format=csv&table=${table}`, {
    headers: { Authorization: `Bearer ${adminKey()}` }, credentials: 'same-origin', cache: 'no-store',
  });
  if (!response.ok) {
    problem({ code: response.status === 401 ? 'UNAUTHORIZED' : 'INTERNAL_ERROR' });
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', { href: url, download: `insights-${table}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

$('filters').addEventListener('submit', (event) => {
  event.preventDefault();
  load();
});
document.addEventListener('click', (event) => {
  const target = event.target.closest('[data-csv]');
  if (target) download(target.dataset.csv);
});
wireKeyForm({
  start: async () => {
    await eventTypes();
    return load();
  },
  landing: () => $('filter-title'),
  forget: () => {
    for (const id of ['kpis', 'trend-chart', 'times-chart', 'hosts-chart', 'health-chart']) {
      $(id).replaceChildren();
    }
  },
});
