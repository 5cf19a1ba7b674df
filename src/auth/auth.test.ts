import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, ORIGIN, testDeps } from '../../test/support/deps';

describe('admin sign-in', () => {
  it('signs in with the admin token and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const { app } = await testDeps();
    const res = await app.request('/login', {
      method: 'POST',
      headers: { origin: ORIGIN },
      body: new URLSearchParams({ token: ADMIN_TOKEN, next: '/admin' }),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^puls_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
  });

  it('refuses a wrong token with 401 and no cookie', async () => {
    const { app } = await testDeps();
    const res = await app.request('/login', { method: 'POST', headers: { origin: ORIGIN }, body: new URLSearchParams({ token: 'nope' }) });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('Dieses Token stimmt nicht');
  });

  it('never redirects off-site after sign-in', async () => {
    const { app } = await testDeps();
    const res = await app.request('/login', {
      method: 'POST',
      headers: { origin: ORIGIN },
      body: new URLSearchParams({ token: ADMIN_TOKEN, next: '//evil.example/x' }),
    });
    expect(res.headers.get('location')).toBe('/admin');
  });

  it('answers unknown API routes with the JSON error envelope', async () => {
    const { app } = await testDeps();
    const res = await app.request('/api/v1/nothing');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'no route for GET /api/v1/nothing', details: [{ code: 'route_not_found' }] } });
  });
});
