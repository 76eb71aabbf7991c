/*
 * The link into a webinar or a video session, shown where the page said it would come: the
 * database gives it only from 15 minutes before the start. Only an https address becomes a link.
 */
export function showMeetingLink(place: HTMLElement, url: string | null, text: string): void {
  if (!url || !/^https:\/\//.test(url)) return;
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  link.textContent = text;
  place.replaceChildren(link);
}
