import { ROLES } from '../db/schema';
import type { Viewer } from '../lib/context';
import type { Lang } from '../lib/i18n';
import { MAX_TEAM_CODES } from '../codes/team-codes.service';
import type { PaperSummary } from './letters.service';
import { paperText } from './paper.text';

/**
 * The wave page's paper section: letters for people without email (all, per team, reminders) and team-code sheets.
 * Only while the wave is open: before, no link opens; after, none answers.
 */
export function PaperSection(props: { lang: Lang; viewer: Viewer; waveId: string; paper: PaperSummary; k: number; company: string }) {
  const { lang, viewer, waveId, paper, k, company } = props;
  const t = paperText[lang];
  const base = `/admin/waves/${waveId}`;
  return (
    <section class="card paper" aria-labelledby="paper-title">
      <h2 id="paper-title">{t.title}</h2>
      {paper.letters === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>{t.intro(paper.letters)}</p>
          <p class="actions">
            <a class="button" href={`${base}/letters`}>
              {t.all}
            </a>{' '}
            <a class="button secondary" href={`${base}/letters?reminder=1`}>
              {t.reminders}
            </a>
          </p>
          {!paper.remindEveryone && <p class="notice">{t.remindersTargeted}</p>}
          <form method="get" action={`${base}/letters`} class="inline-form">
            <label for="letters-team">{t.byTeam}</label>
            <select id="letters-team" name="team">
              {paper.teams.map((team) => (
                <option value={team.id}>{team.path || company}</option>
              ))}
            </select>
            <button type="submit" class="secondary">
              {t.show}
            </button>
          </form>
        </>
      )}
      <h3>{t.codesTitle}</h3>
      <p>{t.codesIntro}</p>
      <form method="post" action={`${base}/team-codes`} class="stack">
        <input type="hidden" name="_csrf" value={viewer.csrf} />
        <label for="codes-team">{t.team}</label>
        <select id="codes-team" name="teamId" required>
          {paper.teams
            .filter((team) => team.path !== '')
            .map((team) => (
              <option value={team.id}>{team.path}</option>
            ))}
        </select>
        <label for="codes-count">{t.count}</label>
        <input id="codes-count" name="count" type="number" min={1} max={MAX_TEAM_CODES} value="20" required />
        <label for="codes-role">{t.role}</label>
        <select id="codes-role" name="role" aria-describedby="codes-role-hint">
          {ROLES.map((r) => (
            <option value={r}>{t.roles[r]}</option>
          ))}
        </select>
        <p class="hint" id="codes-role-hint">
          {t.roleHint}
        </p>
        <button type="submit">{t.create}</button>
      </form>
      {paper.codeTeams.length > 0 && (
        <table class="data">
          <caption>{t.sheets}</caption>
          <thead>
            <tr>
              <th scope="col">{t.cols.team}</th>
              <th scope="col" class="num">
                {t.cols.issued}
              </th>
              <th scope="col" class="num">
                {t.cols.used}
              </th>
              <th scope="col">{t.cols.sheet}</th>
            </tr>
          </thead>
          <tbody>
            {paper.codeTeams.map((team) => (
              <tr>
                <td>{team.team}</td>
                <td class="num">{team.issued}</td>
                <td class="num">{team.used ?? t.usedHidden(k)}</td>
                <td>
                  {team.sheets.map((s, i) => (
                    <>
                      {i > 0 && ', '}
                      <a href={`${base}/team-codes/${s.id}`}>{`${s.count} · ${t.roles[s.role]}`}</a>
                    </>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
