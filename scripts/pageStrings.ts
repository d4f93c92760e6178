// The Vite plugin that writes the HTML pages' static words in from the string catalogue
// (src/strings/pages.ts): each {{ page.key }} of index.html, table.html and console.html becomes
// its string, HTML-escaped. A placeholder with no string fails the build (and the dev page).

import type { Plugin } from 'vite';
import * as pages from '../src/strings/pages.ts';

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The page's string at `key` ("console.pause"), or undefined. */
export function pageString(key: string): string | undefined {
  let node: unknown = pages;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** `html` with every placeholder replaced; throws on one the catalogue lacks. */
export function fillPage(html: string, file: string): string {
  return html.replace(PLACEHOLDER, (_, key: string) => {
    const s = pageString(key);
    if (s === undefined) throw new Error(`${file}: no page string "${key}" in src/strings/pages.ts`);
    return escapeHtml(s);
  });
}

export function pageStrings(): Plugin {
  return {
    name: 'page-strings',
    transformIndexHtml: { order: 'pre', handler: (html, ctx) => fillPage(html, ctx.filename) },
  };
}
