/*
 * People's words and the backend's data set as text in HTML the platform writes outside a browser
 * page: e-mails (sign-in codes, notices) and the reader's data as a page. One escaper for all.
 */
export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
