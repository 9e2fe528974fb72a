// The insights page's charts, drawn as SVG by the page itself (no library, no other host). Each
// chart is labelled (role="img" with a title) and has a table with the same figures next to it.
// Colours come from classes in insights.css: the strict CSP allows no inline styles.

const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function frame(label, width, height, kind = '') {
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, role: 'img', class: `chart-svg ${kind}`, 'aria-label': label,
  });
  root.append(svg('title', {}, label));
  return root;
}

/** A top for the axis that four whole, round steps reach. */
const niceMax = (value) => {
  const rough = value / 4;
  const step = 10 ** Math.floor(Math.log10(rough));
  return Math.max(1, Math.ceil(rough / step) * step) * 4;
};

/** Lines of `series` ({ name, cls, values }) over `labels` (dates), with axes and a legend. */
export function lineChart(label, labels, series) {
  const width = 640;
  const height = 260;
  const left = 40;
  const bottom = 30;
  const top = 28;
  const right = 10;
  const root = frame(label, width, height);
  const max = niceMax(Math.max(1, ...series.flatMap((s) => s.values)));
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const x = (i) => left + (labels.length < 2 ? plotW / 2 : (i * plotW) / (labels.length - 1));
  const y = (v) => top + plotH - (v / max) * plotH;
  for (let t = 0; t <= 4; t += 1) {
    const value = (max * t) / 4;
    root.append(svg('line', { x1: left, x2: width - right, y1: y(value), y2: y(value), class: 'grid' }));
    root.append(svg('text', { x: left - 6, y: y(value) + 4, class: 'tick end' }, String(Math.round(value))));
  }
  const every = Math.max(1, Math.ceil(labels.length / 6));
  labels.forEach((text, i) => {
    if (i % every === 0 || i === labels.length - 1) {
      root.append(svg('text', { x: x(i), y: height - 10, class: 'tick middle' }, text.slice(5)));
    }
  });
  series.forEach((s, n) => {
    const points = s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
    root.append(svg('polyline', { points, class: `line ${s.cls}` }));
    s.values.forEach((v, i) => root.append(svg('circle', { cx: x(i), cy: y(v), r: 3, class: `dot ${s.cls}` })));
    root.append(svg('rect', { x: left + n * 130, y: 6, width: 12, height: 12, class: `swatch ${s.cls}` }));
    root.append(svg('text', { x: left + n * 130 + 18, y: 16, class: 'tick' }, s.name));
  });
  return root;
}

/** Weekday rows by hour columns, shaded by count; `cells` holds { weekday, hour, bookings }. */
export function heatMap(label, days, hours, cells) {
  const cell = 26;
  const left = 44;
  const top = 22;
  const root = frame(label, left + hours.length * cell + 4, top + days.length * cell + 4, 'heat-map');
  const max = Math.max(1, ...cells.map((c) => c.bookings));
  const count = new Map(cells.map((c) => [`${c.weekday}/${c.hour}`, c.bookings]));
  hours.forEach((hour, col) => {
    root.append(svg('text', { x: left + col * cell + cell / 2, y: 14, class: 'tick middle' }, String(hour)));
  });
  days.forEach((day, row) => {
    root.append(svg('text', { x: left - 6, y: top + row * cell + cell / 2 + 4, class: 'tick end' }, day.slice(0, 3)));
    hours.forEach((hour, col) => {
      const n = count.get(`${day.toUpperCase()}/${hour}`) || 0;
      const level = n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4));
      const rect = svg('rect', {
        x: left + col * cell, y: top + row * cell, width: cell - 2, height: cell - 2, class: `heat heat-${level}`,
      });
      rect.append(svg('title', {}, `${day} ${hour}:00: ${n}`));
      root.append(rect);
    });
  });
  return root;
}

/** Horizontal bars of `rows` ({ name, value, text }). */
export function barChart(label, rows) {
  const bar = 22;
  const left = 120;
  const width = 420;
  const root = frame(label, width, Math.max(1, rows.length) * (bar + 8) + 8);
  const max = Math.max(1, ...rows.map((r) => r.value));
  rows.forEach((r, i) => {
    const y = 6 + i * (bar + 8);
    root.append(svg('text', { x: left - 8, y: y + bar / 2 + 4, class: 'tick end' }, r.name.slice(0, 16)));
    root.append(svg('rect', { x: left, y, width: Math.max(1, ((width - left - 60) * r.value) / max), height: bar, class: 'bar' }));
    root.append(svg('text', { x: left + ((width - left - 60) * r.value) / max + 6, y: y + bar / 2 + 4, class: 'tick' }, r.text));
  });
  return root;
}
