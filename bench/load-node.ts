/**
 * A load generator for when wrk is not installed: `connections` keep-alive loops of GET
 * requests for `seconds`, then one JSON line with throughput, errors, p50 and p99.
 * Usage: node --import tsx bench/load-node.ts URL SECONDS CONNECTIONS '{"header":"value"}'
 */
import http from 'node:http';

const [url = '', secondsText = '10', connectionsText = '32', headersText = '{}'] = process.argv.slice(2);
const seconds = Number(secondsText);
const connections = Number(connectionsText);
const headers = JSON.parse(headersText) as Record<string, string>;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const latencies: number[] = [];
let errors = 0;
const end = performance.now() + seconds * 1000;

function once(): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now();
    const request = http.get(url, { agent, headers }, (response) => {
      response.resume();
      response.on('end', () => {
        if ((response.statusCode ?? 0) >= 400) errors++;
        latencies.push(performance.now() - start);
        resolve();
      });
    });
    request.on('error', () => {
      errors++;
      resolve();
    });
  });
}

async function loop(): Promise<void> {
  while (performance.now() < end) await once();
}

await Promise.all(Array.from({ length: connections }, loop));
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
process.stdout.write(`${JSON.stringify({ requestsPerSecond: latencies.length / seconds, requests: latencies.length, errors, p50Ms: at(50), p99Ms: at(99) })}\n`);
