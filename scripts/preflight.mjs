// `npm test` starts here: it checks that what the tests use is on this machine (PostgreSQL on
// loopback, Debian's Chromium) and stops with one line naming what is missing and how to get it,
// instead of failing later in many confusing ways. Plain JavaScript, so that it answers at once.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';

const postgres = new URL(process.env.CUPSTAGE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test');
const chromium = '/usr/bin/chromium';

/** Whether something accepts TCP connections at host:port within a second. */
function listening(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port: Number(port) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const missing = [];
if (!(await listening(postgres.hostname, postgres.port || '5432')))
  missing.push(
    `PostgreSQL is not answering on ${postgres.hostname}:${postgres.port || '5432'}: start it with \`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\` (database "test", trust auth), or set CUPSTAGE_TEST_POSTGRES`,
  );
if (!existsSync(chromium))
  missing.push(`Chromium is not at ${chromium}: install Debian's with \`apt-get install -y chromium\``);
if (missing.length > 0) {
  process.stderr.write(`npm test needs: ${missing.join('; and ')}\n`);
  process.exit(1);
}
