// Charts, drawn with Chart.js from its WebJar on this server. Each chart is a labelled image for
// assistive technology, and the same numbers are always on the page as a table as well.
import '/webjars/chart.js/4.5.1/dist/chart.umd.min.js';
import { h } from './dom.js';
import { label } from './labels.js';

const Chart = globalThis.Chart;

// Okabe-Ito colours, told apart with colour-vision deficiencies; lines also differ in point shape.
const SERIES = {
  COMPETENCE: { color: '#0072B2', point: 'circle' },
  INTEGRITY: { color: '#D55E00', point: 'rect' },
  BENEVOLENCE: { color: '#007A5A', point: 'triangle' },
  PREDICTABILITY: { color: '#A8457F', point: 'rectRot' },
  OVERALL: { color: '#1D2330', point: 'star' },
};

const FONT = { family: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', size: 14 };

function canvasFor(description, className) {
  const canvas = h('canvas', { role: 'img', 'aria-label': description });
  const box = h('div', { class: ['chart-box', className] }, canvas);
  return { canvas, box };
}

const LEVEL_POINTS = { LOW: 1, MODERATE: 2, HIGH: 3 };
const LEVEL_NAMES = ['', 'Low', 'Moderate', 'High'];

/**
 * The four trust elements on a radar, by the level the rules concluded (low, moderate, high); an
 * unknown element is a gap, named as unknown, never drawn as a guess.
 */
export function radarChart(profile, { className, compact = false } = {}) {
  const described = profile.map((p) => `${label('element', p.element)} ${label('level', p.level).toLowerCase()}`).join(', ');
  const { canvas, box } = canvasFor(`Trust profile: ${described}.`, className);
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels: profile.map((p) => (compact ? label('element', p.element)
        : [label('element', p.element), `(${label('level', p.level).toLowerCase()})`])),
      datasets: [{
        label: 'Level',
        data: profile.map((p) => LEVEL_POINTS[p.level] ?? null),
        borderColor: '#1F4E79', backgroundColor: 'rgba(31, 78, 121, 0.18)', pointBackgroundColor: '#1F4E79', pointRadius: 5, spanGaps: false,
      }],
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false, layout: { padding: compact ? { left: 30, right: 30, top: 2, bottom: 2 } : { left: 36, right: 36, top: 4, bottom: 4 } },
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => LEVEL_NAMES[item.raw] || 'Unknown' } } },
      scales: { r: { min: 0, max: 3,
        ticks: { display: !compact, stepSize: 1, backdropColor: 'transparent', color: '#4A5263', font: { ...FONT, size: 12 }, callback: (v) => LEVEL_NAMES[v] || '' },
        pointLabels: { color: '#1D2330', font: { ...FONT, size: compact ? 11 : 13, weight: '600' } }, grid: { color: '#C9CED8' }, angleLines: { color: '#C9CED8' } } },
    },
  });
  box.chart = chart;
  return box;
}

/** Trust over time per element (and overall), on the survey's 1-5 scale. */
export function trendChart(series, { className } = {}) {
  const names = Object.keys(SERIES).filter((k) => series[k]);
  const dates = [...new Set(names.flatMap((k) => series[k].map((p) => p.date)))].sort();
  const described = names.map((k) => `${label('element', k)} ${series[k].map((p) => `${p.value.toFixed(1)} on ${p.date}`).join(', ')}`).join('; ');
  const { canvas, box } = canvasFor(`Trust over time on a 1 to 5 scale. ${described}.`, className);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: dates,
      datasets: names.map((k) => ({
        label: label('element', k),
        data: dates.map((d) => { const p = series[k].find((x) => x.date === d); return p ? p.value : null; }),
        borderColor: SERIES[k].color, backgroundColor: SERIES[k].color, pointStyle: SERIES[k].point, pointRadius: 5,
        borderWidth: k === 'OVERALL' ? 3 : 2, borderDash: k === 'OVERALL' ? [6, 4] : [], spanGaps: true, tension: 0,
      })),
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, color: '#1D2330', font: FONT } } },
      scales: {
        y: { min: 1, max: 5, ticks: { stepSize: 1, color: '#4A5263', font: FONT }, title: { display: true, text: 'Trust (1-5)', color: '#4A5263', font: FONT } },
        x: { ticks: { color: '#4A5263', font: FONT } },
      },
    },
  });
  box.chart = chart;
  return box;
}

/** The numbers behind a trend chart, as a table. */
export function trendTable(series) {
  const names = Object.keys(SERIES).filter((k) => series[k]);
  const dates = [...new Set(names.flatMap((k) => series[k].map((p) => p.date)))].sort();
  return h('table', { class: 'data' },
    h('caption', {}, 'Mean trust per element at each check (1 to 5, both sides together)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Check'), names.map((k) => h('th', { scope: 'col' }, label('element', k))))),
    h('tbody', {}, dates.map((d) => h('tr', {},
      h('th', { scope: 'row' }, d),
      names.map((k) => { const p = series[k].find((x) => x.date === d); return h('td', {}, p ? p.value.toFixed(2) : '–'); })))));
}
