import { ConfirmForm, SignedInLayout } from '../layout/signed-in';
import type { Viewer } from '../lib/context';
import { fieldAttrs, FieldError } from '../lib/field';
import { formatDate, type Lang } from '../lib/i18n';
import { html } from '../lib/render';
import { flatten } from '../staff/staff.pages';
import { nestTeams } from '../teams/tree';
import type { UserListing } from './users.service';
import { usersText } from './users.text';

export type PeopleError = keyof (typeof usersText)['de']['errors'];

/** Which form a refusal belongs to, what was typed in it, and the message beside the field it is about. */
export interface PeopleForm {
  role: 'leaders' | 'admins' | 'council';
  values: { email: string; teamId: string; language: string };
  error: { field: 'email' | 'teamId'; problem: PeopleError };
}

export type PeopleNotice = 'welcome' | 'pending' | 'removed' | 'removalPending';

export interface PeoplePageProps {
  lang: Lang;
  viewer: Viewer;
  leaders: UserListing[];
  admins: UserListing[];
  council: UserListing[];
  teams: { id: string; parentId: string | null; name: string }[];
  /** A refused form, shown again with what was typed. */
  form?: PeopleForm;
  /** A problem that belongs to no form (a person who no longer has access). */
  error?: PeopleError;
  /** What the last change did: welcome mail sent, waiting for a second person, removed. */
  notice?: PeopleNotice;
}

export const peoplePage = (props: PeoplePageProps) => html(<PeoplePage {...props} />);

function PeoplePage({ lang, viewer, leaders, admins, council, teams, form, error, notice }: PeoplePageProps) {
  const t = usersText[lang];
  const options = flatten(nestTeams(teams));
  const leaderForm = form?.role === 'leaders' ? form : undefined;
  const message = (field: 'email' | 'teamId') => (leaderForm?.error.field === field ? t.errors[leaderForm.error.problem] : undefined);
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.title} path="/admin/people">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {error && (
        <p class="notice error" role="alert">
          {t.errors[error]}
        </p>
      )}
      {form && (
        <p class="notice error" role="alert">
          {t.notAdded} <a href={`#${form.role === 'leaders' ? 'leader' : form.role === 'admins' ? 'admin' : 'council'}-${form.error.field === 'teamId' ? 'team' : 'email'}`}>{t.toField}</a>
        </p>
      )}
      {notice && (
        <p class={notice === 'pending' || notice === 'removalPending' ? 'notice' : 'notice ok'} role="status">
          {t.notices[notice]} {(notice === 'pending' || notice === 'removalPending') && <a href="/admin/approvals">{t.pendingLink}</a>}
        </p>
      )}

      <h2 id="leaders">{t.leaders}</h2>
      <People lang={lang} viewer={viewer} people={leaders} withTeam empty={t.noLeaders} labelledBy="leaders" />
      <section class="card">
        <h3>{t.addLeader}</h3>
        {options.length === 0 ? (
          <p>{t.noTeams}</p>
        ) : (
          <form method="post" action="/admin/people/leaders" class="stack">
            <input type="hidden" name="_csrf" value={viewer.csrf} />
            <p class="hint">{t.addLeaderIntro}</p>
            <label for="leader-email">{t.email}</label>
            <input
              id="leader-email"
              name="email"
              type="email"
              autocomplete="off"
              maxLength={254}
              required
              value={leaderForm?.values.email ?? ''}
              {...fieldAttrs('leader-email', message('email'))}
            />
            <FieldError field="leader-email" message={message('email')} />
            <label for="leader-team">{t.team}</label>
            <select id="leader-team" name="teamId" required {...fieldAttrs('leader-team', message('teamId'))}>
              {options.map(({ id, name, depth }) => (
                <option value={id} selected={leaderForm?.values.teamId === id}>
                  {'\u2003'.repeat(depth) + name}
                </option>
              ))}
            </select>
            <FieldError field="leader-team" message={message('teamId')} />
            <Language lang={lang} id="leader-language" value={leaderForm?.values.language} />
            <p class="hint">{t.welcomeHint}</p>
            <button type="submit">{t.add}</button>
          </form>
        )}
      </section>

      <h2 id="admins">{t.admins}</h2>
      <People lang={lang} viewer={viewer} people={admins} empty={t.noAdmins} labelledBy="admins" />
      <AddByEmail lang={lang} viewer={viewer} role="admins" title={t.addAdmin} intro={t.addAdminIntro} form={form?.role === 'admins' ? form : undefined} />

      <h2 id="council">{t.council}</h2>
      <People lang={lang} viewer={viewer} people={council} empty={t.noCouncil} labelledBy="council" />
      <AddByEmail lang={lang} viewer={viewer} role="council" title={t.addCouncil} intro={t.addCouncilIntro} form={form?.role === 'council' ? form : undefined} />
    </SignedInLayout>
  );
}

