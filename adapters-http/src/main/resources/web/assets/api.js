// The API client: one fetch wrapper that turns the envelope into data or an ApiError.

export class ApiError extends Error {
  constructor(status, code, message, details, requestId, retryAfter) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details || {};
    this.requestId = requestId || null;
    this.retryAfter = retryAfter || null;
  }

  /** Per-field problems of a VALIDATION_ERROR, as {field: problem}. */
  get fields() {
    return (this.details && this.details.fields) || {};
  }
}

/**
 * Sends `body` as JSON, or as it is when `type` names another content type. `cache: 'default'`
 * lets a request take the answer the page preloaded (link rel=preload).
 */
export async function api(path, {
  method = 'GET', body, type, token, headers = {}, cache = 'no-store',
} = {}) {
  const sent = { Accept: 'application/json', ...headers };
  if (body !== undefined) sent['Content-Type'] = type || 'application/json';
  if (token) sent.Authorization = `Bearer ${token}`;
  let sentBody;
  if (body !== undefined) sentBody = type ? body : JSON.stringify(body);
  let response;
  try {
    response = await fetch(path, {
      method, headers: sent, cache, credentials: 'same-origin', body: sentBody,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'The service could not be reached.');
  }
  let json = null;
  try {
    json = await response.json();
  } catch {
    json = null;
  }
  if (response.ok && json && json.success) return json.data;
  const error = (json && json.error) || {};
  const code = error.code || (response.status >= 500 ? 'INTERNAL_ERROR' : 'UNKNOWN_ERROR');
  throw new ApiError(response.status, code, error.message || `HTTP ${response.status}`,
    error.details, error.requestId || response.headers.get('X-Request-Id'),
    response.headers.get('Retry-After'));
}

const WARNINGS = {
  CALENDAR_UNAVAILABLE:
    'We could not check our calendar just now, so a time shown here may turn out to be taken. '
    + 'If that happens we will tell you at once.',
  CALENDAR_SYNC_PENDING: 'Your meeting is booked. It will appear in our calendar shortly.',
  CRM_SYNC_PENDING: 'Your meeting is booked. Our records will be updated shortly.',
  EMAIL_PENDING: 'Your meeting is booked. The confirmation e-mail may take a little longer.',
};

export function warningText(code) {
  return WARNINGS[code] || 'Your request went through, with a minor delay on our side.';
}

const SLOT_REASONS = {
  ALREADY_BOOKED: 'Sorry, this time was just taken by someone else. Please choose another time.',
  CALENDAR_BUSY: 'Sorry, this time is no longer free. Please choose another time.',
  TOO_SOON: 'This time is too soon to book. Please choose a later time.',
  TOO_FAR_AHEAD: 'This time is too far ahead to book. Please choose an earlier time.',
  OUTSIDE_BUSINESS_HOURS: 'This time is outside our business hours. Please choose another time.',
  OFF_GRID: 'This time cannot be booked. Please choose one of the times shown.',
};

export function slotProblem(error) {
  return SLOT_REASONS[error.details.reason] || SLOT_REASONS.CALENDAR_BUSY;
}

/** One plain sentence for errors that concern no single field. */
export function generalProblem(error) {
  switch (error.code) {
    case 'FREQUENCY_LIMIT_EXCEEDED': {
      const max = error.details.maxBookings;
      const days = error.details.windowDays;
      return max && days
        ? `This e-mail address already has ${max} booking${max === 1 ? '' : 's'} in the last `
          + `${days} days, the most we accept. Please get in touch with us if you need another meeting.`
        : 'This e-mail address already has as many bookings as we accept for now.';
    }
    case 'RATE_LIMITED': {
      const wait = Number(error.retryAfter);
      return `Too many attempts from your network. Please wait ${wait > 0 ? `${wait} seconds` : 'a minute'}`
        + ' and try again.';
    }
    case 'NETWORK_ERROR':
      return 'We could not reach the booking service. Please check your connection and try again.';
    case 'NOT_FOUND':
      return 'We could not find this booking. The link may be incomplete, or the booking no longer exists.';
    case 'BOOKING_NOT_ACTIVE':
      return 'This meeting has been cancelled, so it can no longer be changed.';
    case 'IDEMPOTENCY_KEY_REUSED':
      return 'This request was already sent with different details. Please try again.';
    default:
      if (error.status >= 500 || error.status === 0) {
        const ref = error.requestId ? ` (reference ${error.requestId})` : '';
        return `Something went wrong on our side${ref}. Nothing was changed. Please try again in a moment.`;
      }
      return error.message;
  }
}

/** A fresh random key; crypto.randomUUID needs a secure context, which localhost is. */
export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
