import KeyboardArrowLeft from '@mui/icons-material/KeyboardArrowLeft';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { Tooltip } from '@/lib/ui/tooltip';

interface ListPaginationProps {
  count: number;
  /** Zero-based. */
  page: number;
  rowsPerPage: number;
  rowsPerPageOptions: readonly number[];
  onPageChange: (page: number) => void;
  onRowsPerPageChange: (rowsPerPage: number) => void;
  labelRowsPerPage?: string;
}

const formatNumber = new Intl.NumberFormat('en-US').format;

/**
 * The list's footer: rows per page, "1–25 of 1,000" and previous/next, laid out, worded and labelled as
 * MUI's TablePagination. Not MUI's own: its page buttons come with MUI's Tooltip and so Popper.js, about
 * 12 kB gzipped on the dashboard's first load (issue 12).
 */
export function ListPagination({
  count,
  page,
  rowsPerPage,
  rowsPerPageOptions,
  onPageChange,
  onRowsPerPageChange,
  labelRowsPerPage = 'Rows per page:',
}: ListPaginationProps) {
  const labelId = useId();
  const from = count === 0 ? 0 : page * rowsPerPage + 1;
  const to = Math.min(count, (page + 1) * rowsPerPage);
  const isLast = to >= count;
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        flexWrap: 'wrap',
        minHeight: 52,
        px: 2,
        color: 'text.primary',
      }}
    >
      <Typography id={labelId} variant="body2" component="p" sx={{ flexShrink: 0 }}>
        {labelRowsPerPage}
      </Typography>
      <Select
        variant="standard"
        input={<InputBase />}
        labelId={labelId}
        value={rowsPerPage}
        onChange={(event) => onRowsPerPageChange(Number(event.target.value))}
        sx={{
          ml: 1,
          mr: 4,
          fontSize: (theme) => theme.typography.pxToRem(14),
          '& .MuiSelect-select': { pl: 1, pr: 3, textAlign: 'right' },
          '& .MuiSelect-select:focus': { bgcolor: 'action.focus' },
        }}
      >
        {rowsPerPageOptions.map((option) => (
          <MenuItem key={option} value={option}>
            {option}
          </MenuItem>
        ))}
      </Select>
      <Typography variant="body2" component="p" sx={{ flexShrink: 0 }}>
        {`${formatNumber(from)}–${formatNumber(to)} of ${formatNumber(count)}`}
      </Typography>
      <Box sx={{ flexShrink: 0, ml: 2.5 }}>
        <PageButton
          label="Go to previous page"
          disabled={page === 0}
          onClick={() => onPageChange(page - 1)}
        >
          <KeyboardArrowLeft />
        </PageButton>
        <PageButton
          label="Go to next page"
          disabled={isLast}
          onClick={() => onPageChange(page + 1)}
        >
          <KeyboardArrowRight />
        </PageButton>
      </Box>
    </Box>
  );
}

interface PageButtonProps {
  label: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}

function PageButton({ label, disabled, onClick, children }: PageButtonProps) {
  const button = (
    <IconButton color="inherit" aria-label={label} disabled={disabled} onClick={onClick}>
      {children}
    </IconButton>
  );
  // A disabled button gets no pointer events: no tooltip, as with MUI's.
  return disabled ? button : <Tooltip title={label}>{button}</Tooltip>;
}
