export { boilerplate } from './boilerplate.js';
export { entities } from './entities.js';
export { events } from './events.js';
export { figures } from './figures.js';
export { meta } from './meta.js';
export { numbers } from './numbers.js';
export { speech } from './speech.js';
export { time } from './time.js';
