export const SceneKey = {
  Boot: 'boot',
  Preload: 'preload',
  Title: 'title',
  Setup: 'setup',
  Briefing: 'briefing',
  SituationRoom: 'situation-room',
  Ending: 'ending',
  Debrief: 'debrief',
  SeminarSetup: 'seminar-setup',
  Handover: 'handover',
  SeminarHud: 'seminar-hud',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];

/** Texture and data keys loaded by the preloader. */
export const AssetKey = { map: 'map-northeast-asia' } as const;
