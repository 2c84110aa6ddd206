// Placeholder: filled by the time work.
export const time = {};
