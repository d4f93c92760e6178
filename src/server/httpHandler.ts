// The seminar server's plain HTTP side: the built game (dist/) as static files, the
// `/seminar.json` probe that tells a page it is served by the seminar server, safe headers on
// every answer, and a plain 404 for anything else.

import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { refuse } from '../strings/server';

export function httpHandler(distDir: string | null) {
  const files = distDir && existsSync(distDir) ? sirv(distDir, { etag: true, gzip: false }) : null;
  return (req: IncomingMessage, res: ServerResponse) => {
    // Join codes travel in URLs: never hand them on to another site, never let a page frame this one.
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    if (req.url?.startsWith('/seminar.json')) {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ networked: true }));
      return;
    }
    if (files) return files(req, res, () => notFound(res));
    notFound(res);
  };
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(refuse.notFound);
}
