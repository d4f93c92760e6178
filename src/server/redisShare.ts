// Past one process: socket.io's Redis Streams adapter, loaded only when a Redis URL is given, so
// frames and messages reach a facilitator connected to any process of the session.

import type { Server } from 'socket.io';

/** Shares `io`'s rooms through the Redis at `url`, one stream per session code. */
export async function shareThroughRedis(io: Server, url: string, code: string): Promise<{ close(): Promise<void> }> {
  const [{ createClient }, { createAdapter }] = await Promise.all([
    import('redis'),
    import('@socket.io/redis-streams-adapter'),
  ]);
  const client = createClient({ url });
  client.on('error', () => {}); // reconnects by itself; a refused first connect throws below
  await client.connect();
  io.adapter(createAdapter(client, { streamName: `mending-fences:${code}` }));
  return { close: () => client.close().catch(() => {}) };
}
