// Placeholder: filled by the figures work.
export const figures = {};
