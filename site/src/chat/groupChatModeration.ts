import type { ThreadMessage } from '@sundhed/supabase';

/*
 * A message's controls in a group chat: a member reports another's message (once, then a note says
 * so), and the team sees how many reported it and hides it. Who sees which follows from the
 * database's answer: `reports` is a number for the team only.
 */

export type Moderation = {
  text: (key: string, values?: Record<string, string | number>) => string;
  report: (message: number) => Promise<void>;
  hide: (message: number) => Promise<void>;
  /** Says what happened in the page's status line. */
  say: (text: string) => void;
  fail: (error: unknown) => void;
};

const note = (text: string) => {
  const paragraph = document.createElement('p');
  paragraph.className = 'hint';
  paragraph.textContent = text;
  return paragraph;
};

export function addModeration(item: HTMLLIElement, message: ThreadMessage, moderation: Moderation): void {
  const { text } = moderation;
  const staff = message.reports !== null;
  if (staff && (message.reports ?? 0) > 0) item.append(note(text('reports', { count: message.reports ?? 0 })));
  if (!staff && (message.mine || message.reported_by_me)) {
    if (message.reported_by_me) item.append(note(text('reported')));
    return;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'secondary';
  button.textContent = text(staff ? 'hide' : 'report');
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      if (staff) {
        await moderation.hide(message.id);
        moderation.say(text('didHide'));
      } else {
        await moderation.report(message.id);
        const reported = note(text('reported'));
        button.replaceWith(reported);
        // Focus stays where the reader was, on what replaced the button.
        reported.tabIndex = -1;
        reported.focus();
        moderation.say(text('reported'));
      }
    } catch (error) {
      button.disabled = false;
      moderation.fail(error);
    }
  });
  item.append(button);
}
