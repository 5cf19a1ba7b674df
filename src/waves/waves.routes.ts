import { Hono } from 'hono';
import type { Deps } from '../deps';
import type { AppEnv } from '../lib/context';

export function waveRoutes(_deps: Deps) {
  const app = new Hono<AppEnv>();
  return app;
}
