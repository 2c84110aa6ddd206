import { task } from '../eval/tasks/extract.js';
console.log(await task.run());
