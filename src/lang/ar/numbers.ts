// Placeholder: filled by the numbers work.
export const numbers = {};
