import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import type { Outcomes } from '../../../../server/analytics/schemas';
import { useMessages } from '../../../lib/i18n';
import { Chart } from './Chart';
import { FigureTable } from './FigureTable';
import { valueOf } from './format';
import { messages } from './messages';
import { Section } from './Section';

/** Participants still in the directory after 6 and 12 months, beside a comparison group, with both sizes. */
export function Retention({ o }: { o: Outcomes }) {
  const t = useMessages(messages);
  const r = t.retention;
  const bars = o.retention.flatMap((w) => {
    const series = (['participants', 'comparison'] as const).flatMap((k) => {
      const value = valueOf(w[k]);
      return value === null ? [] : [{ key: k, legend: r[k], data: value }];
    });
    return series.length ? [{ name: r.after(w.months), series }] : [];
  });
  return (
    <Section heading={r.heading} intro={r.intro}>
      {bars.length > 0 && (
        <Chart height={240} what={r.chart}>
          <GroupedVerticalBarChart
            yMaxValue={1}
            yAxisTickFormat={(v: number) => `${Math.round(v * 100)}%`}
            data={bars}
          />
        </Chart>
      )}
      <FigureTable
        caption={r.heading}
        rowHeader={t.figure}
        columns={[
          { header: r.participants, kind: 'share' },
          { header: r.participantsSize, kind: 'count' },
          { header: r.comparison, kind: 'share' },
          { header: r.comparisonSize, kind: 'count' },
        ]}
        limit={o.minGroupSize}
        rows={o.retention.map((w) => ({
          label: r.after(w.months),
          cells: [w.participants, w.participantsSize, w.comparison, w.comparisonSize],
        }))}
      />
    </Section>
  );
}
