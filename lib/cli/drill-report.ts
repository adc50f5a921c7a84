/**
 * The drill's timeline: a terminal chart (asciichart) and a report file (SVG or HTML) drawn by
 * Apache ECharts' server-side SVG renderer, which needs neither a browser nor a canvas.
 */
import { plot } from 'asciichart';
import { DrillSample, DrillSummary, endpoint, Prediction } from './drill-analysis';

const WIDTH = 64;


/** Success rate per time bucket as a line chart, with a row naming the address that served each bucket. */
export function terminalTimeline(samples: readonly DrillSample[], intervalMs: number): string {
  if (samples.length === 0) return '(no requests)';
  const sorted = [...samples].sort((a, b) => a.t - b.t);
  const durationMs = sorted.length * intervalMs;
  const bucketMs = Math.max(intervalMs, Math.ceil(durationMs / WIDTH / intervalMs) * intervalMs);
  const buckets: DrillSample[][] = Array.from({ length: Math.ceil(durationMs / bucketMs) }, () => []);
  // One request per tick, in order: the n-th request belongs to the n-th tick (send times drift when the loop is late).
  sorted.forEach((s, n) => buckets[Math.min(buckets.length - 1, Math.floor((n * intervalMs) / bucketMs))].push(s));
  const rate = buckets.map((b) => (b.length === 0 ? 0 : (100 * b.filter((s) => s.ok).length) / b.length));
  const chart = plot(rate, { height: 4, min: 0, max: 100, format: (x: number) => `${x.toFixed(0).padStart(5)} % ` });
  const pad = ' '.repeat(chart.split('\n')[0].search(/[┤┼]/) + 1);

  const letters = new Map<string, string>();
  const row = buckets.map((b) => {
    const counts = new Map<string, number>();
    for (const s of b) {
      const key = endpoint(s);
      if (s.ok && key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
    if (top === undefined) return b.some((s) => !s.ok) ? 'x' : ' ';
    if (!letters.has(top)) letters.set(top, String.fromCharCode(65 + letters.size));
    return letters.get(top)!;
  }).join('');
  const end = `${(durationMs / 1000).toFixed(1)} s`;
  const axis = `0 s${' '.repeat(Math.max(1, buckets.length - 3 - end.length))}${end}`;
  const legend = [...letters.entries()].map(([a, l]) => `${l} = ${a}`).concat(row.includes('x') ? ['x = no successful answer'] : []).join(', ');
  return [
    `success rate per ${(bucketMs / 1000).toFixed(bucketMs % 1000 === 0 ? 0 : 2)} s`,
    chart,
    `${pad.slice(0, -8)}served: ${row}`,
    `${pad}${axis}`,
    `${pad}${legend}`,
  ].join('\n');
}

/** The drill document written by --json (and drawn by --report). */
export interface DrillDocument extends DrillSummary {
  readonly url: string;
  readonly host: string;
  readonly intervalMs: number;
  readonly predicted?: Prediction;
  readonly withinBudget?: boolean;
  readonly samples: DrillSample[];
}

/**
 * echarts (~60 MB installed) is an optional peer dependency: only `drill --report` draws with it,
 * so the library does not make every app install it.
 */
async function loadEcharts(): Promise<typeof import('echarts')> {
  try {
    return await import('echarts');
  } catch (e) {
    if ((e as { code?: string }).code !== 'MODULE_NOT_FOUND' && (e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new Error('drill --report draws its chart with echarts, which is not installed: run `npm install --save-dev echarts@^6.1.0` ' +
      '(or leave out --report: the terminal chart and --json need nothing more)');
  }
}

/** An SVG chart of latency per request, coloured by the address that answered, with outages shaded. */
export async function renderSvg(doc: DrillDocument, verdict?: string): Promise<string> {
  const echarts = await loadEcharts();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 960, height: 420 });
  const byAddress = new Map<string, [number, number][]>();
  for (const s of doc.samples) {
    const key = endpoint(s);
    if (!s.ok || key === undefined) continue;
    if (!byAddress.has(key)) byAddress.set(key, []);
    byAddress.get(key)!.push([s.t / 1000, s.latencyMs]);
  }
  const failed = doc.samples.filter((s) => !s.ok).map((s) => [s.t / 1000, 0]);
  const pct = (r: number) => `${Math.round(r * 1000) / 10} %`;
  const subtitle = [
    `${doc.requests} requests every ${doc.intervalMs} ms; downtime ${Math.round(doc.downtimeSeconds * 10) / 10} s in ${doc.outages.length} outage(s); ` +
      `success rate during the failover ${pct(doc.successRate)}`,
    ...(verdict ? [`failover ${verdict}`] : []),
  ].join('\n');
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    title: { text: `Failover drill: ${doc.host}`, subtext: subtitle, left: 16, top: 8 },
    legend: { bottom: 8, itemGap: 32 },
    grid: { left: 64, right: 24, top: 104, bottom: 72 },
    xAxis: { type: 'value', name: 'seconds', nameLocation: 'middle', nameGap: 26, min: 0, max: Math.ceil(doc.durationSeconds) },
    yAxis: { type: 'value', name: 'latency (ms)' },
    series: [
      ...[...byAddress.entries()].map(([address, data]) => ({ type: 'scatter' as const, name: `answered by ${address}`, symbolSize: 5, data })),
      {
        type: 'scatter' as const,
        name: 'failed',
        symbol: 'diamond',
        symbolSize: 7,
        itemStyle: { color: '#d62728' },
        data: failed,
        markArea: {
          silent: true,
          itemStyle: { color: 'rgba(214, 39, 40, 0.12)' },
          label: { position: 'insideTop', color: '#d62728' },
          // Label the outages wide enough to hold one (an eighth of the chart); narrow ones are shaded only.
          data: doc.outages.map((o) => [
            { name: o.seconds >= doc.durationSeconds / 8 ? `outage ${Math.round(o.seconds * 10) / 10} s` : '', xAxis: o.startSeconds },
            { xAxis: o.endSeconds },
          ]),
        },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** The report file's content: the SVG chart alone, or an HTML page with the chart and the outage table. */
export async function renderReport(file: string, doc: DrillDocument, verdict?: string): Promise<string> {
  const svg = await renderSvg(doc, verdict);
  if (file.endsWith('.svg')) return svg;
  if (!file.endsWith('.html') && !file.endsWith('.htm')) throw new Error(`--report ${file}: expected a file name ending in .svg or .html`);
  const rows = doc.outages.map((o, i) =>
    `<tr><td>${i + 1}</td><td>${o.startedAt}</td><td>${o.endedAt}${o.open ? ' (open)' : ''}</td><td>${o.seconds}</td><td>${o.failedRequests}</td></tr>`).join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Failover drill: ${escapeHtml(doc.host)}</title>
<style>body{font-family:sans-serif;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>
</head><body>
<h1>Failover drill: ${escapeHtml(doc.url)}</h1>
${verdict ? `<p><strong>${escapeHtml(verdict)}</strong></p>` : ''}
<p>Total downtime ${doc.downtimeSeconds} s; failover ${doc.failoverSeconds} s; success rate during the failover ${Math.round(doc.successRate * 1000) / 10} %;
served by ${escapeHtml(doc.addressesBefore.join(', ') || 'none')} before and ${escapeHtml(doc.addressesAfter.join(', ') || 'none')} after.</p>
${svg}
<table><tr><th>#</th><th>started</th><th>ended</th><th>seconds</th><th>failed requests</th></tr>
${rows}
</table>
</body></html>
`;
}
