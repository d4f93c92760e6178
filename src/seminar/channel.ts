// The channel both windows talk over: anything with postMessage and onmessage. In the browser it
// is a BroadcastChannel named after the session; tests pass an in-memory pair. The adapter hides
// BroadcastChannel's MessageEvent so the session code stays DOM-free.

export interface ChannelLike {
  postMessage(data: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

export function channelName(sessionId: string): string {
  return `mending-fences-seminar:${sessionId}`;
}

/** A BroadcastChannel for the session, as a ChannelLike with close(). Browser only. */
export function openChannel(sessionId: string): ChannelLike & { close(): void } {
  const bc = new BroadcastChannel(channelName(sessionId));
  const channel: ChannelLike & { close(): void } = {
    postMessage: (data) => bc.postMessage(data),
    onmessage: null,
    close: () => bc.close(),
  };
  bc.onmessage = (ev: MessageEvent) => channel.onmessage?.({ data: ev.data });
  return channel;
}
