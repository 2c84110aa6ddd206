import type { Entity, Quote } from '../types.js';

/** Placeholder: sets speakerEntityId from the story's entities and shares statementId across wordings. */
export function assignStatements(_quotes: Quote[], _entities: Entity[]): void {}
