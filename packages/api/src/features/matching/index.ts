export { loadMatchingPool } from './candidates.js';
export { openMatchesOf } from './open-matches.js';
export { partsOf, suggestionOf } from './present.js';
export { matchingRouter } from './router.js';
