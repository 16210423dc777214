// Loaded with `node --import` into a measured child: at exit, writes the process's peak
// resident set size (KiB, from getrusage) and its CPU time (ms, user + system, every
// thread) to the file named by BENCH_RSS_FILE, as JSON.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
