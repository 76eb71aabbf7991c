import type { Cohort, DashboardRow, StaffTeam, TeamBooking } from '@sundhed/supabase';
import { fillPlaceholders } from '../i18n/fill.ts';
import { momentWhen } from '../lib/meetingTimes.ts';
import { drawAttendance, type PastWebinar } from './attendanceMarks.ts';
import { drawModuleChart } from './moduleChart.ts';
import { onSubmit, type StaffPage, staffPage } from './staffPage.ts';

/*
 * The cohorts page (views/StaffCohortsPage.astro): pick a cohort of my teams (?hold= in the
 * address), see its citizens with progress and risk, the module chart, invite by e-mail; create a
 * cohort; set the team's limits. The database logs each view of the dashboard per citizen.
 */

type Actions = typeof import('./staffActions.ts');
type Titles = {
  programs: Record<string, string>;
  modules: Record<string, string>;
  municipalities: Record<string, string>;
};

export class CohortDashboardElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #locale: 'da' | 'en' = 'da';
  #titles: Titles = { programs: {}, modules: {}, municipalities: {} };
  #actions: Actions | undefined;
  #teams: StaffTeam[] = [];
  #cohorts: Cohort[] = [];
  #page: StaffPage | undefined;
  /** The cohort on screen: invitations go to it, whatever the choice says meanwhile. */
  #shown: Cohort | undefined;
  /** Each dashboard request's number: only the latest is drawn. */
  #shows = 0;

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.#locale = this.dataset.locale === 'en' ? 'en' : 'da';
    this.#titles = JSON.parse(this.dataset.titles ?? '{}');
    this.#page = staffPage(this, () => {
      for (const list of this.querySelectorAll('.cohort-citizens, ul.invitations, .module-chart tbody, .bars'))
        list.replaceChildren();
      (this.querySelector('.cohorts') as HTMLElement).hidden = true;
    });
    try {
      if (!this.#page) return;
      this.#actions = await import('./staffActions.ts');
      const [teams, served] = await Promise.all([this.#actions.inbox().teams(), this.#actions.servedMunicipalities()]);
      if (teams.length === 0) {
        (this.querySelector('.not-staff') as HTMLElement).hidden = false;
        return;
      }
      this.#teams = teams;
      this.#fillForms(served);
      this.#wire();
      (this.querySelector('.cohorts') as HTMLElement).hidden = false;
      await this.#loadCohorts(new URLSearchParams(location.search).get('hold'));
    } catch (error) {
      this.#fail(error);
    } finally {
      (this.querySelector('.loading') as HTMLElement).hidden = true;
    }
  }

  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  #say(text: string) {
    (this.querySelector('.said') as HTMLElement).textContent = text;
  }

  #fail(error: unknown) {
    const kind = this.#actions ? this.#actions.staffRefusalOf(error) : 'offline';
    (this.querySelector('.form-error') as HTMLElement).textContent = this.#text(`error.${kind}`);
  }

  #fillForms(served: string[]) {
    const teamOptions = () => this.#teams.map((team) => new Option(team.team_name ?? '', team.team_id ?? ''));
    for (const select of this.querySelectorAll<HTMLSelectElement>('select[name="team"]'))
      select.replaceChildren(...teamOptions());
    (this.querySelector('select[name="municipality"]') as HTMLSelectElement).replaceChildren(
      ...served.map((slug) => new Option(this.#titles.municipalities[slug] ?? slug, slug)),
    );
    this.#showSettings();
  }

  #showSettings() {
    const form = this.querySelector('form.team-settings') as HTMLFormElement;
    const team = this.#teams.find(
      ({ team_id }) => team_id === (form.elements.namedItem('team') as HTMLSelectElement).value,
    );
    (form.elements.namedItem('answer') as HTMLInputElement).value = String(team?.answer_within_working_days ?? 2);
    (form.elements.namedItem('inactive') as HTMLInputElement).value = String(team?.inactive_after_days ?? 14);
  }

  async #loadCohorts(chosen: string | null) {
    // Only my teams' cohorts: an administrator's other teams have no dashboard for them.
    const mine = new Set(this.#teams.map(({ team_id }) => team_id));
    this.#cohorts = (await (this.#actions as Actions).cohorts().list()).filter(({ teamId }) => mine.has(teamId));
    (this.querySelector('.no-cohorts') as HTMLElement).hidden = this.#cohorts.length > 0;
    const choice = this.querySelector('form.cohort-choice') as HTMLFormElement;
    choice.hidden = this.#cohorts.length === 0;
    const select = choice.elements.namedItem('cohort') as HTMLSelectElement;
    select.replaceChildren(...this.#cohorts.map((cohort) => new Option(cohort.title, cohort.id)));
    const shown = this.#cohorts.find(({ id }) => id === chosen) ?? this.#cohorts[0];
    if (shown) {
      select.value = shown.id;
      await this.#show(shown, false);
    }
  }

  async #show(cohort: Cohort, focus: boolean) {
    const actions = this.#actions as Actions;
    const show = ++this.#shows;
    const [rows, modules, invitations, past] = await Promise.all([
      actions.cohorts().dashboard(cohort.id),
      actions.cohorts().moduleCompletion(cohort.id),
      actions.cohorts().invitations(cohort.id),
      this.#pastMeetings(cohort),
    ]);
    if (show !== this.#shows || this.#page?.ownerLeft()) return;
    this.#shown = cohort;
    history.replaceState(null, '', `${location.pathname}?hold=${encodeURIComponent(cohort.id)}`);
    const section = this.querySelector('section.cohort') as HTMLElement;
    section.hidden = false;
    const heading = section.querySelector('h2') as HTMLElement;
    heading.textContent = cohort.title;
    (section.querySelector('.cohort-about') as HTMLElement).textContent = [
      this.#titles.programs[cohort.program] ?? cohort.program,
      this.#titles.municipalities[cohort.municipality] ?? cohort.municipality,
      this.#text('startsOn', {
        date: new Date(`${cohort.startsOn}T12:00:00Z`).toLocaleDateString(this.#locale === 'en' ? 'en-GB' : 'da-DK', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }),
      }),
      this.#text('joinCode', { code: cohort.joinCode }),
    ].join(' · ');
    (section.querySelector('.cohort-count') as HTMLElement).textContent = this.#text('atRiskCount', {
      count: rows.length,
      risk: rows.filter(({ atRisk }) => atRisk).length,
    });
    const list = section.querySelector('.cohort-citizens') as HTMLElement;
    list.replaceChildren(...rows.map((row) => this.#citizen(row, cohort)));
    if (rows.length === 0) {
      const none = document.createElement('li');
      none.textContent = this.#text('noCitizens');
      list.append(none);
    }
    drawModuleChart(section.querySelector('figure.module-chart') as HTMLElement, modules, {
      title: (slug) => this.#titles.modules[slug] ?? slug,
      ofCitizens: (completed, citizens) => this.#text('ofCitizens', { completed, citizens }),
    });
    const waiting = section.querySelector('ul.invitations') as HTMLElement;
    waiting.replaceChildren(
      ...invitations.map((invitation) => {
        const item = document.createElement('li');
        item.textContent = invitation.email;
        return item;
      }),
    );
    if (invitations.length === 0) {
      const none = document.createElement('li');
      none.textContent = this.#text('noInvitations');
      waiting.append(none);
    }
    const members = new Set(rows.map(({ citizenId }) => citizenId));
    drawAttendance(
      section.querySelector('section.attendance') as HTMLElement,
      past.webinars,
      past.sessions.filter(({ citizenId }) => members.has(citizenId)),
      { text: this.#text, when: (at) => momentWhen(at, this.#locale) },
      {
        markAttendance: (webinar, citizen, attended) => actions.cohorts().markAttendance(webinar, citizen, attended),
        markAppointment: (appointment, outcome) => actions.cohorts().markAppointment(appointment, outcome),
        saved: async (said) => {
          this.#say(said);
          // The figures again; focus stays where the reader is (the lists are drawn anew only below).
          await this.#refreshFigures(cohort);
        },
        fail: (error) => this.#fail(error),
      },
    );
    if (focus) heading.focus();
  }

  /** The cohort's webinars and its citizens' sessions that began in the last 60 days. */
  async #pastMeetings(cohort: Cohort): Promise<{ webinars: PastWebinar[]; sessions: TeamBooking[] }> {
    const scheduling = (this.#actions as Actions).scheduling();
    const now = new Date();
    const since = new Date(now.getTime() - 60 * 86_400_000);
    const [webinars, bookings] = await Promise.all([
      scheduling.teamWebinars(cohort.teamId, since, now),
      scheduling.teamBookings(cohort.teamId, since, now),
    ]);
    const begun = webinars.filter((webinar) => webinar.cohortId === cohort.id && !webinar.cancelledAt);
    return {
      webinars: await Promise.all(
        begun.map(async (webinar) => ({ webinar, attendees: await scheduling.attendees(webinar.id) })),
      ),
      sessions: bookings.filter(({ status }) => status === 'booked'),
    };
  }

  /** The citizens' figures and the chart again, after a mark (the marking lists stay as they are). */
  async #refreshFigures(cohort: Cohort) {
    const actions = this.#actions as Actions;
    const rows = await actions.cohorts().dashboard(cohort.id);
    if (this.#shown?.id !== cohort.id || this.#page?.ownerLeft()) return;
    const section = this.querySelector('section.cohort') as HTMLElement;
    (section.querySelector('.cohort-count') as HTMLElement).textContent = this.#text('atRiskCount', {
      count: rows.length,
      risk: rows.filter(({ atRisk }) => atRisk).length,
    });
    (section.querySelector('.cohort-citizens') as HTMLElement).replaceChildren(
      ...rows.map((row) => this.#citizen(row, cohort)),
    );
  }

  #citizen(row: DashboardRow, cohort: Cohort): HTMLLIElement {
    const item = document.createElement('li');
    item.className = `inbox-thread${row.atRisk ? ' late' : ''}`;
    const name = document.createElement('h4');
    name.textContent = row.displayName;
    item.append(name);
    const state = (session: DashboardRow['startSession']) =>
      this.#text(`state.${session.state}`, { when: session.at ? momentWhen(session.at, this.#locale) : '' });
    const inactiveDays = this.#teams.find(({ team_id }) => team_id === cohort.teamId)?.inactive_after_days ?? 14;
    if (row.atRisk) {
      const risk = document.createElement('p');
      risk.className = 'inbox-wait';
      const flag = document.createElement('strong');
      flag.textContent = this.#text('atRisk');
      risk.append(
        flag,
        `: ${row.riskReasons.map((reason) => this.#text(`reason.${reason}`, { days: inactiveDays })).join(', ')}`,
      );
      item.append(risk);
    }
    for (const line of [
      this.#text('lessons', { done: row.lessonsDone, total: row.lessonsTotal }),
      row.lastActivity
        ? this.#text('lastActivity', { when: momentWhen(row.lastActivity, this.#locale) })
        : this.#text('neverActive'),
      this.#text('webinars', { attended: row.webinarsAttended, registered: row.webinarsRegistered }),
      this.#text('startSession', { state: state(row.startSession) }),
      this.#text('endSession', { state: state(row.endSession) }),
    ]) {
      const text = document.createElement('p');
      text.textContent = line;
      item.append(text);
    }
    return item;
  }

  #wire() {
    const actions = this.#actions as Actions;
    const on = (selector: string, act: (form: HTMLFormElement) => Promise<void>) =>
      onSubmit(
        this.querySelector(selector) as HTMLFormElement,
        this.#page as StaffPage,
        async (form) => {
          (this.querySelector('.form-error') as HTMLElement).textContent = '';
          const invalid = [...form.elements].find(
            (element): element is HTMLInputElement => element instanceof HTMLInputElement && !element.checkValidity(),
          );
          if (invalid) {
            (this.querySelector('.form-error') as HTMLElement).textContent = this.#text('error.invalid');
            invalid.setAttribute('aria-invalid', 'true');
            invalid.focus();
            return;
          }
          for (const element of form.querySelectorAll('[aria-invalid]')) element.removeAttribute('aria-invalid');
          await act(form);
        },
        (error) => this.#fail(error),
      );
    const field = (form: HTMLFormElement, name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    on('form.cohort-choice', async (form) => {
      const cohort = this.#cohorts.find(({ id }) => id === field(form, 'cohort'));
      if (cohort) await this.#show(cohort, true);
    });
    on('form.cohort-invite', async (form) => {
      const cohort = this.#shown;
      if (!cohort) return;
      const email = field(form, 'email');
      await actions.cohorts().invite(cohort.id, email);
      (form.elements.namedItem('email') as HTMLInputElement).value = '';
      this.#say(this.#text('invited', { email: email.trim().toLowerCase() }));
      await this.#show(cohort, false);
    });
    on('form.new-cohort', async (form) => {
      const made = await actions.cohorts().create({
        teamId: field(form, 'team'),
        program: field(form, 'program'),
        municipality: field(form, 'municipality'),
        title: field(form, 'title'),
        startsOn: field(form, 'startsOn'),
      });
      form.reset();
      this.#say(this.#text('created', { title: made.title }));
      await this.#loadCohorts(made.id);
      (this.querySelector('#hold-navn') as HTMLElement).focus();
    });
    const settings = this.querySelector('form.team-settings') as HTMLFormElement;
    settings.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).getAttribute('name') === 'team') this.#showSettings();
    });
    on('form.team-settings', async (form) => {
      await actions.saveTeamSettings(
        field(form, 'team'),
        Number(field(form, 'answer')),
        Number(field(form, 'inactive')),
      );
      this.#teams = await actions.inbox().teams();
      this.#say(this.#text('settingsSaved'));
    });
  }
}
