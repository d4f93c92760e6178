// The facilitator's private notes: kept in this browser's localStorage under the session id,
// never sent to the game window or shown to the room. A damaged entry reads as no notes.

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Note {
  at: number;
  turn: number | null;
  text: string;
}

export function notesKey(sessionId: string): string {
  return `mending-fences:notes:${sessionId}`;
}

export function readNotes(store: KeyValue, sessionId: string): Note[] {
  try {
    const data = JSON.parse(store.getItem(notesKey(sessionId)) ?? '[]') as unknown;
    if (!Array.isArray(data)) return [];
    return data.filter(
      (n): n is Note => typeof n === 'object' && n !== null && typeof n.text === 'string' && typeof n.at === 'number',
    );
  } catch {
    return [];
  }
}

export function addNote(store: KeyValue, sessionId: string, note: Note): Note[] {
  const text = note.text.trim().slice(0, 4000);
  if (text === '') return readNotes(store, sessionId);
  const notes = [...readNotes(store, sessionId), { ...note, text }];
  store.setItem(notesKey(sessionId), JSON.stringify(notes));
  return notes;
}
