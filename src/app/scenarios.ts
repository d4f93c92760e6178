// Where the app gets its scenarios: the shipped catalog (bundled JSON, validated on load).
export { loadShippedScenario, SCENARIO_IDS } from '../content/catalog';
