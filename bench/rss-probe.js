// Loaded with `node --require` by the benchmark: on exit, writes this process's peak RSS (bytes)
// to the file named by BENCH_RSS_FILE.
const fs = require('fs');
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
