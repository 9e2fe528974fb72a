// Where the visitor came from, read from the booking page's own address: the utm_* parameters and
// the referring page's host. Sent with the booking as `source`; nothing else about the visit is.

const PARAMS = {
  utm_source: 'utmSource',
  utm_medium: 'utmMedium',
  utm_campaign: 'utmCampaign',
  utm_term: 'utmTerm',
  utm_content: 'utmContent',
};
const MAX = 200;

// Control characters would make the server refuse the whole booking: they are dropped instead,
// as is anything beyond the length the server keeps.
// eslint-disable-next-line no-control-regex
const clean = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim().slice(0, MAX);

/** The lead source of a visit to `href` from `referrer`; undefined when there is none. */
export function leadSource(href, referrer) {
  const source = {};
  const url = new URL(href);
  for (const [param, field] of Object.entries(PARAMS)) {
    const value = clean(url.searchParams.get(param) || '');
    if (value) source[field] = value;
  }
  try {
    const from = new URL(referrer);
    if (from.host && from.host !== url.host) source.referrer = clean(from.host);
  } catch {
    // No referrer, or one that is not a URL: nothing to tell.
  }
  return Object.keys(source).length ? source : undefined;
}
