import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importStaff } from '../src/staff/staff.service';
import { openWave } from '../src/waves/waves.service';
import { ADMIN_TOKEN, testDeps } from './support/deps';

/**
 * Throws random bodies, headers, tokens and path parameters at every route the app has, with and without the
 * admin token, and asserts that none of them gets a 5xx: bad input must always be a clear 4xx.
 */
type App = Awaited<ReturnType<typeof testDeps>>['app'];
let app: App;
let routes: { method: string; path: string }[];
let waveId: string;

beforeAll(async () => {
  const setup = await testDeps();
  app = setup.app;
  await importStaff(setup.deps, 'email,name,team,role\nx1@x.de,X,A,basic\nx2@x.de,Y,B/C,power\n');
  waveId = (await openWave(setup.deps, { closesAt: setup.clock.now() + 86_400_000 })).id;
  const seen = new Set<string>();
  routes = app.routes
    .filter((r) => r.method !== 'ALL')
    .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
});

const segment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.base64String({ maxLength: 60 }),
  fc.constantFrom('..', '%00', '%2F', 'null', '0', '-1', 'a'.repeat(300), '😀', "' or 1=1 --"),
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
  fc.constantFrom('{"answers":{"trust.safety":99}}', '{"closesAt":"2030-01-01T00:00:00Z"}', '{"closesAt":"yesterday"}', 'email;name\n"unclosed', '\uFEFFE-Mail;Name\r\n;;;', '{"email":"a@b.de","teamId":"nope"}', '{'),
);
const headers = fc.record(
  {
    'content-type': fc.constantFrom('application/json', 'text/csv', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', 'application/json; charset=latin1', ''),
    authorization: fc.oneof(fc.constant(`Bearer ${ADMIN_TOKEN}`), fc.string({ maxLength: 60 }), fc.constant('Bearer ')),
    cookie: fc.oneof(fc.string({ maxLength: 80 }), fc.constant('puls_session=abc; lang=en')),
    'accept-language': fc.constantFrom('de', 'en-GB', '*', ''),
  },
  { requiredKeys: [] },
);

describe('fuzzing every route', () => {
  it('never answers with a 5xx', async () => {
    expect(routes.length).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(fc.nat(), segment, fc.boolean(), body, headers, fc.string({ maxLength: 30 }), async (pick, param, realId, payload, hdrs, query) => {
        const route = routes[pick % routes.length];
        const path = route.path.replace(/:\w+/g, () => encodeURIComponent(realId ? waveId : param)).replace(/\*$/, 'x');
        const method = route.method;
        const init: RequestInit = { method, headers: Object.fromEntries(Object.entries(hdrs).filter(([, v]) => v !== '')) };
        if (payload !== undefined && method !== 'GET' && method !== 'HEAD') init.body = payload;
        const res = await app.request(`${path}?${new URLSearchParams({ q: query, team: param, lang: query.slice(0, 2) })}`, init);
        if (res.status >= 500) throw new Error(`${method} ${path} → ${res.status}: ${(await res.text()).slice(0, 200)}`);
        if (path.startsWith('/api/') && res.status >= 400) {
          const json = (await res.json()) as { error?: { code?: string; message?: string } };
          expect(typeof json.error?.code).toBe('string');
          expect(typeof json.error?.message).toBe('string');
        }
      }),
      { numRuns: 600 },
    );
  });
});
