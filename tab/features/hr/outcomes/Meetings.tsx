import { GroupedVerticalBarChart } from '@fluentui/react-charts';
import type { Outcomes } from '../../../../server/analytics/schemas';
import { useMessages } from '../../../lib/i18n';
import { Chart } from './Chart';
import { FigureTable } from './FigureTable';
import { valueOf } from './format';
import { messages } from './messages';
import { Section } from './Section';

const CLASSES = ['held', 'skipped', 'cancelled', 'missed', 'unconfirmed'] as const;

/** Sessions that have taken place (or should have), by what became of them. */
export function Meetings({ o }: { o: Outcomes }) {
  const t = useMessages(messages);
  const m = t.meetings;
  const shown = CLASSES.flatMap((k) => {
    const value = valueOf(o.meetings[k]);
    return value === null ? [] : [{ name: m[k], series: [{ key: k, legend: m.planned, data: value }] }];
  });
  return (
    <Section heading={m.heading}>
      {shown.length > 0 && (
        <Chart height={240} what={m.chart}>
          <GroupedVerticalBarChart hideLegend data={shown} />
        </Chart>
      )}
      <FigureTable
        caption={m.heading}
        rowHeader={t.figure}
        columns={[{ header: t.value, kind: 'count' }]}
        limit={o.minGroupSize}
        rows={(['planned', ...CLASSES] as const).map((k) => ({ label: m[k], cells: [o.meetings[k]] }))}
      />
      <FigureTable
        caption={m.heldShare}
        rowHeader={t.figure}
        columns={[{ header: t.value, kind: 'share' }]}
        limit={o.minGroupSize}
        rows={[{ label: m.heldShare, cells: [o.meetings.heldShare] }]}
      />
    </Section>
  );
}
