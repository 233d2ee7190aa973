import escape from 'escape-html';

/** Text made safe inside HTML: both TimelineJS and vis-timeline render their text fields as HTML. */
export function escapeHtml(text: string): string {
  return escape(text);
}
