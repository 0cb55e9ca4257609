import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import ContentCopy from '@mui/icons-material/ContentCopy';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import FlagOutlined from '@mui/icons-material/FlagOutlined';
import MoreVert from '@mui/icons-material/MoreVert';
import RestartAlt from '@mui/icons-material/RestartAlt';
import UnarchiveOutlined from '@mui/icons-material/UnarchiveOutlined';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import { useId, useState } from 'react';
import { canEdit, lifecyclePermissions, VIEWER_ONLY_REASON, type Experiment } from '@/shared';
import type { LifecycleDialog } from '../../hooks/use-lifecycle-dialog';
import type { QuickToggle } from '../../hooks/use-quick-toggle';
import { ActionMenuItem } from '../action-menu-item';

interface MoreActionsMenuProps {
  experiment: Experiment;
  onOpen: (dialog: LifecycleDialog) => void;
  onToggle: (toggle: QuickToggle) => void;
  onDelete: () => void;
}

/** The less frequent actions. Every one is listed in every state; a refused one says why under its name. */
export function MoreActionsMenu({ experiment, onOpen, onToggle, onDelete }: MoreActionsMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const buttonId = useId();
  const menuId = useId();
  const permissions = lifecyclePermissions(experiment);
  // A viewer is refused everything for one reason: say it once, above the items, not five times.
  const viewerNoteId = useId();
  const viewer = !canEdit(experiment);
  const reasonNoteId = viewer ? viewerNoteId : undefined;
  const run = (action: () => void) => () => {
    setAnchor(null);
    action();
  };

  return (
    <>
      <Button
        id={buttonId}
        variant="outlined"
        endIcon={<MoreVert />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        More actions
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ list: { 'aria-labelledby': buttonId } }}
      >
        {viewer && (
          // role="none": a menu may only hold menu items; the note is read through aria-describedby.
          <ListSubheader
            id={viewerNoteId}
            role="none"
            sx={{
              lineHeight: 1.5,
              py: 1,
              maxWidth: 340,
              whiteSpace: 'normal',
              color: 'text.secondary',
            }}
          >
            {VIEWER_ONLY_REASON}
          </ListSubheader>
        )}
        <ActionMenuItem
          label="Duplicate…"
          icon={<ContentCopy fontSize="small" />}
          reasonNoteId={reasonNoteId}
          permission={permissions.duplicate}
          onClick={run(() => onOpen('duplicate'))}
        />
        <ActionMenuItem
          label="Ship a variant…"
          icon={<FlagOutlined fontSize="small" />}
          reasonNoteId={reasonNoteId}
          permission={permissions.ship_variant}
          onClick={run(() => onOpen('ship'))}
        />
        <ActionMenuItem
          label="Reset to draft…"
          icon={<RestartAlt fontSize="small" />}
          reasonNoteId={reasonNoteId}
          permission={permissions.reset}
          onClick={run(() => onOpen('reset'))}
        />
        {experiment.archived ? (
          <ActionMenuItem
            label="Unarchive"
            icon={<UnarchiveOutlined fontSize="small" />}
            reasonNoteId={reasonNoteId}
            permission={permissions.unarchive}
            onClick={run(() => onToggle('unarchive'))}
          />
        ) : (
          <ActionMenuItem
            label="Archive"
            icon={<ArchiveOutlined fontSize="small" />}
            reasonNoteId={reasonNoteId}
            permission={permissions.archive}
            onClick={run(() => onToggle('archive'))}
          />
        )}
        <Divider />
        <ActionMenuItem
          label="Delete…"
          icon={<DeleteOutlined fontSize="small" />}
          reasonNoteId={reasonNoteId}
          permission={permissions.delete}
          onClick={run(onDelete)}
          danger
        />
      </Menu>
    </>
  );
}
