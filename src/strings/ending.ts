// The ending screen: the ending's own title and text come from the content; these are the frame.

export const screen = 'Ending';
export const loadFailed = 'The scenario could not be loaded';
export const ended = 'The game has ended';
export const score = (
  s: { total: number; milestones: number; durability: number; credibility: number; ending: number },
  scenario: string,
  seed: number,
  difficulty: string,
) =>
  `Score: ${s.total} (milestones ${s.milestones}, durability ${s.durability}, credibility ${s.credibility}, ending ${s.ending}) · ${scenario} · seed ${seed} · ${difficulty}`;
export const seoulBacklash = 'Seoul backlash';
export const tokyoBacklash = 'Tokyo backlash';
export const momentum = 'Momentum';
export const debrief = 'Debrief';
export const playAgain = 'Play again';
export const sameSeed = 'Same seed';
export const titleScreen = 'Title screen';
export const finalMeters = (seoul: number, tokyo: number, momentum: number) =>
  `Final: Seoul backlash ${seoul}, Tokyo backlash ${tokyo}, momentum ${momentum}.`;
export const said = (title: string, text: string, score: string, summary: string) =>
  `${title}. ${text} ${score}. ${summary} Debrief (D), play again (P), same seed (S) or title (T).`;
