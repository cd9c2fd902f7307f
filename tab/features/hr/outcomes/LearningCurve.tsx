import { Text } from '@fluentui/react-components';
import { LineChart } from '@fluentui/react-charts';
import type { Outcomes } from '../../../../server/analytics/schemas';
import { useMessages } from '../../../lib/i18n';
import { Chart } from './Chart';
import { FigureTable } from './FigureTable';
import { valueOf } from './format';
import { messages } from './messages';
import { Section } from './Section';

/** Goal progress by week since each pair started: quartiles and median over the pairs. */
export function LearningCurve({ o }: { o: Outcomes }) {
  const t = useMessages(messages);
  const c = t.curve;
  const line = (k: 'q1' | 'median' | 'q3') => ({
    legend: c[k],
    // Weeks whose figure is hidden are left out of the line.
    data: o.learningCurve.flatMap((w) => {
      const y = valueOf(w[k]);
      return y === null ? [] : [{ x: w.week + 1, y }];
    }),
  });
  const lines = [line('q1'), line('median'), line('q3')].filter((l) => l.data.length > 0);
  return (
    <Section heading={c.heading} intro={c.intro}>
      {o.learningCurve.length === 0 ? (
        <Text>{c.none}</Text>
      ) : (
        <>
          {lines.length > 0 && (
            <Chart height={280} what={c.chart}>
              <LineChart yMinValue={0} yMaxValue={100} data={{ lineChartData: lines }} />
            </Chart>
          )}
          <FigureTable
            caption={c.heading}
            rowHeader={c.week}
            columns={[
              { header: c.q1, kind: 'progress' },
              { header: c.median, kind: 'progress' },
              { header: c.q3, kind: 'progress' },
            ]}
            limit={o.minGroupSize}
            rows={o.learningCurve.map((w) => ({ label: c.weekN(w.week), cells: [w.q1, w.median, w.q3] }))}
          />
        </>
      )}
    </Section>
  );
}
