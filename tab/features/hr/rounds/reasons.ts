import { formatNumber, type Locale } from '../../../lib/i18n';
import type { MatchReason } from '../../../lib/matching';
import type { RoundsMessages } from './messages';

/** A reason in a few words for HR, with the points it adds: "Skills 2 of 3 (+22.5)". */
export function reasonText(r: MatchReason, t: RoundsMessages, locale: Locale): string {
  const num = (k: string) => Number(r.params[k] ?? 0);
  const words = (() => {
    switch (r.code) {
      case 'skills':
        return t.reason.skills(num('matched'), num('wanted'));
      case 'goals':
        return t.reason.goals(num('matched'), num('total'));
      case 'seniority_gap':
        return t.reason.seniority_gap[(r.params.span as 'near' | 'ideal' | 'wide') ?? 'ideal'];
      case 'overlap':
        return t.reason.overlap(formatNumber(num('hours'), locale, { maximumFractionDigits: 1 }));
      default:
        return t.reason[r.code];
    }
  })();
  return `${words} (+${formatNumber(r.weight, locale, { maximumFractionDigits: 1 })})`;
}
