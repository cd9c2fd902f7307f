import { Text } from '@fluentui/react-components';
import { GroupedVerticalBarChart, LineChart } from '@fluentui/react-charts';
import type { Outcomes } from '../../../../server/analytics/schemas';
import { formatDate, useLocale, useMessages } from '../../../lib/i18n';
import { Chart } from './Chart';
import { FigureTable } from './FigureTable';
import { valueOf } from './format';
import { messages } from './messages';
import { Section } from './Section';

/** Confidence and usefulness people gave in check-ins, month by month. */
export function Confidence({ o }: { o: Outcomes }) {
  const t = useMessages(messages);
  const locale = useLocale();
  const c = t.confidence;
  const monthName = (month: string) => formatDate(`${month}-15T12:00:00Z`, locale, { month: 'short', year: 'numeric' });
  const line = (k: 'confidence' | 'usefulness') => ({
    legend: c[k],
    data: o.confidence.flatMap((m) => {
      const y = valueOf(m[k]);
      return y === null ? [] : [{ x: new Date(`${m.month}-15T12:00:00Z`), y }];
    }),
  });
  const lines = [line('confidence'), line('usefulness')].filter((l) => l.data.length > 0);
  return (
    <Section heading={c.heading}>
      {o.confidence.length === 0 ? (
        <Text>{c.none}</Text>
      ) : (
        <>
          {lines.length > 0 && (
            <Chart height={260} what={c.chart}>
              <LineChart yMinValue={1} yMaxValue={5} data={{ lineChartData: lines }} />
            </Chart>
          )}
          <FigureTable
            caption={c.heading}
            rowHeader={c.month}
            columns={[
              { header: c.confidence, kind: 'mean' },
              { header: c.usefulness, kind: 'mean' },
            ]}
            limit={o.minGroupSize}
            rows={o.confidence.map((m) => ({ label: monthName(m.month), cells: [m.confidence, m.usefulness] }))}
          />
        </>
      )}
    </Section>
  );
}

/** Pulse surveys at a programme's start, midpoint and end: skill confidence, motivation, NPS. */
export function Surveys({ o }: { o: Outcomes }) {
  const t = useMessages(messages);
  const s = t.surveys;
  const moments = o.surveys.moments;
  const bars = moments.flatMap((m) => {
    const series = (['skillConfidence', 'motivation'] as const).flatMap((k) => {
      const value = valueOf(m[k]);
      return value === null ? [] : [{ key: k, legend: s[k], data: value }];
    });
    return series.length ? [{ name: s.moments[m.moment], series }] : [];
  });
  return (
    <Section heading={s.heading}>
      {moments.length === 0 ? (
        <Text>{s.none}</Text>
      ) : (
        <>
          {bars.length > 0 && (
            <Chart height={240} what={s.chart}>
              <GroupedVerticalBarChart yMaxValue={5} data={bars} />
            </Chart>
          )}
          <FigureTable
            caption={s.heading}
            rowHeader={s.moment}
            columns={[
              { header: s.skillConfidence, kind: 'mean' },
              { header: s.motivation, kind: 'mean' },
              { header: s.nps, kind: 'nps' },
            ]}
            limit={o.minGroupSize}
            rows={moments.map((m) => ({ label: s.moments[m.moment], cells: [m.skillConfidence, m.motivation, m.nps] }))}
          />
        </>
      )}
    </Section>
  );
}
