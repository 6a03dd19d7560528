/** The hidden form field and header that carry the CSRF token (shared by server and pages). */
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
