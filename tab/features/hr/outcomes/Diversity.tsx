import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import type { Outcomes } from '../../../../server/analytics/schemas';
import { useMessages } from '../../../lib/i18n';
import { Chart } from './Chart';
import { FigureTable } from './FigureTable';
import { valueOf } from './format';
import { messages } from './messages';
import { Section } from './Section';

const CROSSING = ['crossDepartment', 'crossOffice', 'crossGeneration', 'crossCountry'] as const;

/** Pairs that cross a line of the organisation, and reverse pairs by how far apart their levels are. */
export function Diversity({ o }: { o: Outcomes }) {
  const t = useMessages(messages);
  const d = t.diversity;
  const percent = (v: number) => `${Math.round(v * 100)}%`;
  const crossing = CROSSING.flatMap((k) => {
    const value = valueOf(o.diversity[k]);
    return value === null ? [] : [{ name: d[k], series: [{ key: k, legend: d.crossing, data: value }] }];
  });
  const gaps = o.diversity.reverseByLevelGap.flatMap((g) => {
    const value = valueOf(g.share);
    return value === null ? [] : [{ name: String(g.gap), series: [{ key: 'share', legend: d.gapShare, data: value }] }];
  });
  return (
    <Section heading={d.heading}>
      {crossing.length > 0 && (
        <Chart height={240} what={d.chart}>
          <GroupedVerticalBarChart hideLegend yAxisTickFormat={percent} yMaxValue={1} data={crossing} />
        </Chart>
      )}
      <FigureTable
        caption={d.crossing}
        rowHeader={t.figure}
        columns={[{ header: t.value, kind: 'share' }]}
        limit={o.minGroupSize}
        rows={CROSSING.map((k) => ({ label: d[k], cells: [o.diversity[k]] }))}
      />
      <FigureTable
        caption={d.pairs}
        rowHeader={t.figure}
        columns={[{ header: t.value, kind: 'count' }]}
        limit={o.minGroupSize}
        rows={[{ label: d.pairs, cells: [o.diversity.pairs] }]}
      />
      {o.diversity.reverseByLevelGap.length > 0 && (
        <>
          {gaps.length > 0 && (
            <Chart height={220} what={d.gapChart}>
              <GroupedVerticalBarChart hideLegend yAxisTickFormat={percent} data={gaps} />
            </Chart>
          )}
          <FigureTable
            caption={d.gapHeading}
            rowHeader={d.gap}
            columns={[
              { header: d.gapPairs, kind: 'count' },
              { header: d.gapShare, kind: 'share' },
            ]}
            limit={o.minGroupSize}
            rows={o.diversity.reverseByLevelGap.map((g) => ({ label: String(g.gap), cells: [g.pairs, g.share] }))}
          />
        </>
      )}
    </Section>
  );
}
