import type { Cell } from '../../../../server/analytics/schemas';
import { formatNumber, type Locale } from '../../../lib/i18n';

export type Kind = 'count' | 'share' | 'mean' | 'progress' | 'nps';

/** A shown cell's value, or null when the API suppressed it. */
export const valueOf = (cell: Cell): number | null => ('value' in cell ? cell.value : null);

/** A figure as people read it: 42, 38%, 3.4, 55 (progress out of 100), +12 (NPS). */
export function formatValue(value: number, kind: Kind, locale: Locale): string {
  switch (kind) {
    case 'count':
      return formatNumber(value, locale, { maximumFractionDigits: 0 });
    case 'share':
      return formatNumber(value, locale, { style: 'percent', maximumFractionDigits: 0 });
    case 'mean':
      return formatNumber(value, locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    case 'progress':
      return formatNumber(value, locale, { maximumFractionDigits: 0 });
    case 'nps':
      return formatNumber(value, locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  }
}
