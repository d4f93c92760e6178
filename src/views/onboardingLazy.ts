// The onboarding code the room loads on first use, as one chunk off the first load: the guided
// first month's overlay and steps, and the initiative details pane.

export { GuideOverlay, PLANNING_STEPS, REPORT_STEP } from './guide/GuideOverlay';
export { CardDetailsPane } from './CardDetailsPane';
