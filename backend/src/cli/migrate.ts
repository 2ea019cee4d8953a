import 'reflect-metadata';
import { prepareDatabase } from './cli-database.js';

/** `npm run migration:run`: applies pending migrations (the backend also does at start). */
const { embedded } = await prepareDatabase();
await embedded?.stop();
