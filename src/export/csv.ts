import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { Lang } from '../lib/i18n';
import type { Score } from '../results/results.service';
import { exportText } from './export.text';
import { DIMENSIONS, LEVELS, levelMeasure } from './measures';
import { isWithheld, type LevelDistribution, type Retrospective, type Withheld } from './model';

/**
 * The retrospective as one CSV row per view × wave × measure, plus the quarter's rows (wave column `quarter`).
 * A suppressed view or a withheld measure keeps its row, with empty numbers and the reason — never a zero.
 *
 * `lang=en` (the default): comma, decimal point, English headers. `lang=de`: what German Excel opens as it is —
 * UTF-8 with BOM, `;`, decimal comma, CRLF, German headers and reasons. Pure and runtime-neutral (csv-stringify's
 * sync API imports no Node module).
 */

type Cell = string;
type Row = Cell[];

/** Excel runs a cell starting with = + - @ as a formula; team names come from an HR file, so text cells are guarded. */
export const guard = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export function retrospectiveCsv(model: Retrospective, lang: Lang): string {
  const t = exportText[lang];
  const num = (x: number | undefined) => (x === undefined ? '' : lang === 'de' ? String(x).replace('.', ',') : String(x));
  const yes = (b: boolean) => (b ? t.csv.yes : t.csv.no);
  const rows: Row[] = [];

  for (const view of model.views) {
    const head = (waveId: string, closedAt: string): Row => [
      model.quarter,
      guard(view.team.path),
      t.roles[view.role ?? 'all'],
      waveId,
      closedAt,
    ];
    const score = (h: Row, measure: string, s: Score | undefined) => rows.push([...h, measure, num(s?.value), num(s?.low), num(s?.high), num(s?.n), yes(true), '', '']);
    const empty = (h: Row, measure: string, reason: string, code: string) => rows.push([...h, measure, '', '', '', '', yes(false), guard(reason), code]);
    const held = (h: Row, measure: string, w: Withheld) => empty(h, measure, w.reasonText, w.reason);
    const levels = (h: Row, dim: string, d: LevelDistribution | Withheld) => {
      for (let l = 1; l <= LEVELS; l++) {
        if (isWithheld(d)) held(h, levelMeasure(dim, l), d);
        else rows.push([...h, levelMeasure(dim, l), num(d.shares[l - 1]), '', '', num(d.n), yes(true), '', '']);
      }
    };

    for (const wave of view.waves) {
      const h = head(wave.waveId, localTime(lang, wave.closedAt));
      const asked = new Set(model.waves.find((w) => w.id === wave.waveId)?.measures ?? []);
      const catalog = model.measures.filter((m) => asked.has(m.id));
      if (!wave.published) {
        for (const m of ['respondents', 'invited', 'response_rate', ...catalog.map((c) => c.id)]) empty(h, m, wave.reasonText ?? '', wave.reason ?? '');
        if (wave.module === 'quarterly') for (const dim of DIMENSIONS) for (let l = 1; l <= LEVELS; l++) empty(h, levelMeasure(dim, l), wave.reasonText ?? '', wave.reason ?? '');
        continue;
      }
      rows.push([...h, 'respondents', num(wave.respondents), '', '', num(wave.respondents), yes(true), '', '']);
      rows.push([...h, 'invited', num(wave.invited), '', '', '', yes(true), '', '']);
      rows.push([...h, 'response_rate', num(wave.responseRate), '', '', num(wave.invited), yes(true), '', '']);
      for (const { id } of catalog) {
        const w = wave.withheld?.[id];
        if (w) held(h, id, w);
        else score(h, id, wave.scores?.[id]);
      }
      if (wave.maturity) for (const dim of DIMENSIONS) levels(h, dim, wave.maturity[dim]);
    }

    const q = head(t.csv.quarterRow, '');
    if (view.respondents !== undefined) rows.push([...q, 'respondents', num(view.respondents), '', '', num(view.respondents), yes(true), '', '']);
    else empty(q, 'respondents', view.reasonText ?? '', view.reason ?? '');
    for (const { id } of model.measures) {
      const s = view.quarter[id];
      if (isWithheld(s)) held(q, id, s);
      else score(q, id, s);
    }
    if (model.waves.some((w) => w.module === 'quarterly')) for (const dim of DIMENSIONS) levels(q, dim, view.kpis.maturity[dim].levels);
  }

  return stringify(rows, {
    header: true,
    columns: t.csv.headers,
    delimiter: lang === 'de' ? ';' : ',',
    bom: lang === 'de',
    record_delimiter: lang === 'de' ? 'windows' : 'unix',
  });
}

/** ISO 8601 in UTC for `en`; `2026-10-10 09:00` in Europe/Berlin for `de`, which Excel reads as a date and time. */
function localTime(lang: Lang, iso: string): string {
  return lang === 'en' ? iso : DateTime.fromISO(iso, { zone: 'Europe/Berlin' }).toFormat('yyyy-MM-dd HH:mm');
}
