import Box from '@mui/material/Box';
import Button, { type ButtonProps } from '@mui/material/Button';
import { Tooltip } from '@/lib/ui/tooltip';
import { useId } from 'react';
import { Link as RouterLink } from '@/lib/navigation/router';
import type { Permission } from '@/shared';
import { visuallyHidden } from '@/lib/ui/visually-hidden';

type ActionButtonProps = Omit<ButtonProps, 'disabled' | 'href'> & {
  permission: Permission;
  /** Makes it a link to this route (Edit) while allowed. */
  to?: string;
};

/**
 * A button that stays visible when its action is not allowed, and says why. A natively disabled button can
 * neither take focus nor show a tooltip, so a refused action is `aria-disabled` instead: keyboard users
 * reach it and hear the reason (aria-describedby), mouse users see it on hover, and clicks do nothing.
 */
export function ActionButton({ permission, to, onClick, className, ...props }: ActionButtonProps) {
  const reasonId = useId();
  if (permission.allowed) {
    return to ? (
      <Button component={RouterLink} to={to} className={className} {...props} />
    ) : (
      <Button onClick={onClick} className={className} {...props} />
    );
  }
  return (
    <Tooltip title={permission.reason} describeChild>
      {/* The span takes the hover: MUI gives a disabled-looking button `pointer-events: none`. */}
      <Box component="span" sx={{ display: 'inline-flex' }}>
        <Button
          {...props}
          aria-disabled="true"
          aria-describedby={reasonId}
          className={['Mui-disabled', className].filter(Boolean).join(' ')}
          disableRipple
        />
        <Box component="span" id={reasonId} sx={visuallyHidden}>
          {permission.reason}
        </Box>
      </Box>
    </Tooltip>
  );
}
