import type { KeyMoment, TimelinePoint } from '../contract/session.js';
import { h, svg, uid } from './dom.js';
import { meterValue, signed } from './format.js';

const W = 640;
const H = 260;
const M = { top: 16, right: 16, bottom: 36, left: 40 };

/** A sentence or two that says what the chart shows, for everyone who cannot see it. */
export function chartSummary(timeline: readonly TimelinePoint[], moments: readonly KeyMoment[]): string {
  const first = timeline[0];
  const last = timeline.at(-1);
  if (!first || !last) return 'There is no timeline to show.';
  const turns = last.turn;
  let high = first;
  let low = first;
  for (const p of timeline) {
    if (p.trust > high.trust) high = p;
    if (p.trust < low.trust) low = p;
  }
  const parts = [
    `Over ${turns} ${turns === 1 ? 'turn' : 'turns'}, trust went from ${meterValue(first.trust)} to ${meterValue(last.trust)} ` +
      `and openness from ${meterValue(first.openness)} to ${meterValue(last.openness)}.`,
  ];
  if (timeline.length > 2) {
    parts.push(
      `Trust was highest (${meterValue(high.trust)}) at turn ${high.turn} and lowest (${meterValue(low.trust)}) at turn ${low.turn}.`,
    );
  }
  if (moments.length > 0) {
    parts.push(
      `Key moments are marked at ${moments.length === 1 ? 'turn' : 'turns'} ${moments.map((m) => m.turn).join(', ')}.`,
    );
  }
  return parts.join(' ');
}

function path(
  points: readonly TimelinePoint[],
  key: 'trust' | 'openness',
  x: (t: number) => number,
  y: (v: number) => number,
) {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.turn).toFixed(1)},${y(p[key]).toFixed(1)}`)
    .join(' ');
}

/** Trust and openness over the session as an SVG line chart with key moments marked. */
export function renderChart(timeline: readonly TimelinePoint[], moments: readonly KeyMoment[]): HTMLElement {
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const summary = chartSummary(timeline, moments);
  const maxTurn = Math.max(1, timeline.at(-1)?.turn ?? 1);
  const x = (turn: number) => M.left + ((W - M.left - M.right) * turn) / maxTurn;
  const y = (v: number) => M.top + ((H - M.top - M.bottom) * (100 - Math.max(0, Math.min(100, v)))) / 100;

  const chart = svg(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      preserveAspectRatio: 'xMidYMid meet',
    },
    svg('title', { id: titleId }, 'Trust and openness over the session'),
    svg('desc', { id: descId }, summary),
  );

  // Shade the turns the client spent withdrawn.
  for (let i = 1; i < timeline.length; i++) {
    const p = timeline[i]!;
    const prev = timeline[i - 1]!;
    if (p.state === 'withdrawn') {
      chart.append(
        svg('rect', {
          class: 'withdrawn',
          x: x(prev.turn),
          y: M.top,
          width: x(p.turn) - x(prev.turn),
          height: H - M.top - M.bottom,
        }),
      );
    }
  }
  for (const v of [0, 25, 50, 75, 100]) {
    chart.append(
      svg('line', { class: 'grid', x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }),
      svg('text', { class: 'axis', x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, v),
    );
  }
  const step = Math.max(1, Math.ceil(maxTurn / 10));
  for (let t = 0; t <= maxTurn; t += step) {
    chart.append(svg('text', { class: 'axis', x: x(t), y: H - M.bottom + 16, 'text-anchor': 'middle' }, t));
  }
  chart.append(
    svg(
      'text',
      { class: 'axis axis-title', x: (M.left + W - M.right) / 2, y: H - 4, 'text-anchor': 'middle' },
      'Turn',
    ),
    svg('path', { class: 'line openness', d: path(timeline, 'openness', x, y) }),
    svg('path', { class: 'line trust', d: path(timeline, 'trust', x, y) }),
  );
  for (const m of moments) {
    const point = timeline.find((p) => p.turn === m.turn);
    if (!point) continue;
    chart.append(
      svg(
        'g',
        { class: `moment moment-${m.kind}` },
        svg('title', {}, `Turn ${m.turn}: ${m.kind}, trust ${signed(m.trustChange)}`),
        svg('circle', { cx: x(m.turn), cy: y(point.trust), r: 7 }),
        svg(
          'text',
          { class: 'moment-label', x: x(m.turn), y: y(point.trust) - 11, 'text-anchor': 'middle' },
          m.turn,
        ),
      ),
    );
  }

  const legend = h(
    'ul',
    { class: 'legend', attrs: { 'aria-hidden': 'true' } },
    h('li', { class: 'legend-trust' }, 'Trust (solid)'),
    h('li', { class: 'legend-openness' }, 'Openness (dashed)'),
    h('li', { class: 'legend-moment' }, 'Key moment (circle, numbered by turn)'),
    timeline.some((p) => p.state === 'withdrawn')
      ? h('li', { class: 'legend-withdrawn' }, 'Client withdrawn (shaded)')
      : null,
  );
  const table = h(
    'details',
    { class: 'chart-data' },
    h('summary', null, 'Show the numbers, turn by turn'),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        null,
        h('caption', { class: 'visually-hidden' }, 'Trust, openness and phase after each turn'),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            ...['Turn', 'Trust', 'Openness', 'Phase'].map((t) => h('th', { attrs: { scope: 'col' } }, t)),
          ),
        ),
        h(
          'tbody',
          null,
          ...timeline.map((p) =>
            h(
              'tr',
              null,
              h('th', { attrs: { scope: 'row' } }, p.turn),
              h('td', { class: 'num' }, meterValue(p.trust)),
              h('td', { class: 'num' }, meterValue(p.openness)),
              h('td', null, p.state),
            ),
          ),
        ),
      ),
    ),
  );
  // The table sits after the figure: a figcaption must be a figure's first or last child.
  return h(
    'div',
    null,
    h(
      'figure',
      { class: 'chart-figure' },
      chart,
      legend,
      h('figcaption', { class: 'chart-summary' }, summary),
    ),
    table,
  );
}
