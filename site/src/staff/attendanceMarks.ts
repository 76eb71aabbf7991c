import type { Attendee, StaffWebinar, TeamBooking } from '@sundhed/supabase';

/*
 * After a cohort's webinar or a citizen's session has begun, the team marks who came: the
 * dashboard's "webinars attended" and "missed a session" come from these marks, never from a seat
 * alone. One checkbox per seat (saved when changed); one choice per session, saved by its button.
 */

export type AttendanceWords = {
  text: (key: string, values?: Record<string, string | number>) => string;
  when: (at: string) => string;
};

export type AttendanceActions = {
  markAttendance: (webinar: string, citizen: string, attended: boolean) => Promise<void>;
  markAppointment: (appointment: string, outcome: 'held' | 'missed') => Promise<void>;
  /** After a mark is saved: the figures again, and the words read out. */
  saved: (said: string) => Promise<void>;
  fail: (error: unknown) => void;
};

export type PastWebinar = { webinar: StaffWebinar; attendees: Attendee[] };

export function drawAttendance(
  section: HTMLElement,
  webinars: readonly PastWebinar[],
  sessions: readonly TeamBooking[],
  words: AttendanceWords,
  actions: AttendanceActions,
) {
  const { text } = words;
  const webinarList = section.querySelector('ul.past-webinars') as HTMLElement;
  webinarList.replaceChildren(
    ...webinars.map(({ webinar, attendees }) => {
      const item = document.createElement('li');
      const fields = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = `${webinar.title}, ${words.when(webinar.startsAt)}`;
      fields.append(legend);
      for (const attendee of attendees.filter(({ status }) => status === 'registered')) {
        const label = document.createElement('label');
        label.className = 'choice';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = attendee.attended === true;
        box.addEventListener('change', () => {
          void actions
            .markAttendance(webinar.id, attendee.citizenId, box.checked)
            .then(() => actions.saved(text(box.checked ? 'markedCame' : 'markedAbsent', { name: attendee.name })))
            .catch(actions.fail);
        });
        label.append(box, ` ${text('came', { name: attendee.name })}`);
        if (attendee.attended === null) {
          const hint = document.createElement('span');
          hint.className = 'hint';
          hint.textContent = ` (${text('notMarked')})`;
          label.append(hint);
        }
        fields.append(label);
      }
      item.append(fields);
      return item;
    }),
  );
  if (webinars.length === 0) webinarList.append(noneItem(text('noPastWebinars')));

  const sessionList = section.querySelector('ul.past-sessions') as HTMLElement;
  sessionList.replaceChildren(
    ...sessions.map((session) => {
      const item = document.createElement('li');
      const form = document.createElement('form');
      form.className = 'inbox-assign';
      const select = document.createElement('select');
      select.id = `udfald-${session.appointmentId}`;
      select.append(
        new Option(text('outcome.none'), ''),
        new Option(text('outcome.held'), 'held'),
        new Option(text('outcome.missed'), 'missed'),
      );
      select.value = session.outcome ?? '';
      const label = document.createElement('label');
      label.htmlFor = select.id;
      label.textContent = text('sessionRow', {
        name: session.citizenName,
        kind: text(`kind.${session.kind}`),
        when: words.when(session.startsAt),
      });
      const button = document.createElement('button');
      button.type = 'submit';
      button.textContent = text('saveOutcome');
      form.append(label, ' ', select, ' ', button);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (select.value !== 'held' && select.value !== 'missed') return;
        const outcome = select.value;
        void actions
          .markAppointment(session.appointmentId, outcome)
          .then(() =>
            actions.saved(text('outcomeSaved', { name: session.citizenName, outcome: text(`outcome.${outcome}`) })),
          )
          .catch(actions.fail);
      });
      item.append(form);
      return item;
    }),
  );
  if (sessions.length === 0) sessionList.append(noneItem(text('noPastSessions')));
}

function noneItem(words: string): HTMLLIElement {
  const item = document.createElement('li');
  item.textContent = words;
  return item;
}
