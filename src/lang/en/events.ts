// Placeholder: filled by the events work.
export const events = {};
