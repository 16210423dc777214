// A worker thread's entry: the server runs TypeScript through tsx, and a worker does not
// inherit the main thread's loader, so it registers tsx itself before importing its module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
