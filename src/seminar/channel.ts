// The channel both windows talk over: anything with postMessage and onmessage. In the browser it
// is a BroadcastChannel named after the session and the facilitator's key, so a page that knows
// only the public session code cannot even find it (no forged pause, no state read, no forged state
// to the console); tests pass an in-memory pair. The adapter hides BroadcastChannel's MessageEvent
// so the session code stays DOM-free.

export interface ChannelLike {
  postMessage(data: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** The channel's name: the session and the secret key its windows were given. */
export function channelName(sessionId: string, key: string): string {
  return `mending-fences-seminar:${sessionId}:${key}`;
}

/** The channel between the game window and one delegation's brief window, named with that seat's key. */
export function briefChannelName(sessionId: string, seat: string, key: string): string {
  return `mending-fences-brief:${sessionId}:${seat}:${key}`;
}

/** A BroadcastChannel for the session and key, as a ChannelLike with close(). Browser only. */
export function openChannel(sessionId: string, key: string): ChannelLike & { close(): void } {
  return openNamedChannel(channelName(sessionId, key));
}

export function openNamedChannel(name: string): ChannelLike & { close(): void } {
  const bc = new BroadcastChannel(name);
  const channel: ChannelLike & { close(): void } = {
    postMessage: (data) => bc.postMessage(data),
    onmessage: null,
    close: () => bc.close(),
  };
  bc.onmessage = (ev: MessageEvent) => channel.onmessage?.({ data: ev.data });
  return channel;
}
