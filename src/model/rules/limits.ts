// Limits the scenario format and the screens share, so a file that validates can always be played:
// the schema refuses what a screen could not show. A leaf module (the content schema imports it).

/** Choices one event may offer; the event card has a button for each. */
export const MAX_EVENT_CHOICES = 4;
