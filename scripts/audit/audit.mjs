// Audits a GraphQL endpoint against the GraphQL-over-HTTP specification with
// graphql-http's auditServer, prints every result, and exits 1 unless every
// result is ok: an error (a MUST), a warning (a SHOULD) or a notice (a MAY)
// all fail. Exits 2 on bad usage or when the audits cannot run at all.
//
//   node scripts/audit/audit.mjs http://127.0.0.1:8080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url || process.argv.length > 3) {
  console.error('usage: node audit.mjs <GraphQL endpoint URL>');
  process.exit(2);
}
try {
  new URL(url);
} catch {
  console.error(`audit: not a URL: ${url}`);
  process.exit(2);
}

const mark = { ok: 'ok    ', notice: 'NOTICE', warn: 'WARN  ', error: 'ERROR ' };
let results;
try {
  results = await auditServer({ url });
} catch (err) {
  console.error(`audit: could not run against ${url}: ${err?.stack ?? err}`);
  process.exit(2);
}

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const r of results) {
  counts[r.status] = (counts[r.status] ?? 0) + 1;
  console.log(`${mark[r.status] ?? r.status} ${r.id} ${r.name}`);
  if (r.status !== 'ok') {
    console.log(`      ${r.reason}`);
    if (r.response) {
      let body = '';
      try {
        body = await r.response.text();
      } catch {
        // the body was read by the audit already
      }
      const ct = r.response.headers.get('content-type') ?? '';
      console.log(`      got ${r.response.status} ${ct} ${body.slice(0, 300)}`);
    }
  }
}
const total = results.length;
console.log(
  `\n${total} audits against ${url}: ${counts.ok} ok, ${counts.notice} notice, ${counts.warn} warn, ${counts.error} error`,
);
process.exit(total > 0 && counts.ok === total ? 0 : 1);
