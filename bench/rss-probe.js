// Loaded with `node --require` by the benchmark: on exit, writes this process's peak RSS (bytes) and
// CPU time (user + system, ms) as JSON to the file named by BENCH_RSS_FILE.
const fs = require('fs');
process.on('exit', () => {
  if (!process.env.BENCH_RSS_FILE) return;
  const u = process.resourceUsage();
  fs.writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ rss: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
