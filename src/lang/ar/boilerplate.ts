// Placeholder: filled by the boilerplate work.
export const boilerplate = {};
