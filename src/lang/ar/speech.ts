// Placeholder: filled by the speech work.
export const speech = {};
