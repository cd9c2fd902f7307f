import { Tab, TabList, makeStyles } from '@fluentui/react-components';
import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import { useState } from 'react';
import type { Dimension, Outcomes } from '../../../../server/analytics/schemas';
import { useMessages } from '../../../lib/i18n';
import { Chart } from './Chart';
import { FigureTable } from './FigureTable';
import { valueOf } from './format';
import { messages } from './messages';
import { Section } from './Section';

const DIMENSIONS: Dimension[] = ['office', 'department', 'level', 'generation'];

// Four tabs do not fit a phone's width in one row: they wrap rather than scroll the page.
const useStyles = makeStyles({ tabs: { flexWrap: 'wrap' } });

/** Who takes part, and how the participants compare with the organisation, group by group. */
export function Participation({ o }: { o: Outcomes }) {
  const t = useMessages(messages);
  const styles = useStyles();
  const p = t.participation;
  const [dimension, setDimension] = useState<Dimension>('department');
  const label = (key: string | null) =>
    key === null
      ? t.unknown
      : dimension === 'generation'
        ? p.generation(key)
        : dimension === 'level'
          ? t.levelN(Number(key))
          : key;
  const rows = o.participation.breakdown[dimension];
  const figures = o.participation;
  return (
    <Section heading={p.heading}>
      <FigureTable
        caption={p.heading}
        rowHeader={t.figure}
        columns={[{ header: t.value, kind: 'count' }]}
        limit={o.minGroupSize}
        rows={(['enrolled', 'mentors', 'mentees', 'matched', 'matchedPairs', 'activePairs'] as const).map((k) => ({
          label: p[k],
          cells: [figures[k]],
        }))}
      />
      <TabList
        className={styles.tabs}
        selectedValue={dimension}
        onTabSelect={(_, data) => setDimension(data.value as Dimension)}
        aria-label={p.by}
      >
        {DIMENSIONS.map((d) => (
          <Tab key={d} value={d}>
            {p.dimension[d]}
          </Tab>
        ))}
      </TabList>
      <Chart height={260} what={`${p.by} ${p.dimension[dimension].toLowerCase()}`}>
        <GroupedVerticalBarChart
          hideLegend={false}
          yAxisTickFormat={(v: number) => `${Math.round(v * 100)}%`}
          // A hidden figure is left out of the chart (not drawn as 0); the table says why.
          data={rows.flatMap((r) => {
            const series = [
              { key: 'participants', legend: p.participantsShare, value: valueOf(r.participantsShare) },
              { key: 'organisation', legend: p.organisationShare, value: valueOf(r.organisationShare) },
            ].flatMap(({ value, ...s }) => (value === null ? [] : [{ ...s, data: value }]));
            return series.length ? [{ name: label(r.key), series }] : [];
          })}
        />
      </Chart>
      <FigureTable
        caption={`${p.by} ${p.dimension[dimension].toLowerCase()}`}
        rowHeader={p.group}
        columns={[
          { header: p.participants, kind: 'count' },
          { header: p.participantsShare, kind: 'share' },
          { header: p.organisation, kind: 'count' },
          { header: p.organisationShare, kind: 'share' },
        ]}
        limit={o.minGroupSize}
        rows={rows.map((r) => ({
          label: label(r.key),
          cells: [r.participants, r.participantsShare, r.organisation, r.organisationShare],
        }))}
      />
    </Section>
  );
}
