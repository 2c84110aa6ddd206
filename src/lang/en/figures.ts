// English words around casualty, arrest and deployment figures, in canonical form (lowercase).
import type { FigureLexicon } from '../../extract/figures/lexicon.js';

export const figures: FigureLexicon = {
  prefixes: [],
  countNouns: {
    killed: ['dead', 'deaths', 'fatalities', 'bodies', 'victims'],
    injured: ['injured', 'wounded', 'injuries', 'casualties'],
    arrested: ['detainees', 'arrests', 'prisoners', 'detentions'],
    missing: ['missing'],
    displaced: ['displaced', 'refugees', 'evacuees'],
  },
  triggers: {
    killed: ['killed', 'killing', 'kill', 'died', 'dead', 'death toll', 'toll', 'lost their lives', 'shot dead'],
    injured: ['injured', 'injuring', 'wounded', 'wounding', 'hurt', 'hospitalised', 'hospitalized'],
    arrested: ['arrested', 'arresting', 'detained', 'detaining', 'held', 'taken into custody', 'rounded up', 'arrest of', 'detention of'],
    deployed: ['deployed', 'deploying', 'deploy', 'sent', 'sending', 'dispatched', 'deployment of'],
    missing: ['missing', 'unaccounted for'],
    displaced: ['displaced', 'fled', 'uprooted'],
    'detained-released': ['released', 'freed', 'release of'],
    evacuated: ['evacuated', 'evacuation of', 'evacuating'],
  },
  forceNouns: ['troops', 'soldiers', 'servicemen', 'personnel', 'peacekeepers', 'paratroopers'],
  groups: {
    'security forces': ['security forces', 'security personnel', 'security officers', 'members of the security forces', 'law enforcement officers', 'servicemen', 'soldiers'],
    police: ['police officers', 'policemen', 'police', 'officers'],
    civilians: ['civilians'],
    protesters: ['protesters', 'protestors', 'demonstrators'],
    'armed criminals': ['armed criminals', 'armed bandits', 'bandits', 'criminals'],
    gunmen: ['gunmen', 'militants', 'terrorists', 'rioters'],
    people: ['people', 'persons', 'individuals'],
  },
  alliances: {
    'CSTO troops': ['collective security treaty organization', 'collective security treaty organisation', 'csto', 'peacekeepers'],
  },
  conjunctions: ['and', 'while'],
  groupAnaphora: ['among them', 'in its ranks', 'of them'],
  sourceCuesBefore: ['according to', 'citing'],
  sourceCuesAfter: ['said', 'says', 'reported', 'announced', 'confirmed', 'told'],
  sources: ['interior ministry', 'health ministry', 'the authorities', 'authorities', 'police', 'officials', 'state television', 'state media', 'local media', 'the government'],
  sourceStops: ['that', 'in', 'on', 'of', 'and', 'the', 'which', 'who'],
  notCounted: [
    'years', 'year', 'decades', 'decade', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'percent', 'per',
    'checkpoints', 'planes', 'aircraft', 'helicopters', 'tanks', 'vehicles', 'units', 'buildings', 'cities', 'regions', 'countries', 'km', 'kilometres', 'kilometers', 'miles',
    'dollars', 'euros', 'million', 'billion',
  ],
  yearMarkers: ['in', 'since', 'year', 'of'],
};
