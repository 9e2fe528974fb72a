// The frequency-limit override form: show, set (0 blocks an address) and clear, with every
// problem said in words at its field.

import { $, clearFieldErrors, say, sentence } from './dom.js';

const MAX_OVERRIDE = 10000;

function describeLimit(data) {
  if (data.maxBookings === null || data.maxBookings === undefined) {
    return `${data.email}: no override; the default limit of ${data.defaultMaxBookings} applies.`;
  }
  return data.maxBookings === 0
    ? `${data.email}: may not book at all (default ${data.defaultMaxBookings}).`
    : `${data.email}: may book ${data.maxBookings} (default ${data.defaultMaxBookings}).`;
}

const LIMIT_FIELDS = { email: ['limit-email', 'E-mail'], maxBookings: ['limit-max', 'Maximum bookings'] };

function limitFieldError(field, text) {
  const [id] = LIMIT_FIELDS[field];
  say($(`${id}-error`), text);
  $(id).setAttribute('aria-invalid', 'true');
  $(id).focus();
}

/** The maximum as typed: a whole number from 0 to the API's limit, or null. */
function typedMaximum() {
  const raw = $('limit-max').value.trim();
  const max = Number(raw);
  return /^[0-9]+$/.test(raw) && max <= MAX_OVERRIDE ? max : null;
}

async function limitAction(method, admin, problem) {
  clearFieldErrors($('limit-form'));
  say($('limit-result'), '');
  const email = $('limit-email').value.trim();
  if (!email) {
    limitFieldError('email', 'Please enter an e-mail address.');
    return;
  }
  let body;
  if (method === 'PUT') {
    const max = typedMaximum();
    if (max === null) {
      limitFieldError('maxBookings', `Please enter a whole number from 0 to ${MAX_OVERRIDE}.`);
      return;
    }
    body = { maxBookings: max };
  }
  try {
    const data = await admin(`/api/admin/limits/${encodeURIComponent(email)}`, { method, body });
    say($('limit-result'), describeLimit(data));
  } catch (error) {
    const fields = error.code === 'VALIDATION_ERROR' ? Object.entries(error.fields) : [];
    const known = fields.filter(([field]) => LIMIT_FIELDS[field]);
    if (known.length) {
      for (const [field, text] of known.reverse()) {
        limitFieldError(field, sentence(LIMIT_FIELDS[field][1], text));
      }
    } else if (error.code === 'VALIDATION_ERROR') {
      say($('limit-result'), Object.values(error.fields).join('; '), 'error');
    } else {
      problem(error);
    }
  }
}

/** Wires the form; `admin` sends a request with the key, `problem` shows any other error. */
export function wireLimitForm(admin, problem) {
  $('limit-show').addEventListener('click', () => limitAction('GET', admin, problem));
  $('limit-clear').addEventListener('click', () => limitAction('DELETE', admin, problem));
  $('limit-form').addEventListener('submit', (event) => {
    event.preventDefault();
    limitAction('PUT', admin, problem);
  });
}
