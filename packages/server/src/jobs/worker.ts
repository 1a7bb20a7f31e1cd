/** The worker thread of the server's job pool: heavy requests run here, off the event loop. */
import { serveJobs } from '@cupstage/app/jobs';
import { handlers } from './handlers.ts';

serveJobs(handlers);