function People(props: { lang: Lang; viewer: Viewer; people: UserListing[]; withTeam?: boolean; empty: string; labelledBy: string }) {
  const { lang, people, withTeam } = props;
  const t = usersText[lang];
  if (people.length === 0) return <p>{props.empty}</p>;
  return (
    <table class="data responsive" aria-labelledby={props.labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t.cols.email}</th>
          {withTeam && <th scope="col">{t.cols.team}</th>}
          <th scope="col">{t.cols.language}</th>
          <th scope="col">{t.cols.since}</th>
          <th scope="col">{t.cols.action}</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr>
            <td data-label={t.cols.email}>{p.email}</td>
            {withTeam && <td data-label={t.cols.team}>{p.team ? p.team.path || p.team.name : '–'}</td>}
            <td data-label={t.cols.language}>{t.languages[p.language]}</td>
            <td data-label={t.cols.since}>{formatDate(lang, Date.parse(p.createdAt))}</td>
            <td data-label={t.cols.action}>
              <a href={`/admin/people/${p.id}/delete`} aria-label={t.removeLabel(p.email)}>
                {t.remove}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The form that gives someone access by email alone (admins, council members): no team to choose. */
function AddByEmail(props: { lang: Lang; viewer: Viewer; role: 'admins' | 'council'; title: string; intro: string; form?: PeopleForm }) {
  const t = usersText[props.lang];
  const id = props.role === 'admins' ? 'admin' : 'council';
  const message = props.form ? t.errors[props.form.error.problem] : undefined;
  return (
    <section class="card">
      <h3>{props.title}</h3>
      <form method="post" action={`/admin/people/${props.role}`} class="stack">
        <input type="hidden" name="_csrf" value={props.viewer.csrf} />
        <p class="hint">{props.intro}</p>
        <label for={`${id}-email`}>{t.email}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autocomplete="off"
          maxLength={254}
          required
          value={props.form?.values.email ?? ''}
          {...fieldAttrs(`${id}-email`, message)}
        />
        <FieldError field={`${id}-email`} message={message} />
        <Language lang={props.lang} id={`${id}-language`} value={props.form?.values.language} />
        <p class="hint">{props.role === 'admins' ? t.welcomeAfterApproval : t.welcomeHint}</p>
        <button type="submit">{t.add}</button>
      </form>
    </section>
  );
}

function Language({ lang, id, value }: { lang: Lang; id: string; value?: string }) {
  const t = usersText[lang];
  const chosen = value ?? lang;
  return (
    <>
      <label for={id}>{t.language}</label>
      <select id={id} name="language">
        <option value="de" selected={chosen === 'de'}>
          {t.languages.de}
        </option>
        <option value="en" selected={chosen === 'en'}>
          {t.languages.en}
        </option>
      </select>
    </>
  );
}

export const removePage = (props: { lang: Lang; viewer: Viewer; person: UserListing }) => html(<RemovePage {...props} />);

/** Asks before someone loses access: who, what they lose, and that their sessions end. */
function RemovePage({ lang, viewer, person }: { lang: Lang; viewer: Viewer; person: UserListing }) {
  const t = usersText[lang];
  return (
    <SignedInLayout lang={lang} viewer={viewer} title={t.removeTitle(person.email)} path={`/admin/people/${person.id}/delete`}>
      <h1>{t.removeTitle(person.email)}</h1>
      <p>{t.removeBody[person.role]}</p>
      <ConfirmForm viewer={viewer} action={`/admin/people/${person.id}/delete`} yes={t.removeYes} cancelHref="/admin/people" cancel={t.cancel} />
    </SignedInLayout>
  );
}
