import { AdminLayout } from '../admin/admin.pages';
import type { Viewer } from '../lib/context';
import { formatDate, type Lang } from '../lib/i18n';
import { html } from '../lib/render';
import { teamTree, type TeamNode } from '../staff/teams';
import type { UserListing } from './users.service';
import { usersText } from './users.text';

export type PeopleError = keyof (typeof usersText)['de']['errors'];

export interface PeoplePageProps {
  lang: Lang;
  viewer: Viewer;
  leaders: UserListing[];
  admins: UserListing[];
  council: UserListing[];
  teams: { id: string; parentId: string | null; name: string }[];
  error?: PeopleError;
  /** The last change waits for a second person (four eyes). */
  pending?: boolean;
}

export const peoplePage = (props: PeoplePageProps) => html(<PeoplePage {...props} />);

function PeoplePage({ lang, viewer, leaders, admins, council, teams, error, pending }: PeoplePageProps) {
  const t = usersText[lang];
  const options = flatten(teamTree(teams));
  return (
    <AdminLayout lang={lang} viewer={viewer} title={t.title} path="/admin/people">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {error && (
        <p class="notice error" role="alert">
          {t.errors[error]}
        </p>
      )}
      {pending && (
        <p class="notice" role="status">
          {t.pending} <a href="/admin/approvals">{t.pendingLink}</a>
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
            <input id="leader-email" name="email" type="email" autocomplete="off" maxLength={254} required />
            <label for="leader-team">{t.team}</label>
            <select id="leader-team" name="teamId" required>
              {options.map(({ id, name, depth }) => (
                <option value={id}>{'\u2003'.repeat(depth) + name}</option>
              ))}
            </select>
            <Language lang={lang} id="leader-language" />
            <button type="submit">{t.add}</button>
          </form>
        )}
      </section>

      <h2 id="admins">{t.admins}</h2>
      <People lang={lang} viewer={viewer} people={admins} empty={t.noAdmins} labelledBy="admins" />
      <AddByEmail lang={lang} viewer={viewer} role="admins" title={t.addAdmin} intro={t.addAdminIntro} />

      <h2 id="council">{t.council}</h2>
      <People lang={lang} viewer={viewer} people={council} empty={t.noCouncil} labelledBy="council" />
      <AddByEmail lang={lang} viewer={viewer} role="council" title={t.addCouncil} intro={t.addCouncilIntro} />
    </AdminLayout>
  );
}

function People(props: { lang: Lang; viewer: Viewer; people: UserListing[]; withTeam?: boolean; empty: string; labelledBy: string }) {
  const { lang, viewer, people, withTeam } = props;
  const t = usersText[lang];
  if (people.length === 0) return <p>{props.empty}</p>;
  return (
    <table class="data" aria-labelledby={props.labelledBy}>
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
            <td>{p.email}</td>
            {withTeam && <td>{p.team ? p.team.path || p.team.name : '–'}</td>}
            <td>{t.languages[p.language]}</td>
            <td>{formatDate(lang, Date.parse(p.createdAt))}</td>
            <td>
              <form method="post" action={`/admin/people/${p.id}/delete`}>
                <input type="hidden" name="_csrf" value={viewer.csrf} />
                <button type="submit" class="link" aria-label={t.removeLabel(p.email)}>
                  {t.remove}
                </button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The form that gives someone access by email alone (admins, council members): no team to choose. */
function AddByEmail(props: { lang: Lang; viewer: Viewer; role: 'admins' | 'council'; title: string; intro: string }) {
  const t = usersText[props.lang];
  const id = props.role === 'admins' ? 'admin' : 'council';
  return (
    <section class="card">
      <h3>{props.title}</h3>
      <form method="post" action={`/admin/people/${props.role}`} class="stack">
        <input type="hidden" name="_csrf" value={props.viewer.csrf} />
        <p class="hint">{props.intro}</p>
        <label for={`${id}-email`}>{t.email}</label>
        <input id={`${id}-email`} name="email" type="email" autocomplete="off" maxLength={254} required />
        <Language lang={props.lang} id={`${id}-language`} />
        <button type="submit">{t.add}</button>
      </form>
    </section>
  );
}

function Language({ lang, id }: { lang: Lang; id: string }) {
  const t = usersText[lang];
  return (
    <>
      <label for={id}>{t.language}</label>
      <select id={id} name="language">
        <option value="de" selected={lang === 'de'}>
          {t.languages.de}
        </option>
        <option value="en" selected={lang === 'en'}>
          {t.languages.en}
        </option>
      </select>
    </>
  );
}

/** The tree in reading order, each team with its depth, for an indented list of options. */
export function flatten<T extends { id: string; name: string }>(nodes: TeamNode<T>[], depth = 0): { id: string; name: string; depth: number }[] {
  return nodes.flatMap((n) => [{ id: n.team.id, name: n.team.name, depth }, ...flatten(n.children, depth + 1)]);
}
