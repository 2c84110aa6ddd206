// What the event detector needs to know about one language (data lives in src/lang/*/events.ts).
import type { EventType } from '../../types.js';

export interface EventLexicon {
  /** Trigger phrases (canonical) per event type; a longer phrase wins over a shorter one at the same place. */
  triggers: Array<{ type: EventType; phrases: string[] }>;
  /** Proclitics allowed before a trigger inside its word (و، ب، ال، وال). */
  prefixes: string[];
  /** Endings allowed after a trigger inside its word (plural, pronoun suffixes). */
  suffixes: string[];
}
