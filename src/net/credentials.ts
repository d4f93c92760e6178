// Which seat this page is, from its link: `?join=<seat code>` for a delegation or Washington, or
// `#key=<facilitator key>` (a fragment, so it is never sent in a request or a referrer). A device
// that joined keeps its token in local storage under the join code, so a reload reclaims the seat.

export type Credentials = { token: string } | { join: string } | { key: string };

const TOKEN_PREFIX = 'mending-fences:seat-token:';
const CREDENTIAL = /^[A-Za-z0-9_-]{8,64}$/;

export function credentialsFrom(search: string, hash: string, storage: Pick<Storage, 'getItem'>): Credentials | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  if (key && CREDENTIAL.test(key)) return { key };
  const join = new URLSearchParams(search).get('join');
  if (!join || !CREDENTIAL.test(join)) return null;
  const token = storage.getItem(TOKEN_PREFIX + join);
  return token && CREDENTIAL.test(token) ? { token } : { join };
}

export function rememberToken(search: string, token: string, storage: Pick<Storage, 'setItem'>): void {
  const join = new URLSearchParams(search).get('join');
  if (join) storage.setItem(TOKEN_PREFIX + join, token);
}

export function forgetToken(search: string, storage: Pick<Storage, 'removeItem'>): void {
  const join = new URLSearchParams(search).get('join');
  if (join) storage.removeItem(TOKEN_PREFIX + join);
}
