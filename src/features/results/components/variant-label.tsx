import Box from '@mui/material/Box';

/** The variant's key beside its chart colour (the key carries the meaning; the colour links to the line). */
export function VariantLabel({ name, color }: { name: string; color: string }) {
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, minWidth: 0 }}
    >
      <Box
        component="span"
        aria-hidden="true"
        sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: color, flexShrink: 0 }}
      />
      <Box component="code" sx={{ overflowWrap: 'break-word', minWidth: 0 }}>
        {name}
      </Box>
    </Box>
  );
}
