import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { holdoutExclusionPercent, trafficShares } from '@/shared';
import { useHoldouts } from '../../api/get-holdouts';
import type { EditorValues } from '../../form/editor-values';
import { useEditorMode } from '../editor-context';

// Mid-tone colours that stay distinct on light and dark backgrounds; the legend names every segment,
// so colour is never the only cue.
const PALETTE = [
  '#3b6fd8',
  '#d97706',
  '#0f9f6e',
  '#9b51e0',
  '#db2777',
  '#0891b2',
  '#65a30d',
  '#e11d48',
];
const variantColor = (i: number) => PALETTE[i] ?? `hsl(${(i * 137.5) % 360} 60% 48%)`;
const STRIPES = 'repeating-linear-gradient(135deg, #8a8f98 0 4px, transparent 4px 8px)';

interface Segment {
  label: string;
  percent: number;
  fill: { bgcolor: string } | { backgroundImage: string };
}

/** Each variant's share of *all* users, the part not enrolled, and the holdout's exclusion. */
export function TrafficBar() {
  const [variants, rollout, holdoutId] = useWatch<
    EditorValues,
    ['variants', 'rolloutPercent', 'holdoutId']
  >({ name: ['variants', 'rolloutPercent', 'holdoutId'] });
  const { base } = useEditorMode();
  const holdouts = useHoldouts();
  const holdout =
    holdouts.data?.find((h) => h.id === holdoutId) ??
    (base?.holdout?.id === holdoutId ? base.holdout : undefined);
  const shares = trafficShares(
    variants.map((v) => ({ key: v.key, split_percent: v.percent })),
    rollout,
    holdoutId == null ? 0 : holdoutExclusionPercent(holdout),
  );
  const segments: Segment[] = [
    ...shares.variants.map((s, i) => ({
      label: s.key || `Variant ${i + 1}`,
      percent: s.percentOfAllUsers,
      fill: { bgcolor: variantColor(i) },
    })),
    {
      label: 'Not in the experiment',
      percent: shares.notEnrolled,
      fill: { bgcolor: 'action.disabledBackground' },
    },
  ];
  if (holdoutId != null) {
    segments.push({
      label: `Holdout${holdout ? `: ${holdout.name}` : ''}`,
      percent: shares.holdout,
      fill: { backgroundImage: STRIPES },
    });
  }
  const summary = segments.map((s) => `${s.label} ${s.percent}%`).join(', ');
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        Who sees what, out of all users
      </Typography>
      <Box
        role="img"
        aria-label={`Traffic: ${summary}`}
        sx={{
          display: 'flex',
          height: 16,
          borderRadius: 1,
          overflow: 'hidden',
          bgcolor: 'action.hover',
        }}
      >
        {segments.map((s, i) => (
          <Box key={i} sx={{ width: `${s.percent}%`, ...s.fill }} />
        ))}
      </Box>
      <Box
        component="ul"
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          columnGap: 2.5,
          rowGap: 0.5,
          p: 0,
          mt: 1,
          mb: 0,
          listStyle: 'none',
        }}
      >
        {segments.map((s, i) => (
          <Typography
            key={i}
            component="li"
            variant="body2"
            sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}
          >
            <Box
              aria-hidden
              sx={{ width: 12, height: 12, borderRadius: 0.5, flexShrink: 0, ...s.fill }}
            />
            <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
              {s.label}
            </Box>
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {s.percent}%
            </Box>
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
