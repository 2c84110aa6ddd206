// Placeholder: filled by the entities work.
export const entities = {};
