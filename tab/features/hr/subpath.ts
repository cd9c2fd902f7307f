import { useParams } from '@tanstack/react-router';

/**
 * The part of the address below an HR view's own: `["new"]` at /hr/programmes/new, `["<id>"]` at
 * /hr/programmes/<id>, `[]` at /hr/programmes. Each view owns its addresses (views.ts).
 */
export function useHrSubpath(): string[] {
  const splat = useParams({ strict: false, select: (params) => (params as { _splat?: string })._splat });
  return (splat ?? '').split('/').filter((segment) => segment !== '');
}
