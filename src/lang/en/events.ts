import type { EventLexicon } from '../../extract/events/lexicon.js';

export const events: EventLexicon = {
  triggers: [
    {
      type: 'protest',
      phrases: ['protest', 'protests', 'protesters rallied', 'demonstrations', 'demonstration', 'rally', 'rallies', 'march'],
    },
    { type: 'riot', phrases: ['riots', 'riot', 'rioting', 'unrest', 'stormed'] },
    {
      type: 'violence-against-civilians',
      phrases: ['opened fire on protesters', 'fired on protesters', 'shoot to kill', 'shot dead by police'],
    },
    { type: 'armed-clash', phrases: ['clashes', 'clashed', 'gunfight', 'exchange of fire'] },
    { type: 'arrests', phrases: ['arrested', 'arrests', 'arrest', 'detained', 'detentions'] },
    { type: 'looting', phrases: ['looted', 'looting', 'set fire', 'set on fire', 'torched', 'ransacked'] },
    {
      type: 'foreign-deployment',
      phrases: [
        'deployed troops',
        'troops arrived',
        'peacekeepers',
        'peacekeeping troops',
        'sent troops',
        'deployment of troops',
      ],
    },
    { type: 'dismissal', phrases: ['dismissed', 'sacked', 'removed from his post', 'ousted'] },
    { type: 'appointment', phrases: ['appointed', 'named as'] },
    { type: 'resignation', phrases: ['resigned', 'resignation', 'stepped down'] },
    { type: 'state-of-emergency', phrases: ['state of emergency'] },
    { type: 'curfew', phrases: ['curfew'] },
    {
      type: 'internet-shutdown',
      phrases: ['internet shutdown', 'internet blackout', 'internet outage', 'internet was cut', 'cut off the internet'],
    },
    { type: 'statement', phrases: ['televised address', 'televised speech', 'address to the nation'] },
    { type: 'sanction', phrases: ['arms embargo', 'sanctions', 'arms exports', 'export ban'] },
  ],
  prefixes: [],
  suffixes: [],
};
